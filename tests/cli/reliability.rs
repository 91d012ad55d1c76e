//! Nothing lost, nothing hangs (issue 15): writers that would replace the
//! graph they read, concurrent and failed updates, repeated document names,
//! symbolic links, leftovers of killed runs, inputs that never end, hostile
//! lexicons, and text that would reach the terminal raw.

use super::{graph, relgraph, sandbox};
use serde_json::Value;
use std::path::Path;
use std::time::Duration;

/// How long a run may take before it counts as hung (a guard, far above
/// what any of these runs needs; it is not what the tests measure).
const HANG: Duration = Duration::from_secs(120);

const GOOD: &str = "Title of the story here\n\nRussia deployed troops to fight for Belarus on Monday.\n";

/// `relgraph build DOCS --no-svg --out OUT --into GRAPH`, ready to assert on.
fn build_into(
    docs: impl AsRef<std::ffi::OsStr>,
    out: impl AsRef<std::ffi::OsStr>,
    graph: impl AsRef<std::ffi::OsStr>,
) -> assert_cmd::assert::Assert {
    relgraph().arg("build").arg(docs).arg("--no-svg").arg("--out").arg(out).arg("--into").arg(graph).assert()
}

fn stderr_of(assert: assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stderr.clone()).unwrap()
}

fn documents(g: &Path) -> Vec<Value> {
    let v: Value = serde_json::from_str(&std::fs::read_to_string(g).unwrap()).unwrap();
    v["graph"]["documents"].as_array().unwrap().clone()
}

/// `n` articles `{prefix}NNN.txt` in `dir`, each with a sentence of its own.
fn articles(dir: &Path, prefix: &str, n: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..n {
        let text = format!("Story {prefix} {i} of the day\n\nRussia supplied {i} drones to Belarus on Monday ({prefix}), officials said.\n");
        std::fs::write(dir.join(format!("{prefix}{i:03}.txt")), text).unwrap();
    }
}

#[test]
fn path_svg_or_merge_onto_the_file_they_read_is_refused() {
    let dir = sandbox();
    let docs = dir.path().join("docs");
    articles(&docs, "a", 2);
    relgraph().arg("build").arg(&docs).arg("--no-svg").arg("--out").arg(dir.path()).assert().success();
    let g = dir.path().join("graph.json");
    let before = std::fs::read(&g).unwrap();
    let err = stderr_of(
        relgraph().args(["path", "Russia", "Belarus", "--svg"]).arg(&g).arg("--graph").arg(&g).assert().code(2),
    );
    assert!(err.contains("is the graph being read"), "{err}");
    assert_eq!(std::fs::read(&g).unwrap(), before, "path --svg replaced the graph");
    // merge -o onto one of the record files it reads would lose the records.
    let records = dir.path().join("records.jsonl");
    let out = relgraph().arg("extract").arg(&docs).assert().success().get_output().stdout.clone();
    std::fs::write(&records, &out).unwrap();
    let err = stderr_of(relgraph().arg("merge").arg(&records).arg("-o").arg(&records).assert().code(2));
    assert!(err.contains("is one of the files being read"), "{err}");
    assert_eq!(std::fs::read(&records).unwrap(), out);
}

#[test]
fn two_builds_into_one_graph_at_once_lose_nothing() {
    let dir = sandbox();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    articles(&a, "a", 150);
    articles(&b, "b", 150);
    let g = dir.path().join("g.json");
    let spawn = |docs: &Path, out: &str| {
        std::process::Command::new(assert_cmd::cargo::cargo_bin("relgraph"))
            .arg("build")
            .arg(docs)
            .arg("--no-svg")
            .arg("--out")
            .arg(dir.path().join(out))
            .arg("--into")
            .arg(&g)
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (first, second) = (spawn(&a, "out-a"), spawn(&b, "out-b"));
    for child in [first, second] {
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && err.contains("150 documents added"), "{err}");
    }
    let docs = documents(&g);
    assert_eq!(docs.len(), 300, "documents reported as added are missing from the graph");
    // The lock file beside the graph stays; it is empty and harmless.
    assert!(dir.path().join("g.json.lock").exists());
}

#[test]
fn a_build_into_that_fails_writing_another_output_leaves_the_graph_unchanged() {
    let dir = sandbox();
    let docs = dir.path().join("docs");
    articles(&docs, "a", 1);
    let g = dir.path().join("g.json");
    build_into(&docs, dir.path().join("first"), &g).success();
    let before = std::fs::read(&g).unwrap();
    articles(&docs, "b", 1);
    for blocked in ["graph.dot", "graph.svg", "graph.html"] {
        // A non-empty directory where the output should go: no rename can replace it, even as root.
        let out = dir.path().join(format!("out-{blocked}"));
        std::fs::create_dir_all(out.join(blocked).join("inside")).unwrap();
        let err =
            stderr_of(relgraph().arg("build").arg(&docs).arg("--out").arg(&out).arg("--into").arg(&g).assert().code(2));
        assert!(err.contains(blocked), "{blocked}: {err}");
        assert_eq!(std::fs::read(&g).unwrap(), before, "{blocked}: a failed build changed the graph");
    }
}

#[test]
fn articles_with_the_same_file_name_stay_distinct_documents() {
    let dir = sandbox();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    std::fs::create_dir_all(&a).unwrap();
    std::fs::create_dir_all(&b).unwrap();
    std::fs::write(a.join("x.txt"), "First story\n\nRussia supplied drones to Belarus on Monday, officials said.\n")
        .unwrap();
    std::fs::write(b.join("x.txt"), "Second story\n\nIran supplied drones to Russia on Tuesday, officials said.\n")
        .unwrap();
    let out = dir.path().join("out");
    relgraph().arg("build").arg(&a).arg(&b).arg("--no-svg").arg("--out").arg(&out).assert().success();
    let v = graph(&out);
    let docs = v["graph"]["documents"].as_array().unwrap();
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    // The names repeat, so each id is the path as given.
    let (in_a, in_b) = (a.join("x.txt").to_string_lossy().into_owned(), b.join("x.txt").to_string_lossy().into_owned());
    assert_eq!(ids, [in_a.as_str(), in_b.as_str()]);
    // Each sentence is filed under the document it comes from.
    for e in v["edges"].as_array().unwrap() {
        for ev in e["evidence"].as_array().unwrap() {
            let sentence = ev["sentence"].as_str().unwrap();
            let from = if sentence.starts_with("Russia") { &in_a } else { &in_b };
            assert_eq!(ev["doc"].as_str().unwrap(), from, "{sentence}");
        }
    }
    // Two builds from standard input into one graph: two documents.
    let g = dir.path().join("g.json");
    for text in
        ["One\n\nRussia supplied drones to Belarus on Monday.\n", "Two\n\nIran supplied drones to Russia on Tuesday.\n"]
    {
        relgraph()
            .args(["build", "-", "--no-svg", "--out"])
            .arg(dir.path().join("o"))
            .arg("--into")
            .arg(&g)
            .write_stdin(text)
            .assert()
            .success();
    }
    let docs = documents(&g);
    assert_eq!(docs.len(), 2, "{docs:?}");
    assert_ne!(docs[0]["id"], docs[1]["id"]);
}

#[cfg(unix)]
#[test]
fn build_into_a_symbolic_link_writes_through_to_its_target() {
    let dir = sandbox();
    let docs = dir.path().join("docs");
    articles(&docs, "a", 1);
    let real = dir.path().join("real.json");
    build_into(&docs, dir.path().join("o1"), &real).success();
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink("real.json", &link).unwrap();
    articles(&docs, "b", 1);
    build_into(&docs, dir.path().join("o2"), &link).success();
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link was replaced by a file");
    assert_eq!(documents(&real).len(), 2);
}

#[test]
fn temporary_files_of_a_killed_run_are_removed_by_the_next_and_a_live_ones_kept() {
    let dir = sandbox();
    let docs = dir.path().join("docs");
    articles(&docs, "a", 1);
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    // A process id above any the kernel hands out (4194304 at most): that run is over.
    let dead = out.join(".graph.json.relgraph-4194305-Ab3xYz.tmp");
    let dead_dot = out.join(".graph.dot.relgraph-4194305-Qq1234.tmp");
    // One of a run still going (this test's own process) is left alone.
    let live = out.join(format!(".graph.json.relgraph-{}-Zz9876.tmp", std::process::id()));
    for f in [&dead, &dead_dot, &live] {
        std::fs::write(f, "half a graph").unwrap();
    }
    relgraph().arg("build").arg(&docs).arg("--no-svg").arg("--out").arg(&out).assert().success();
    assert!(!dead.exists() && !dead_dot.exists(), "leftovers of a killed run stay");
    assert!(live.exists(), "a running writer's temporary file was removed");
    // With --into, beside the graph and beside the drawings in --out.
    let drawings = dir.path().join("drawings");
    std::fs::create_dir_all(&drawings).unwrap();
    let dead_html = drawings.join(".graph.html.relgraph-4194305-Ab3xYz.tmp");
    let dead_graph = dir.path().join(".g.json.relgraph-4194305-Ab3xYz.tmp");
    for f in [&dead_html, &dead_graph] {
        std::fs::write(f, "half a file").unwrap();
    }
    build_into(&docs, &drawings, dir.path().join("g.json")).success();
    assert!(!dead_html.exists() && !dead_graph.exists(), "leftovers beside --into or in --out stay");
}

#[cfg(unix)]
fn mkfifo(p: &Path) {
    let ok = std::process::Command::new("mkfifo").arg(p).status().unwrap().success();
    assert!(ok, "mkfifo {}", p.display());
}

#[cfg(unix)]
#[test]
fn a_fifo_or_a_device_in_a_folder_is_skipped_with_a_warning() {
    let dir = sandbox();
    let docs = dir.path().join("docs");
    articles(&docs, "a", 1);
    mkfifo(&docs.join("pipe.txt"));
    std::os::unix::fs::symlink("/dev/zero", docs.join("zero.txt")).unwrap();
    let err = stderr_of(
        relgraph()
            .arg("build")
            .arg(&docs)
            .arg("--no-svg")
            .arg("--out")
            .arg(dir.path())
            .timeout(HANG)
            .assert()
            .success(),
    );
    for name in ["pipe.txt", "zero.txt"] {
        let line = err.lines().find(|l| l.contains(name)).unwrap_or_else(|| panic!("no warning for {name}: {err}"));
        assert!(
            line.starts_with("relgraph: warning: ")
                && line.contains("not a regular file")
                && line.ends_with("; skipped"),
            "{line}"
        );
    }
    assert!(err.contains("1 documents added, 0 duplicates, 2 skipped"), "{err}");
    let err = stderr_of(relgraph().arg("extract").arg(&docs).timeout(HANG).assert().success());
    assert!(err.contains("pipe.txt") && err.contains("not a regular file"), "{err}");
}

#[cfg(unix)]
#[test]
fn endless_inputs_are_read_no_further_than_the_limit() {
    let dir = sandbox();
    // Named explicitly, a device is read, up to the limit.
    let err = stderr_of(
        relgraph().args(["build", "/dev/zero", "--no-svg", "--out"]).arg(dir.path()).timeout(HANG).assert().code(2),
    );
    assert!(err.contains("/dev/zero: larger than the 67108864 bytes an article may have"), "{err}");
    let err = stderr_of(
        relgraph()
            .args(["build", "--lexicon", "/dev/zero", "--no-svg", "--out"])
            .arg(dir.path())
            .arg(dir.path())
            .timeout(HANG)
            .assert()
            .code(2),
    );
    assert!(err.contains("/dev/zero: larger than"), "{err}");
    // Standard input that never ends (`yes | relgraph build -`).
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("relgraph"))
        .args(["build", "-", "--no-svg", "--out"])
        .arg(dir.path())
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let line = "Russia supplied drones to Belarus on Monday, officials said.\n".repeat(1000);
        // Ends when relgraph closes its end.
        while std::io::Write::write_all(&mut stdin, line.as_bytes()).is_ok() {}
    });
    let guard = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(guard.elapsed() < HANG, "build - reads standard input without end");
        std::thread::sleep(Duration::from_millis(50));
    };
    writer.join().unwrap();
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert_eq!(status.code(), Some(2), "{err}");
    assert!(err.contains("<stdin>: larger than the 67108864 bytes an article may have"), "{err}");
}

#[test]
fn lexicon_sets_that_blow_up_are_refused_naming_the_set() {
    let dir = sandbox();
    std::fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    let mut lex = String::from("[sets]\n");
    let names: Vec<String> = (0..40).map(|i| format!("s{i:02}")).collect();
    for w in names.windows(2) {
        lex.push_str(&format!("{} = \"{{{}}}{{{}}}\"\n", w[0], w[1], w[1]));
    }
    lex.push_str(&format!("{} = \"boom\"\n", names[39]));
    lex.push_str("\n[[pattern]]\nrelation = \"trade\"\nframe = \"agent_first\"\ntrigger = \"{s00}\"\n");
    let file = dir.path().join("bomb.toml");
    std::fs::write(&file, lex).unwrap();
    let err = stderr_of(
        relgraph()
            .arg("build")
            .arg(dir.path().join("good.txt"))
            .arg("--lexicon")
            .arg(&file)
            .arg("--no-svg")
            .arg("--out")
            .arg(dir.path())
            .timeout(HANG)
            .assert()
            .code(2),
    );
    assert!(err.contains("bomb.toml:") && err.contains("set `s") && err.contains("longer than"), "{err}");
}

#[test]
fn evidence_per_relation_per_document_is_bounded_and_counted() {
    let dir = sandbox();
    let mut text = String::from("Drones for Belarus\n\n");
    for i in 0..100 {
        text.push_str(&format!("Russia supplied {i} more drones to Belarus on Monday. "));
    }
    text.push('\n');
    std::fs::write(dir.path().join("many.txt"), text).unwrap();
    relgraph()
        .arg("build")
        .arg(dir.path().join("many.txt"))
        .arg("--no-svg")
        .arg("--out")
        .arg(dir.path())
        .assert()
        .success();
    let v = graph(dir.path());
    let edge = v["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["source"] == "russia" && e["target"] == "belarus")
        .expect("Russia -> Belarus");
    assert_eq!(edge["weight"], 20, "{edge}");
    assert_eq!(edge["evidence"].as_array().unwrap().len(), 20);
    // The first sentences are kept, and the document counts those left out.
    assert!(edge["evidence"][0]["sentence"].as_str().unwrap().contains("supplied 0 more"));
    assert_eq!(v["graph"]["documents"][0]["evidence_omitted"], 80);
}

#[test]
fn merge_gives_the_same_graph_whatever_the_order_of_its_records() {
    let dir = sandbox();
    let docs = dir.path().join("docs");
    articles(&docs, "a", 40);
    let out = relgraph().arg("extract").arg(&docs).assert().success().get_output().stdout.clone();
    let lines: Vec<&str> = std::str::from_utf8(&out).unwrap().lines().collect();
    let sorted = dir.path().join("sorted.jsonl");
    std::fs::write(&sorted, lines.join("\n")).unwrap();
    let reversed = dir.path().join("reversed.jsonl");
    std::fs::write(&reversed, lines.iter().rev().copied().collect::<Vec<_>>().join("\n")).unwrap();
    let (g1, g2) = (dir.path().join("g1.json"), dir.path().join("g2.json"));
    relgraph().arg("merge").arg(&sorted).arg("-o").arg(&g1).assert().success();
    relgraph().arg("merge").arg(&reversed).arg("-o").arg(&g2).assert().success();
    assert_eq!(std::fs::read(&g1).unwrap(), std::fs::read(&g2).unwrap());
    assert_eq!(documents(&g1).len(), 40);
}

#[test]
fn path_k_above_the_cap_is_a_usage_error() {
    let dir = sandbox();
    let docs = dir.path().join("docs");
    articles(&docs, "a", 1);
    relgraph().arg("build").arg(&docs).arg("--no-svg").arg("--out").arg(dir.path()).assert().success();
    let g = dir.path().join("graph.json");
    relgraph().args(["path", "Russia", "Belarus", "--k", "100", "--graph"]).arg(&g).assert().success();
    let err =
        stderr_of(relgraph().args(["path", "Russia", "Belarus", "--k", "101", "--graph"]).arg(&g).assert().code(2));
    assert!(err.contains("at most 100"), "{err}");
}

/// Whether text holds a control character other than a line break.
fn has_control(s: &str) -> bool {
    s.chars().any(|c| c.is_control() && c != '\n')
}

#[test]
fn control_characters_never_reach_the_terminal_raw() {
    let dir = sandbox();
    let docs = dir.path().join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(
        docs.join("evil.txt"),
        "Title\n\nRussia supplied drones to Belarus \u{1b}]0;pwned\u{7}\u{1b}[2J on Monday, officials said.\n",
    )
    .unwrap();
    // A file name with a line break that forges a summary line.
    std::fs::write(docs.join("x\nrelgraph: 99 documents added, 0 duplicates, 0 skipped\u{1b}[2J.txt"), "").unwrap();
    let err =
        stderr_of(relgraph().arg("build").arg(&docs).arg("--no-svg").arg("--out").arg(dir.path()).assert().success());
    assert!(!has_control(&err), "{err:?}");
    assert!(!err.lines().any(|l| l.starts_with("relgraph: 99 documents")), "{err}");
    assert!(err.contains("\\n") && err.contains("1 documents added, 0 duplicates, 1 skipped"), "{err}");
    let g = dir.path().join("graph.json");
    for args in [&["timeline", "Russia"][..], &["path", "Russia", "Belarus"], &["neighbors", "Russia"]] {
        let out = relgraph().args(args).arg("--graph").arg(&g).assert().success().get_output().stdout.clone();
        let out = String::from_utf8(out).unwrap();
        assert!(!has_control(&out), "{args:?}: {out:?}");
        if args[0] != "neighbors" {
            assert!(out.contains("drones to Belarus \\u{1b}]0;pwned"), "{args:?}: {out}");
        }
    }
    // JSON output keeps the text exact (escaped by JSON itself).
    let out = relgraph()
        .args(["timeline", "Russia", "--json", "--graph"])
        .arg(&g)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert!(v["entries"][0]["sentence"].as_str().unwrap().contains("\u{1b}]0;pwned\u{7}"));
}

#[test]
fn the_drawing_drops_what_xml_forbids() {
    let dir = sandbox();
    let docs = dir.path().join("docs");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(
        docs.join("odd.txt"),
        "Title\n\nRussia supplied drones \u{fffe}\u{ffff} to Belarus on Monday, officials said.\n",
    )
    .unwrap();
    relgraph().arg("build").arg(&docs).arg("--out").arg(dir.path()).assert().success();
    let sentence = graph(dir.path())["edges"][0]["evidence"][0]["sentence"].as_str().unwrap().to_string();
    assert!(sentence.contains('\u{fffe}'), "graph.json keeps the text as it is: {sentence}");
    for f in ["graph.dot", "graph.svg"] {
        let text = std::fs::read_to_string(dir.path().join(f)).unwrap();
        assert!(
            text.contains("supplied drones") && !text.contains(['\u{fffe}', '\u{ffff}']),
            "{f} carries U+FFFE/U+FFFF"
        );
    }
}

#[cfg(unix)]
#[test]
fn an_unreadable_or_too_deep_folder_is_skipped_with_one_warning() {
    let dir = sandbox();
    let docs = dir.path().join("docs");
    articles(&docs, "a", 1);
    // 150 levels of folders, and 17 levels with names of 250 bytes: a path
    // longer than the system allows (4,096 bytes).
    let made = std::process::Command::new("sh")
        .arg("-c")
        .arg(concat!(
            "cd \"$1\" && mkdir deep && cd deep && for i in $(seq 150); do mkdir d && cd d || exit 1; done; ",
            "cd \"$1\" && mkdir long && cd long && n=$(printf 'x%.0s' $(seq 250)) && ",
            "for i in $(seq 16); do mkdir $n && cd $n || exit 1; done && mkdir $n"
        ))
        .arg("sh")
        .arg(&docs)
        .status()
        .unwrap();
    assert!(made.success());
    let mut expected = 2;
    let locked = docs.join("locked");
    articles(&locked, "l", 1);
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    }
    let root = std::fs::read_dir(&locked).is_ok();
    if !root {
        expected += 1;
    }
    let assert = relgraph()
        .arg("build")
        .arg(&docs)
        .arg("--no-svg")
        .arg("--out")
        .arg(dir.path())
        .timeout(HANG)
        .assert()
        .success();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let err = stderr_of(assert);
    let warnings: Vec<&str> = err.lines().filter(|l| l.starts_with("relgraph: warning: ")).collect();
    assert_eq!(warnings.len(), expected, "{err}");
    assert!(warnings.iter().any(|l| l.contains("/deep/d/d/") && l.contains("deeper than 100 levels")), "{err}");
    assert!(warnings.iter().any(|l| l.contains("/long/x") && l.contains("File name too long")), "{err}");
    // The article at the top is read, and the locked folder's too when it can be.
    let added = if root { 2 } else { 1 };
    assert!(err.contains(&format!("{added} documents added, 0 duplicates, {expected} skipped")), "{err}");
    if !root {
        assert!(warnings.iter().any(|l| l.contains("locked") && l.contains("Permission denied")), "{err}");
    }
}

#[test]
fn an_empty_trigger_is_refused() {
    let dir = sandbox();
    std::fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    for trigger in ["''", "' '", "'(?:)'", "'x?'"] {
        let file = dir.path().join("empty.toml");
        std::fs::write(
            &file,
            format!("[[pattern]]\nrelation = \"trade\"\nframe = \"agent_first\"\ntrigger = {trigger}\n"),
        )
        .unwrap();
        let err = stderr_of(
            relgraph()
                .arg("build")
                .arg(dir.path().join("good.txt"))
                .arg("--lexicon")
                .arg(&file)
                .arg("--no-svg")
                .arg("--out")
                .arg(dir.path())
                .assert()
                .code(2),
        );
        assert!(err.contains("empty.toml:1: trigger matches empty text"), "{trigger}: {err}");
    }
}

#[test]
fn extract_from_standard_input_applies_the_rules_of_build() {
    let ok = "{\"id\":\"a\",\"text\":\"Russia supplied drones to Belarus on Monday.\"}\n";
    let big = format!("{{\"id\":\"big\",\"text\":\"{}\"}}\n", "a".repeat(64 * 1024 * 1024 + 10));
    for (line, why) in [
        ("{\"id\":\"e\",\"text\":\"\"}\n".to_string(), "<stdin>:2: empty document"),
        ("{\"id\":\"e\",\"text\":\" \\n\\t \"}\n".to_string(), "<stdin>:2: empty document"),
        ("{\"id\":\"n\",\"text\":\"\\u0000\\u0000\"}\n".to_string(), "<stdin>:2: binary file"),
        (big, "<stdin>:2: 67108874 bytes is larger than the 67108864 bytes an article may have"),
    ] {
        let err = stderr_of(relgraph().args(["extract", "-"]).write_stdin(format!("{ok}{line}")).assert().code(2));
        assert!(err.contains(why), "{why}: {err}");
    }
}

#[test]
fn duplicate_node_ids_in_a_graph_file_are_named() {
    let dir = sandbox();
    let docs = dir.path().join("docs");
    articles(&docs, "a", 1);
    relgraph().arg("build").arg(&docs).arg("--no-svg").arg("--out").arg(dir.path()).assert().success();
    let g = dir.path().join("graph.json");
    let mut v = graph(dir.path());
    let first = v["nodes"][0].clone();
    v["nodes"].as_array_mut().unwrap().push(first.clone());
    std::fs::write(&g, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    let err = stderr_of(relgraph().args(["neighbors", "Russia", "--graph"]).arg(&g).assert().code(2));
    assert!(err.contains(&format!("node id `{}` appears twice", first["id"].as_str().unwrap())), "{err}");
}

#[test]
fn a_bad_regex_error_does_not_echo_a_huge_pattern() {
    let dir = sandbox();
    std::fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    let file = dir.path().join("long.toml");
    std::fs::write(
        &file,
        format!("[[pattern]]\nrelation = \"trade\"\nframe = \"agent_first\"\ntrigger = \"({}\"\n", "a".repeat(40_000)),
    )
    .unwrap();
    let err = stderr_of(
        relgraph()
            .arg("build")
            .arg(dir.path().join("good.txt"))
            .arg("--lexicon")
            .arg(&file)
            .arg("--no-svg")
            .arg("--out")
            .arg(dir.path())
            .assert()
            .code(2),
    );
    assert!(err.contains("long.toml:1: trigger is not a valid regex") && err.contains("unclosed group"), "{err}");
    assert!(err.len() < 1_000, "{} bytes of error", err.len());
}
