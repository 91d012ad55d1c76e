//! Export: the graph as node-link JSON (`graph.json`, also read back), its
//! query index (`graph.json.idx`), and the formats other tools read: GraphML,
//! GEXF, Cytoscape.js JSON, Neo4j import CSV and JSON Lines event records.

mod formats;
mod index;
mod json;

pub use formats::{cytoscape, events, gexf, graphml, neo4j, Format, Neo4jFiles};
pub use index::{index_path, read_graph_for_query, write_index, IndexError, QueryGraph, INDEX_VERSION};
pub use json::{from_json, read_graph, to_json, GraphFileError, FORMAT_VERSION};

/// Escapes text for XML content and attribute values.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 cannot carry at all.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push(' '),
            '\u{fffe}' | '\u{ffff}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Makes a CSV cell: quoted, quotes doubled, and a leading `=`, `+`, `-`,
/// `@`, tab or CR neutralised with `'` so spreadsheets do not run it as a formula.
pub fn csv_cell(s: &str) -> String {
    let guarded = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}
