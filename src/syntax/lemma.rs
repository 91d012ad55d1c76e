//! Lemmas: the dictionary form of a word given its part-of-speech tag
//! ("supplied"/"supplies"/"supplying" → "supply", "talks" → "talk", "sold" →
//! "sell"), from suffix rules and a table of exceptions (`data/lang/en/lemmas.tsv`).

use rustc_hash::FxHashMap;

/// The word classes a lemma table entry applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LemmaClass {
    /// Nouns (NN, NNS).
    Noun,
    /// Verbs (VB, VBD, VBG, VBN, VBP, VBZ).
    Verb,
    /// Adjectives and adverbs (JJR, JJS, RBR, RBS).
    Adjective,
}

impl LemmaClass {
    /// The class of a Penn Treebank tag, if it inflects.
    pub fn of_tag(tag: &str) -> Option<LemmaClass> {
        match tag {
            "NN" | "NNS" => Some(LemmaClass::Noun),
            t if t.starts_with("VB") || t == "MD" => Some(LemmaClass::Verb),
            "JJR" | "JJS" | "RBR" | "RBS" => Some(LemmaClass::Adjective),
            _ => None,
        }
    }

    fn parse(s: &str) -> Option<LemmaClass> {
        match s {
            "noun" => Some(LemmaClass::Noun),
            "verb" => Some(LemmaClass::Verb),
            "adj" => Some(LemmaClass::Adjective),
            _ => None,
        }
    }
}

/// Rules plus exceptions.
#[derive(Debug, Clone, Default)]
pub struct Lemmatizer {
    /// Lemma by form, one table per class (by [`LemmaClass`] index): a form
    /// is looked up as it is, without building a key.
    exceptions: [FxHashMap<String, String>; 3],
}

/// A line of a lemma table that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {what}")]
pub struct LemmaTableError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub what: String,
}

impl Lemmatizer {
    /// Reads a table of `form<TAB>class<TAB>lemma` lines (class: noun, verb, adj);
    /// `#` starts a comment. Later lines override earlier ones.
    pub fn from_table(text: &str) -> Result<Lemmatizer, LemmaTableError> {
        let mut l = Lemmatizer::default();
        l.extend(text)?;
        Ok(l)
    }

    /// Adds the entries of another table.
    pub fn extend(&mut self, text: &str) -> Result<(), LemmaTableError> {
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim_end();
            if line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let err = |what: &str| LemmaTableError { line: n + 1, what: what.to_string() };
            if cols.len() != 3 {
                return Err(err("expected form, class and lemma separated by tabs"));
            }
            let class = LemmaClass::parse(cols[1].trim()).ok_or_else(|| err("class must be noun, verb or adj"))?;
            let (form, lemma) = (cols[0].trim().to_lowercase(), cols[2].trim().to_lowercase());
            if form.is_empty() || lemma.is_empty() {
                return Err(err("empty form or lemma"));
            }
            self.exceptions[class as usize].insert(form, lemma);
        }
        Ok(())
    }

    /// The number of exceptions known.
    pub fn len(&self) -> usize {
        self.exceptions.iter().map(|t| t.len()).sum()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.exceptions.iter().all(|t| t.is_empty())
    }

    /// The lemma of `word` tagged `tag` (lowercase).
    pub fn lemma(&self, word: &str, tag: &str) -> String {
        let lower = word.to_lowercase();
        let Some(class) = LemmaClass::of_tag(tag) else {
            return lower;
        };
        if let Some(l) = self.exceptions[class as usize].get(&lower) {
            return l.clone();
        }
        // A prefixed irregular verb takes its stem's lemma: "retook" is "retake", "overran"
        // "overrun", "undertook" "undertake".
        if class == LemmaClass::Verb && matches!(tag, "VBD" | "VBN") {
            for prefix in VERB_PREFIXES {
                if let Some(l) = lower
                    .strip_prefix(prefix)
                    .filter(|rest| rest.len() >= 3)
                    .and_then(|rest| self.exceptions[class as usize].get(rest))
                {
                    return format!("{prefix}{l}");
                }
            }
        }
        match (class, tag) {
            (LemmaClass::Noun, "NNS") => noun_rule(&lower),
            (LemmaClass::Verb, "VBZ") => verb_s_rule(&lower),
            (LemmaClass::Verb, "VBD" | "VBN") => verb_ed_rule(&lower),
            (LemmaClass::Verb, "VBG") => verb_ing_rule(&lower),
            (LemmaClass::Adjective, "JJR" | "RBR") => strip_comparative(&lower, "er"),
            (LemmaClass::Adjective, "JJS" | "RBS") => strip_comparative(&lower, "est"),
            _ => lower,
        }
    }

    /// The rule-only lemma (no exceptions): what the table corrects.
    pub fn rule_lemma(word: &str, tag: &str) -> String {
        Lemmatizer::default().lemma(word, tag)
    }
}

/// Prefixes an irregular verb keeps its forms under ("re-", "over-", "under-").
const VERB_PREFIXES: [&str; 6] = ["re", "over", "under", "out", "mis", "up"];

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn noun_rule(w: &str) -> String {
    let b = w.as_bytes();
    // "servicemen", "gunmen", "policewomen": a plural in "-men" is of a noun in "-man".
    if w.len() > 4 && w.ends_with("men") {
        return format!("{}man", &w[..w.len() - 3]);
    }
    if w.len() > 4 && w.ends_with("ies") && !is_vowel(b[w.len() - 4]) {
        return format!("{}y", &w[..w.len() - 3]);
    }
    for end in ["sses", "shes", "ches", "xes", "zzes"] {
        if w.ends_with(end) {
            return w[..w.len() - 2].to_string();
        }
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

fn verb_s_rule(w: &str) -> String {
    let b = w.as_bytes();
    if w.len() > 4 && w.ends_with("ies") && !is_vowel(b[w.len() - 4]) {
        return format!("{}y", &w[..w.len() - 3]);
    }
    for end in ["sses", "shes", "ches", "xes", "zzes", "oes"] {
        if w.ends_with(end) {
            return w[..w.len() - 2].to_string();
        }
    }
    if w.len() > 2 && w.ends_with('s') && !w.ends_with("ss") {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

/// Stems that take back a final "e" after "-ed" / "-ing" is removed
/// ("provid" → "provide", "negotiat" → "negotiate"; "sign" and "attack" stay).
fn restore_e(stem: &str) -> String {
    // Endings that always had an "e" ("giv", "produc", "advis", "accus"; "dispers", "rehears",
    // "condens", "eclips", "repuls", "brows": no verb ends in "rs", "ns", "ps", "ls" or "ws").
    const ALWAYS: &[&str] =
        &["v", "c", "iz", "is", "os", "as", "us", "rg", "dg", "ys", "uid", "rs", "ns", "ps", "ls", "ws"];
    // Endings that had one after a single vowel ("decid", "declar", "combin", "invad"; not "avoid",
    // "appear", "remain", "load").
    const AFTER_CONSONANT: &[&str] = &[
        "id", "ud", "ad", "ed", "ip", "ur", "ir", "ar", "in", "ot", "ok", "ag", "am", "um", "ap", "ib", "ul", "il",
        "ut",
    ];
    let b = stem.as_bytes();
    let n = b.len();
    if n < 3 {
        return stem.to_string();
    }
    let ate = stem.ends_with("at") && !stem.ends_with("eat") && !stem.ends_with("oat");
    // A syllabic "l" after a stop or a fricative ("battl", "toppl", "dismantl", "struggl"; not
    // "kill", "curl", "howl", "patrol").
    let syllabic_l =
        stem.ends_with('l') && matches!(b[n - 2], b'b' | b'c' | b'd' | b'f' | b'g' | b'k' | b'p' | b's' | b't' | b'z');
    let single = !is_vowel(b[n - 3]);
    if ate
        || syllabic_l
        || ALWAYS.iter().any(|e| stem.ends_with(e))
        || single && AFTER_CONSONANT.iter().any(|e| stem.ends_with(e))
    {
        return format!("{stem}e");
    }
    stem.to_string()
}

fn undouble(stem: &str) -> Option<String> {
    let b = stem.as_bytes();
    let n = b.len();
    if n >= 3 && b[n - 1] == b[n - 2] && matches!(b[n - 1], b'b' | b'd' | b'g' | b'm' | b'n' | b'p' | b'r' | b't') {
        return Some(stem[..n - 1].to_string());
    }
    None
}

fn verb_ed_rule(w: &str) -> String {
    let b = w.as_bytes();
    if w.len() > 4 && w.ends_with("ied") && !is_vowel(b[w.len() - 4]) {
        return format!("{}y", &w[..w.len() - 3]);
    }
    // "agreed", "guaranteed": the stem ends in "ee" ("needed", "exceeded" do not).
    if w.len() > 4 && w.ends_with("eed") && !w.ends_with("eded") {
        return w[..w.len() - 1].to_string();
    }
    if w.len() > 3 && w.ends_with("ed") {
        let stem = &w[..w.len() - 2];
        if let Some(s) = undouble(stem) {
            return s;
        }
        if stem.ends_with('e') {
            return stem.to_string(); // "agreed" -> "agree"
        }
        return restore_e(stem);
    }
    w.to_string()
}

fn verb_ing_rule(w: &str) -> String {
    if w.len() > 5 && w.ends_with("ing") {
        let stem = &w[..w.len() - 3];
        if let Some(s) = undouble(stem) {
            return s;
        }
        return restore_e(stem);
    }
    w.to_string()
}

fn strip_comparative(w: &str, end: &str) -> String {
    if w.len() > end.len() + 2 && w.ends_with(end) {
        let stem = &w[..w.len() - end.len()];
        if let Some(s) = undouble(stem) {
            return s;
        }
        if let Some(s) = stem.strip_suffix('i') {
            return format!("{s}y");
        }
        return stem.to_string();
    }
    w.to_string()
}

#[cfg(test)]
mod tests {
    use super::Lemmatizer;

    #[test]
    fn rules_and_exceptions() {
        let l =
            Lemmatizer::from_table("sold\tverb\tsell\nmet\tverb\tmeet\ntook\tverb\ttake\nran\tverb\trun\n").unwrap();
        for (w, t, want) in [
            ("supplied", "VBD", "supply"),
            ("supplies", "VBZ", "supply"),
            ("supplying", "VBG", "supply"),
            ("talks", "NNS", "talk"),
            ("sold", "VBD", "sell"),
            ("met", "VBN", "meet"),
            ("signed", "VBD", "sign"),
            ("stopped", "VBD", "stop"),
            ("provided", "VBN", "provide"),
            ("rehearsed", "VBD", "rehearse"),
            ("dispersed", "VBN", "disperse"),
            ("condensing", "VBG", "condense"),
            ("eclipsed", "VBD", "eclipse"),
            ("repulsed", "VBD", "repulse"),
            ("negotiating", "VBG", "negotiate"),
            ("delivered", "VBD", "deliver"),
            ("agreed", "VBD", "agree"),
            ("giving", "VBG", "give"),
            ("allies", "NNS", "ally"),
            ("servicemen", "NNS", "serviceman"),
            ("gunmen", "NNS", "gunman"),
            ("Houthis", "NNPS", "houthis"),
            ("sanctions", "NNS", "sanction"),
            ("invaded", "VBD", "invade"),
            ("invading", "VBG", "invade"),
            ("blockaded", "VBN", "blockade"),
            ("evaded", "VBD", "evade"),
            ("guided", "VBN", "guide"),
            ("loaded", "VBD", "load"),
            ("pleaded", "VBD", "plead"),
            ("retook", "VBD", "retake"),
            ("overran", "VBD", "overrun"),
            ("undertook", "VBN", "undertake"),
            ("repaired", "VBD", "repair"),
            ("ceded", "VBD", "cede"),
            ("piping", "VBG", "pipe"),
            ("shipping", "VBG", "ship"),
            ("conceding", "VBG", "concede"),
            ("needed", "VBD", "need"),
            ("headed", "VBN", "head"),
            ("battled", "VBD", "battle"),
            ("toppled", "VBN", "topple"),
            ("dismantled", "VBD", "dismantle"),
            ("struggling", "VBG", "struggle"),
            ("killed", "VBD", "kill"),
            ("curled", "VBD", "curl"),
        ] {
            assert_eq!(l.lemma(w, t), want, "{w}/{t}");
        }
    }

    #[test]
    fn a_bad_table_line_is_named() {
        let e = Lemmatizer::from_table("ok\tverb\tok\nbroken line\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(Lemmatizer::from_table("x\tthing\ty\n").is_err());
    }
}
