//! Grammar words as data (`data/lang/en/grammar.toml`): the word lists the
//! word-window reader builds its cue expressions from.

use serde::Deserialize;

/// The built-in English grammar words.
pub const DEFAULT_GRAMMAR: &str = include_str!("../../data/lang/en/grammar.toml");

/// The word lists of a grammar file; see the file for what each one is.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Grammar {
    pub coordinators: Vec<String>,
    pub opening_subordinators: Vec<String>,
    pub inner_subordinators: Vec<String>,
    pub clause_openers_after_as: Vec<String>,
    pub relative_pronouns: Vec<String>,
    pub locative_prepositions: Vec<String>,
    pub pair_prepositions: Vec<String>,
    pub organisation_possessives: Vec<String>,
    pub second_predicate_starters: Vec<String>,
    pub pact_nouns: Vec<String>,
    pub pact_name_heads: Vec<String>,
    pub verb_conjunctions: Vec<String>,
    pub passive_auxiliaries: Vec<String>,
    pub determiners: Vec<String>,
    pub prepositions: Vec<String>,
    pub affirming_phrases: Vec<String>,
    pub person_pronouns: Vec<String>,
    pub capital_followers: Vec<String>,
}

impl Grammar {
    /// The built-in grammar words.
    pub fn builtin() -> Grammar {
        toml::from_str(DEFAULT_GRAMMAR).expect("data/lang/en/grammar.toml is valid")
    }
}

/// A regex alternation of `words`, each escaped, with any run of spaces in a
/// multiword entry matching any whitespace.
pub fn alternation(words: &[String]) -> String {
    words
        .iter()
        .map(|w| w.split_whitespace().map(regex::escape).collect::<Vec<_>>().join(r"\s+"))
        .collect::<Vec<_>>()
        .join("|")
}

#[cfg(test)]
mod tests {
    use super::{alternation, Grammar};

    #[test]
    fn the_builtin_lists_load_and_make_valid_alternations() {
        let g = Grammar::builtin();
        assert!(g.determiners.iter().any(|w| w == "the"));
        let re = regex::Regex::new(&format!(r"(?i)^(?:{})$", alternation(&g.coordinators))).unwrap();
        assert!(re.is_match("along  with") && re.is_match("&") && !re.is_match("against"));
    }
}
