//! Writers for the formats other tools read. Each takes the graph and returns
//! text; every string that comes from an article or lexicon is escaped for
//! its format.

use super::{csv_cell, xml_safe};
use crate::graph::{Actor, RelGraph, Relation};
use crate::ontology::{ActorKind, RelationType};
use crate::pipeline::Record;
use quick_xml::events::{BytesDecl, BytesText, Event as XmlEvent};
use quick_xml::Writer;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
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
    /// The records of `relgraph extract` (documents, then one relation per
    /// evidence sentence with CAMEO and PLOVER codes); `merge` reads them back.
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

/// The files an export writes: one file at `output`, or for Neo4j the
/// files in the directory `output`.
pub fn files(g: &RelGraph, format: Format, options: Options, output: &Path) -> Vec<(PathBuf, String)> {
    let one = |text: String| vec![(output.to_path_buf(), text)];
    match format {
        Format::Json => one(crate::store::to_json(g)),
        Format::Graphml => one(graphml_with(g, options)),
        Format::Gexf => one(gexf_with(g, options)),
        Format::Cytoscape => one(cytoscape(g)),
        Format::Jsonl => one(events(g)),
        Format::Neo4j => {
            let files = neo4j(g);
            vec![
                (output.join("actors.csv"), files.nodes),
                (output.join("relations.csv"), files.relationships),
                (output.join("load.cypher"), files.cypher),
            ]
        }
    }
}

/// An XML writer on memory, indented by two spaces.
type Xml = Writer<Vec<u8>>;

/// Writing XML to memory cannot fail but for a bug.
const IN_MEMORY: &str = "writing XML to memory";

fn xml_writer() -> Xml {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(XmlEvent::Decl(BytesDecl::new("1.0", Some("UTF-8"), None))).expect(IN_MEMORY);
    w
}

fn xml_text(w: Xml) -> String {
    let mut text = String::from_utf8(w.into_inner()).expect("XML written from strings is UTF-8");
    text.push('\n');
    text
}

/// `<data key="..">text</data>` (GraphML).
fn data(w: &mut Xml, key: &str, value: &str) {
    w.create_element("data")
        .with_attribute(("key", key))
        .write_text_content(BytesText::new(&xml_safe(value)))
        .expect(IN_MEMORY);
}

/// How exports write symmetric relations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Symmetric relations as undirected edges in a directed graph (GraphML
    /// `directed="false"`, GEXF `type="undirected"`), which Gephi and yEd
    /// read; `false` writes every edge directed (from the smaller id for
    /// symmetric ones, which keep `directed` false among their attributes),
    /// for clients that cannot read mixed graphs (networkx).
    pub mixed: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { mixed: true }
    }
}

/// GraphML with node and edge attributes; edge ids are `source|target|relation`;
/// `evidence` is every evidence sentence with its document, date and trigger,
/// as a JSON array. Symmetric relations are undirected edges.
pub fn graphml(g: &RelGraph) -> String {
    graphml_with(g, Options::default())
}

/// [`graphml`] with [`Options`].
pub fn graphml_with(g: &RelGraph, options: Options) -> String {
    let mut w = xml_writer();
    let keys = [
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
    ];
    w.create_element("graphml")
        .with_attribute(("xmlns", "http://graphml.graphdrawing.org/xmlns"))
        .write_inner_content(|w| {
            for (id, on, name, ty) in keys {
                w.create_element("key")
                    .with_attributes([("id", id), ("for", on), ("attr.name", name), ("attr.type", ty)])
                    .write_empty()?;
            }
            w.create_element("graph")
                .with_attributes([("id", "relgraph"), ("edgedefault", "directed")])
                .write_inner_content(|w| {
                    for a in g.actors() {
                        w.create_element("node").with_attribute(("id", xml_safe(&a.id).as_ref())).write_inner_content(
                            |w| {
                                data(w, "d0", &a.label);
                                data(w, "d1", a.kind.as_str());
                                if let Some(c) = &a.country {
                                    data(w, "d2", c);
                                }
                                data(w, "d3", &a.mentions.to_string());
                                Ok(())
                            },
                        )?;
                    }
                    for (s, t, r) in g.relations() {
                        let (first, last) = r.date_range();
                        let id = format!("{}|{}|{}", s.id, t.id, r.relation);
                        let mut edge = w.create_element("edge").with_attributes([
                            ("id", xml_safe(&id).as_ref()),
                            ("source", xml_safe(&s.id).as_ref()),
                            ("target", xml_safe(&t.id).as_ref()),
                        ]);
                        if options.mixed && !r.relation.directed() {
                            edge = edge.with_attribute(("directed", "false"));
                        }
                        edge.write_inner_content(|w| {
                            data(w, "d4", r.relation.as_str());
                            data(w, "d5", if r.relation.directed() { "true" } else { "false" });
                            data(w, "d6", &r.weight().to_string());
                            data(w, "d7", &r.documents().join(";"));
                            for (key, v) in [("d8", first), ("d9", last)] {
                                if let Some(v) = v {
                                    data(w, key, v);
                                }
                            }
                            data(w, "d10", &evidence_json(r));
                            Ok(())
                        })?;
                    }
                    Ok(())
                })?;
            Ok(())
        })
        .expect(IN_MEMORY);
    xml_text(w)
}

/// `<attvalue for=".." value=".."/>` (GEXF).
fn attvalue(w: &mut Xml, n: &str, value: &str) -> std::io::Result<()> {
    w.create_element("attvalue").with_attributes([("for", n), ("value", xml_safe(value).as_ref())]).write_empty()?;
    Ok(())
}

/// GEXF 1.3, dynamic (`mode="dynamic"`, `timeformat="date"`, intervals),
/// for Gephi's timeline: each edge has one spell per evidence date (the day
/// a report of it appeared) and each actor one spell from the first to the
/// last date of the evidence of its relations (undated ones have no spell,
/// so Gephi shows them at every time). Edges carry every evidence sentence
/// (with its document, date and trigger) as a JSON array and their `kind`
/// is the relation type, so that Gephi keeps parallel relations apart;
/// symmetric relations are undirected edges. `viz:color` gives nodes the
/// colour of their kind ([`ActorKind::color`]) and edges that of their
/// relation type ([`RelationType::color`]), as relgraph's drawings do.
pub fn gexf(g: &RelGraph) -> String {
    gexf_with(g, Options::default())
}

/// `<viz:color r=".." g=".." b=".."/>` for a `#rrggbb` colour.
fn viz_color(w: &mut Xml, hex: &str) -> std::io::Result<()> {
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).expect("colours are #rrggbb").to_string();
    let (r, g, b) = (channel(1), channel(3), channel(5));
    w.create_element("viz:color")
        .with_attributes([("r", r.as_str()), ("g", g.as_str()), ("b", b.as_str())])
        .write_empty()?;
    Ok(())
}

/// `<spells>` with one `<spell start=".." end=".."/>` per interval (none: nothing written).
fn spells<'a>(w: &mut Xml, intervals: impl IntoIterator<Item = (&'a str, &'a str)>) -> std::io::Result<()> {
    let intervals: Vec<(&str, &str)> = intervals.into_iter().collect();
    if intervals.is_empty() {
        return Ok(());
    }
    w.create_element("spells").write_inner_content(|w| {
        for (start, end) in &intervals {
            w.create_element("spell")
                .with_attributes([("start", xml_safe(start).as_ref()), ("end", xml_safe(end).as_ref())])
                .write_empty()?;
        }
        Ok(())
    })?;
    Ok(())
}

/// The distinct evidence dates of a relation, in order.
fn evidence_dates(r: &Relation) -> BTreeSet<&str> {
    r.evidence.iter().filter_map(|e| e.date.as_deref()).collect()
}

/// [`gexf`] with [`Options`].
pub fn gexf_with(g: &RelGraph, options: Options) -> String {
    let relations = g.relations();
    // First and last evidence date of each actor's relations.
    let mut seen: BTreeMap<&str, (&str, &str)> = BTreeMap::new();
    for (s, t, r) in &relations {
        for date in evidence_dates(r) {
            for id in [s.id.as_str(), t.id.as_str()] {
                let span = seen.entry(id).or_insert((date, date));
                span.0 = span.0.min(date);
                span.1 = span.1.max(date);
            }
        }
    }
    let mut w = xml_writer();
    let attributes = |w: &mut Xml, class: &str, list: &[(&str, &str, &str)]| -> std::io::Result<()> {
        w.create_element("attributes").with_attributes([("class", class), ("mode", "static")]).write_inner_content(
            |w| {
                for (id, title, ty) in list {
                    w.create_element("attribute")
                        .with_attributes([("id", *id), ("title", title), ("type", ty)])
                        .write_empty()?;
                }
                Ok(())
            },
        )?;
        Ok(())
    };
    w.create_element("gexf")
        .with_attributes([
            ("xmlns", "http://gexf.net/1.3"),
            ("xmlns:viz", "http://gexf.net/1.3/viz"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            ("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"),
            ("version", "1.3"),
        ])
        .write_inner_content(|w| {
            w.create_element("meta").write_inner_content(|w| {
                w.create_element("creator").write_text_content(BytesText::new("relgraph"))?;
                Ok(())
            })?;
            w.create_element("graph")
                .with_attributes([
                    ("defaultedgetype", "directed"),
                    ("mode", "dynamic"),
                    ("timeformat", "date"),
                    ("timerepresentation", "interval"),
                ])
                .write_inner_content(|w| {
                    attributes(
                        w,
                        "node",
                        &[("0", "kind", "string"), ("1", "country", "string"), ("2", "mentions", "long")],
                    )?;
                    attributes(
                        w,
                        "edge",
                        &[
                            ("0", "relation", "string"),
                            ("1", "directed", "boolean"),
                            ("2", "documents", "string"),
                            ("3", "evidence", "string"),
                        ],
                    )?;
                    w.create_element("nodes").write_inner_content(|w| {
                        for a in g.actors() {
                            w.create_element("node")
                                .with_attributes([
                                    ("id", xml_safe(&a.id).as_ref()),
                                    ("label", xml_safe(&a.label).as_ref()),
                                ])
                                .write_inner_content(|w| {
                                    w.create_element("attvalues").write_inner_content(|w| {
                                        attvalue(w, "0", a.kind.as_str())?;
                                        attvalue(w, "1", a.country.as_deref().unwrap_or(""))?;
                                        attvalue(w, "2", &a.mentions.to_string())
                                    })?;
                                    spells(w, seen.get(a.id.as_str()).copied())?;
                                    viz_color(w, a.kind.color())
                                })?;
                        }
                        Ok(())
                    })?;
                    w.create_element("edges").write_inner_content(|w| {
                        for (i, (s, t, r)) in relations.iter().enumerate() {
                            let (id, weight) = (i.to_string(), r.weight().to_string());
                            let mut edge = w.create_element("edge").with_attributes([
                                ("id", id.as_str()),
                                ("source", xml_safe(&s.id).as_ref()),
                                ("target", xml_safe(&t.id).as_ref()),
                                ("label", r.relation.as_str()),
                                ("kind", r.relation.as_str()),
                                ("weight", weight.as_str()),
                            ]);
                            if options.mixed && !r.relation.directed() {
                                edge = edge.with_attribute(("type", "undirected"));
                            }
                            edge.write_inner_content(|w| {
                                w.create_element("attvalues").write_inner_content(|w| {
                                    attvalue(w, "0", r.relation.as_str())?;
                                    attvalue(w, "1", if r.relation.directed() { "true" } else { "false" })?;
                                    attvalue(w, "2", &r.documents().join(";"))?;
                                    attvalue(w, "3", &evidence_json(r))
                                })?;
                                spells(w, evidence_dates(r).into_iter().map(|d| (d, d)))?;
                                viz_color(w, r.relation.color())
                            })?;
                        }
                        Ok(())
                    })?;
                    Ok(())
                })?;
            Ok(())
        })
        .expect(IN_MEMORY);
    xml_text(w)
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
                "first_date": first, "last_date": last, "documents": r.documents(), "evidence": r.evidence,
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
    /// `actors.csv`: header `id:ID,label,kind,country,mentions:long,:LABEL`.
    pub nodes: String,
    /// `relations.csv`: header `:START_ID,:END_ID,:TYPE,relation,directed:boolean,weight:long,documents:string[],first_date,last_date,evidence`.
    pub relationships: String,
    /// `load.cypher`: the same data through `LOAD CSV` for a running database.
    pub cypher: String,
}

/// CSV files in the format of `neo4j-admin database import full --nodes=actors.csv
/// --relationships=relations.csv`, and a Cypher script that loads them with `LOAD CSV`.
pub fn neo4j(g: &RelGraph) -> Neo4jFiles {
    let mut nodes = csv::Writer::from_writer(Vec::new());
    let row = |w: &mut csv::Writer<Vec<u8>>, cells: &[&str]| w.write_record(cells).expect("writing CSV to memory");
    row(&mut nodes, &["id:ID", "label", "kind", "country", "mentions:long", ":LABEL"]);
    for a in g.actors() {
        let label = match a.kind {
            ActorKind::ArmedGroup => "Actor;ArmedGroup".to_string(),
            k => format!("Actor;{}", capitalise(k.as_str())),
        };
        let country = a.country.as_deref().unwrap_or("");
        let mentions = a.mentions.to_string();
        row(
            &mut nodes,
            &[&csv_cell(&a.id), &csv_cell(&a.label), a.kind.as_str(), &csv_cell(country), &mentions, &label],
        );
    }
    let mut rels = csv::Writer::from_writer(Vec::new());
    row(
        &mut rels,
        &[
            ":START_ID",
            ":END_ID",
            ":TYPE",
            "relation",
            "directed:boolean",
            "weight:long",
            "documents:string[]",
            "first_date:date",
            "last_date:date",
            "evidence",
        ],
    );
    for (s, t, r) in g.relations() {
        let (first, last) = r.date_range();
        let (ty, weight) = (r.relation.as_str().to_uppercase(), r.weight().to_string());
        row(
            &mut rels,
            &[
                &csv_cell(&s.id),
                &csv_cell(&t.id),
                &ty,
                r.relation.as_str(),
                if r.relation.directed() { "true" } else { "false" },
                &weight,
                &csv_cell(&r.documents().join(";")),
                &csv_cell(first.unwrap_or("")),
                &csv_cell(last.unwrap_or("")),
                &csv_cell(&evidence_json(r)),
            ],
        );
    }
    let text = |w: csv::Writer<Vec<u8>>| {
        String::from_utf8(w.into_inner().expect("writing CSV to memory")).expect("CSV written from strings is UTF-8")
    };
    // One statement per relation type: plain Cypher has no relationship type from data (no plugin needed).
    let mut cypher = String::from(
        "// Load relgraph's actors.csv and relations.csv (copied into Neo4j's import directory).
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
LOAD CSV WITH HEADERS FROM 'file:///actors.csv' AS row
MERGE (a:Actor {id: row.`id:ID`})
SET a.label = row.label, a.kind = row.kind, a.country = row.country, a.mentions = toInteger(row.`mentions:long`);
",
    );
    for t in RelationType::ALL {
        let ty = t.as_str().to_uppercase();
        cypher.push_str(&format!(
            "LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row
WITH row WHERE row.`:TYPE` = '{ty}'
MATCH (s:Actor {{id: row.`:START_ID`}}), (t:Actor {{id: row.`:END_ID`}})
CREATE (s)-[:{ty} {{relation: row.relation, directed: row.`directed:boolean` = 'true',
  weight: toInteger(row.`weight:long`), documents: split(row.`documents:string[]`, ';'),
  first_date: CASE row.`first_date:date` WHEN '' THEN null ELSE date(row.`first_date:date`) END,
  last_date: CASE row.`last_date:date` WHEN '' THEN null ELSE date(row.`last_date:date`) END,
  evidence: row.evidence}}]->(t);
"
        ));
    }
    Neo4jFiles { nodes: text(nodes), relationships: text(rels), cypher }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

/// The records of `relgraph extract` for the whole graph, one JSON line
/// each: every document (the first also carrying every actor, with its
/// mentions), then one relation record per piece of evidence, with its
/// CAMEO and PLOVER codes. `relgraph merge` of them gives the same graph.
pub fn events(g: &RelGraph) -> String {
    let mut out = String::new();
    let mut line = |record: &Record| {
        out.push_str(&serde_json::to_string(record).expect("records serialise"));
        out.push('\n');
    };
    let mut actors: Vec<Actor> = g.actors().into_iter().cloned().collect();
    for info in g.documents() {
        line(&Record::Document { info: info.clone(), actors: std::mem::take(&mut actors) });
    }
    if !actors.is_empty() {
        // A graph without documents: its actors ride on the first relation's ends only.
        actors.clear();
    }
    for (s, t, r) in g.relations() {
        for e in &r.evidence {
            line(&Record::Relation {
                source: s.id.clone(),
                target: t.id.clone(),
                relation: r.relation,
                cameo: r.relation.cameo().to_string(),
                plover: r.relation.plover().to_string(),
                evidence: e.clone(),
            });
        }
    }
    out
}

/// Every evidence sentence of a relation with its document, date and
/// trigger, as a JSON array (for formats without lists of records).
fn evidence_json(r: &Relation) -> String {
    let items: Vec<serde_json::Value> = r
        .evidence
        .iter()
        .map(|e| serde_json::json!({"doc": e.doc, "date": e.date, "trigger": e.trigger, "sentence": e.sentence}))
        .collect();
    serde_json::to_string(&items).expect("evidence serialises")
}

#[cfg(test)]
mod tests {
    use super::{events, gexf, graphml, neo4j};
    use crate::graph::{Actor, Evidence, RelGraph};
    use crate::ontology::{ActorKind, RelationType};
    use quick_xml::events::Event as XmlEvent;

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
            // And a reader gets the text back (control characters as spaces).
            let mut reader = quick_xml::Reader::from_str(&xml);
            let (mut texts, mut current) = (Vec::new(), String::new());
            loop {
                match reader.read_event().unwrap() {
                    XmlEvent::Eof => break,
                    XmlEvent::Text(t) => current.push_str(&t.decode().unwrap()),
                    XmlEvent::GeneralRef(r) => {
                        let name = r.decode().unwrap();
                        current.push_str(quick_xml::escape::resolve_predefined_entity(&name).unwrap());
                    }
                    XmlEvent::Empty(e) | XmlEvent::Start(e) => {
                        texts.push(std::mem::take(&mut current));
                        for a in e.attributes() {
                            texts.push(a.unwrap().unescape_value().unwrap().into_owned());
                        }
                    }
                    _ => texts.push(std::mem::take(&mut current)),
                }
            }
            assert!(texts.iter().any(|t| t == "=HYPERLINK(\"x\") <b>&"), "{texts:?}");
            assert!(texts.iter().any(|t| t == "B ]]>  "), "{texts:?}");
        }
    }

    #[test]
    fn csv_cells_cannot_become_formulas() {
        let n = neo4j(&hostile());
        assert!(n.nodes.contains("\"'=HYPERLINK(\"\"x\"\") <b>&\""), "{}", n.nodes);
        // Read back as CSV, every cell is what was written, the guard aside.
        let mut r = csv::Reader::from_reader(n.nodes.as_bytes());
        let labels: Vec<String> = r.records().map(|rec| rec.unwrap()[1].to_string()).collect();
        assert_eq!(labels, ["'=HYPERLINK(\"x\") <b>&", "B ]]> \u{1}"]);
        assert!(n.relationships.starts_with(":START_ID,:END_ID,:TYPE,"));
        // Every evidence sentence travels, as a JSON array in one cell.
        let mut r = csv::Reader::from_reader(n.relationships.as_bytes());
        let row = r.records().next().unwrap().unwrap();
        let evidence: serde_json::Value = serde_json::from_str(&row[9]).unwrap();
        assert_eq!(evidence[0]["sentence"], "-1+1 \"<script>\"");
        assert_eq!(evidence[0]["date"], "2024-01-02");
    }

    #[test]
    fn events_carry_codes() {
        let e = events(&hostile());
        let v: serde_json::Value = serde_json::from_str(e.lines().next().unwrap()).unwrap();
        assert_eq!(v["cameo"], "190");
        assert_eq!(v["plover"], "FIGHT");
    }
}
