//! The built-in tagger and parser: hand-checked arcs of news sentences with
//! relations, and model files that are missing or damaged.

use crate::sandbox;
use relgraph::syntax::{Analyzer, SyntaxError};

/// One hand-checked sentence: the text and its `(label, head, dependent)` arcs.
struct Case {
    text: String,
    arcs: Vec<(String, String, String)>,
}

fn cases() -> Vec<Case> {
    let data = include_str!("../data/syntax/arcs.txt");
    let mut out: Vec<Case> = Vec::new();
    for line in data.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(text) = line.strip_prefix("> ") {
            out.push(Case { text: text.to_string(), arcs: Vec::new() });
            continue;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(cols.len(), 3, "arcs.txt: bad arc line {line:?}");
        out.last_mut().expect("an arc follows a sentence").arcs.push((cols[0].into(), cols[1].into(), cols[2].into()));
    }
    out
}

/// The token index of `form` or `form#n` (n-th occurrence, from 1).
fn find(words: &[&str], spec: &str) -> Option<usize> {
    let (form, n) = match spec.rsplit_once('#') {
        Some((f, n)) if n.chars().all(|c| c.is_ascii_digit()) && !f.is_empty() => (f, n.parse::<usize>().ok()?),
        _ => (spec, 1),
    };
    words.iter().enumerate().filter(|(_, w)| **w == form).map(|(i, _)| i).nth(n - 1)
}

#[test]
fn the_parser_gets_the_hand_checked_arcs_of_news_sentences_right() {
    let analyzer = Analyzer::load_default().expect("built-in model loads");
    let cases = cases();
    assert!(cases.len() >= 60, "at least 60 hand-checked sentences");
    let (mut total, mut attached, mut labelled) = (0, 0, 0);
    let mut wrong = Vec::new();
    for case in &cases {
        let parse = analyzer.analyze(&case.text);
        let words: Vec<&str> = (0..parse.len()).map(|i| parse.word(i)).collect();
        for (label, head, dep) in &case.arcs {
            total += 1;
            let (Some(h), Some(d)) = (find(&words, head), find(&words, dep)) else {
                wrong.push(format!("{label} {head} {dep}: token missing in {:?}", case.text));
                continue;
            };
            if parse.head(d) == Some(h) {
                attached += 1;
                // spaCy writes a recipient "to" as `dative` or `prep`; both mean the same to extraction.
                let got = parse.dep(d);
                if got == label || matches!((got, label.as_str()), ("dative", "prep") | ("prep", "dative")) {
                    labelled += 1;
                    continue;
                }
            }
            wrong.push(format!(
                "{label} {head} {dep}: got {} <- {:?} in {:?}",
                parse.dep(d),
                parse.head(d).map(|h| words[h]),
                case.text
            ));
        }
    }
    let share = |n: usize| n as f64 / total as f64;
    eprintln!(
        "hand-checked arcs: {total}; attached {:.1} %, labelled {:.1} %",
        100.0 * share(attached),
        100.0 * share(labelled)
    );
    assert!(
        share(attached) >= 0.90,
        "{:.3} of {total} arcs attached right; wrong:\n{}",
        share(attached),
        wrong.join("\n")
    );
    assert!(
        share(labelled) >= 0.85,
        "{:.3} of {total} arcs labelled right; wrong:\n{}",
        share(labelled),
        wrong.join("\n")
    );
}

#[test]
fn a_model_file_that_is_missing_empty_or_damaged_is_an_error_naming_it() {
    let dir = sandbox();
    let missing = dir.path().join("none.model.gz");
    let e = Analyzer::from_file(&missing).unwrap_err();
    assert!(matches!(e, SyntaxError::Io { .. }) && e.to_string().contains("none.model.gz"), "{e}");
    for (name, bytes) in [("empty.gz", Vec::new()), ("text.gz", b"not a model".to_vec())] {
        let p = dir.path().join(name);
        std::fs::write(&p, &bytes).unwrap();
        let e = Analyzer::from_file(&p).unwrap_err();
        assert!(e.to_string().contains(name), "{e}");
    }
    // A real model cut short.
    let good = include_bytes!("../../data/syntax/en.model.gz");
    let p = dir.path().join("cut.gz");
    std::fs::write(&p, &good[..good.len() / 2]).unwrap();
    let e = Analyzer::from_file(&p).unwrap_err();
    assert!(matches!(e, SyntaxError::Corrupt { .. }) && e.to_string().contains("cut.gz"), "{e}");
}

#[test]
fn sentences_are_tagged_lemmatised_and_parsed_into_one_tree() {
    let analyzer = Analyzer::load_default().unwrap();
    let p = analyzer.analyze("Russia supplied fighter jets to Myanmar and has sold helicopters to Sudan.");
    let words: Vec<&str> = (0..p.len()).map(|i| p.word(i)).collect();
    let at = |w: &str| words.iter().position(|x| *x == w).unwrap();
    assert_eq!(p.lemma(at("supplied")), "supply");
    assert_eq!(p.lemma(at("sold")), "sell");
    assert_eq!(p.tag(at("jets")), "NNS");
    assert_eq!(p.lemma(at("jets")), "jet");
    assert_eq!((0..p.len()).filter(|&i| p.head(i).is_none()).count(), 1, "one root");
    assert_eq!(p.head(at("Russia")), Some(at("supplied")));
    assert_eq!(p.dep(at("Russia")), "nsubj");
    assert_eq!(p.head(at("sold")), Some(at("supplied")));
    assert_eq!(p.dep(at("sold")), "conj");
    assert!(p.to_conllu().lines().count() == p.len());
    assert!(analyzer.analyze("").is_empty());
}

#[test]
fn the_tag_dictionary_keeps_listed_words_to_their_tags_and_names_a_bad_line() {
    let mut analyzer = Analyzer::load_default().unwrap();
    // "ally" ends like an adverb; the built-in dictionary allows only noun and verb readings.
    let p = analyzer.analyze("An ally of the Afghan Taliban ended its ceasefire.");
    assert_eq!(p.tag(1), "NN", "{}", p.to_conllu());
    // A user line narrows another word.
    analyzer.add_tags("mine.tsv", "# comment\nfriendly\tJJ\n").unwrap();
    let p = analyzer.analyze("They played a friendly match.");
    assert_eq!(p.tag(3), "JJ");
    let e = analyzer.add_tags("mine.tsv", "ally\tNN\nsupply\tNOPE\n").unwrap_err();
    assert!(matches!(e, SyntaxError::Tags { line: 2, .. }) && e.to_string().contains("mine.tsv:2"), "{e}");
    let e = analyzer.add_tags("mine.tsv", "ally NN\n").unwrap_err();
    assert!(e.to_string().contains("mine.tsv:1"), "{e}");
}
