//! The properties the fuzz targets (`fuzz/fuzz_targets/*.rs`, run with
//! `cargo fuzz`) and the property tests (`tests/cli/fuzz.rs`) check: whatever
//! the input, no panic, errors that name the file, offsets that are valid and
//! point at the text they claim to, and graphs that survive a JSON round trip.
//! Shared by both through `#[path]`, so it uses only `relgraph` and `serde_json`.

#![allow(dead_code)]

use relgraph::document::{self, Document};
use relgraph::export;
use relgraph::extract::Extractor;
use relgraph::graph::{Actor, QueryFilter, RelGraph};
use relgraph::lexicon::Lexicon;
use relgraph::ontology::ActorKind;
use relgraph::pipeline::{GraphBuilder, Record};
use relgraph::render;
use relgraph::store;
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;

/// The built-in lexicon, loaded once.
pub fn lexicon() -> &'static Lexicon {
    static LX: OnceLock<Lexicon> = OnceLock::new();
    LX.get_or_init(|| Lexicon::builtin().expect("built-in lexicon loads"))
}

/// A builder over the built-in lexicon, made once (only its `&self` methods are used).
fn builder() -> &'static GraphBuilder<'static> {
    static B: OnceLock<GraphBuilder<'static>> = OnceLock::new();
    B.get_or_init(|| GraphBuilder::new(lexicon(), RelGraph::new()))
}

/// Article bytes: loading gives a document or an error that names the file;
/// a document's sentences, title and date are well formed; its records point
/// at its sentences; the graph it makes survives a JSON round trip.
pub fn check_document(bytes: &[u8]) {
    let path = Path::new("fuzz/input.txt");
    let doc = match document::from_bytes(path, "input.txt".into(), bytes.to_vec()) {
        Ok(doc) => doc,
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.starts_with("fuzz/input.txt: "), "error does not name the file: {msg}");
            return;
        }
    };
    check_text(doc);
}

/// A document made from text (as `relgraph extract -` does): the same checks.
pub fn check_text(doc: Document) {
    let text = doc.text.as_str();
    let sentences = doc.sentences();
    let mut spans = std::collections::BTreeMap::new();
    let mut last_end = 0;
    for s in &sentences {
        assert!(s.start < s.end && s.end <= text.len(), "bad span {}..{} in {} bytes", s.start, s.end, text.len());
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "span {}..{} splits a character",
            s.start,
            s.end
        );
        assert_eq!(&text[s.start..s.end], s.text, "sentence text is not the document's slice");
        assert_eq!(s.text.trim(), s.text, "sentence is not trimmed");
        if !s.is_title {
            assert!(s.start >= last_end, "sentences overlap or go backwards at {}", s.start);
            last_end = s.end;
        }
        spans.insert(s.start, s.end);
    }
    if let Some(d) = &doc.date {
        assert_eq!(document::find_date(d).as_deref(), Some(d.as_str()), "date `{d}` is not YYYY-MM-DD");
    }
    if let Some(t) = &doc.title {
        assert!(!t.contains('\n') && !t.is_empty(), "bad title {t:?}");
    }
    let info_id = doc.id.clone();
    let records = builder()
        .extract_texts(vec![(doc.id.clone(), doc.text.clone(), doc.date.clone())])
        .pop()
        .expect("one document in, one out");
    let mut graph = RelGraph::new();
    for r in &records {
        if let Record::Relation { source, target, evidence, .. } = r {
            assert!(source != target, "self relation {source}");
            assert_eq!(evidence.doc, info_id);
            // A sentence, or the first MAX_SENTENCE_BYTES of a longer one.
            let sentence_end = spans
                .get(&evidence.start)
                .copied()
                .unwrap_or_else(|| panic!("evidence at {} is not a sentence", evidence.start));
            assert!(
                evidence.end <= sentence_end && evidence.end - evidence.start <= relgraph::extract::MAX_SENTENCE_BYTES,
                "evidence {}..{}",
                evidence.start,
                evidence.end
            );
            assert!(
                evidence.end == sentence_end || sentence_end - evidence.start > relgraph::extract::MAX_SENTENCE_BYTES
            );
            let folded = text[evidence.start..evidence.end].split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(folded, evidence.sentence);
        }
    }
    merge(&mut graph, records);
    round_trip(&graph);
}

/// What `GraphBuilder::merge_record` does, without a builder per input.
fn merge(graph: &mut RelGraph, records: Vec<Record>) {
    for r in records {
        match r {
            Record::Document { info, actors } => {
                for a in actors {
                    graph.add_actor(a);
                }
                graph.add_document(info);
            }
            Record::Relation { source, target, relation, evidence, .. } => {
                for id in [&source, &target] {
                    if graph.actor(id).is_none() {
                        graph.add_actor(Actor {
                            id: id.clone(),
                            label: id.clone(),
                            kind: ActorKind::Discovered,
                            country: None,
                            mentions: 0,
                        });
                    }
                }
                graph.add_evidence(&source, &target, relation, evidence);
            }
        }
    }
}

/// The graph written and read back gives the same bytes.
fn round_trip(graph: &RelGraph) {
    let json = store::to_json(graph);
    let back = store::from_json(Path::new("graph.json"), &json)
        .unwrap_or_else(|e| panic!("written graph does not read back: {e}"));
    assert!(store::to_json(&back) == json, "graph.json is not stable through a round trip");
}

/// A user lexicon file: it loads or fails with an error that names it; a
/// lexicon that loads drives extraction without panicking.
pub fn check_lexicon(src: &str) {
    let file = Path::new("fuzz/lexicon.toml");
    let lx = match Lexicon::from_source(file, src) {
        Ok(lx) => lx,
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.starts_with("fuzz/lexicon.toml"), "error does not name the file: {msg}");
            return;
        }
    };
    let ex = Extractor::new(&lx);
    // An article made of the lexicon's own words.
    let mut body = String::from("Lexicon test story headline here\n\n");
    let forms: Vec<&str> = lx.forms.iter().take(12).map(|f| f.text.as_str()).collect();
    for pair in forms.windows(2) {
        body.push_str(&format!(
            "{} supplied weapons to {} and clashed with the junta, officials said. ",
            pair[0], pair[1]
        ));
    }
    for (adj, _) in lx.generic.region_adjectives.iter().take(3) {
        body.push_str(&format!(
            "The {adj} country met {} in the capital on Monday. ",
            forms.first().copied().unwrap_or("Russia")
        ));
    }
    body.push_str("The two countries signed a defence treaty. The Northern Lions Army attacked the town.\n");
    let doc = Document::from_text("lexicon.txt", body);
    let found = ex.extract(&doc);
    for f in &found.relations {
        assert!(
            f.start < f.end
                && f.end <= doc.text.len()
                && doc.text.is_char_boundary(f.start)
                && doc.text.is_char_boundary(f.end)
        );
    }
    let _ = ex.actors_in(src.get(..src.len().min(2_000)).unwrap_or(""), None);
    for a in &lx.actors {
        let _ = lx.resolve_name(&a.label);
    }
}

/// A graph file: it reads or fails with an error that names it; a graph that
/// reads survives a round trip, every export, drawing and the queries.
pub fn check_graph_json(text: &str) {
    let file = Path::new("fuzz/graph.json");
    let g = match store::from_json(file, text) {
        Ok(g) => g,
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.starts_with("fuzz/graph.json: not a relgraph graph.json: "), "unexpected error: {msg}");
            return;
        }
    };
    round_trip(&g);
    let dot = render::to_dot(&g, &render::DotOptions::default());
    assert!(dot.starts_with("digraph"), "{dot}");
    let _ = render::to_html(&g, None);
    let _ = (export::graphml(&g), export::gexf(&g), export::cytoscape(&g), export::events(&g), export::neo4j(&g));
    let ids: Vec<String> = g.actors().iter().map(|a| a.id.clone()).collect();
    let filter = QueryFilter::default();
    if let (Some(first), Some(last)) = (ids.first(), ids.last()) {
        let _ = g.shortest_path(first, last, &filter);
        let _ = g.shortest_path(last, first, &QueryFilter { directed: true, ..Default::default() });
        let _ = g.neighbors(first, 2, &filter);
        let keep: BTreeSet<String> = ids.iter().take(3).cloned().collect();
        let sub = g.subgraph(&keep, &filter);
        assert!(sub.actor_count() <= keep.len());
        let _ = relgraph::lexicon::closest("Rusia", g.actors().iter().map(|a| a.label.as_str()), 3);
    }
}
