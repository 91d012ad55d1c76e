//! Extraction cases as data (`tests/data/extract/cases.toml`): sentences
//! written for the tests, the relations each asserts and those it must not
//! yield (calls, negations, wishes, ended ties, economic senses, places).
//! A new rule arrives with its sentences here.

use relgraph::document::Document;
use relgraph::extract::Extractor;
use relgraph::lexicon::Lexicon;
use serde::Deserialize;

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    text: String,
    #[serde(default)]
    expect: Vec<String>,
    #[serde(default)]
    reject: Vec<String>,
}

/// Share of expected relations that must be found, and of rejected ones that
/// must stay absent: a ratchet, raised as extraction improves.
const MIN_RECALL: f64 = 0.98;
const MIN_REJECTED: f64 = 0.995;

/// "relation source target", symmetric types with the smaller id first.
fn key(relation: &str, a: &str, b: &str) -> String {
    let symmetric = relation.parse::<relgraph::ontology::RelationType>().map(|r| !r.directed()).unwrap_or(false);
    if symmetric && b < a {
        format!("{relation} {b} {a}")
    } else {
        format!("{relation} {a} {b}")
    }
}

#[test]
fn extraction_cases_hold() {
    let cases: Cases = toml::from_str(include_str!("../data/extract/cases.toml")).expect("cases.toml parses");
    let lexicon = Lexicon::builtin().unwrap();
    let extractor = Extractor::new(&lexicon);
    let (mut expected, mut found, mut rejected, mut avoided) = (0, 0, 0, 0);
    let mut report = Vec::new();
    for case in &cases.case {
        // No headline of its own: a case written as a headline ("X, Y sign defence pact", no
        // final stop) is read as the story's title, the way an article's first line is.
        let doc = Document::from_text("case.txt", format!("date 2025-01-15\n\n{}\n", case.text));
        let got: Vec<String> =
            extractor.extract(&doc).relations.iter().map(|f| key(f.relation.as_str(), &f.source, &f.target)).collect();
        for e in &case.expect {
            let p: Vec<&str> = e.split_whitespace().collect();
            assert_eq!(p.len(), 3, "cases.toml: bad relation {e:?}");
            expected += 1;
            if got.contains(&key(p[0], p[1], p[2])) {
                found += 1;
            } else {
                report.push(format!("MISSED {e}: {}", case.text));
            }
        }
        for r in &case.reject {
            let p: Vec<&str> = r.split_whitespace().collect();
            assert_eq!(p.len(), 3, "cases.toml: bad relation {r:?}");
            rejected += 1;
            if got.contains(&key(p[0], p[1], p[2])) {
                report.push(format!("WRONG  {r}: {}", case.text));
            } else {
                avoided += 1;
            }
        }
        if case.expect.is_empty() && case.reject.is_empty() {
            for g in &got {
                report.push(format!("WRONG  {g}: {}", case.text));
            }
            rejected += 1;
            avoided += usize::from(got.is_empty());
        }
    }
    let recall = found as f64 / expected.max(1) as f64;
    let clean = avoided as f64 / rejected.max(1) as f64;
    eprintln!(
        "{}\nextraction cases: {found}/{expected} expected relations found, {avoided}/{rejected} traps avoided",
        report.join("\n")
    );
    assert!(recall >= MIN_RECALL && clean >= MIN_REJECTED, "recall {recall:.3}, traps avoided {clean:.3}");
}
