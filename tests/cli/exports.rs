//! The exports opened as their clients open them: GEXF read back as XML and
//! by networkx, the Neo4j files imported into an embedded Cypher engine
//! (Kùzu), and `extract` / `merge` run as map and reduce under Apache Spark.

use super::{build_seeds, graph, python_has, relgraph, repo, sandbox, stdout_of};
use quick_xml::events::Event as XmlEvent;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command as Process;

/// One XML element: its name, attributes and parent (an index into the list).
struct Element {
    name: String,
    attributes: BTreeMap<String, String>,
    parent: Option<usize>,
}

/// Every element of an XML text in document order; panics on XML that does
/// not parse or whose tags do not match.
fn elements(xml: &str) -> Vec<Element> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let (mut out, mut open): (Vec<Element>, Vec<usize>) = (Vec::new(), Vec::new());
    loop {
        let event = reader.read_event().expect("well-formed XML");
        let (start, empty) = match &event {
            XmlEvent::Start(e) => (e, false),
            XmlEvent::Empty(e) => (e, true),
            XmlEvent::End(e) => {
                let i = open.pop().expect("an end tag closes an element");
                assert_eq!(out[i].name, String::from_utf8_lossy(e.name().as_ref()), "mismatched tags");
                continue;
            }
            XmlEvent::Eof => break,
            _ => continue,
        };
        let attributes = start
            .attributes()
            .map(|a| {
                let a = a.expect("a well-formed attribute");
                (String::from_utf8_lossy(a.key.as_ref()).into_owned(), a.unescape_value().unwrap().into_owned())
            })
            .collect();
        out.push(Element {
            name: String::from_utf8_lossy(start.name().as_ref()).into_owned(),
            attributes,
            parent: open.last().copied(),
        });
        if !empty {
            open.push(out.len() - 1);
        }
    }
    assert!(open.is_empty(), "unclosed elements");
    out
}

/// The children of element `i` named `name`.
fn children<'a>(all: &'a [Element], i: usize, name: &'a str) -> impl Iterator<Item = (usize, &'a Element)> + 'a {
    all.iter().enumerate().filter(move |(_, e)| e.parent == Some(i) && e.name == name)
}

/// The `(start, end)` of the spells of element `i`.
fn spells_of(all: &[Element], i: usize) -> Vec<(String, String)> {
    children(all, i, "spells")
        .flat_map(|(s, _)| children(all, s, "spell"))
        .map(|(_, e)| (e.attributes["start"].clone(), e.attributes["end"].clone()))
        .collect()
}

/// `#rrggbb` of the `viz:color` of element `i`.
fn color_of(all: &[Element], i: usize) -> String {
    let (_, c) = children(all, i, "viz:color").next().expect("a viz:color");
    let channel = |k: &str| c.attributes[k].parse::<u8>().unwrap();
    format!("#{:02x}{:02x}{:02x}", channel("r"), channel("g"), channel("b"))
}

fn export(graph: &Path, format: &str, extra: &[&str], out: &Path) {
    relgraph()
        .args(["export", "--format", format])
        .args(extra)
        .arg("--graph")
        .arg(graph)
        .arg("-o")
        .arg(out)
        .assert()
        .success();
}

#[test]
fn gexf_plays_in_time_keeps_parallel_relations_apart_and_has_the_drawings_colours() {
    let dir = sandbox();
    build_seeds(dir.path(), true);
    let g = graph(dir.path());
    let gexf_path = dir.path().join("seeds.gexf");
    export(&dir.path().join("graph.json"), "gexf", &[], &gexf_path);
    let xml = std::fs::read_to_string(&gexf_path).unwrap();
    let all = elements(&xml);

    // GEXF 1.3, dynamic, dated by day, with the viz namespace declared.
    let root = &all[0];
    assert_eq!((root.name.as_str(), root.attributes["version"].as_str()), ("gexf", "1.3"));
    assert_eq!(root.attributes["xmlns"], "http://gexf.net/1.3");
    assert_eq!(root.attributes["xmlns:viz"], "http://gexf.net/1.3/viz");
    let (gi, graph_el) = children(&all, 0, "graph").next().expect("a graph element");
    assert_eq!(graph_el.attributes["mode"], "dynamic");
    assert_eq!(graph_el.attributes["timeformat"], "date");

    // The colours the drawings use: relation types in graph.dot, actor kinds in graph.html.
    let dot = std::fs::read_to_string(dir.path().join("graph.dot")).unwrap();
    let html = std::fs::read_to_string(dir.path().join("graph.html")).unwrap();

    // Nodes: one spell from the first to the last date of their relations' evidence.
    let mut span: BTreeMap<&str, (String, String)> = BTreeMap::new();
    for e in g["edges"].as_array().unwrap() {
        for ev in e["evidence"].as_array().unwrap() {
            let Some(date) = ev["date"].as_str() else { continue };
            for end in ["source", "target"] {
                let s = span.entry(e[end].as_str().unwrap()).or_insert((date.into(), date.into()));
                s.0 = s.0.clone().min(date.into());
                s.1 = s.1.clone().max(date.into());
            }
        }
    }
    assert!(!span.is_empty(), "the seeds' evidence is dated");
    let kinds: BTreeMap<&str, &str> = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["id"].as_str().unwrap(), n["kind"].as_str().unwrap()))
        .collect();
    let (ni, _) = children(&all, gi, "nodes").next().unwrap();
    let mut nodes = 0;
    for (i, node) in children(&all, ni, "node") {
        nodes += 1;
        let id = node.attributes["id"].as_str();
        let expected: Vec<(String, String)> = span.get(id).cloned().into_iter().collect();
        assert_eq!(spells_of(&all, i), expected, "spells of {id}");
        let color = color_of(&all, i);
        let kind = kinds[id];
        assert!(
            html.contains(&format!("{{\"id\":\"{kind}\",\"color\":\"{color}\"}}")),
            "{id} ({kind}) is {color} in the GEXF but not in graph.html"
        );
    }
    assert_eq!(nodes, kinds.len());

    // Edges: kind = relation type, one spell per evidence date, the diagram's colour.
    let mut expected: BTreeMap<(String, String, String), Vec<(String, String)>> = BTreeMap::new();
    for e in g["edges"].as_array().unwrap() {
        let dates: BTreeSet<&str> =
            e["evidence"].as_array().unwrap().iter().filter_map(|ev| ev["date"].as_str()).collect();
        let key = (
            e["source"].as_str().unwrap().into(),
            e["target"].as_str().unwrap().into(),
            e["relation"].as_str().unwrap().into(),
        );
        expected.insert(key, dates.into_iter().map(|d| (d.to_string(), d.to_string())).collect());
    }
    assert!(expected.values().any(|s| s.len() > 1), "some relation of the seeds is reported on several days");
    let (ei, _) = children(&all, gi, "edges").next().unwrap();
    let mut found = BTreeMap::new();
    let mut parallel = BTreeMap::<(String, String), BTreeSet<String>>::new();
    for (i, edge) in children(&all, ei, "edge") {
        let a = &edge.attributes;
        let key = (a["source"].clone(), a["target"].clone(), a["kind"].clone());
        let color = color_of(&all, i);
        assert!(
            dot.contains(&format!("color=\"{color}\"")) && dot.contains(&format!("class=\"{}\"", a["kind"])),
            "{key:?} is {color} in the GEXF, unlike graph.dot"
        );
        parallel.entry((key.0.clone(), key.1.clone())).or_default().insert(key.2.clone());
        found.insert(key, spells_of(&all, i));
    }
    assert_eq!(found, expected, "edge kinds and spells");
    assert!(parallel.values().any(|kinds| kinds.len() > 1), "the seeds have parallel relations, told apart by kind");

    // networkx reads the all-directed variant with the same spells.
    if !python_has("networkx") {
        return;
    }
    let plain = dir.path().join("plain.gexf");
    export(&dir.path().join("graph.json"), "gexf", &["--no-mixed"], &plain);
    let script = r#"
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
assert g.graph["mode"] == "dynamic", g.graph
out = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
       "spells": sorted([u, v, d["relation"], sorted(map(list, d.get("spells", [])))] for u, v, d in g.edges(data=True)),
       "colors": sorted({g.nodes[n]["viz"]["color"]["r"] for n in g})}
print(json.dumps(out))
"#;
    let run = Process::new("python3").arg("-c").arg(script).arg(&plain).output().unwrap();
    assert!(run.status.success(), "networkx cannot read the GEXF: {}", String::from_utf8_lossy(&run.stderr));
    let v: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(v["nodes"], nodes);
    assert_eq!(v["edges"], found.len());
    let mut from_nx: Vec<Value> = v["spells"].as_array().unwrap().clone();
    from_nx.sort_by_key(|x| x.to_string());
    let mut ours: Vec<Value> = expected
        .iter()
        .map(|((s, t, r), sp)| serde_json::json!([s, t, r, sp.iter().map(|(a, b)| [a, b]).collect::<Vec<_>>()]))
        .collect();
    ours.sort_by_key(|x| x.to_string());
    assert_eq!(from_nx, ours);
}

#[test]
fn graph_dot_names_the_engine_its_drawing_used() {
    // Small: the layered engine, and graph.dot is the very DOT of graph.svg (edge labels too).
    let dir = sandbox();
    build_seeds(dir.path(), false);
    let dot = std::fs::read_to_string(dir.path().join("graph.dot")).unwrap();
    let head = dot.lines().take(2).collect::<Vec<_>>().join("\n");
    assert_eq!(dot.matches("layout=").count(), 1, "{head}");
    assert!(dot.contains("layout=\"dot\""), "{head}");
    let rendered = dir.path().join("render.dot");
    relgraph()
        .args(["render", "--format", "dot", "-o"])
        .arg(&rendered)
        .arg("--graph")
        .arg(dir.path().join("graph.json"))
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&rendered).unwrap(), dot, "render --format dot draws another picture");

    // Large: the force-directed engine, for graph.dot as build writes it.
    let big = sandbox();
    let synthetic = super::browser::synthetic_graph(big.path(), 300, 900);
    let out = big.path().join("out");
    relgraph()
        .arg("build")
        .arg(repo().join("seeds/000_d38587c8e588f071.txt"))
        .arg("--into")
        .arg(&synthetic)
        .arg("--no-svg")
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let dot = std::fs::read_to_string(out.join("graph.dot")).unwrap();
    let head = dot.lines().take(2).collect::<Vec<_>>().join("\n");
    assert!(dot.contains("layout=\"sfdp\"") && !dot.contains("layout=\"dot\""), "{head}");
    let again = big.path().join("again");
    relgraph()
        .arg("build")
        .arg(repo().join("seeds/000_d38587c8e588f071.txt"))
        .arg("--into")
        .arg(&synthetic)
        .arg("--no-svg")
        .arg("--out")
        .arg(&again)
        .assert()
        .success();
    assert!(std::fs::read(again.join("graph.dot")).unwrap() == dot.as_bytes(), "graph.dot differs run to run");
}

#[test]
fn kuzu_imports_the_neo4j_files_with_the_same_counts_and_shortest_path() {
    if !python_has("kuzu") {
        return;
    }
    let dir = sandbox();
    build_seeds(dir.path(), false);
    let g = graph(dir.path());
    let graph_json = dir.path().join("graph.json");
    let neo = dir.path().join("neo4j");
    export(&graph_json, "neo4j", &[], &neo);
    let pairs = [("North Korea", "Myanmar junta"), ("China", "Ukraine"), ("European Union", "North Korea")];
    let mut args = vec![neo.display().to_string(), dir.path().join("kuzu-db").display().to_string()];
    let mut hops = Vec::new();
    for (from, to) in pairs {
        let v: Value =
            serde_json::from_str(&stdout_of(relgraph().args(["path", from, to, "--json", "--graph"]).arg(&graph_json)))
                .unwrap();
        let h = v["hops"].as_array().unwrap();
        assert!(!h.is_empty(), "{from} -> {to}: {v}");
        args.push(format!("{}:{}", h[0]["from"].as_str().unwrap(), h[h.len() - 1]["to"].as_str().unwrap()));
        hops.push(h.len());
    }
    let run = Process::new("python3").arg(repo().join("tests/python/kuzu_import.py")).args(&args).output().unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let v: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(v["nodes"], g["nodes"].as_array().unwrap().len());
    assert_eq!(v["edges"], g["edges"].as_array().unwrap().len());
    let lengths: Vec<usize> = v["paths"].as_array().unwrap().iter().map(|l| l.as_u64().unwrap() as usize).collect();
    assert_eq!(lengths, hops, "shortest paths in Kùzu and relgraph path ({pairs:?})");
    // Every evidence sentence arrived, as the JSON array of its relation.
    let sentences: usize = g["edges"].as_array().unwrap().iter().map(|e| e["evidence"].as_array().unwrap().len()).sum();
    assert_eq!(v["sentences"], sentences);
}

#[test]
fn extract_and_merge_under_spark_give_the_graph_of_build() {
    if !python_has("pyspark") {
        return;
    }
    let java = Process::new("java").arg("-version").output().map(|o| o.status.success()).unwrap_or(false);
    if !java {
        assert!(std::env::var_os("CI").is_none(), "a Java runtime must be installed in CI (.ci/run installs it)");
        eprintln!("SKIPPED: no Java runtime for Spark; this test did not run");
        return;
    }
    let dir = sandbox();
    let dev = repo().join("../shared/eval/dev/docs");
    if !dev.is_dir() {
        assert!(std::env::var_os("CI").is_none(), "the dev articles must be at {} in CI", dev.display());
        eprintln!("SKIPPED: {} missing; this test did not run", dev.display());
        return;
    }
    let inputs = [repo().join("seeds"), dev];
    let built = dir.path().join("built");
    relgraph().arg("build").args(&inputs).arg("--no-svg").arg("--out").arg(&built).assert().success();

    let records = dir.path().join("records.jsonl");
    let bin = assert_cmd::cargo::cargo_bin("relgraph");
    let run = Process::new("python3")
        .arg(repo().join("tests/python/spark_extract.py"))
        .arg(&bin)
        .arg(&records)
        .args(&inputs)
        .output()
        .unwrap();
    assert!(run.status.success(), "the Spark job failed: {}", String::from_utf8_lossy(&run.stderr));
    let merged = dir.path().join("merged.json");
    relgraph().arg("merge").arg(&records).arg("-o").arg(&merged).assert().success();
    let ours = std::fs::read_to_string(&merged).unwrap();
    let theirs = std::fs::read_to_string(built.join("graph.json")).unwrap();
    let docs =
        |text: &str| serde_json::from_str::<Value>(text).unwrap()["graph"]["documents"].as_array().unwrap().len();
    assert_eq!(docs(&ours), 15, "every seed and dev article went through Spark");
    assert!(ours == theirs, "merge of the Spark job's records is not the graph build writes");
}
