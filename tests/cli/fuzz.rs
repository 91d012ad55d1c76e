//! Property tests: no input makes relgraph panic. Random and article-like
//! documents, TOML-ish lexicons and mutated graph files go through the same
//! checks as the `cargo fuzz` targets (`fuzz/`, see its README), and every
//! input a fuzzer ever crashed on is replayed from `tests/data/fuzz/`.

mod checks;

use proptest::prelude::*;
use relgraph::document::Document;
use serde_json::Value;

/// Few cases: the whole file should run in seconds in a debug build. The
/// fuzzers run the same checks for hours.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Pieces of news pages: names from the lexicon, generic references,
/// abbreviations, dates, furniture, quotes, control characters, long runs.
const FRAGMENTS: &[&str] = &[
    "Russia",
    "Myanmar",
    "the junta",
    "U.S.",
    "U.N.",
    "Gen.",
    "Dec.",
    "Mr.",
    "North Korea",
    "China",
    "Ukraine",
    "Moscow",
    "Kremlin",
    "Russian",
    "the military",
    "the army",
    "the generals",
    "regime troops",
    "the two countries",
    "the Asian country",
    "the North",
    "his country",
    "Shoigu",
    "Min Aung Hlaing",
    "NATO",
    "EU",
    "UN",
    "PDF",
    "NUG",
    "Wagner Group",
    "Northern Lions Brigade",
    "Arakan Army",
    "'s",
    "\u{2019}s",
    "\u{201c}",
    "\u{201d}",
    "\"",
    "'",
    ". ",
    "? ",
    "! ",
    "...",
    "\n",
    "\r\n",
    "\n\n",
    "\r",
    "\t",
    "\u{b}",
    "\u{c}",
    "\u{1b}",
    "\u{7f}",
    "\u{a0}",
    "\u{2028}",
    "\u{feff}",
    "\u{301}",
    "\u{200b}",
    "é",
    "ß",
    "İ",
    "Σ",
    "日本",
    "🙂",
    "See also",
    "Related Stories",
    "READ MORE:",
    "Send to a friend",
    "Published March 05, 2025",
    "Updated: December 1, 2024",
    "06/23/2021, 16.21",
    "date 2025-03-05",
    "2024-02-30",
    "10-9-2023",
    "31/12/1999",
    "5th Mar, 2025",
    " | ",
    "supplied weapons to",
    "supplies arms to",
    "imported oil from",
    "clashed with",
    "between",
    "and",
    ",",
    "signed a defence treaty with",
    "sanctions against",
    "condemned",
    "deployed troops to",
    "met with",
    "did not",
    "could",
    "urged",
    "said",
    "according to",
    "in 1946",
    "denied",
    "by",
    "(",
    ")",
    ";",
    " \u{2014} ",
    "which",
    "who",
    "main arms supplier",
    "the delivery of",
];

/// An article-like text: fragments joined by spaces, sometimes with a very long line.
fn article() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => prop::sample::select(FRAGMENTS).prop_map(String::from),
        1 => "[A-Z][a-z]{0,12}( [A-Z][a-z]{0,8}){0,3}",
        1 => any::<char>().prop_map(String::from),
        1 => (prop::sample::select(FRAGMENTS), 100usize..3_000).prop_map(|(f, n)| f.repeat(n / f.len().max(1) + 1)),
    ];
    (
        prop::collection::vec(piece, 0..120),
        prop::collection::vec(prop::sample::select(&[" ", " ", " ", "", "\n"][..]), 120),
    )
        .prop_map(|(pieces, seps)| pieces.iter().zip(seps.iter().cycle()).map(|(p, s)| format!("{p}{s}")).collect())
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn arbitrary_bytes_load_or_fail_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..3_000)) {
        checks::check_document(&bytes);
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,600}") {
        checks::check_document(text.as_bytes());
    }

    #[test]
    fn article_like_text_gives_valid_sentences_and_evidence(text in article()) {
        checks::check_document(text.as_bytes());
        checks::check_text(Document::from_text("stdin", text));
    }
}

/// Lines a lexicon file is made of, right and wrong.
const TOML_LINES: &[&str] = &[
    "[[actor]]",
    "[[pattern]]",
    "[sets]",
    "[cues]",
    "[generic]",
    "[generic.region_adjectives]",
    "[actor]",
    "[[actor]",
    "id = \"northern-lions\"",
    "id = \"russia\"",
    "id = \"Bad Id\"",
    "id = \"\"",
    "id = 3",
    "label = \"Northern Lions\"",
    "label = \"\"",
    "label = \"the\"",
    "label = \"'\"",
    "kind = \"armed_group\"",
    "kind = \"state\"",
    "kind = \"person\"",
    "kind = \"military\"",
    "kind = \"planet\"",
    "kind = \"discovered\"",
    "country = \"mali\"",
    "country = \"nowhere\"",
    "names = [\"Lions\", \"Lions-of-the-North\"]",
    "names = [\"\"]",
    "names = [\" \"]",
    "acronyms = [\"NL\", \"N.L.\"]",
    "demonyms = [\"Lionese\"]",
    "capitals = [\"Kidal\"]",
    "seats = [\"Den\"]",
    "regions = [\"Africa\", \"Sahel\"]",
    "context = [\"Mali\"]",
    "national = true",
    "roles = [{ org = \"northern-lions\", title = \"Chief\", from = \"2020-01-01\", until = \"2024-12-31\" }]",
    "roles = [{ org = \"x\", title = \"Chief\", from = \"2024-13-01\" }]",
    "roles = [{ org = \"x\", title = \"C\", from = \"2024-01-01\", until = \"2020-01-01\" }]",
    "relation = \"armed_conflict\"",
    "relation = \"arms_supply\"",
    "relation = \"nonsense\"",
    "frame = \"agent_first\"",
    "frame = \"group\"",
    "frame = \"accusation\"",
    "frame = \"recipient_first\"",
    "frame = \"sideways\"",
    "trigger = 'clash(?:es|ed)?'",
    "trigger = '{weapons}'",
    "trigger = '{nope}'",
    "trigger = '(unclosed'",
    "trigger = ''",
    "trigger = 'a{1000}{1000}'",
    "trigger = '\\b'",
    "object = '{weapons}'",
    "possessor = \"target\"",
    "possessor = \"nobody\"",
    "verb = true",
    "not_after = 'financial'",
    "not_after = '('",
    "weapons = 'arms|weapons'",
    "weapons = '('",
    "negation = [\"not\", \"never\"]",
    "negation = [\"(\"]",
    "speculation = [\"could\"]",
    "call = [\"urged\"]",
    "attribution = [\"said\"]",
    "background = [\"in 19\\\\d\\\\d\"]",
    "denial = [\"denied\"]",
    "military = [\"junta\"]",
    "military = [\"\"]",
    "military_suffix = [\"army\"]",
    "pair = [\"the two countries\"]",
    "region_nouns = [\"country\"]",
    "Asian = \"Asia\"",
    "\"\" = \"\"",
    "organisation_heads = [\"Army\", \"Front\"]",
    "organisation_heads = [\"\"]",
    "media_heads = [\"News\"]",
    "media_heads = [\"\"]",
    "unknown = 1",
    "= \"x\"",
    "'''",
    "\"",
    "#",
    "",
];

fn lexicon_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOML_LINES), 0..40).prop_map(|lines| lines.join("\n"))
}

/// A real lexicon file cut and spliced at random places.
fn mutated_lexicon() -> impl Strategy<Value = String> {
    const SOURCES: &[&str] = &[include_str!("../../data/actors/groups.toml"), include_str!("../../data/patterns.toml")];
    (
        prop::sample::select(SOURCES),
        any::<prop::sample::Index>(),
        200usize..4_000,
        prop::collection::vec((any::<prop::sample::Index>(), prop::sample::select(TOML_LINES)), 0..4),
    )
        .prop_map(|(src, at, len, edits)| {
            let start = floor(src, at.index(src.len()));
            let mut text = src[start..floor(src, (start + len).min(src.len()))].to_string();
            for (pos, line) in edits {
                let p = floor(&text, pos.index(text.len() + 1));
                text.insert_str(p, line);
            }
            text
        })
}

fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn lexicon_files_load_or_name_the_problem(text in lexicon_text()) {
        checks::check_lexicon(&text);
    }

    #[test]
    fn mutated_lexicon_files_load_or_name_the_problem(text in mutated_lexicon()) {
        checks::check_lexicon(&text);
    }
}

/// A valid graph file to mutate.
fn valid_graph() -> Value {
    serde_json::json!({
        "directed": true, "multigraph": true,
        "graph": {"generator": "relgraph 0.1.0", "format_version": 1,
                  "documents": [{"id": "a.txt", "title": "T", "date": "2021-06-23", "sha256": "00"}]},
        "nodes": [{"id": "russia", "label": "Russia", "kind": "state", "mentions": 3},
                  {"id": "myanmar", "label": "Myanmar", "kind": "state", "country": "myanmar", "mentions": 2},
                  {"id": "discovered-x", "label": "X <b>", "kind": "discovered", "mentions": 0}],
        "edges": [{"source": "russia", "target": "myanmar", "key": "arms_supply", "relation": "arms_supply",
                   "directed": true, "weight": 1, "documents": ["a.txt"], "first_date": "2021-06-23", "last_date": "2021-06-23",
                   "evidence": [{"doc": "a.txt", "start": 0, "end": 10, "sentence": "Russia arms Myanmar.", "date": "2021-06-23", "trigger": "arms"}]},
                  {"source": "myanmar", "target": "discovered-x", "key": "armed_conflict", "relation": "armed_conflict",
                   "directed": false, "weight": 1, "documents": ["a.txt"], "first_date": null, "last_date": null,
                   "evidence": [{"doc": "a.txt", "start": 12, "end": 30, "sentence": "They clashed.", "date": null, "trigger": "clashed"}]}]
    })
}

/// JSON values of every type, including ones that look right but are not.
fn json_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        Just(serde_json::json!(18446744073709551615u64)),
        Just(serde_json::json!(-1)),
        Just(serde_json::json!(1.5)),
        Just(serde_json::json!(2)),
        ".{0,20}".prop_map(Value::from),
        prop::sample::select(
            &["russia", "myanmar", "nobody", "", "state", "discovered", "arms_supply", "sanctions", "2021-13-45"][..]
        )
        .prop_map(Value::from),
        Just(serde_json::json!([])),
        Just(serde_json::json!({})),
        Just(serde_json::json!([{"id": "russia", "label": "R", "kind": "state"}])),
    ]
}

/// Replaces or removes the value at a random place in the tree.
fn mutate(v: &mut Value, path: &[usize], new: Option<Value>) {
    let Some((&first, rest)) = path.split_first() else { return };
    let child = match v {
        Value::Object(m) if !m.is_empty() => {
            let key = m.keys().nth(first % m.len()).unwrap().clone();
            if rest.is_empty() || !matches!(m[&key], Value::Object(_) | Value::Array(_)) {
                match new {
                    Some(n) => m[&key] = n,
                    None => {
                        m.remove(&key);
                    }
                }
                return;
            }
            m.get_mut(&key).unwrap()
        }
        Value::Array(a) if !a.is_empty() => {
            let i = first % a.len();
            if rest.is_empty() || !matches!(a[i], Value::Object(_) | Value::Array(_)) {
                match new {
                    Some(n) => a[i] = n,
                    None => {
                        a.remove(i);
                    }
                }
                return;
            }
            &mut a[i]
        }
        _ => return,
    };
    mutate(child, rest, new);
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn mutated_graph_files_read_or_fail_cleanly(
        edits in prop::collection::vec((prop::collection::vec(any::<usize>(), 1..6), prop::option::weighted(0.8, json_value())), 0..4),
        cut in prop::option::weighted(0.2, any::<prop::sample::Index>()),
    ) {
        let mut v = valid_graph();
        for (path, new) in edits {
            mutate(&mut v, &path, new);
        }
        let mut text = serde_json::to_string_pretty(&v).unwrap();
        if let Some(at) = cut {
            text.truncate(floor(&text, at.index(text.len())));
        }
        checks::check_graph_json(&text);
    }

    #[test]
    fn arbitrary_text_is_not_a_graph(text in ".{0,300}") {
        checks::check_graph_json(&text);
    }
}

#[test]
fn the_unmutated_graph_reads() {
    checks::check_graph_json(&valid_graph().to_string());
    assert!(relgraph::store::from_json(std::path::Path::new("g.json"), &valid_graph().to_string()).is_ok());
}

/// Every input that crashed a fuzzer, kept in `tests/data/fuzz/<target>/`.
#[test]
fn fuzz_regressions_replay() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz");
    let mut n = 0;
    for (target, check) in [
        ("document", (|b: &[u8]| checks::check_document(b)) as fn(&[u8])),
        ("lexicon", |b: &[u8]| checks::check_lexicon(&String::from_utf8_lossy(b))),
        ("graph_json", |b: &[u8]| checks::check_graph_json(&String::from_utf8_lossy(b))),
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(target)) else { continue };
        let mut files: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
        files.sort();
        for f in files {
            let bytes = std::fs::read(&f).unwrap();
            eprintln!("replaying {}", f.display());
            check(&bytes);
            n += 1;
        }
    }
    eprintln!("{n} fuzz regressions replayed");
}

/// Inputs that once made extraction slow or its output huge: bounded now,
/// checked by what they give, not by how long they take.
mod bounds {
    use super::checks;
    use relgraph::document::Document;
    use relgraph::extract::{Extractor, MAX_RELATIONS, MAX_SENTENCE_BYTES};

    fn states(n: usize) -> Vec<&'static str> {
        let lx = checks::lexicon();
        lx.actors
            .iter()
            .filter(|a| a.kind == relgraph::ontology::ActorKind::State)
            .take(n)
            .map(|a| a.label.as_str())
            .collect()
    }

    #[test]
    fn forty_states_signing_a_treaty_give_a_bounded_number_of_relations() {
        let names = states(40);
        let sentence = format!("{} and {} signed a defence treaty.", names[..39].join(", "), names[39]);
        let doc = Document::from_text("g.txt", format!("Forty states sign a treaty today\n\n{sentence} {sentence}\n"));
        let found = Extractor::new(checks::lexicon()).extract(&doc).relations;
        let first = doc.sentences()[1].start;
        let in_first = found.iter().filter(|f| f.start == first).count();
        assert!(in_first > 0 && in_first <= MAX_RELATIONS, "{in_first} relations from one sentence");
        checks::check_text(doc);
    }

    #[test]
    fn evidence_from_a_very_long_sentence_is_its_beginning() {
        let filler = "officials in the capital talked on and on about it ".repeat(200);
        let text = format!("A very long sentence follows here\n\nRussia supplied weapons to Myanmar while {filler}.\n");
        let doc = Document::from_text("long.txt", text);
        let found = Extractor::new(checks::lexicon()).extract(&doc).relations;
        let f = found.iter().find(|f| f.source == "russia").expect("the relation at the start is read");
        assert!(f.end - f.start <= MAX_SENTENCE_BYTES && doc.text.is_char_boundary(f.end), "{}..{}", f.start, f.end);
        checks::check_text(doc);
    }

    #[test]
    fn thousands_of_unknown_organisations_in_one_document() {
        let mut body = String::from("Many brigades fought this week\n\n");
        for i in 0..3_000 {
            let name: String =
                format!("{i:04}").chars().map(|c| (b'a' + c.to_digit(10).unwrap() as u8) as char).collect();
            body.push_str(&format!("The Q{name} Brigade attacked Russia. "));
        }
        let doc = Document::from_text("many.txt", body);
        let ex = Extractor::new(checks::lexicon()).extract(&doc);
        assert!(ex.discovered.len() >= 1_000, "{} discovered", ex.discovered.len());
    }
}
