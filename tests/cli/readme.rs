//! The README's commands, read from the README itself so that they cannot
//! drift from the tool: every line of a code block marked `<!-- examples:
//! ... -->` is run, and every option of a block marked `<!-- synopsis: ...
//! -->` must be one its command accepts.

use super::{relgraph, repo, sandbox};
use std::process::Command as Process;

/// The lines of the code blocks that follow a line starting with `marker`
/// (an HTML comment, invisible on the rendered page), without blank lines
/// and `#` comments.
fn marked_blocks(readme: &str, marker: &str) -> Vec<Vec<String>> {
    let mut blocks = Vec::new();
    let mut lines = readme.lines();
    while let Some(line) = lines.next() {
        if !line.starts_with(marker) {
            continue;
        }
        let fence = lines.find(|l| !l.trim().is_empty()).expect("a code block after the marker");
        assert!(fence.starts_with("```"), "`{marker}` is not followed by a code block but by `{fence}`");
        let block: Vec<String> = lines
            .by_ref()
            .take_while(|l| !l.starts_with("```"))
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        blocks.push(block);
    }
    blocks
}

fn readme() -> String {
    std::fs::read_to_string(repo().join("README.md")).unwrap()
}

#[test]
fn the_readme_examples_run_on_the_seeds() {
    let blocks = marked_blocks(&readme(), "<!-- examples:");
    let commands: Vec<String> = blocks.concat();
    assert!(commands.len() >= 10, "the README's examples were not found: {blocks:?}");
    let dir = sandbox();
    let seeds = dir.path().join("seeds");
    std::fs::create_dir(&seeds).unwrap();
    for f in std::fs::read_dir(repo().join("seeds")).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, seeds.join(f.file_name().unwrap())).unwrap();
    }
    let bin = assert_cmd::cargo::cargo_bin("relgraph");
    let path = format!("{}:{}", bin.parent().unwrap().display(), std::env::var("PATH").unwrap_or_default());
    for command in &commands {
        let out =
            Process::new("sh").arg("-c").arg(command).current_dir(dir.path()).env("PATH", &path).output().unwrap();
        let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(out.status.success(), "README example `{command}` failed ({}):\n{stderr}", out.status);
        // What a line sends to a file (`... > records.jsonl`) is what it prints.
        let written = command
            .rsplit_once(" > ")
            .map(|(_, file)| std::fs::metadata(dir.path().join(file.trim())).map(|m| m.len()).unwrap_or(0) > 0)
            .unwrap_or(false);
        assert!(
            written || !stdout.trim().is_empty() || !stderr.trim().is_empty(),
            "README example `{command}` printed nothing"
        );
    }
}

#[test]
fn the_readme_synopsis_names_only_options_the_commands_take() {
    let blocks = marked_blocks(&readme(), "<!-- synopsis:");
    let lines: Vec<String> = blocks.concat();
    assert!(lines.len() >= 10, "the README's synopsis was not found: {blocks:?}");
    let mut checked = 0;
    for line in &lines {
        let line = line.split(" # ").next().unwrap();
        let mut words = line.split_whitespace();
        assert_eq!(words.next(), Some("relgraph"), "a synopsis line that is not a relgraph command: {line}");
        let command = words.next().unwrap();
        let help = super::stdout_of(relgraph().args([command, "--help"]));
        for option in line.split(|c: char| c.is_whitespace() || matches!(c, '[' | ']' | '|')) {
            let option = option.split('=').next().unwrap();
            if option.starts_with('-') && option.len() > 1 && option != "-" {
                assert!(
                    help.contains(&format!("{option} ")) || help.contains(&format!("{option}\n")) || help.contains(&format!("{option},")),
                    "the README gives `relgraph {command}` the option {option}, which `relgraph {command} --help` does not list"
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 20, "only {checked} options checked");
}
