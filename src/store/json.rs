//! Node-link JSON (`graph.json`, read by networkx's
//! `node_link_graph(data, edges="edges")`) and back.

use crate::graph::{Actor, DocumentInfo, Evidence, RelGraph};
use crate::ontology::{ActorKind, RelationType};
use serde::{Deserialize, Serialize};
use serde_json::ser::{CharEscape, Formatter, PrettyFormatter};
use serde_json::value::RawValue;
use std::cell::Cell;
use std::io::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The version of the JSON layout written in `graph.format_version`.
pub const FORMAT_VERSION: u32 = 1;

/// A graph file that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum GraphFileError {
    /// The file could not be read.
    #[error("{path}: cannot read graph: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The file could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The file is not a relgraph graph.
    #[error("{path}: not a relgraph graph.json: {message}")]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
}

#[derive(Serialize, Deserialize)]
struct GraphJson {
    directed: bool,
    multigraph: bool,
    graph: Meta,
    nodes: Vec<NodeJson>,
    edges: Vec<EdgeJson>,
}

#[derive(Serialize, Deserialize)]
struct Meta {
    generator: String,
    format_version: u32,
    documents: Vec<DocumentInfo>,
}

#[derive(Serialize, Deserialize)]
struct NodeJson {
    id: String,
    label: String,
    kind: ActorKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    country: Option<String>,
    #[serde(default)]
    mentions: u64,
    /// The actor's community ([`RelGraph::communities`]); written on every
    /// node, recomputed rather than read back, optional in files read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    community: Option<usize>,
}

#[derive(Serialize, Deserialize)]
struct EdgeJson {
    source: String,
    target: String,
    key: RelationType,
    relation: RelationType,
    directed: bool,
    weight: usize,
    documents: Vec<String>,
    first_date: Option<String>,
    last_date: Option<String>,
    evidence: Vec<Evidence>,
}

/// What [`from_json`] reads of a file: the layout of [`GraphJson`], with
/// edge ends borrowed from the text where they can be, and the fields that
/// are recomputed (`key`, `directed`, `weight`, `documents`, the dates, a
/// node's `community`) checked but not kept.
#[derive(Deserialize)]
struct GraphIn<'a> {
    #[serde(rename = "directed")]
    _directed: bool,
    #[serde(rename = "multigraph")]
    _multigraph: bool,
    graph: Meta,
    nodes: Vec<NodeJson>,
    #[serde(borrow)]
    edges: Vec<EdgeIn<'a>>,
}

#[derive(Deserialize)]
struct EdgeIn<'a> {
    #[serde(borrow)]
    source: Str<'a>,
    #[serde(borrow)]
    target: Str<'a>,
    #[serde(rename = "key")]
    _key: RelationType,
    relation: RelationType,
    #[serde(rename = "directed")]
    _directed: bool,
    #[serde(rename = "weight")]
    _weight: usize,
    #[serde(rename = "documents")]
    _documents: Strings,
    #[serde(rename = "first_date")]
    _first_date: Option<AnyStr>,
    #[serde(rename = "last_date")]
    _last_date: Option<AnyStr>,
    evidence: EvidenceList,
}

/// A string read in place when it has no escapes.
#[derive(Deserialize)]
struct Str<'a>(#[serde(borrow)] std::borrow::Cow<'a, str>);

/// A string, checked and dropped without being copied.
struct AnyStr;

impl<'de> Deserialize<'de> for AnyStr {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = AnyStr;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<AnyStr, E> {
                Ok(AnyStr)
            }
        }
        d.deserialize_str(Visitor)
    }
}

/// A list of strings, checked and dropped.
struct Strings;

impl<'de> Deserialize<'de> for Strings {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Strings;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a sequence")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Strings, A::Error> {
                while seq.next_element::<AnyStr>()?.is_some() {}
                Ok(Strings)
            }
        }
        d.deserialize_seq(Visitor)
    }
}

/// An edge's evidence, in a vector sized for one sentence to start with (most
/// edges have one or two; the default growth reserves four).
struct EvidenceList(Vec<Evidence>);

impl<'de> Deserialize<'de> for EvidenceList {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = EvidenceList;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a sequence")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<EvidenceList, A::Error> {
                let mut v = Vec::with_capacity(seq.size_hint().unwrap_or(1).clamp(1, 4096));
                while let Some(e) = seq.next_element()? {
                    v.push(e);
                }
                Ok(EvidenceList(v))
            }
        }
        d.deserialize_seq(Visitor)
    }
}

/// Serialises the graph as pretty-printed node-link JSON, each node with its
/// community. The same graph always gives the same bytes.
pub fn to_json(g: &RelGraph) -> String {
    serialize(g).text
}

/// A graph serialised by [`serialize`]: the text of `graph.json` and where
/// each edge's `evidence` array stands in it.
#[derive(Debug, Clone)]
pub struct Serialized {
    /// The text, as [`to_json`] gives it.
    pub text: String,
    /// Per edge, in file order (which is [`RelGraph::relations`] order), the
    /// byte range of its `evidence` array, from its `[` to just past its `]`.
    pub evidence: Vec<Range<usize>>,
}

/// [`to_json`], recording as it writes where every edge's `evidence` array
/// stands (what the query index points at).
pub fn serialize(g: &RelGraph) -> Serialized {
    let community = g.community_of();
    let data = GraphJson {
        directed: true,
        multigraph: true,
        graph: Meta {
            generator: format!("relgraph {}", env!("CARGO_PKG_VERSION")),
            format_version: FORMAT_VERSION,
            documents: g.documents().cloned().collect(),
        },
        nodes: g
            .actors()
            .into_iter()
            .map(|a| NodeJson {
                id: a.id.clone(),
                label: a.label.clone(),
                kind: a.kind,
                country: a.country.clone(),
                mentions: a.mentions,
                community: community.get(a.id.as_str()).copied(),
            })
            .collect(),
        edges: g
            .relations()
            .into_iter()
            .map(|(s, t, r)| {
                let (first, last) = r.date_range();
                EdgeJson {
                    source: s.id.clone(),
                    target: t.id.clone(),
                    key: r.relation,
                    relation: r.relation,
                    directed: r.relation.directed(),
                    weight: r.weight(),
                    documents: r.documents().into_iter().map(String::from).collect(),
                    first_date: first.map(String::from),
                    last_date: last.map(String::from),
                    evidence: r.evidence.clone(),
                }
            })
            .collect(),
    };
    let at = Cell::new(0);
    let mut spans = Vec::with_capacity(g.relation_count());
    let mut out = Counted { bytes: Vec::new(), at: &at };
    let recorder = Recorder {
        pretty: PrettyFormatter::new(),
        at: &at,
        depth: 0,
        in_key: false,
        key: Vec::new(),
        top_key: Vec::new(),
        open: None,
        spans: &mut spans,
    };
    let mut ser = serde_json::Serializer::with_formatter(&mut out, recorder);
    data.serialize(&mut ser).expect("graph serialises");
    out.bytes.push(b'\n');
    let text = String::from_utf8(out.bytes).expect("serde_json writes UTF-8");
    Serialized { text, evidence: spans }
}

/// A byte buffer that tells [`Recorder`] how much has been written.
struct Counted<'c> {
    bytes: Vec<u8>,
    at: &'c Cell<usize>,
}

impl Write for Counted<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.bytes.extend_from_slice(buf);
        self.at.set(self.bytes.len());
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// serde_json's pretty printer, noting where the `evidence` array of each
/// member of the top-level `edges` array starts and ends.
struct Recorder<'c> {
    pretty: PrettyFormatter<'static>,
    at: &'c Cell<usize>,
    /// Objects and arrays open (the top-level object is depth 1).
    depth: usize,
    in_key: bool,
    /// The key being written or last written, and the last top-level key.
    key: Vec<u8>,
    top_key: Vec<u8>,
    /// Where the evidence array being written started.
    open: Option<usize>,
    spans: &'c mut Vec<Range<usize>>,
}

/// Depth of an edge's `evidence` array: top object, `edges`, edge, array.
const EVIDENCE_DEPTH: usize = 4;

impl Formatter for Recorder<'_> {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.depth += 1;
        if self.depth == EVIDENCE_DEPTH && self.key == b"evidence" && self.top_key == b"edges" {
            self.open = Some(self.at.get());
        }
        self.pretty.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.pretty.end_array(w)?;
        if self.depth == EVIDENCE_DEPTH {
            if let Some(start) = self.open.take() {
                self.spans.push(start..self.at.get());
            }
        }
        self.depth -= 1;
        Ok(())
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        self.pretty.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.pretty.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.depth += 1;
        self.pretty.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.depth -= 1;
        self.pretty.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        self.in_key = true;
        self.key.clear();
        self.pretty.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.in_key = false;
        if self.depth == 1 {
            self.top_key.clone_from(&self.key);
        }
        self.pretty.end_object_key(w)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.pretty.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.pretty.end_object_value(w)
    }
    fn write_string_fragment<W: ?Sized + Write>(&mut self, w: &mut W, fragment: &str) -> std::io::Result<()> {
        if self.in_key {
            self.key.extend_from_slice(fragment.as_bytes());
        }
        w.write_all(fragment.as_bytes())
    }
    fn write_char_escape<W: ?Sized + Write>(&mut self, w: &mut W, escape: CharEscape) -> std::io::Result<()> {
        if self.in_key {
            // No key the recorder looks for has an escape.
            self.key.push(0xff);
        }
        self.pretty.write_char_escape(w, escape)
    }
}

/// Where each edge's `evidence` array stands in a graph file's text, in file
/// order; `None` when the text is not JSON with an `edges` array of objects
/// that each have one. Used for files read back (those written have their
/// ranges recorded as they are written, [`serialize`]).
pub(crate) fn evidence_ranges(text: &str) -> Option<Vec<Range<usize>>> {
    #[derive(Deserialize)]
    struct File<'a> {
        #[serde(borrow)]
        edges: Vec<Edge<'a>>,
    }
    #[derive(Deserialize)]
    struct Edge<'a> {
        #[serde(borrow)]
        evidence: &'a RawValue,
    }
    let file: File = serde_json::from_str(text).ok()?;
    let base = text.as_ptr() as usize;
    Some(
        file.edges
            .iter()
            .map(|e| {
                let start = e.evidence.get().as_ptr() as usize - base;
                start..start + e.evidence.get().len()
            })
            .collect(),
    )
}

/// Parses node-link JSON written by [`to_json`]; `path` names the file in errors.
pub fn from_json(path: &Path, text: &str) -> Result<RelGraph, GraphFileError> {
    parse_graph(path, text).map(|(g, _)| g)
}

/// [`from_json`], and whether the file is laid out as [`to_json`] writes it:
/// edges sorted by (source, target, relation) without repeats, symmetric ones
/// from the smaller id, each with evidence sorted and without duplicates. Then
/// the graph's relations, in [`RelGraph::relations`] order, are the file's
/// edges in file order, each with its evidence array as it stands (what the
/// query index relies on).
pub(crate) fn parse_graph(path: &Path, text: &str) -> Result<(RelGraph, bool), GraphFileError> {
    let invalid = |message: String| GraphFileError::Invalid { path: path.to_path_buf(), message };
    let data: GraphIn = serde_json::from_str(text).map_err(|e| invalid(e.to_string()))?;
    if data.graph.format_version != FORMAT_VERSION {
        return Err(invalid(format!(
            "format version {} is not the version this relgraph reads ({FORMAT_VERSION}); rebuild the graph",
            data.graph.format_version
        )));
    }
    let mut g = RelGraph::with_capacity(data.nodes.len(), data.edges.len());
    for d in data.graph.documents {
        g.add_document(d);
    }
    for n in data.nodes {
        if g.actor(&n.id).is_some() {
            return Err(invalid(format!("node id `{}` appears twice", n.id)));
        }
        g.add_actor(Actor { id: n.id, label: n.label, kind: n.kind, country: n.country, mentions: n.mentions });
    }
    let mut canonical = true;
    let mut previous: Option<(&str, &str, RelationType)> = None;
    for e in &data.edges {
        let (source, target) = (e.source.0.as_ref(), e.target.0.as_ref());
        if canonical {
            let key = (source, target, e.relation);
            canonical = previous.is_none_or(|p| p < key)
                && (e.relation.directed() || source <= target)
                && !e.evidence.0.is_empty()
                && e.evidence.0.windows(2).all(|w| w[0] < w[1]);
            previous = Some(key);
        }
    }
    for e in data.edges {
        let (source, target) = (&e.source.0, &e.target.0);
        if !g.add_relation(source, target, e.relation, e.evidence.0) {
            let id = if g.actor(source).is_none() { source } else { target };
            return Err(invalid(format!("edge {source} -> {target} names a node `{id}` that is not in nodes")));
        }
    }
    Ok((g, canonical))
}

/// Reads a graph file.
pub fn read_graph(path: &Path) -> Result<RelGraph, GraphFileError> {
    let text =
        std::fs::read_to_string(path).map_err(|source| GraphFileError::Io { path: path.to_path_buf(), source })?;
    from_json(path, &text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_byte_for_byte() {
        let mut g = RelGraph::new();
        for id in ["russia", "myanmar"] {
            g.add_actor(Actor { id: id.into(), label: id.into(), kind: ActorKind::State, country: None, mentions: 2 });
        }
        let ev = Evidence {
            doc: "a.txt".into(),
            start: 3,
            end: 40,
            sentence: "Russia \"arms\" Myanmar.".into(),
            date: Some("2021-06-23".into()),
            trigger: "arms".into(),
        };
        g.add_evidence("russia", "myanmar", RelationType::ArmsSupply, ev);
        let json = to_json(&g);
        let back = from_json(Path::new("g.json"), &json).unwrap();
        assert_eq!(to_json(&back), json);
        assert!(json.contains("\"key\": \"arms_supply\""));
    }

    #[test]
    fn the_evidence_ranges_recorded_while_writing_are_those_found_reading() {
        let mut g = RelGraph::new();
        for id in ["russia", "myanmar", "evidence"] {
            g.add_actor(Actor { id: id.into(), label: id.into(), kind: ActorKind::State, country: None, mentions: 2 });
        }
        let ev = |start, sentence: &str| Evidence {
            doc: "a.txt".into(),
            start,
            end: start + 4,
            sentence: sentence.into(),
            date: None,
            trigger: "evidence".into(),
        };
        g.add_evidence("russia", "myanmar", RelationType::ArmsSupply, ev(0, "\"evidence\": [1, \"]\"]"));
        g.add_evidence("russia", "myanmar", RelationType::ArmsSupply, ev(9, "Two."));
        g.add_evidence("evidence", "russia", RelationType::Trade, ev(3, "Three."));
        let written = serialize(&g);
        let pretty = serde_json::to_string_pretty(&serde_json::from_str::<GraphJson>(&written.text).unwrap());
        assert_eq!(written.text, pretty.unwrap() + "\n", "the recorder writes what serde_json's pretty printer does");
        assert_eq!(written.evidence.len(), 2);
        for (range, (_, _, r)) in written.evidence.iter().zip(g.relations()) {
            let items: Vec<Evidence> = serde_json::from_str(&written.text[range.clone()]).unwrap();
            assert_eq!(items, r.evidence);
        }
        assert_eq!(evidence_ranges(&written.text), Some(written.evidence));
        assert_eq!(evidence_ranges("{\"edges\": [{}]}"), None);
    }

    #[test]
    fn nodes_carry_their_community_and_files_without_it_still_read() {
        let mut g = RelGraph::new();
        for id in ["a", "b", "c", "lone"] {
            g.add_actor(Actor { id: id.into(), label: id.into(), kind: ActorKind::State, country: None, mentions: 1 });
        }
        let ev = |start| Evidence {
            doc: "d.txt".into(),
            start,
            end: start + 1,
            sentence: "s".into(),
            date: None,
            trigger: "t".into(),
        };
        g.add_evidence("a", "b", RelationType::Alliance, ev(0));
        g.add_evidence("b", "c", RelationType::Alliance, ev(2));
        let json = to_json(&g);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let community = |id: &str| {
            v["nodes"].as_array().unwrap().iter().find(|n| n["id"] == id).unwrap()["community"].as_u64().unwrap()
        };
        assert_eq!((community("a"), community("b"), community("c"), community("lone")), (0, 0, 0, 1));
        // An older file without the attribute reads, and writes back with it.
        let mut old = v.clone();
        for n in old["nodes"].as_array_mut().unwrap() {
            n.as_object_mut().unwrap().remove("community");
        }
        let back = from_json(Path::new("old.json"), &serde_json::to_string(&old).unwrap()).unwrap();
        assert_eq!(to_json(&back), json);
    }

    #[test]
    fn reading_merges_as_adding_the_evidence_one_by_one() {
        let mut g = RelGraph::new();
        for id in ["a", "b"] {
            g.add_actor(Actor { id: id.into(), label: id.into(), kind: ActorKind::State, country: None, mentions: 1 });
        }
        let ev = |start| Evidence {
            doc: "d.txt".into(),
            start,
            end: start + 1,
            sentence: "s".into(),
            date: None,
            trigger: "t".into(),
        };
        for start in [0, 5, 9] {
            g.add_evidence("a", "b", RelationType::Alliance, ev(start));
        }
        let json = to_json(&g);
        // A file written by hand: the symmetric edge from the larger id, its
        // evidence out of order and repeated, split over two entries, and an
        // edge without evidence (which adds nothing).
        let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let edge = v["edges"][0].clone();
        let mut reversed = edge.clone();
        reversed["source"] = "b".into();
        reversed["target"] = "a".into();
        let e = edge["evidence"].as_array().unwrap();
        reversed["evidence"] = serde_json::json!([e[2], e[0], e[2]]);
        let mut rest = edge.clone();
        rest["evidence"] = serde_json::json!([e[1], e[0]]);
        let mut empty = edge.clone();
        empty["relation"] = "trade".into();
        empty["evidence"] = serde_json::json!([]);
        v["edges"] = serde_json::json!([reversed, rest, empty]);
        let back = from_json(Path::new("g.json"), &v.to_string()).unwrap();
        assert_eq!(to_json(&back), json);
        // An edge to an unknown node is named.
        v["edges"][1]["target"] = "zz".into();
        let err = from_json(Path::new("g.json"), &v.to_string()).unwrap_err().to_string();
        assert!(err.ends_with("edge a -> zz names a node `zz` that is not in nodes"), "{err}");
    }

    #[test]
    fn broken_files_are_named_errors() {
        let p = Path::new("out/graph.json");
        let err = from_json(p, "{\"directed\": true, \"nodes\": [").unwrap_err().to_string();
        assert!(err.starts_with("out/graph.json: not a relgraph graph.json"), "{err}");
        let wrong = r#"{"directed":true,"multigraph":true,"graph":{"generator":"x","format_version":99,"documents":[]},"nodes":[],"edges":[]}"#;
        assert!(from_json(p, wrong).unwrap_err().to_string().contains("format version 99"));
    }
}
