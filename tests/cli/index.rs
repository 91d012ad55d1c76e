//! The query index (`graph.json.idx`) end to end: written next to every
//! graph.json relgraph writes, used by `path` and `neighbors`, and never the
//! source of truth: a missing, stale or damaged index gives the same answers
//! (read from graph.json), and the query writes a fresh one.

use super::{blocs, build_seeds, relgraph, repo, sandbox};
use std::path::{Path, PathBuf};

fn idx(graph: &Path) -> PathBuf {
    let mut name = graph.as_os_str().to_owned();
    name.push(".idx");
    PathBuf::from(name)
}

/// Standard output, standard error and exit code of `relgraph ARGS --graph G`,
/// and whether the query was answered from the index (`RG_DEBUG` says).
fn run(args: &[&str], graph: &Path) -> (String, String, i32, bool) {
    let out = relgraph().args(args).arg("--graph").arg(graph).env("RG_DEBUG", "1").output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let indexed = stderr.contains("relgraph: debug: read the index");
    // The debug notes aside, standard error is what a user sees.
    let stderr: String =
        stderr.lines().filter(|l| !l.starts_with("relgraph: debug: ")).map(|l| format!("{l}\n")).collect();
    (String::from_utf8(out.stdout).unwrap(), stderr, out.status.code().unwrap(), indexed)
}

/// Queries over the seeds' graph and the blocs' graph: text and JSON,
/// several paths, directed, by type, in a date window, without a path,
/// unknown names, and neighbours.
fn queries() -> Vec<Vec<&'static str>> {
    [
        &["path", "North Korea", "Myanmar junta"][..],
        &["path", "pyongyang", "Myanmar military", "--json"],
        &["path", "Russia", "Ukraine", "--k", "3"],
        &["path", "Russia", "China", "--k", "4", "--json"],
        &["path", "Ukraine", "North Korea", "--directed"],
        &["path", "Ukraine", "North Korea", "--directed", "--types", "troop_deployment"],
        &["path", "North Korea", "Germany", "--k", "3"],
        &["path", "North Korea", "Germany", "--k", "3", "--json"],
        &["path", "North Korea", "Germany", "--since", "2022-01-01", "--json"],
        &["path", "North Korea", "Germany", "--until", "2023-06-30", "--k", "2"],
        &["path", "North Korea", "Germany", "--since", "2030-01-01"],
        &["path", "Iran", "Houthis", "--k", "5"],
        &["path", "Rusia", "Ukraine"],
        &["neighbors", "Russia", "--depth", "2"],
        &["neighbors", "Iran", "--since", "2022-01-01", "--json"],
        &["neighbors", "Iran"],
    ]
    .into_iter()
    .map(|q| q.to_vec())
    .collect()
}

/// Every query's answer on `graph`, asserting whether it came from the index.
fn answers(graph: &Path, indexed: bool) -> Vec<(String, String, i32)> {
    queries()
        .into_iter()
        .map(|q| {
            let (out, err, code, from_index) = run(&q, graph);
            assert_eq!(from_index, indexed, "{q:?}: {err}");
            (out, err, code)
        })
        .collect()
}

#[test]
fn path_and_neighbors_answer_the_same_with_and_without_the_index() {
    let dir = sandbox();
    build_seeds(dir.path(), false);
    let blocs_dir = dir.path().join("blocs");
    std::fs::create_dir(&blocs_dir).unwrap();
    let graphs = [dir.path().join("graph.json"), blocs(&blocs_dir)];
    for g in &graphs {
        // `build` and `merge` write the index next to graph.json.
        assert!(idx(g).exists(), "no index next to {}", g.display());
        let with = answers(g, true);
        assert!(with.iter().any(|(out, _, code)| *code == 0 && out.contains("\"sentence\"")), "{with:?}");
        // Without it: the same answers, read from graph.json, and a fresh index.
        std::fs::remove_file(idx(g)).unwrap();
        let first = run(&queries()[0], g);
        assert!(!first.3 && idx(g).exists());
        assert_eq!(answers(g, true), with);
        // With a stale one (another graph's index): the same again.
        let other = if *g == graphs[0] { &graphs[1] } else { &graphs[0] };
        std::fs::copy(idx(other), idx(g)).unwrap();
        let again: Vec<_> = queries()
            .into_iter()
            .map(|q| {
                let (out, err, code, _) = run(&q, g);
                (out, err, code)
            })
            .collect();
        assert_eq!(again, with);
    }
}

#[test]
fn build_writes_the_index_and_the_same_graph_files_as_before() {
    let (a, b) = (sandbox(), sandbox());
    build_seeds(a.path(), false);
    assert!(idx(&a.path().join("graph.json")).exists());
    // Built again over the first build, index and all: the same bytes.
    let before: Vec<Vec<u8>> =
        ["graph.json", "graph.dot"].iter().map(|f| std::fs::read(a.path().join(f)).unwrap()).collect();
    build_seeds(a.path(), false);
    build_seeds(b.path(), false);
    for (f, bytes) in ["graph.json", "graph.dot"].iter().zip(&before) {
        assert_eq!(&std::fs::read(a.path().join(f)).unwrap(), bytes, "{f}");
        assert_eq!(&std::fs::read(b.path().join(f)).unwrap(), bytes, "{f}");
    }
    // The index and the (empty) update lock are the only other files (no temporary left behind).
    let mut names: Vec<String> =
        std::fs::read_dir(a.path()).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["graph.dot", "graph.json", "graph.json.idx", "graph.json.lock"]);
}

#[test]
fn path_svg_reads_the_whole_graph_and_draws_the_same() {
    let dir = sandbox();
    let g = blocs(dir.path());
    let (with, without) = (dir.path().join("with.svg"), dir.path().join("without.svg"));
    let (out, _, code, indexed) = run(&["path", "North Korea", "Germany", "--svg", with.to_str().unwrap()], &g);
    assert_eq!((code, indexed), (0, false));
    std::fs::remove_file(idx(&g)).unwrap();
    let (again, _, _, _) = run(&["path", "North Korea", "Germany", "--svg", without.to_str().unwrap()], &g);
    assert_eq!(out, again);
    assert_eq!(std::fs::read(&with).unwrap(), std::fs::read(&without).unwrap());
}

#[test]
fn a_corrupt_or_truncated_index_is_ignored_and_mended() {
    let dir = sandbox();
    let g = blocs(dir.path());
    let q = ["path", "North Korea", "Germany", "--k", "3"];
    let (expected, _, code, indexed) = run(&q, &g);
    assert_eq!((code, indexed), (0, true));
    let good = std::fs::read(idx(&g)).unwrap();
    let mut flipped = good.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 0xff;
    let damaged: [(&str, Vec<u8>); 5] = [
        ("truncated", good[..good.len() / 2].to_vec()),
        ("header only", good[..40].to_vec()),
        ("empty", Vec::new()),
        ("one byte changed", flipped),
        ("not an index", b"graph.json is over there\n".to_vec()),
    ];
    for (what, bytes) in damaged {
        std::fs::write(idx(&g), &bytes).unwrap();
        let (out, err, code, indexed) = run(&q, &g);
        assert_eq!((out.as_str(), err.as_str(), code, indexed), (expected.as_str(), "", 0, false), "{what}");
        // The query wrote a fresh index in its place.
        assert_eq!(std::fs::read(idx(&g)).unwrap().len(), good.len(), "{what}");
        assert!(run(&q, &g).3, "{what}");
    }
    // An index that is a directory is ignored as well.
    std::fs::remove_file(idx(&g)).unwrap();
    std::fs::create_dir(idx(&g)).unwrap();
    let (out, err, code, _) = run(&q, &g);
    assert_eq!((out.as_str(), err.as_str(), code), (expected.as_str(), "", 0));
}

#[test]
fn editing_graph_json_makes_the_index_stale_and_the_answer_follows_the_file() {
    let dir = sandbox();
    let g = blocs(dir.path());
    let q = ["path", "Iran", "France"];
    let (before, _, _, indexed) = run(&q, &g);
    assert!(indexed && before.contains("\"iran and france: trade in c1.txt.\""), "{before}");
    // Rewritten in place with another sentence (another length): the index is stale.
    let text = std::fs::read_to_string(&g).unwrap();
    let edited = text.replace("iran and france: trade in c1.txt.", "Iran and France signed a new trade deal (c1.txt).");
    assert_ne!(edited.len(), text.len());
    std::fs::write(&g, edited).unwrap();
    let (after, err, code, indexed) = run(&q, &g);
    assert_eq!((err.as_str(), code, indexed), ("", 0, false));
    assert!(after.contains("\"Iran and France signed a new trade deal (c1.txt).\""), "{after}");
    assert_eq!(
        after.replace("Iran and France signed a new trade deal (c1.txt).", "iran and france: trade in c1.txt."),
        before
    );
    // The next query uses the fresh index, with the new sentence.
    let (next, _, _, indexed) = run(&q, &g);
    assert!(indexed);
    assert_eq!(next, after);
    // A graph edited into one that is not a graph is refused as before, index or not.
    std::fs::write(&g, &text[..text.len() / 2]).unwrap();
    let (_, err, code, _) = run(&q, &g);
    assert_eq!(code, 2);
    assert!(err.contains("not a relgraph graph.json"), "{err}");
}

#[test]
fn build_into_writes_the_index_and_a_read_only_directory_only_costs_speed() {
    let dir = sandbox();
    let g = blocs(dir.path());
    std::fs::remove_file(idx(&g)).unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::copy(repo().join("seeds").read_dir().unwrap().next().unwrap().unwrap().path(), docs.join("a.txt"))
        .unwrap();
    relgraph()
        .arg("build")
        .arg(&docs)
        .arg("--no-svg")
        .arg("--out")
        .arg(dir.path().join("out"))
        .arg("--into")
        .arg(&g)
        .assert()
        .success();
    assert!(idx(&g).exists());
    let q = ["path", "North Korea", "Germany"];
    let (expected, _, _, indexed) = run(&q, &g);
    assert!(indexed);
    // In a directory where the index cannot be written, queries work as before.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let ro = dir.path().join("ro");
        std::fs::create_dir(&ro).unwrap();
        let graph = ro.join("graph.json");
        std::fs::copy(&g, &graph).unwrap();
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).unwrap();
        // (Root writes anyway; then there is nothing to check.)
        let writable = std::fs::write(ro.join("probe"), b"").is_ok();
        let (out, err, code, indexed) = run(&q, &graph);
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert_eq!((out.as_str(), err.as_str(), code, indexed), (expected.as_str(), "", 0, false));
        if !writable {
            assert!(!idx(&graph).exists());
        }
    }
}
