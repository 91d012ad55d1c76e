//! Names typed by a user, resolved to the actor of the graph they mean.

use super::QueryError;
use crate::graph::{Actor, RelGraph};
use crate::lexicon::{normalize, Lexicon, LexiconError};
use crate::ontology::ActorKind;
use std::cell::OnceCell;
use std::path::PathBuf;

/// The lexicon that resolves names, loaded on first use: a name that is an
/// actor's id or label in the graph does not need it, and loading it takes
/// longer than a query. Extra lexicon files are read at once, so that an
/// error in one is reported whatever the names asked.
#[derive(Debug)]
pub struct Names {
    files: Vec<PathBuf>,
    lexicon: OnceCell<Lexicon>,
}

impl Names {
    /// Names resolved through the built-in lexicon and these extra files.
    pub fn new(files: &[PathBuf]) -> Result<Names, LexiconError> {
        let names = Names { files: files.to_vec(), lexicon: OnceCell::new() };
        if !files.is_empty() {
            names.lexicon()?;
        }
        Ok(names)
    }

    /// The lexicon, loaded now if it was not yet.
    pub fn lexicon(&self) -> Result<&Lexicon, LexiconError> {
        if let Some(lexicon) = self.lexicon.get() {
            return Ok(lexicon);
        }
        let lexicon = Lexicon::load(&self.files)?;
        Ok(self.lexicon.get_or_init(|| lexicon))
    }
}

/// An actor a name resolved to, and how, when it was not the actor's own
/// id or label.
#[derive(Debug, Clone)]
pub struct Resolved<'g> {
    /// The actor of the graph.
    pub actor: &'g Actor,
    /// How the name led there ("Kim Jong-un acts for North Korea"), for the
    /// user to see; `None` when the name is the actor's id, label or alias.
    pub via: Option<String>,
}

/// Finds the graph node a user means: a node's id or label, a lexicon name
/// or alias, or a person of the lexicon, who stands for the organisation
/// they act for (their latest role). An unknown name is an error with the
/// closest actors as suggestions: labels that contain the name as whole
/// words first ("Korea": North Korea, South Korea), then by edit distance.
pub fn resolve<'g>(graph: &'g RelGraph, names: &Names, name: &str) -> Result<Resolved<'g>, QueryError> {
    if name.trim().is_empty() {
        return Err(QueryError::EmptyName);
    }
    let norm = normalize(name);
    if let Some(actor) = graph.actors().into_iter().find(|a| a.id == name || same_name(&a.label, &norm)) {
        return Ok(Resolved { actor, via: None });
    }
    if let Some(entry) = names.lexicon()?.resolve_name(name) {
        if let Some(actor) = graph.actor(&entry.id) {
            return Ok(Resolved { actor, via: None });
        }
        if entry.kind == ActorKind::Person {
            if let Some(actor) = entry.acts_for(None).and_then(|role| graph.actor(&role.org)) {
                let via = format!("{} acts for {} ({})", entry.label, actor.label, actor.id);
                return Ok(Resolved { actor, via: Some(via) });
            }
        }
        return Err(QueryError::NotInGraph {
            name: name.to_string(),
            label: entry.label.clone(),
            id: entry.id.clone(),
        });
    }
    Err(QueryError::UnknownActor { name: name.to_string(), suggestions: suggestions(graph, name, 3) })
}

/// Up to `n` actor labels close to `name`: those that contain its words as
/// whole words (by mentions), then those within a small edit distance.
fn suggestions(graph: &RelGraph, name: &str, n: usize) -> Vec<String> {
    let target = normalize(name);
    let words: Vec<&str> = target.split(' ').collect();
    let actors = graph.actors();
    let mut containing: Vec<&Actor> = actors
        .iter()
        .copied()
        .filter(|a| {
            let label = normalize(&a.label);
            let label_words: Vec<&str> = label.split(' ').collect();
            label_words.windows(words.len()).any(|w| w == words.as_slice())
        })
        .collect();
    containing.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.label.cmp(&b.label)));
    let mut out: Vec<String> = containing.into_iter().map(|a| a.label.clone()).collect();
    let mut scored: Vec<(usize, &str)> = actors
        .iter()
        .map(|a| (strsim::levenshtein(&target, &normalize(&a.label)), a.label.as_str()))
        .filter(|(d, label)| *d <= (label.len().max(target.len()) / 2).max(2))
        .collect();
    scored.sort();
    for (_, label) in scored {
        if !out.iter().any(|o| o == label) {
            out.push(label.to_string());
        }
    }
    out.truncate(n);
    out
}

/// Whether `normalize(label) == norm` for a normalised `norm`, without
/// allocating for ASCII labels (a large graph has many to compare).
fn same_name(label: &str, norm: &str) -> bool {
    if !label.is_ascii() {
        return normalize(label) == norm;
    }
    let label = label.trim();
    let label = match label.get(..4) {
        Some(the) if the.eq_ignore_ascii_case("the ") => &label[4..],
        _ => label,
    };
    let mut words = label.split_whitespace();
    for want in norm.split(' ') {
        if !words.next().is_some_and(|w| w.eq_ignore_ascii_case(want)) {
            return false;
        }
    }
    words.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::{resolve, same_name, Names};
    use crate::graph::{Actor, RelGraph};
    use crate::lexicon::normalize;
    use crate::ontology::ActorKind;
    use crate::query::QueryError;

    fn graph() -> RelGraph {
        let mut g = RelGraph::new();
        for (id, label, mentions) in [
            ("north-korea", "North Korea", 5),
            ("south-korea", "South Korea", 9),
            ("russia", "Russia", 20),
            ("myanmar-junta", "Myanmar junta", 4),
        ] {
            g.add_actor(Actor { id: id.into(), label: label.into(), kind: ActorKind::State, country: None, mentions });
        }
        g
    }

    #[test]
    fn labels_match_as_normalize_says_without_allocating() {
        for (label, asked) in
            [("The Gambia", "gambia"), ("North  Korea", "north korea"), ("Côte d'Ivoire", "côte d'ivoire")]
        {
            assert_eq!(same_name(label, &normalize(asked)), normalize(label) == normalize(asked), "{label}");
            assert!(same_name(label, &normalize(asked)), "{label}");
        }
        assert!(!same_name("North Korea", "north"));
    }

    #[test]
    fn ids_labels_and_aliases_resolve_and_persons_stand_for_their_actor() {
        let g = graph();
        let names = Names::new(&[]).unwrap();
        assert_eq!(resolve(&g, &names, "RUSSIA").unwrap().actor.id, "russia");
        assert_eq!(resolve(&g, &names, "north-korea").unwrap().actor.id, "north-korea");
        // An alias of the lexicon.
        let moscow = resolve(&g, &names, "Moscow").unwrap();
        assert_eq!((moscow.actor.id.as_str(), moscow.via), ("russia", None));
        // A person: the actor they act for, saying so.
        let kim = resolve(&g, &names, "Kim Jong-un").unwrap();
        assert_eq!(kim.actor.id, "north-korea");
        assert!(kim.via.unwrap().contains("acts for North Korea"));
    }

    #[test]
    fn unknown_names_get_suggestions_partial_names_first() {
        let g = graph();
        let names = Names::new(&[]).unwrap();
        match resolve(&g, &names, "Korea") {
            Err(QueryError::UnknownActor { suggestions, .. }) => {
                assert_eq!(suggestions[..2], ["South Korea", "North Korea"]);
            }
            other => panic!("{other:?}"),
        }
        match resolve(&g, &names, "Rusia") {
            Err(e @ QueryError::UnknownActor { .. }) => assert!(e.to_string().contains("did you mean: Russia?"), "{e}"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(resolve(&g, &names, "  "), Err(QueryError::EmptyName)));
    }
}
