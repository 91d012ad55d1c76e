//! End-to-end tests: run the `relgraph` binary as a user would, each test in
//! its own temporary directory, and compare with the committed `output/`.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

mod browser;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn relgraph() -> Command {
    Command::cargo_bin("relgraph").unwrap()
}

/// A fresh temporary directory for one test.
fn sandbox() -> TempDir {
    tempfile::Builder::new().prefix("relgraph-test-").tempdir().unwrap()
}

/// Builds the seeds' graph into `dir` (JSON and DOT only unless `svg`).
fn build_seeds(dir: &Path, svg: bool) {
    let mut cmd = relgraph();
    cmd.arg("build").arg(repo().join("seeds")).arg("--out").arg(dir);
    if !svg {
        cmd.arg("--no-svg");
    }
    cmd.assert().success();
}

fn graph(dir: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join("graph.json")).unwrap()).unwrap()
}

/// (source, relation, target) of every edge, symmetric ones in both orders.
fn facts(g: &Value) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for e in g["edges"].as_array().unwrap() {
        let (s, r, t) = (e["source"].as_str().unwrap(), e["relation"].as_str().unwrap(), e["target"].as_str().unwrap());
        out.push((s.to_string(), r.to_string(), t.to_string()));
        if !e["directed"].as_bool().unwrap() {
            out.push((t.to_string(), r.to_string(), s.to_string()));
        }
    }
    out
}

fn has(facts: &[(String, String, String)], s: &[&str], r: &str, t: &[&str]) -> bool {
    facts.iter().any(|f| s.contains(&f.0.as_str()) && f.1 == r && t.contains(&f.2.as_str()))
}

const JUNTA: &[&str] = &["myanmar-junta", "myanmar"];

#[test]
fn seeds_build_matches_the_committed_output_byte_for_byte() {
    let dir = sandbox();
    build_seeds(dir.path(), false);
    for f in ["graph.json", "graph.dot"] {
        let built = std::fs::read_to_string(dir.path().join(f)).unwrap();
        let committed = std::fs::read_to_string(repo().join("output").join(f)).unwrap();
        assert!(built == committed, "{f} differs from output/{f}: rebuild with `cargo run --release -- build seeds --out output`");
    }
    // And a second build gives the same bytes.
    let again = sandbox();
    build_seeds(again.path(), false);
    for f in ["graph.json", "graph.dot"] {
        assert_eq!(std::fs::read(dir.path().join(f)).unwrap(), std::fs::read(again.path().join(f)).unwrap(), "{f} is not deterministic");
    }
}

#[test]
fn seeds_facts_are_found_with_their_evidence() {
    let dir = sandbox();
    build_seeds(dir.path(), false);
    let g = graph(dir.path());
    let f = facts(&g);
    assert!(has(&f, &["russia"], "arms_supply", JUNTA), "Russia supplies arms to Myanmar");
    assert!(has(&f, &["china"], "arms_supply", JUNTA), "'Russia, along with China, are Myanmar's largest arms suppliers' is two facts");
    assert!(has(&f, &["russia"], "military_cooperation", JUNTA));
    assert!(has(&f, &["russia"], "diplomatic_meeting", JUNTA), "Shoygu meeting Min Aung Hlaing is Russia meeting the junta");
    assert!(has(&f, JUNTA, "armed_conflict", &["peoples-defence-force"]), "clashes between the army and the PDF");
    assert!(has(&f, &["russia"], "energy_supply", JUNTA), "Myanmar imported oil from Russia: Russia -> Myanmar");
    assert!(!has(&f, JUNTA, "energy_supply", &["russia"]), "energy direction reversed");
    assert!(has(&f, &["north-korea"], "troop_deployment", &["russia"]));
    assert!(has(&f, &["russia"], "defense_treaty", &["north-korea"]));
    assert!(has(&f, &["russia"], "armed_conflict", &["ukraine"]));
    assert!(has(&f, &["european-union"], "sanctions", JUNTA));
    // Every edge carries evidence that points into its document.
    for e in g["edges"].as_array().unwrap() {
        for ev in e["evidence"].as_array().unwrap() {
            let doc = std::fs::read_to_string(repo().join("seeds").join(ev["doc"].as_str().unwrap())).unwrap();
            let (s, t) = (ev["start"].as_u64().unwrap() as usize, ev["end"].as_u64().unwrap() as usize);
            let folded: String = doc[s..t].split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(folded, ev["sentence"].as_str().unwrap());
            assert!(!ev["trigger"].as_str().unwrap().is_empty());
        }
    }
    let docs = g["graph"]["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 5);
    let first = docs.iter().find(|d| d["id"] == "000_d38587c8e588f071.txt").unwrap();
    assert_eq!(first["date"], "2021-06-23");
    assert_eq!(first["title"], "Moscow to boost military cooperation with Naypyidaw");
}

#[test]
fn seeds_traps_produce_no_edge() {
    let dir = sandbox();
    build_seeds(dir.path(), false);
    let f = facts(&graph(dir.path()));
    let un = &["united-nations", "un-general-assembly", "un-security-council"];
    // "calling on member countries to stop the supply of weapons to Myanmar"
    assert!(!has(&f, un, "arms_supply", JUNTA));
    // "UN Vote on new sanctions against Iran expected tomorrow" is a related-story headline.
    assert!(!has(&f, un, "sanctions", &["iran"]));
    assert!(!has(&f, un, "sanctions", JUNTA));
    // "UAE, UK strengthen collaboration..." is a headline of another story.
    assert!(!f.iter().any(|x| x.0 == "united-arab-emirates" || x.2 == "united-arab-emirates"));
    // Related-stories list of seed 004.
    assert!(!has(&f, &["canada", "india"], "condemnation", &["pakistan"]));
    assert!(!has(&f, JUNTA, "armed_conflict", &["russia"]));
}

#[test]
fn path_from_north_korea_to_the_junta_goes_through_russia_with_evidence() {
    let dir = sandbox();
    build_seeds(dir.path(), false);
    let out = relgraph()
        .args(["path", "North Korea", "Myanmar junta", "--graph"])
        .arg(dir.path().join("graph.json"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("North Korea -> Myanmar junta: 2 hops"), "{text}");
    assert!(text.contains("Russia"), "{text}");
    assert!(text.matches(".txt").count() >= 2, "each hop names its document: {text}");
    // Aliases resolve, and JSON output is machine-readable.
    let out = relgraph()
        .args(["path", "pyongyang", "Myanmar military", "--json", "--graph"])
        .arg(dir.path().join("graph.json"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["hops"][0]["from"], "north-korea");
    assert_eq!(v["hops"][0]["to"], "russia");
    assert!(v["hops"][0]["evidence"]["sentence"].as_str().unwrap().len() > 20);
}

#[test]
fn path_errors_and_no_path() {
    let dir = sandbox();
    build_seeds(dir.path(), false);
    let g = dir.path().join("graph.json");
    let out = relgraph().args(["path", "Rusia", "Ukraine", "--graph"]).arg(&g).assert().code(2).get_output().stderr.clone();
    let err = String::from_utf8(out).unwrap();
    assert!(err.contains("unknown actor `Rusia`") && err.contains("Russia"), "{err}");
    // Directed and filtered to one type: no way from Ukraine to North Korea.
    relgraph().args(["path", "Ukraine", "North Korea", "--directed", "--types", "troop_deployment", "--graph"]).arg(&g).assert().code(1);
    relgraph().args(["path", "Russia", "Ukraine", "--types", "nonsense", "--graph"]).arg(&g).assert().code(2);
}

#[test]
fn neighbors_lists_the_ego_network() {
    let dir = sandbox();
    build_seeds(dir.path(), false);
    let out = relgraph().args(["neighbors", "Russia", "--depth", "1", "--graph"]).arg(dir.path().join("graph.json")).assert().success().get_output().stdout.clone();
    let text = String::from_utf8(out).unwrap();
    for n in ["North Korea", "Ukraine", "China"] {
        assert!(text.contains(n), "{n} missing from {text}");
    }
    relgraph().args(["neighbors", "Russia", "--depth", "0", "--graph"]).arg(dir.path().join("graph.json")).assert().code(2);
}

#[test]
fn build_writes_svg_and_render_draws_an_ego_network() {
    let dir = sandbox();
    build_seeds(dir.path(), true);
    let svg = std::fs::read_to_string(dir.path().join("graph.svg")).unwrap();
    assert!(svg.contains("<svg") && svg.contains("Russia") && svg.contains("North Korea"));
    let out = dir.path().join("russia.svg");
    relgraph()
        .args(["render", "--format", "svg", "--actor", "Russia", "--depth", "1", "-o"])
        .arg(&out)
        .arg("--graph")
        .arg(dir.path().join("graph.json"))
        .assert()
        .success();
    let ego = std::fs::read_to_string(&out).unwrap();
    assert!(ego.contains("Russia") && ego.contains("Ukraine"));
    assert!(!ego.contains("People&#39;s Defence Force") && !ego.contains("People's Defence Force"), "depth 1 keeps only Russia's neighbours");
}

#[test]
fn untrusted_text_is_escaped_and_the_dot_parses_back() {
    let dir = sandbox();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    let lex = dir.path().join("lex.toml");
    std::fs::write(
        &lex,
        "[[actor]]\nid = \"evil\"\nlabel = \"Evil \\\"Quoted\\\" \\\\ Front <script>alert(1)</script>\"\nkind = \"armed_group\"\nnames = [\"Evil Front\"]\n",
    )
    .unwrap();
    std::fs::write(
        docs.join("evil.txt"),
        "A \"quoted\" \\ headline about the Evil Front\n\nThe Evil Front clashed with Russia in a \"fierce\" \\battle\\ near <b>Kharkiv</b> & ]]> on Monday, officials said.\n",
    )
    .unwrap();
    relgraph().arg("build").arg(&docs).arg("--lexicon").arg(&lex).arg("--out").arg(dir.path()).assert().success();
    let dot = std::fs::read_to_string(dir.path().join("graph.dot")).unwrap();
    let parsed = graphviz_rust::parse(&dot);
    assert!(parsed.is_ok(), "graph.dot does not parse: {parsed:?}\n{dot}");
    assert!(dot.contains(r#"Evil \"Quoted\" \\ Front"#), "{dot}");
    let svg = std::fs::read_to_string(dir.path().join("graph.svg")).unwrap();
    assert!(!svg.contains("<script>"), "label reached the SVG unescaped");
    let g = graph(dir.path());
    let ev = &g["edges"][0]["evidence"][0]["sentence"];
    assert!(ev.as_str().unwrap().contains("\"fierce\" \\battle\\"), "{ev}");
}

#[test]
fn stdin_and_user_lexicon_extend_what_is_found() {
    let dir = sandbox();
    let lex = dir.path().join("mine.toml");
    std::fs::write(&lex, "[[actor]]\nid = \"northern-lions\"\nlabel = \"Northern Lions\"\nkind = \"armed_group\"\ncountry = \"mali\"\n").unwrap();
    relgraph()
        .args(["build", "-", "--no-svg", "--lexicon"])
        .arg(&lex)
        .arg("--out")
        .arg(dir.path())
        .write_stdin("Mali news\n\nThe Northern Lions clashed with the Wagner Group near Kidal on Sunday, residents said.\n")
        .assert()
        .success();
    let f = facts(&graph(dir.path()));
    assert!(has(&f, &["northern-lions"], "armed_conflict", &["wagner-group"]), "{f:?}");
}

#[test]
fn bad_inputs_are_named_and_directories_go_on() {
    let dir = sandbox();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::write(docs.join("good.txt"), "Title of the story here\n\nRussia deployed troops to fight for Belarus on Monday.\n").unwrap();
    std::fs::write(docs.join("latin1.txt"), b"Caf\xe9 Russia \xe0 Minsk\n").unwrap();
    std::fs::write(docs.join("empty.txt"), "").unwrap();
    let out = relgraph().arg("build").arg(&docs).arg("--no-svg").arg("--out").arg(dir.path()).assert().success().get_output().stderr.clone();
    let err = String::from_utf8(out).unwrap();
    assert!(err.contains("latin1.txt: not UTF-8"), "{err}");
    assert!(err.contains("empty.txt: empty document"), "{err}");
    assert!(err.contains("1 documents added") && err.contains("2 skipped"), "{err}");
    // Named explicitly, the same file is an error; so is any skip with --strict.
    relgraph().arg("build").arg(docs.join("latin1.txt")).arg("--out").arg(dir.path()).assert().code(2);
    relgraph().arg("build").arg(&docs).arg("--strict").arg("--out").arg(dir.path()).assert().code(2);
    // A broken lexicon names its file and line.
    let lex = dir.path().join("broken.toml");
    std::fs::write(&lex, "[[actor]]\nid = \"Bad Id\"\nlabel = \"x\"\nkind = \"state\"\n").unwrap();
    let out = relgraph().arg("build").arg(&docs).arg("--lexicon").arg(&lex).assert().code(2).get_output().stderr.clone();
    let err = String::from_utf8(out).unwrap();
    assert!(err.contains("broken.toml:1") && err.contains("Bad Id"), "{err}");
    // A broken graph file is an error, not a panic.
    let g = dir.path().join("graph.json");
    std::fs::write(&g, "{\"nodes\": [").unwrap();
    let out = relgraph().args(["path", "Russia", "Belarus", "--graph"]).arg(&g).assert().code(2).get_output().stderr.clone();
    assert!(String::from_utf8(out).unwrap().contains("not a relgraph graph.json"));
}

#[test]
fn networkx_reads_graph_json() {
    let probe = std::process::Command::new("python3").args(["-c", "import networkx"]).output();
    if !probe.map(|o| o.status.success()).unwrap_or(false) {
        assert!(std::env::var_os("CI").is_none(), "networkx must be installed in CI (.ci/run installs it)");
        eprintln!("networkx not installed: skipping");
        return;
    }
    let dir = sandbox();
    build_seeds(dir.path(), false);
    let script = r#"
import json, sys, networkx as nx
data = json.load(open(sys.argv[1]))
g = nx.node_link_graph(data, edges="edges")
assert g.is_directed() and g.is_multigraph()
assert g.has_edge("north-korea", "russia", key="troop_deployment")
print(g.number_of_nodes(), g.number_of_edges())
"#;
    let out = std::process::Command::new("python3").arg("-c").arg(script).arg(dir.path().join("graph.json")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let g = graph(dir.path());
    let expected = format!("{} {}", g["nodes"].as_array().unwrap().len(), g["edges"].as_array().unwrap().len());
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), expected);
}
