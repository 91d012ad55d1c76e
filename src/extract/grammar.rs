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
    pub route_prepositions: Vec<String>,
    pub pair_prepositions: Vec<String>,
    pub organisation_possessives: Vec<String>,
    pub second_predicate_starters: Vec<String>,
    pub pact_nouns: Vec<String>,
    pub pact_name_heads: Vec<String>,
    pub body_name_heads: Vec<String>,
    pub organ_heads: Vec<String>,
    pub body_short_heads: Vec<String>,
    pub statement_titles: Vec<String>,
    pub ngo_causes: Vec<String>,
    pub verb_conjunctions: Vec<String>,
    pub reciprocals: Vec<String>,
    pub passive_auxiliaries: Vec<String>,
    pub determiners: Vec<String>,
    pub prepositions: Vec<String>,
    pub affirming_phrases: Vec<String>,
    pub person_pronouns: Vec<String>,
    pub honorifics: Vec<String>,
    pub communique_bodies: Vec<String>,
    pub body_pronouns: Vec<String>,
    pub pronoun_openers: Vec<String>,
    pub dated_openers: Vec<String>,
    pub ordinals: Vec<String>,
    pub excluding_prepositions: Vec<String>,
    pub principal_nouns: Vec<String>,
    pub expletive_followers: Vec<String>,
    pub recipient_it_verbs: Vec<String>,
    pub thing_it_followers: Vec<String>,
    pub capital_followers: Vec<String>,
    pub place_name_connectors: Vec<String>,
    pub venue_nouns: Vec<String>,
    pub company_designators: Vec<String>,
    pub name_of_heads: Vec<String>,
    pub currency_words: Vec<String>,
    pub member_nouns: Vec<String>,
    pub non_state_groups: Vec<String>,
    pub place_features: Vec<String>,
    pub flag_participles: Vec<String>,
    pub backer_participles: Vec<String>,
    pub affiliation_participles: Vec<String>,
    pub partisan_participles: Vec<String>,
    pub force_references: Vec<String>,
    pub broker_participles: Vec<String>,
    pub exchange_phrases: Vec<String>,
    pub question_openers: Vec<String>,
    pub group_titles: Vec<String>,
    pub company_titles: Vec<String>,
    pub object_control_verbs: Vec<String>,
    pub enabling_verbs: Vec<String>,
}

impl Grammar {
    /// The built-in grammar words.
    pub fn builtin() -> Grammar {
        toml::from_str(DEFAULT_GRAMMAR).expect("data/lang/en/grammar.toml is valid")
    }

    /// The built-in grammar words with each list of `text` (a grammar file
    /// holding some of the built-in lists) added to the list of that name.
    /// `name` names the file in errors: a list name the built-in file does not
    /// have, or a value that is not a list of strings.
    pub fn builtin_extended(extensions: &[(String, String)]) -> Result<Grammar, GrammarError> {
        let mut table: toml::Table = toml::from_str(DEFAULT_GRAMMAR).expect("data/lang/en/grammar.toml is valid");
        let known = table.keys().cloned().collect::<Vec<_>>().join(", ");
        for (name, text) in extensions {
            let err = |what: String| GrammarError { name: name.clone(), what };
            let user: toml::Table = toml::from_str(text).map_err(|e| err(e.to_string().trim().replace('\n', " ")))?;
            for (key, value) in user {
                let Some(toml::Value::Array(list)) = table.get_mut(&key) else {
                    return Err(err(format!("unknown list `{key}` (the grammar lists are {known})")));
                };
                let words = match value {
                    toml::Value::Array(words) if words.iter().all(toml::Value::is_str) => words,
                    _ => return Err(err(format!("`{key}` must be a list of strings"))),
                };
                for w in words {
                    if !list.contains(&w) {
                        list.push(w);
                    }
                }
            }
        }
        Ok(toml::Value::Table(table).try_into().expect("the built-in lists with strings added"))
    }
}

/// A user grammar file that cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{name}: {what}")]
pub struct GrammarError {
    /// The file.
    pub name: String,
    /// What is wrong.
    pub what: String,
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
