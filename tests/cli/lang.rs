//! How relations are read, chosen on the command line: `--engine` (which
//! reader runs) and `--lang DIR` (the user's frames, cues, grammar words,
//! lemmas and tags over the built-in ones).

use super::{build_seeds, graph, relgraph, repo, sandbox, snapshot};
use std::path::Path;

/// The relations `relgraph extract` finds in one article given as text on
/// standard input, with these extra arguments: (source, relation, target).
fn extract(text: &str, args: &[&str]) -> Vec<(String, String, String)> {
    let line = serde_json::json!({"id": "a", "text": text}).to_string();
    let out =
        relgraph().args(["extract", "-"]).args(args).env_remove("RELGRAPH_ENGINE").write_stdin(line).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    let mut found: Vec<(String, String, String)> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|r| r["type"] == "relation")
        .map(|r| {
            let field = |k: &str| r[k].as_str().unwrap().to_string();
            (field("source"), field("relation"), field("target"))
        })
        .collect();
    found.sort();
    found
}

fn fact(s: &str, r: &str, t: &str) -> (String, String, String) {
    (s.to_string(), r.to_string(), t.to_string())
}

/// A language folder `name` in `dir` holding these files.
fn lang_dir(dir: &Path, name: &str, files: &[(&str, &str)]) -> String {
    let lang = dir.join(name);
    std::fs::create_dir_all(&lang).unwrap();
    for (file, text) in files {
        std::fs::write(lang.join(file), text).unwrap();
    }
    lang.display().to_string()
}

#[test]
fn engine_chooses_the_reader_and_rejects_an_unknown_one() {
    // The parse reads the training agreement two states signed beside a defence pact as military
    // cooperation too; the word-window patterns read only the pact.
    let text = "Turkey and Qatar signed a defence pact and a military training agreement.";
    let patterns = extract(text, &["--engine", "patterns"]);
    let parse = extract(text, &["--engine", "parse"]);
    let pact = fact("qatar", "defense_treaty", "turkey");
    let cooperation = fact("qatar", "military_cooperation", "turkey");
    assert_eq!(patterns, vec![pact.clone()]);
    assert!(parse.contains(&pact) && parse.contains(&cooperation), "{parse:?}");
    // Both readers by default, their relations merged.
    assert_eq!(extract(text, &[]), parse);
    assert_eq!(extract(text, &["--engine", "both"]), parse);
    // The environment variable of older scripts still chooses, below the option.
    let line = serde_json::json!({"id": "a", "text": text}).to_string();
    let by_env = relgraph().args(["extract", "-"]).env("RELGRAPH_ENGINE", "patterns").write_stdin(line).output();
    let by_env = String::from_utf8(by_env.unwrap().stdout).unwrap();
    assert!(by_env.contains("defense_treaty") && !by_env.contains("military_cooperation"), "{by_env}");
    // A reader that does not exist is refused, naming the ones that do.
    let out = relgraph().args(["build", "-", "--engine", "regex"]).write_stdin(text).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("regex") && err.contains("patterns") && err.contains("parse"), "{err}");
}

#[test]
fn a_user_frame_reads_a_verb_the_builtin_frames_do_not_know() {
    let dir = sandbox();
    let lang = lang_dir(
        dir.path(),
        "lang",
        &[(
            "frames.toml",
            "# Arms supplied with an uncommon verb.\n[[frame]]\nrelation = \"arms_supply\"\nverbs = [\"provision\"]\n\
             theme = \"weapons\"\nsource = [\"subj\"]\ntarget = [\"obj\", \"to\"]\n",
        )],
    );
    let text = "Belarus provisioned Sudan with rifles.";
    assert_eq!(extract(text, &[]), vec![]);
    assert_eq!(extract(text, &["--lang", &lang]), vec![fact("belarus", "arms_supply", "sudan")]);
    // The built-in frames still hold beside the user's.
    let builtin = "Russia sold fighter jets to Myanmar.";
    assert_eq!(extract(builtin, &["--lang", &lang]), extract(builtin, &[]));
    // build takes the folder too.
    let out = dir.path().join("out");
    relgraph()
        .args(["build", "-", "--no-svg", "--lang", &lang, "--out"])
        .arg(&out)
        .write_stdin(format!("News\n\n{text}\n"))
        .assert()
        .success();
    let g = graph(&out);
    assert_eq!(g["edges"][0]["relation"], "arms_supply", "{g}");
}

#[test]
fn user_lemmas_and_tags_change_what_the_parse_reads() {
    let dir = sandbox();
    // An invented verb: its lemma is "supply" only by the user's table, and the tagger reads
    // its "-ly" as an adverb until the user's tag dictionary says it is a verb in the past.
    let text = "Iran gunrunly drones to Venezuela.";
    let lemmas = ("lemmas.tsv", "# form, class, lemma\ngunrunly\tverb\tsupply\n");
    let tags = ("tags.tsv", "gunrunly\tVBD\n");
    let only_lemmas = lang_dir(dir.path(), "lemmas", &[lemmas]);
    let both = lang_dir(dir.path(), "both", &[lemmas, tags]);
    assert_eq!(extract(text, &[]), vec![]);
    assert_eq!(extract(text, &["--lang", &only_lemmas]), vec![]);
    assert_eq!(extract(text, &["--lang", &both]), vec![fact("iran", "arms_supply", "venezuela")]);
}

#[test]
fn a_bad_language_file_is_an_error_naming_it_and_the_graph_is_kept() {
    let dir = sandbox();
    let out = dir.path().join("out");
    build_seeds(&out, false);
    let before = std::fs::read(out.join("graph.json")).unwrap();
    let cases: &[(&str, &str, &[&str])] = &[
        // A misspelt key: the file, the line and the key.
        (
            "frames.toml",
            "[[frame]]\nrelation = \"arms_supply\"\nverb = [\"provision\"]\nsource = [\"subj\"]\ntarget = [\"obj\"]\n",
            &["frames.toml", "line 3", "verb"],
        ),
        // A theme class no file defines.
        (
            "frames.toml",
            "[[frame]]\nrelation = \"arms_supply\"\nverbs = [\"provision\"]\ntheme = \"guns\"\nsource = [\"subj\"]\ntarget = [\"obj\"]\n",
            &["frames.toml", "guns"],
        ),
        ("grammar.toml", "determinerz = [\"yon\"]\n", &["grammar.toml", "determinerz"]),
        ("assertion.toml", "negation = \"never\"\n", &["assertion.toml", "negation"]),
        ("lemmas.tsv", "gunrunly\tsupply\n", &["lemmas.tsv", "line 1"]),
        ("tags.tsv", "gunrunly\tVERB\n", &["tags.tsv:1", "VERB"]),
        // A file of no known name.
        ("frame.toml", "", &["frame.toml", "frames.toml"]),
    ];
    for (i, (file, text, expected)) in cases.iter().enumerate() {
        let lang = lang_dir(dir.path(), &format!("lang{i}"), &[(file, text)]);
        let run = relgraph()
            .arg("build")
            .arg(repo().join("seeds"))
            .args(["--no-svg", "--lang", &lang, "--out"])
            .arg(&out)
            .output()
            .unwrap();
        assert_eq!(run.status.code(), Some(2), "{file}");
        let err = String::from_utf8_lossy(&run.stderr);
        for e in *expected {
            assert!(err.contains(e), "{file}: `{e}` not in {err}");
        }
        assert_eq!(std::fs::read(out.join("graph.json")).unwrap(), before, "{file}: the graph changed");
    }
    assert_eq!(before, std::fs::read(snapshot("graph.json")).unwrap());
}

#[test]
fn a_user_grammar_word_joins_two_actors_for_the_word_window_reader() {
    let dir = sandbox();
    let lang = lang_dir(dir.path(), "lang", &[("grammar.toml", "coordinators = [\"in tandem with\"]\n")]);
    let text = "Russia in tandem with Belarus attacked Ukraine.";
    let russia = fact("russia", "armed_conflict", "ukraine");
    let belarus = fact("belarus", "armed_conflict", "ukraine");
    assert_eq!(extract(text, &["--engine", "patterns"]), vec![russia.clone()]);
    assert_eq!(extract(text, &["--engine", "patterns", "--lang", &lang]), vec![belarus, russia]);
}
