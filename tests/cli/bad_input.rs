//! Bad input end to end: files that are not articles, graph files that are
//! not graphs, queries that name nothing. Each must give a message that names
//! the file and what is wrong, and the documented exit status (0 success,
//! 1 no result, 2 bad input or usage), and must never cost an existing graph.

use super::{facts, graph, relgraph, sandbox};
use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

fn stderr_of(assert: assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stderr.clone()).unwrap()
}

const GOOD: &str = "Title of the story here\n\nRussia deployed troops to fight for Belarus on Monday.\n";

/// Whether this process can read a file that has no read permission (root can).
fn can_read(p: &Path) -> bool {
    std::fs::read(p).is_ok()
}

#[cfg(unix)]
fn make_unreadable(p: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(p, GOOD.replace("Belarus", "Ukraine")).unwrap();
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o000)).unwrap();
}

/// UTF-16 little-endian with a byte order mark, as Windows Notepad saves.
fn utf16(text: &str) -> Vec<u8> {
    let mut out = vec![0xff, 0xfe];
    for u in text.encode_utf16() {
        out.extend(u.to_le_bytes());
    }
    out
}

/// One of each kind of unusable file: (file name, what the warning says).
/// The unreadable file is left out when this process can read it anyway.
fn write_bad_files(docs: &Path, huge: bool) -> Vec<(&'static str, &'static str)> {
    let mut bad = vec![
        ("binary.txt", "binary file"),
        ("latin1.txt", "not UTF-8 text (invalid byte at offset 3)"),
        ("utf16.txt", "UTF-16 text, not UTF-8"),
        ("empty.txt", "empty document"),
        ("blank.txt", "empty document"),
    ];
    std::fs::write(docs.join("binary.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01").unwrap();
    std::fs::write(docs.join("latin1.txt"), b"Caf\xe9 Russia \xe0 Minsk\n").unwrap();
    std::fs::write(docs.join("utf16.txt"), utf16(GOOD)).unwrap();
    std::fs::write(docs.join("empty.txt"), "").unwrap();
    std::fs::write(docs.join("blank.txt"), "\u{feff} \n\t\r\n").unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("loop.txt", docs.join("loop.txt")).unwrap();
        bad.push(("loop.txt", "cannot read: Too many levels of symbolic links"));
        std::os::unix::fs::symlink("nowhere.txt", docs.join("dangling.txt")).unwrap();
        bad.push(("dangling.txt", "cannot read: No such file or directory"));
        make_unreadable(&docs.join("unreadable.txt"));
        if !can_read(&docs.join("unreadable.txt")) {
            bad.push(("unreadable.txt", "cannot read: Permission denied"));
        }
    }
    if huge {
        // 100 MB on one line, over the 64 MiB limit: refused before it is read.
        let line = "Russia supplied weapons to Myanmar and the junta bought more of them, officials said; ";
        let mut f = std::io::BufWriter::new(std::fs::File::create(docs.join("huge.txt")).unwrap());
        for _ in 0..(100 << 20) / line.len() + 1 {
            std::io::Write::write_all(&mut f, line.as_bytes()).unwrap();
        }
        std::io::Write::flush(&mut f).unwrap();
        bad.push(("huge.txt", "bytes is larger than the 67108864 bytes an article may have"));
    }
    bad
}

#[test]
fn a_directory_of_unusable_files_is_built_with_a_warning_for_each() {
    let dir = sandbox();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::write(docs.join("good.txt"), GOOD).unwrap();
    let bad = write_bad_files(&docs, true);
    let readable_unreadable = cfg!(unix) && can_read(&docs.join("unreadable.txt"));
    let err =
        stderr_of(relgraph().arg("build").arg(&docs).arg("--no-svg").arg("--out").arg(dir.path()).assert().success());
    for (name, why) in &bad {
        let line = err
            .lines()
            .find(|l| l.contains(&format!("docs/{name}:")))
            .unwrap_or_else(|| panic!("no warning for {name}: {err}"));
        assert!(line.starts_with("relgraph: warning: ") && line.contains(why) && line.ends_with("; skipped"), "{line}");
    }
    let added = 1 + usize::from(readable_unreadable);
    assert!(err.contains(&format!("{added} documents added, 0 duplicates, {} skipped", bad.len())), "{err}");
    let g = graph(dir.path());
    assert_eq!(g["graph"]["documents"].as_array().unwrap().len(), added);
}

#[test]
fn strict_makes_each_unusable_file_an_error_and_writes_nothing() {
    let dir = sandbox();
    let all = dir.path().join("all");
    std::fs::create_dir(&all).unwrap();
    for (name, why) in write_bad_files(&all, false) {
        let docs = dir.path().join(name.trim_end_matches(".txt"));
        std::fs::create_dir(&docs).unwrap();
        std::fs::write(docs.join("good.txt"), GOOD).unwrap();
        std::fs::rename(all.join(name), docs.join(name)).unwrap();
        let out = docs.join("out");
        let err = stderr_of(
            relgraph().arg("build").arg(&docs).arg("--strict").arg("--no-svg").arg("--out").arg(&out).assert().code(2),
        );
        assert!(
            err.starts_with("relgraph: error: cannot build the graph: ")
                && err.contains(&format!("{name}: "))
                && err.contains(why),
            "{name}: {err}"
        );
        assert!(!out.join("graph.json").exists(), "{name}: a failed build wrote a graph");
        // Named explicitly, the file is an error without --strict.
        if matches!(name, "binary.txt" | "utf16.txt" | "loop.txt") {
            let err = stderr_of(
                relgraph().arg("build").arg(docs.join(name)).arg("--no-svg").arg("--out").arg(&out).assert().code(2),
            );
            assert!(err.contains(&format!("{name}: ")) && err.contains(why), "{name}: {err}");
        }
    }
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_named_explicitly_is_an_error() {
    let dir = sandbox();
    let f = dir.path().join("secret.txt");
    make_unreadable(&f);
    if can_read(&f) {
        eprintln!("running as root: an unreadable file is readable, skipping");
        return;
    }
    let err = stderr_of(relgraph().arg("build").arg(&f).arg("--out").arg(dir.path()).assert().code(2));
    assert!(err.contains("secret.txt: cannot read: Permission denied"), "{err}");
}

#[test]
fn a_missing_input_and_empty_stdin_are_errors() {
    let dir = sandbox();
    let err = stderr_of(
        relgraph().arg("build").arg(dir.path().join("nope.txt")).arg("--out").arg(dir.path()).assert().code(2),
    );
    assert!(err.contains("nope.txt: cannot read: No such file or directory"), "{err}");
    let err = stderr_of(relgraph().args(["build", "-", "--out"]).arg(dir.path()).write_stdin("").assert().code(2));
    assert!(err.contains("<stdin>: empty document"), "{err}");
    let err =
        stderr_of(relgraph().args(["build", "-", "--out"]).arg(dir.path()).write_stdin(utf16(GOOD)).assert().code(2));
    assert!(err.contains("<stdin>: UTF-16 text"), "{err}");
    assert!(!dir.path().join("graph.json").exists());
}

#[test]
fn a_broken_lexicon_names_its_file_and_line() {
    let dir = sandbox();
    std::fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    for (text, expected) in [
        ("[[actor]]\nid = \"Bad Id\"\nlabel = \"x\"\nkind = \"state\"\n", "broken.toml:1: actor id `Bad Id`"),
        ("[[actor]\nid=", "broken.toml: "),
        ("\n[cues]\nnegation = [\"(unclosed\"]\n", "broken.toml:2: negation cues"),
        (
            "[[pattern]]\nrelation = \"trade\"\nframe = \"agent_first\"\ntrigger = \"(\"\n",
            "broken.toml:1: trigger is not a valid regex",
        ),
    ] {
        let lex = dir.path().join("broken.toml");
        std::fs::write(&lex, text).unwrap();
        let err = stderr_of(
            relgraph()
                .arg("build")
                .arg(dir.path().join("good.txt"))
                .arg("--lexicon")
                .arg(&lex)
                .arg("--out")
                .arg(dir.path())
                .assert()
                .code(2),
        );
        assert!(err.contains(expected), "{text:?}: {err}");
    }
    let err = stderr_of(
        relgraph()
            .arg("build")
            .arg(dir.path().join("good.txt"))
            .arg("--lexicon")
            .arg(dir.path().join("none.toml"))
            .assert()
            .code(2),
    );
    assert!(err.contains("none.toml: cannot read lexicon"), "{err}");
}

/// A small valid graph: Russia -arms-> Myanmar, Russia -conflict- Ukraine, and Belarus alone.
const SMALL_GRAPH: &str = r#"{"directed": true, "multigraph": true,
 "graph": {"generator": "relgraph 0.1.0", "format_version": 1, "documents": [{"id": "a.txt", "title": null, "date": "2021-06-23", "sha256": "ab"}]},
 "nodes": [{"id": "belarus", "label": "Belarus", "kind": "state", "mentions": 1},
           {"id": "myanmar", "label": "Myanmar", "kind": "state", "mentions": 1},
           {"id": "russia", "label": "Russia", "kind": "state", "mentions": 2},
           {"id": "ukraine", "label": "Ukraine", "kind": "state", "mentions": 1}],
 "edges": [{"source": "russia", "target": "myanmar", "key": "arms_supply", "relation": "arms_supply", "directed": true, "weight": 1,
            "documents": ["a.txt"], "first_date": "2021-06-23", "last_date": "2021-06-23",
            "evidence": [{"doc": "a.txt", "start": 0, "end": 30, "sentence": "Russia supplied arms to Myanmar.", "date": "2021-06-23", "trigger": "supplied arms"}]},
           {"source": "russia", "target": "ukraine", "key": "armed_conflict", "relation": "armed_conflict", "directed": false, "weight": 1,
            "documents": ["a.txt"], "first_date": "2021-06-23", "last_date": "2021-06-23",
            "evidence": [{"doc": "a.txt", "start": 31, "end": 60, "sentence": "Russia fought Ukraine.", "date": "2021-06-23", "trigger": "fought"}]}]}
"#;

/// Graph files that are not graphs: (name, contents, what the error says).
fn broken_graphs() -> Vec<(&'static str, String, &'static str)> {
    let half = &SMALL_GRAPH[..SMALL_GRAPH.len() / 2];
    vec![
        ("truncated.json", half.to_string(), "not a relgraph graph.json: EOF while parsing"),
        ("empty.json", String::new(), "not a relgraph graph.json: EOF while parsing"),
        ("text.json", "Russia supplied arms to Myanmar.\n".into(), "not a relgraph graph.json: expected value"),
        ("array.json", "[1, 2, 3]\n".into(), "not a relgraph graph.json: invalid type"),
        (
            "version.json",
            SMALL_GRAPH.replace("\"format_version\": 1", "\"format_version\": 2"),
            "format version 2 is not the version this relgraph reads (1)",
        ),
        (
            "types.json",
            SMALL_GRAPH.replace("\"mentions\": 2", "\"mentions\": \"two\""),
            "not a relgraph graph.json: invalid type: string \"two\", expected u64",
        ),
        (
            "kind.json",
            SMALL_GRAPH.replace("\"kind\": \"state\", \"mentions\": 2", "\"kind\": \"planet\", \"mentions\": 2"),
            "unknown variant `planet`",
        ),
        (
            "dangling.json",
            SMALL_GRAPH.replace("\"target\": \"ukraine\"", "\"target\": \"atlantis\""),
            "names a node `atlantis` that is not in nodes",
        ),
        ("latin1.json", "{\"directed\": \u{e9}}".into(), "not a relgraph graph.json"),
    ]
}

#[test]
fn broken_graph_files_are_refused_by_every_command_and_build_into_keeps_them() {
    let dir = sandbox();
    std::fs::write(dir.path().join("good.txt"), GOOD).unwrap();
    let good = dir.path().join("small.json");
    std::fs::write(&good, SMALL_GRAPH).unwrap();
    relgraph().args(["path", "Myanmar", "Ukraine", "--graph"]).arg(&good).assert().success();
    for (name, text, why) in broken_graphs() {
        let g = dir.path().join(name);
        if name == "latin1.json" {
            std::fs::write(&g, b"{\"directed\": \xe9}").unwrap();
        } else {
            std::fs::write(&g, &text).unwrap();
        }
        let before = std::fs::read(&g).unwrap();
        let why = if name == "latin1.json" { "cannot read graph: stream did not contain valid UTF-8" } else { why };
        let out = dir.path().join(format!("out-{name}"));
        let mut runs: Vec<(&str, Command)> = vec![
            ("path", {
                let mut c = relgraph();
                c.args(["path", "Russia", "Myanmar", "--graph"]).arg(&g);
                c
            }),
            ("build --into", {
                let mut c = relgraph();
                c.arg("build")
                    .arg(dir.path().join("good.txt"))
                    .arg("--no-svg")
                    .arg("--out")
                    .arg(&out)
                    .arg("--into")
                    .arg(&g);
                c
            }),
        ];
        // Every command reads graphs the same way: two kinds of breakage are enough for the others.
        let others: Vec<(&str, Command)> = vec![
            ("neighbors", {
                let mut c = relgraph();
                c.args(["neighbors", "Russia", "--graph"]).arg(&g);
                c
            }),
            ("render", {
                let mut c = relgraph();
                c.args(["render", "--format", "dot", "-o"]).arg(out.with_extension("dot")).arg("--graph").arg(&g);
                c
            }),
            ("export", {
                let mut c = relgraph();
                c.args(["export", "--format", "graphml", "-o"])
                    .arg(out.with_extension("graphml"))
                    .arg("--graph")
                    .arg(&g);
                c
            }),
            ("merge --into", {
                let mut c = relgraph();
                c.args(["merge", "-", "-o"]).arg(out.join("merged.json")).arg("--into").arg(&g).write_stdin("");
                c
            }),
        ];
        if matches!(name, "truncated.json" | "version.json") {
            runs.extend(others);
        }
        for (cmd, mut c) in runs {
            let err = stderr_of(c.assert().code(2));
            assert!(
                err.starts_with("relgraph: error: ")
                    && err.contains(&format!("{}: ", g.display()))
                    && err.contains(why),
                "{cmd} {name}: {err}"
            );
            assert_eq!(std::fs::read(&g).unwrap(), before, "{cmd} changed {name}");
        }
        assert!(
            !out.exists() && !out.with_extension("dot").exists() && !out.with_extension("graphml").exists(),
            "{name}: output written from a broken graph"
        );
    }
    // A graph file that does not exist: queries need one.
    let missing = dir.path().join("missing.json");
    let err = stderr_of(relgraph().args(["path", "Russia", "Myanmar", "--graph"]).arg(&missing).assert().code(2));
    assert!(err.contains("missing.json: cannot read graph: No such file or directory"), "{err}");
    // A directory is not a graph file, for a query or for --into.
    let err = stderr_of(relgraph().args(["neighbors", "Russia", "--graph"]).arg(dir.path()).assert().code(2));
    assert!(err.contains("cannot read graph"), "{err}");
    let err = stderr_of(
        relgraph()
            .arg("build")
            .arg(dir.path().join("good.txt"))
            .arg("--no-svg")
            .arg("--out")
            .arg(dir.path().join("o"))
            .arg("--into")
            .arg(dir.path())
            .assert()
            .code(2),
    );
    assert!(err.contains("cannot read graph"), "{err}");
}

#[test]
fn json_lines_that_are_too_long_or_not_utf8_are_named_errors() {
    let good = "{\"id\":\"a\",\"text\":\"Russia supplied drones to Belarus on Monday.\"}\n";
    let mut huge = String::from("{\"id\":\"big\",\"text\":\"");
    huge.push_str(&"a".repeat(65 * 1024 * 1024));
    huge.push_str("\"}\n");
    let huge = huge.into_bytes();
    for (input, message) in [
        ([good.as_bytes(), b"\xff\xfe\n"].concat(), "<stdin>:2: not UTF-8 text (invalid byte at offset 0)"),
        (huge.clone(), "<stdin>:1: line longer than"),
    ] {
        let err = stderr_of(relgraph().arg("extract").arg("-").write_stdin(input).assert().code(2));
        assert!(err.contains(message), "{err}");
    }
    // merge reads records the same way.
    let out = sandbox();
    for (input, message) in
        [(b"\xff\xfe\n".to_vec(), "<stdin>:1: not UTF-8 text"), (huge, "<stdin>:1: line longer than")]
    {
        let err = stderr_of(
            relgraph()
                .arg("merge")
                .arg("-")
                .arg("-o")
                .arg(out.path().join("g.json"))
                .write_stdin(input)
                .assert()
                .code(2),
        );
        assert!(err.contains(message), "{err}");
        assert!(!out.path().join("g.json").exists());
    }
}

/// A sandbox holding `g.json` (SMALL_GRAPH) and an empty `docs` directory.
fn small_graph_and_docs() -> (TempDir, PathBuf, PathBuf) {
    let dir = sandbox();
    let g = dir.path().join("g.json");
    std::fs::write(&g, SMALL_GRAPH).unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    (dir, g, docs)
}

#[test]
fn build_into_a_good_graph_adds_to_it_and_a_failed_build_leaves_it_byte_identical() {
    let (dir, g, docs) = small_graph_and_docs();
    std::fs::write(docs.join("good.txt"), GOOD).unwrap();
    std::fs::write(docs.join("latin1.txt"), b"Caf\xe9\n").unwrap();
    // --strict fails on the Latin-1 file: the graph is untouched.
    relgraph()
        .arg("build")
        .arg(&docs)
        .arg("--strict")
        .arg("--no-svg")
        .arg("--out")
        .arg(dir.path())
        .arg("--into")
        .arg(&g)
        .assert()
        .code(2);
    assert_eq!(std::fs::read_to_string(&g).unwrap(), SMALL_GRAPH);
    // A broken lexicon fails before anything is read or written.
    let lex = dir.path().join("bad.toml");
    std::fs::write(&lex, "[[actor]]\n").unwrap();
    relgraph()
        .arg("build")
        .arg(&docs)
        .arg("--lexicon")
        .arg(&lex)
        .arg("--no-svg")
        .arg("--out")
        .arg(dir.path())
        .arg("--into")
        .arg(&g)
        .assert()
        .code(2);
    assert_eq!(std::fs::read_to_string(&g).unwrap(), SMALL_GRAPH);
    // Without --strict the good article is added and the old graph kept.
    let err = stderr_of(
        relgraph()
            .arg("build")
            .arg(&docs)
            .arg("--no-svg")
            .arg("--out")
            .arg(dir.path())
            .arg("--into")
            .arg(&g)
            .assert()
            .success(),
    );
    assert!(err.contains("1 documents added, 0 duplicates, 1 skipped"), "{err}");
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&g).unwrap()).unwrap();
    assert_eq!(v["graph"]["documents"].as_array().unwrap().len(), 2);
    assert!(facts(&v).contains(&("russia".into(), "arms_supply".into(), "myanmar".into())));
}

#[test]
fn a_build_into_killed_midway_leaves_a_whole_graph() {
    let (dir, g, docs) = small_graph_and_docs();
    for i in 0..400 {
        let text = format!(
            "Story number {i} of the day\n\nRussia supplied {i} drones to Belarus on Monday, and Iran attacked Iraq.\n"
        );
        std::fs::write(docs.join(format!("d{i:03}.txt")), text).unwrap();
    }
    // Killed at some point of the run: whenever that is, g.json is the old graph or the new one.
    for wait_ms in [5, 60, 250] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("relgraph"))
            .arg("build")
            .arg(&docs)
            .arg("--no-svg")
            .arg("--out")
            .arg(dir.path())
            .arg("--into")
            .arg(&g)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(wait_ms));
        let _ = child.kill();
        child.wait().unwrap();
        let text = std::fs::read_to_string(&g).unwrap();
        let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("after {wait_ms} ms: {e}"));
        assert!(
            facts(&v).contains(&("russia".into(), "arms_supply".into(), "myanmar".into())),
            "after {wait_ms} ms the old edge is gone"
        );
    }
}

#[test]
fn a_drawing_or_export_onto_the_graph_file_itself_is_refused() {
    let dir = sandbox();
    let g = dir.path().join("g.json");
    std::fs::write(&g, SMALL_GRAPH).unwrap();
    for args in [&["export", "--format", "graphml", "-o"][..], &["render", "--format", "dot", "--output"][..]] {
        let err = stderr_of(relgraph().args(args).arg(&g).arg("--graph").arg(&g).assert().code(2));
        assert!(err.contains("is the graph being read"), "{args:?}: {err}");
        assert_eq!(std::fs::read_to_string(&g).unwrap(), SMALL_GRAPH, "{args:?}");
    }
}

#[test]
fn queries_that_name_nothing_are_usage_errors() {
    let dir = sandbox();
    let g = dir.path().join("g.json");
    std::fs::write(&g, SMALL_GRAPH).unwrap();
    let code_and_err = |args: &[&str], code: i32| -> String {
        let mut c = relgraph();
        c.args(args).arg("--graph").arg(&g);
        stderr_of(c.assert().code(code))
    };
    // Unknown names: with suggestions when something is close, and in every command that takes one.
    let err = code_and_err(&["path", "Rusia", "Myanmar"], 2);
    assert!(err.contains("unknown actor `Rusia`; did you mean: Russia?"), "{err}");
    let err = code_and_err(&["neighbors", "Zzyzx Qqq"], 2);
    assert!(err.contains("unknown actor `Zzyzx Qqq`") && !err.contains("did you mean"), "{err}");
    let out = dir.path().join("x.dot");
    let err = code_and_err(&["render", "--format", "dot", "--actor", "Atlantis", "-o", out.to_str().unwrap()], 2);
    assert!(err.contains("unknown actor `Atlantis`"), "{err}");
    assert!(!out.exists());
    // A lexicon actor that is not in this graph.
    let err = code_and_err(&["path", "Russia", "France"], 2);
    assert!(err.contains("`France` is France (france), which has no relation in this graph"), "{err}");
    // Empty names.
    for args in [
        &["path", "Russia", "   "][..],
        &["neighbors", ""],
        &["render", "--format", "dot", "--actor", " ", "-o", out.to_str().unwrap()],
    ] {
        let err = code_and_err(args, 2);
        assert!(err.contains("empty actor name"), "{args:?}: {err}");
    }
    // --depth 0.
    for args in [
        &["neighbors", "Russia", "--depth", "0"][..],
        &["render", "--format", "dot", "--actor", "Russia", "--depth", "0", "-o", out.to_str().unwrap()],
    ] {
        let err = code_and_err(args, 2);
        assert!(err.contains("--depth must be at least 1"), "{args:?}: {err}");
    }
    assert!(!out.exists());
    // --k 0, dates that do not parse or are no day, and a window that ends before it starts.
    let err = code_and_err(&["path", "Russia", "Myanmar", "--k", "0"], 2);
    assert!(err.contains("must be at least 1"), "{err}");
    for bad in ["yesterday", "2024-13-01", "2023-02-30", "24-01-01"] {
        let err = code_and_err(&["path", "Russia", "Myanmar", "--since", bad], 2);
        assert!(err.contains(bad) && err.contains("--since"), "{bad}: {err}");
    }
    let err = code_and_err(&["neighbors", "Russia", "--since", "2024-05-01", "--until", "2024-01-01"], 2);
    assert!(err.contains("--since 2024-05-01 is after --until 2024-01-01"), "{err}");
    // Bad values clap refuses: exit 2 too.
    let err = code_and_err(&["neighbors", "Russia", "--depth", "-1"], 2);
    assert!(err.contains("'-1'"), "{err}");
    let err = code_and_err(&["neighbors", "Russia", "--depth", "many"], 2);
    assert!(err.contains("invalid value 'many' for '--depth <DEPTH>'"), "{err}");
    let err = code_and_err(&["neighbors", "Russia", "--types", "hugs"], 2);
    assert!(err.contains("hugs"), "{err}");
    // No result: exit 1 with a message, nothing on standard output.
    let a = relgraph().args(["path", "Myanmar", "Belarus", "--graph"]).arg(&g).assert().code(1);
    assert!(a.get_output().stdout.is_empty());
    assert!(String::from_utf8_lossy(&a.get_output().stderr).contains("no path from Myanmar to Belarus"));
    code_and_err(&["neighbors", "Belarus"], 1);
    code_and_err(&["neighbors", "Russia", "--types", "sanctions"], 1);
    // And the same graph answers good questions.
    code_and_err(&["neighbors", "Moscow", "--depth", "2"], 0);
}

#[test]
fn a_path_from_an_actor_to_itself_is_zero_hops_and_draws() {
    let dir = sandbox();
    let g = dir.path().join("g.json");
    std::fs::write(&g, SMALL_GRAPH).unwrap();
    let svg = dir.path().join("p.svg");
    let a = relgraph().args(["path", "Russia", "Moscow", "--svg"]).arg(&svg).arg("--graph").arg(&g).assert().success();
    assert!(String::from_utf8_lossy(&a.get_output().stdout).starts_with("Russia -> Russia: 0 hops"));
    assert!(std::fs::read_to_string(&svg).unwrap().contains("Russia"));
}

/// Output piped into a reader that stops early (`| head`) ends relgraph quietly.
#[cfg(unix)]
#[test]
fn a_closed_output_pipe_is_not_a_panic() {
    let dir = sandbox();
    let g = dir.path().join("g.json");
    let n = 4_000;
    let nodes: Vec<Value> = std::iter::once(serde_json::json!({"id": "russia", "label": "Russia", "kind": "state"}))
        .chain((0..n).map(|i| serde_json::json!({"id": format!("discovered-g{i}"), "label": format!("Group number {i}"), "kind": "discovered"})))
        .collect();
    let edges: Vec<Value> = (0..n)
        .map(|i| serde_json::json!({"source": "russia", "target": format!("discovered-g{i}"), "key": "sanctions", "relation": "sanctions",
            "directed": true, "weight": 1, "documents": ["a.txt"], "first_date": null, "last_date": null,
            "evidence": [{"doc": "a.txt", "start": 0, "end": 1, "sentence": "s", "date": null, "trigger": "t"}]}))
        .collect();
    let data = serde_json::json!({"directed": true, "multigraph": true,
        "graph": {"generator": "test", "format_version": 1, "documents": []}, "nodes": nodes, "edges": edges});
    std::fs::write(&g, data.to_string()).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("relgraph");
    let mut child = std::process::Command::new(bin)
        .args(["neighbors", "Russia", "--graph"])
        .arg(&g)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(&mut out, &mut first).unwrap();
    drop(out);
    let result = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&result.stderr);
    assert!(!err.contains("panicked") && result.status.code() != Some(101), "{:?}: {err}", result.status);
}
