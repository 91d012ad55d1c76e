//! The store: the graph file (`graph.json`, node-link JSON that every query
//! reads) and its query index (`graph.json.idx`). The byte range of each
//! edge's evidence is recorded as the file is written ([`serialize`]), and the
//! index is written from those ranges.

mod index;
mod json;

pub use index::{index_path, read_graph_for_query, write_index, IndexError, QueryGraph, INDEX_VERSION};
pub use json::{from_json, read_graph, serialize, to_json, GraphFileError, Serialized, FORMAT_VERSION};

use crate::fsutil::write_atomic;
use crate::graph::RelGraph;
use std::path::Path;

/// Writes a graph file atomically, then its query index next to it. The
/// index is a cache, so failing to write it is not an error: it is returned
/// beside the success (an old index left behind is stale, and ignored).
pub fn save(path: &Path, graph: &RelGraph) -> Result<Option<IndexError>, GraphFileError> {
    let written = serialize(graph);
    write_atomic(path, written.text.as_bytes())
        .map_err(|source| GraphFileError::Write { path: path.to_path_buf(), source })?;
    Ok(write_index(path, graph, &written).err())
}

#[cfg(test)]
mod tests {
    use super::{index_path, read_graph_for_query, save};
    use crate::graph::{Actor, Evidence, RelGraph};
    use crate::ontology::{ActorKind, RelationType};

    #[test]
    fn a_saved_graph_is_answered_from_its_index_and_reads_back_the_same() {
        let mut g = RelGraph::new();
        for id in ["a", "b"] {
            g.add_actor(Actor { id: id.into(), label: id.into(), kind: ActorKind::State, country: None, mentions: 1 });
        }
        let ev = Evidence {
            doc: "d.txt".into(),
            start: 0,
            end: 3,
            sentence: "A and B.".into(),
            date: Some("2020-01-02".into()),
            trigger: "and".into(),
        };
        g.add_evidence("a", "b", RelationType::Alliance, ev);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.json");
        assert!(save(&path, &g).unwrap().is_none());
        assert!(index_path(&path).exists());
        let q = read_graph_for_query(&path).unwrap();
        assert!(q.is_indexed(), "{}", q.note());
        assert_eq!(q.actors(), g.actors());
        // A directory that cannot be written is an error naming the file.
        let err = save(&dir.path().join("missing/graph.json"), &g).unwrap_err().to_string();
        assert!(err.contains("missing/graph.json"), "{err}");
    }
}
