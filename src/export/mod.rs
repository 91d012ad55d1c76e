//! Exports: the graph in the formats other tools read (GraphML, GEXF,
//! Cytoscape.js JSON, Neo4j import CSV and JSON Lines event records). The
//! graph's own file, `graph.json`, and its index are the [`crate::store`].

mod formats;

pub use formats::{
    cytoscape, events, files, gexf, gexf_with, graphml, graphml_with, neo4j, Format, Neo4jFiles, Options,
};

use std::borrow::Cow;

/// Text XML 1.0 can carry: the control characters it cannot (all but tab,
/// line feed and carriage return) and U+FFFE and U+FFFF become spaces. The
/// XML writer escapes markup.
pub fn xml_safe(s: &str) -> Cow<'_, str> {
    let bad = |c: char| ((c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}');
    if !s.chars().any(bad) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(s.chars().map(|c| if bad(c) { ' ' } else { c }).collect())
}

/// Guards a CSV cell against spreadsheets: a cell that starts with `=`, `+`,
/// `-`, `@`, tab or CR gets a leading `'`, so it is not run as a formula. The
/// CSV writer quotes what needs quoting.
pub fn csv_cell(s: &str) -> Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}
