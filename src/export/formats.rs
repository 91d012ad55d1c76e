//! Writers for the formats other tools read. Each takes the graph and returns
//! text; every string that comes from an article or lexicon is escaped for
//! its format.

use super::{csv_cell, xml_escape};
use crate::graph::RelGraph;
use std::fmt::Write;
use std::str::FromStr;

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Node-link JSON, as `graph.json`.
    Json,
    /// GraphML (Gephi, yEd, networkx `read_graphml`).
    Graphml,
    /// GEXF 1.3 with time spans (Gephi's timeline, networkx `read_gexf`).
    Gexf,
    /// Cytoscape.js elements JSON (networkx `cytoscape_graph`).
    Cytoscape,
    /// CSV files for `neo4j-admin database import` plus a `LOAD CSV` script.
    Neo4j,
    /// One JSON line per piece of evidence, with CAMEO and PLOVER codes.
    Jsonl,
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "json" => Format::Json,
            "graphml" => Format::Graphml,
            "gexf" => Format::Gexf,
            "cytoscape" => Format::Cytoscape,
            "neo4j" => Format::Neo4j,
            "jsonl" | "events" => Format::Jsonl,
            other => {
                return Err(format!(
                    "unknown format `{other}` (expected json, graphml, gexf, cytoscape, neo4j or jsonl)"
                ))
            }
        })
    }
}

/// GraphML with node and edge attributes; edge ids are `source|target|relation`.
pub fn graphml(g: &RelGraph) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n",
    );
    for (id, on, name, ty) in [
        ("d0", "node", "label", "string"),
        ("d1", "node", "kind", "string"),
        ("d2", "node", "country", "string"),
        ("d3", "node", "mentions", "long"),
        ("d4", "edge", "relation", "string"),
        ("d5", "edge", "directed", "boolean"),
        ("d6", "edge", "weight", "long"),
        ("d7", "edge", "documents", "string"),
        ("d8", "edge", "first_date", "string"),
        ("d9", "edge", "last_date", "string"),
        ("d10", "edge", "evidence", "string"),
    ] {
        let _ = writeln!(out, "  <key id=\"{id}\" for=\"{on}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>");
    }
    out.push_str("  <graph id=\"relgraph\" edgedefault=\"directed\">\n");
    for a in g.actors() {
        let _ = write!(
            out,
            "    <node id=\"{}\"><data key=\"d0\">{}</data><data key=\"d1\">{}</data>",
            xml_escape(&a.id),
            xml_escape(&a.label),
            a.kind
        );
        if let Some(c) = &a.country {
            let _ = write!(out, "<data key=\"d2\">{}</data>", xml_escape(c));
        }
        let _ = writeln!(out, "<data key=\"d3\">{}</data></node>", a.mentions);
    }
    for (s, t, r) in g.relations() {
        let (first, last) = r.date_range();
        let _ = write!(
            out,
            "    <edge id=\"{}\" source=\"{}\" target=\"{}\"><data key=\"d4\">{}</data><data key=\"d5\">{}</data><data key=\"d6\">{}</data><data key=\"d7\">{}</data>",
            xml_escape(&format!("{}|{}|{}", s.id, t.id, r.relation)),
            xml_escape(&s.id),
            xml_escape(&t.id),
            r.relation,
            r.relation.directed(),
            r.weight(),
            xml_escape(&r.documents().join(";")),
        );
        for (key, v) in [("d8", first), ("d9", last)] {
            if let Some(v) = v {
                let _ = write!(out, "<data key=\"{key}\">{}</data>", xml_escape(v));
            }
        }
        let _ = writeln!(out, "<data key=\"d10\">{}</data></edge>", xml_escape(&r.evidence[0].sentence));
    }
    out.push_str("  </graph>\n</graphml>\n");
    out
}

/// GEXF 1.3; each edge spans its first to last evidence date, so Gephi's
/// timeline shows when a relation was reported.
pub fn gexf(g: &RelGraph) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n",
    );
    out.push_str("    <attributes class=\"node\">\n      <attribute id=\"0\" title=\"kind\" type=\"string\"/>\n      <attribute id=\"1\" title=\"country\" type=\"string\"/>\n      <attribute id=\"2\" title=\"mentions\" type=\"long\"/>\n    </attributes>\n");
    out.push_str("    <attributes class=\"edge\">\n      <attribute id=\"0\" title=\"relation\" type=\"string\"/>\n      <attribute id=\"1\" title=\"directed\" type=\"boolean\"/>\n      <attribute id=\"2\" title=\"documents\" type=\"string\"/>\n    </attributes>\n");
    out.push_str("    <nodes>\n");
    for a in g.actors() {
        let _ = writeln!(
            out,
            "      <node id=\"{}\" label=\"{}\"><attvalues><attvalue for=\"0\" value=\"{}\"/><attvalue for=\"1\" value=\"{}\"/><attvalue for=\"2\" value=\"{}\"/></attvalues></node>",
            xml_escape(&a.id),
            xml_escape(&a.label),
            a.kind,
            xml_escape(a.country.as_deref().unwrap_or("")),
            a.mentions
        );
    }
    out.push_str("    </nodes>\n    <edges>\n");
    for (i, (s, t, r)) in g.relations().into_iter().enumerate() {
        let (first, last) = r.date_range();
        let mut span = String::new();
        if let Some(f) = first {
            let _ = write!(span, " start=\"{}\"", xml_escape(f));
        }
        if let Some(l) = last {
            let _ = write!(span, " end=\"{}\"", xml_escape(l));
        }
        let _ = writeln!(
            out,
            "      <edge id=\"{i}\" source=\"{}\" target=\"{}\" label=\"{}\" weight=\"{}\"{span}><attvalues><attvalue for=\"0\" value=\"{}\"/><attvalue for=\"1\" value=\"{}\"/><attvalue for=\"2\" value=\"{}\"/></attvalues></edge>",
            xml_escape(&s.id),
            xml_escape(&t.id),
            r.relation,
            r.weight(),
            r.relation,
            r.relation.directed(),
            xml_escape(&r.documents().join(";"))
        );
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    out
}

/// Cytoscape.js elements JSON, in the layout networkx's `cytoscape_graph` reads.
pub fn cytoscape(g: &RelGraph) -> String {
    let nodes: Vec<serde_json::Value> = g
        .actors()
        .into_iter()
        .map(|a| serde_json::json!({"data": {"id": a.id, "value": a.id, "name": a.label, "kind": a.kind, "country": a.country, "mentions": a.mentions}}))
        .collect();
    let edges: Vec<serde_json::Value> = g
        .relations()
        .into_iter()
        .map(|(s, t, r)| {
            let (first, last) = r.date_range();
            serde_json::json!({"data": {
                "id": format!("{}|{}|{}", s.id, t.id, r.relation), "source": s.id, "target": t.id, "key": r.relation,
                "relation": r.relation, "directed": r.relation.directed(), "weight": r.weight(),
                "first_date": first, "last_date": last, "documents": r.documents(),
            }})
        })
        .collect();
    let v = serde_json::json!({"data": {"name": "relgraph"}, "directed": true, "multigraph": true, "elements": {"nodes": nodes, "edges": edges}});
    let mut s = serde_json::to_string_pretty(&v).expect("serialises");
    s.push('\n');
    s
}

/// The files of a Neo4j export.
pub struct Neo4jFiles {
    /// `actors.csv`: header `actorId:ID,label,kind,country,mentions:long,:LABEL`.
    pub nodes: String,
    /// `relations.csv`: header `:START_ID,:END_ID,:TYPE,relation,directed:boolean,weight:long,documents:string[],first_date,last_date,evidence`.
    pub relationships: String,
    /// `load.cypher`: the same data through `LOAD CSV` for a running database.
    pub cypher: String,
}

/// CSV files in the format of `neo4j-admin database import full --nodes=actors.csv
/// --relationships=relations.csv`, and a Cypher script that loads them with `LOAD CSV`.
pub fn neo4j(g: &RelGraph) -> Neo4jFiles {
    let mut nodes = String::from("actorId:ID,label,kind,country,mentions:long,:LABEL\n");
    for a in g.actors() {
        let label = match a.kind {
            crate::ontology::ActorKind::ArmedGroup => "Actor;ArmedGroup".to_string(),
            k => format!("Actor;{}", capitalise(k.as_str())),
        };
        let _ = writeln!(
            nodes,
            "{},{},{},{},{},{}",
            csv_cell(&a.id),
            csv_cell(&a.label),
            csv_cell(a.kind.as_str()),
            csv_cell(a.country.as_deref().unwrap_or("")),
            a.mentions,
            label
        );
    }
    let mut rels = String::from(":START_ID,:END_ID,:TYPE,relation,directed:boolean,weight:long,documents:string[],first_date,last_date,evidence\n");
    for (s, t, r) in g.relations() {
        let (first, last) = r.date_range();
        let _ = writeln!(
            rels,
            "{},{},{},{},{},{},{},{},{},{}",
            csv_cell(&s.id),
            csv_cell(&t.id),
            r.relation.as_str().to_uppercase(),
            r.relation,
            r.relation.directed(),
            r.weight(),
            csv_cell(&r.documents().join(";")),
            csv_cell(first.unwrap_or("")),
            csv_cell(last.unwrap_or("")),
            csv_cell(&r.evidence[0].sentence)
        );
    }
    let cypher = "\
// Load relgraph's actors.csv and relations.csv (copied into Neo4j's import directory).
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
LOAD CSV WITH HEADERS FROM 'file:///actors.csv' AS row
MERGE (a:Actor {id: row.`actorId:ID`})
SET a.label = row.label, a.kind = row.kind, a.country = row.country, a.mentions = toInteger(row.`mentions:long`);
LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
MATCH (s:Actor {id: row.`:START_ID`}), (t:Actor {id: row.`:END_ID`})
CALL apoc.create.relationship(s, row.`:TYPE`, {relation: row.relation, directed: row.`directed:boolean` = 'true',
  weight: toInteger(row.`weight:long`), documents: split(row.`documents:string[]`, ';'),
  first_date: row.first_date, last_date: row.last_date, evidence: row.evidence}, t) YIELD rel
RETURN count(rel);
"
    .to_string();
    Neo4jFiles { nodes, relationships: rels, cypher }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

/// One JSON line per piece of evidence: the event records of `relgraph extract`.
pub fn events(g: &RelGraph) -> String {
    let mut out = String::new();
    for (s, t, r) in g.relations() {
        for e in &r.evidence {
            let line = serde_json::json!({
                "source": s.id, "target": t.id, "relation": r.relation, "directed": r.relation.directed(),
                "cameo": r.relation.cameo(), "plover": r.relation.plover(),
                "doc": e.doc, "sentence": e.sentence, "start": e.start, "end": e.end, "date": e.date, "trigger": e.trigger,
            });
            out.push_str(&line.to_string());
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{Actor, Evidence};
    use crate::ontology::{ActorKind, RelationType};

    fn hostile() -> RelGraph {
        let mut g = RelGraph::new();
        g.add_actor(Actor {
            id: "a".into(),
            label: "=HYPERLINK(\"x\") <b>&".into(),
            kind: ActorKind::Discovered,
            country: None,
            mentions: 1,
        });
        g.add_actor(Actor {
            id: "b".into(),
            label: "B ]]> \u{1}".into(),
            kind: ActorKind::State,
            country: None,
            mentions: 1,
        });
        let ev = Evidence {
            doc: "d.txt".into(),
            start: 0,
            end: 9,
            sentence: "-1+1 \"<script>\"".into(),
            date: Some("2024-01-02".into()),
            trigger: "t".into(),
        };
        g.add_evidence("a", "b", RelationType::ArmedConflict, ev);
        g
    }

    #[test]
    fn xml_outputs_escape_markup() {
        for xml in [graphml(&hostile()), gexf(&hostile())] {
            assert!(
                !xml.contains("<b>") && !xml.contains("<script>") && !xml.contains("]]>") && !xml.contains('\u{1}'),
                "{xml}"
            );
            assert!(xml.contains("&lt;b&gt;&amp;"));
        }
    }

    #[test]
    fn csv_cells_cannot_become_formulas() {
        let n = neo4j(&hostile());
        assert!(n.nodes.contains("\"'=HYPERLINK(\"\"x\"\") <b>&\""), "{}", n.nodes);
        assert!(n.relationships.contains("\"'-1+1 \"\"<script>\"\"\""), "{}", n.relationships);
        assert!(n.relationships.starts_with(":START_ID,:END_ID,:TYPE,"));
    }

    #[test]
    fn events_carry_codes() {
        let e = events(&hostile());
        let v: serde_json::Value = serde_json::from_str(e.lines().next().unwrap()).unwrap();
        assert_eq!(v["cameo"], "190");
        assert_eq!(v["plover"], "FIGHT");
    }
}
