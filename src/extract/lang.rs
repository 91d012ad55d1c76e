//! The per-language data the relation readers use (`data/lang/en/`: frames,
//! assertion cues, grammar words, lemma exceptions, tag dictionary), and a
//! user's additions to it: folders laid out as `data/lang/en/` whose files
//! extend the built-in tables (`--lang DIR`).

use crate::extract::frames::FrameSet;
use crate::extract::grammar::Grammar;
use crate::syntax::{self, Analyzer};
use std::path::{Path, PathBuf};

/// The files a language folder may hold, read in this order.
pub const LANG_FILES: [&str; 5] = ["frames.toml", "assertion.toml", "grammar.toml", "lemmas.tsv", "tags.tsv"];

/// The most bytes a language file may have.
pub const MAX_LANG_BYTES: u64 = 64 * 1024 * 1024;

/// A language folder or file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum LangError {
    /// The folder cannot be listed (missing, not a folder, unreadable).
    #[error("{dir}: cannot read language folder: {what}")]
    Dir {
        /// The folder.
        dir: PathBuf,
        /// The OS error.
        what: String,
    },
    /// The folder holds none of [`LANG_FILES`].
    #[error("{dir}: holds none of the language files ({})", LANG_FILES.join(", "))]
    Empty {
        /// The folder.
        dir: PathBuf,
    },
    /// A file of the folder is not one of [`LANG_FILES`].
    #[error("{file}: not a language file (a language folder holds {})", LANG_FILES.join(", "))]
    Unknown {
        /// The file.
        file: PathBuf,
    },
    /// A file cannot be read, is larger than [`MAX_LANG_BYTES`] or is not UTF-8.
    #[error("{file}: cannot read: {what}")]
    Io {
        /// The file.
        file: PathBuf,
        /// What went wrong.
        what: String,
    },
    /// A file's content is wrong: what and where (line, key), after the file's name.
    #[error("{0}")]
    Invalid(String),
    /// The built-in syntax model, which user lemmas or tags extend, cannot be loaded.
    #[error("cannot extend the built-in syntax model: {0}")]
    Model(String),
}

/// The language data of the relation readers.
#[derive(Debug)]
pub struct Language {
    /// Frames and assertion cues.
    pub(super) frames: FrameSet,
    /// Grammar words of the word-window reader.
    pub(super) grammar: Grammar,
    /// An analyser with user lemmas or tags; `None`: the built-in one the
    /// process shares ([`syntax::shared`]).
    pub(super) analyzer: Option<Analyzer>,
}

impl Language {
    /// The built-in data only.
    pub fn builtin() -> Language {
        let grammar = Grammar::builtin();
        let frames = with_designators(FrameSet::builtin().expect("built-in frame tables"), &grammar);
        Language { frames, grammar, analyzer: None }
    }

    /// The built-in data extended by the files of each folder, in order: a
    /// folder holds any of [`LANG_FILES`], in the format of the built-in file
    /// of that name. Frames, cues and grammar words are added; a lemma or tag
    /// entry for a word the built-in tables list replaces theirs.
    pub fn load(dirs: &[PathBuf]) -> Result<Language, LangError> {
        if dirs.is_empty() {
            return Ok(Language::builtin());
        }
        let mut files: Vec<(&str, String, String)> = Vec::new();
        for dir in dirs {
            let listed = list(dir)?;
            if listed.is_empty() {
                return Err(LangError::Empty { dir: dir.clone() });
            }
            for name in listed {
                let path = dir.join(name);
                files.push((name, path.display().to_string(), read(&path)?));
            }
        }
        let of = |kind: &str| -> Vec<(String, String)> {
            files.iter().filter(|f| f.0 == kind).map(|f| (f.1.clone(), f.2.clone())).collect()
        };
        let mut frames = FrameSet::builtin().expect("built-in frame tables");
        for (name, text) in of("frames.toml") {
            frames.add_frames(&name, &text).map_err(invalid)?;
        }
        for (name, text) in of("assertion.toml") {
            frames.add_cues(&name, &text).map_err(invalid)?;
        }
        let grammar = Grammar::builtin_extended(&of("grammar.toml")).map_err(invalid)?;
        let mut analyzer = None;
        let tables =
            of("lemmas.tsv").into_iter().map(|f| ("lemmas", f)).chain(of("tags.tsv").into_iter().map(|f| ("tags", f)));
        for (kind, (name, text)) in tables {
            if analyzer.is_none() {
                analyzer = Some(syntax::shared().map_err(|e| LangError::Model(e.to_string()))?.clone());
            }
            let a = analyzer.as_mut().expect("made above");
            if kind == "lemmas" {
                a.add_lemmas(&name, &text).map_err(invalid)?;
            } else {
                a.add_tags(&name, &text).map_err(invalid)?;
            }
        }
        let frames = with_designators(frames, &grammar);
        Ok(Language { frames, grammar, analyzer })
    }
}

/// The frames with the grammar's company designators ("AG", "Oy") among the
/// words that name a business, so a commodity word in a firm's name moves nothing.
fn with_designators(mut frames: FrameSet, grammar: &Grammar) -> FrameSet {
    frames.add_class_words("business", &grammar.company_designators);
    frames
}

/// A loader's error as one line (TOML's messages draw the line in several).
fn invalid(e: impl std::fmt::Display) -> LangError {
    let text = e.to_string();
    LangError::Invalid(text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" "))
}

/// The language files of a folder, in [`LANG_FILES`] order. A `.toml`,
/// `.tsv` or `.txt` file of another name is an error (a misspelt name
/// would otherwise be left out unnoticed); other files are ignored.
fn list(dir: &Path) -> Result<Vec<&'static str>, LangError> {
    let dir_error = |e: std::io::Error| LangError::Dir { dir: dir.to_path_buf(), what: e.to_string() };
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(dir_error)? {
        let name = entry.map_err(dir_error)?.file_name();
        let name = name.to_string_lossy();
        match LANG_FILES.iter().find(|f| **f == name) {
            Some(f) => found.push(*f),
            None if [".toml", ".tsv", ".txt"].iter().any(|x| name.ends_with(x)) => {
                return Err(LangError::Unknown { file: dir.join(&*name) })
            }
            None => {}
        }
    }
    found.sort_by_key(|f| LANG_FILES.iter().position(|x| x == f));
    Ok(found)
}

fn read(path: &Path) -> Result<String, LangError> {
    let io = |what: String| LangError::Io { file: path.to_path_buf(), what };
    let file = std::fs::File::open(path).map_err(|e| io(e.to_string()))?;
    let size = file.metadata().map_err(|e| io(e.to_string()))?.len();
    let bytes = crate::fsutil::read_at_most(file, MAX_LANG_BYTES, size)
        .map_err(|e| io(e.to_string()))?
        .ok_or_else(|| io(format!("larger than the {MAX_LANG_BYTES} bytes a language file may have")))?;
    String::from_utf8(bytes).map_err(|e| io(format!("not UTF-8 text ({e})")))
}

#[cfg(test)]
mod tests {
    use super::{LangError, Language};

    #[test]
    fn user_files_extend_the_builtin_tables_and_bad_ones_name_the_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("frames.toml"),
            "[[frame]]\nrelation = \"arms_supply\"\nverbs = [\"provision\"]\nsource = [\"subj\"]\ntarget = [\"obj\"]\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("grammar.toml"), "determiners = [\"yon\"]\n").unwrap();
        std::fs::write(dir.path().join("notes.md"), "ignored").unwrap();
        let lang = Language::load(&[dir.path().to_path_buf()]).unwrap();
        assert!(lang.frames.has_predicate("provision", true, crate::ontology::RelationType::ArmsSupply));
        assert!(lang.frames.has_predicate("supply", true, crate::ontology::RelationType::ArmsSupply));
        assert!(lang.grammar.determiners.iter().any(|w| w == "yon") && lang.grammar.determiners.len() > 1);
        assert!(lang.analyzer.is_none());

        std::fs::write(dir.path().join("grammar.toml"), "determiner = [\"yon\"]\n").unwrap();
        let e = Language::load(&[dir.path().to_path_buf()]).unwrap_err().to_string();
        assert!(e.contains("grammar.toml") && e.contains("`determiner`"), "{e}");
        std::fs::remove_file(dir.path().join("grammar.toml")).unwrap();
        std::fs::write(dir.path().join("frame.toml"), "").unwrap();
        let e = Language::load(&[dir.path().to_path_buf()]).unwrap_err();
        assert!(matches!(e, LangError::Unknown { .. }), "{e}");
    }

    #[test]
    fn an_exclude_list_may_name_a_class_and_an_unknown_one_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let frame = |exclude: &str| {
            format!(
                "[[frame]]\nrelation = \"energy_supply\"\nverbs = [\"pipe\"]\nsource = [\"subj\"]\n\
                 target = [\"to\"]\nexclude = [\"{exclude}\"]\n"
            )
        };
        std::fs::write(dir.path().join("frames.toml"), frame("@edible_oils")).unwrap();
        assert!(Language::load(&[dir.path().to_path_buf()]).is_ok());
        std::fs::write(dir.path().join("frames.toml"), frame("@edible_fats")).unwrap();
        let e = Language::load(&[dir.path().to_path_buf()]).unwrap_err().to_string();
        assert!(e.contains("frames.toml") && e.contains("edible_fats"), "{e}");
    }
}
