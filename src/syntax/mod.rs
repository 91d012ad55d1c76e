//! Sentence structure: tokens, part-of-speech tags, lemmas and a labelled
//! dependency tree for each sentence, in pure Rust.
//!
//! The pipeline is spaCy's, one layer at a time: [`tokenize`] splits words,
//! [`tagger`] tags them with Penn Treebank tags, [`lemma`] gives each its
//! dictionary form, and [`parser`] attaches every word to its head with a
//! ClearNLP-style label (`nsubj`, `nsubjpass`, `dobj`, `dative`, `prep`,
//! `pobj`, `agent`, `poss`, `compound`, `amod`, `appos`, `conj`, `cc`,
//! `relcl`, `acl`, `ccomp`, `xcomp`, `neg`, `aux`, `mark`, `det`, ...).
//!
//! The tagger and parser are averaged perceptrons trained by [`train`] on
//! silver parses (see `scripts/train-syntax.sh`); their weights ship in
//! `data/syntax/en.model.gz` and are built into the binary.

pub mod conllu;
pub mod lemma;
pub mod parser;
pub mod perceptron;
pub mod repair;
pub mod tagger;
pub mod tokenize;
pub mod train;

use crate::syntax::lemma::{LemmaTableError, Lemmatizer};
use crate::syntax::perceptron::{string_id, StoredWeights, Weights};
use crate::syntax::tagger::TagDictionary;
use crate::syntax::tokenize::{Span, Tokenizer};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::cell::RefCell;
use std::io::Read;
use std::path::Path;

/// The model built into the binary.
const DEFAULT_MODEL: &[u8] = include_bytes!("../../data/syntax/en.model.gz");
/// The lemma exceptions built into the binary: drafted from the training
/// text, then the hand-written table (which wins where both list a form).
const DEFAULT_LEMMAS: [(&str, &str); 2] = [
    ("data/lang/en/lemmas-drafted.tsv", include_str!("../../data/lang/en/lemmas-drafted.tsv")),
    ("data/lang/en/lemmas.tsv", include_str!("../../data/lang/en/lemmas.tsv")),
];
/// The tag dictionary built into the binary: drafted from the training text
/// (the tags each frequent word took), the one-word names of states, capitals
/// and armed groups drafted from the actor lexicon (proper nouns), then the
/// hand-written table of words whose possible tags the model gets wrong from
/// their spelling (which wins).
const DEFAULT_TAGS: [(&str, &str); 3] = [
    ("data/lang/en/tags-drafted.tsv", include_str!("../../data/lang/en/tags-drafted.tsv")),
    ("data/lang/en/tags-names.tsv", include_str!("../../data/lang/en/tags-names.tsv")),
    ("data/lang/en/tags.tsv", include_str!("../../data/lang/en/tags.tsv")),
];
/// The abbreviations built into the binary.
const DEFAULT_ABBREVIATIONS: &str = include_str!("../../data/lang/en/abbreviations.txt");
/// The discourse phrases set off by commas that are parsed apart ("by contrast").
const DEFAULT_ASIDES: &str = include_str!("../../data/lang/en/asides.txt");
/// The model file format this build reads.
pub const MODEL_VERSION: u32 = 1;
/// The most bytes a model may decompress to.
const MAX_MODEL_BYTES: u64 = 512 * 1024 * 1024;

/// Why a syntax model could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum SyntaxError {
    /// The model file could not be read.
    #[error("{path}: cannot read syntax model: {source}")]
    Io {
        /// The file.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
    /// The model file is damaged or of another format.
    #[error("{path}: not a usable syntax model: {what}")]
    Corrupt {
        /// The file.
        path: String,
        /// What is wrong.
        what: String,
    },
    /// The tag dictionary has a bad line.
    #[error("{path}:{line}: {what}")]
    Tags {
        /// The file.
        path: String,
        /// The line number (from 1).
        line: usize,
        /// What is wrong.
        what: String,
    },
    /// The lemma table has a bad line.
    #[error("{path}: {source}")]
    Lemmas {
        /// The file.
        path: String,
        /// The bad line.
        source: LemmaTableError,
    },
}

/// The stored model: tag and label names and the two weight tables.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ModelFile {
    /// Format version ([`MODEL_VERSION`]).
    pub version: u32,
    /// Penn Treebank tags, by class index.
    pub tags: Vec<String>,
    /// Dependency labels, by index.
    pub labels: Vec<String>,
    /// Tagger weights.
    pub tagger: StoredWeights,
    /// Parser weights.
    pub parser: StoredWeights,
}

impl ModelFile {
    /// Serialises and compresses the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let raw = postcard::to_allocvec(self).expect("a model always serialises");
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        std::io::Write::write_all(&mut enc, &raw).expect("writing to memory");
        enc.finish().expect("writing to memory")
    }

    /// The model without weights smaller than `min_abs`.
    pub fn pruned(&self, min_abs: f32) -> Option<ModelFile> {
        let tagger = Weights::from_stored(&self.tagger)?.pruned(min_abs).to_stored();
        let parser = Weights::from_stored(&self.parser)?.pruned(min_abs).to_stored();
        Some(ModelFile { tagger, parser, ..self.clone() })
    }

    /// Reads a compressed model; `name` is used in errors.
    pub fn from_bytes(name: &str, bytes: &[u8]) -> Result<ModelFile, SyntaxError> {
        let corrupt = |what: String| SyntaxError::Corrupt { path: name.to_string(), what };
        if bytes.is_empty() {
            return Err(corrupt("the file is empty (train one with scripts/train-syntax.sh)".into()));
        }
        // The gzip trailer gives the decompressed size (modulo 2^32): room
        // for it up front spares the copies of a growing buffer.
        let expected =
            bytes.len().checked_sub(4).map(|at| u32::from_le_bytes(bytes[at..].try_into().expect("4 bytes")));
        let mut raw = Vec::with_capacity(expected.map_or(0, |n| (n as u64).min(MAX_MODEL_BYTES) as usize));
        flate2::read::GzDecoder::new(bytes)
            .take(MAX_MODEL_BYTES)
            .read_to_end(&mut raw)
            .map_err(|e| corrupt(format!("not gzip data ({e})")))?;
        let m: ModelFile = postcard::from_bytes(&raw).map_err(|e| corrupt(format!("undecodable ({e})")))?;
        if m.version != MODEL_VERSION {
            return Err(corrupt(format!("format version {} (this build reads {MODEL_VERSION})", m.version)));
        }
        Ok(m)
    }
}

/// A loaded model: tokenizer, tagger, lemmatiser and parser.
#[derive(Debug, Clone)]
pub struct Analyzer {
    /// Distinct for every analyser and every change of its lemma tables:
    /// the key of the per-thread cache of candidate lemmas.
    id: u64,
    tokenizer: Tokenizer,
    lemmatizer: Lemmatizer,
    tags: Vec<String>,
    tag_ids: Vec<u64>,
    labels: Vec<String>,
    label_ids: Vec<u64>,
    /// Tag and label indexes by name: the parse repairs ask for them by name
    /// dozens of times a sentence.
    tag_index: FxHashMap<String, u16>,
    label_index: FxHashMap<String, u16>,
    tagger: Weights,
    parser: Weights,
    tag_dictionary: TagDictionary,
    /// Discourse phrases set off by commas, as lower-case words ([`Aside::Discourse`]).
    discourse: Vec<Vec<String>>,
}

/// One analysed token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offset in the analysed text.
    pub start: usize,
    /// Byte offset just past the token.
    pub end: usize,
    /// Lowercase lemma.
    pub lemma: String,
    /// Tag index (see [`Parse::tag`]).
    pub tag: u16,
    /// Head token index; `None` for the root.
    pub head: Option<usize>,
    /// Label index (see [`Parse::dep`]).
    pub dep: u16,
}

/// An analysed sentence.
#[derive(Debug, Clone)]
pub struct Parse<'a> {
    analyzer: &'a Analyzer,
    /// The text analysed.
    pub text: &'a str,
    /// Its tokens in order.
    pub tokens: Vec<Token>,
}

impl Parse<'_> {
    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The surface form of token `i`.
    pub fn word(&self, i: usize) -> &str {
        &self.text[self.tokens[i].start..self.tokens[i].end]
    }

    /// The Penn Treebank tag of token `i`.
    pub fn tag(&self, i: usize) -> &str {
        &self.analyzer.tags[self.tokens[i].tag as usize]
    }

    /// The dependency label of token `i` (`root` for the root).
    pub fn dep(&self, i: usize) -> &str {
        &self.analyzer.labels[self.tokens[i].dep as usize]
    }

    /// The lemma of token `i`.
    pub fn lemma(&self, i: usize) -> &str {
        &self.tokens[i].lemma
    }

    /// The head of token `i`, `None` for the root.
    pub fn head(&self, i: usize) -> Option<usize> {
        self.tokens[i].head
    }

    /// The dependents of token `i`, in order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.tokens.iter().enumerate().filter(move |(_, t)| t.head == Some(i)).map(|(j, _)| j)
    }

    /// The universal part of speech of token `i` (NOUN, PROPN, VERB, AUX, ADP, ...).
    pub fn upos(&self, i: usize) -> &'static str {
        let aux = matches!(self.dep(i), "aux" | "auxpass");
        coarse(self.tag(i), aux)
    }

    /// The sentence as CoNLL-U lines (for reading and debugging).
    pub fn to_conllu(&self) -> String {
        let mut s = String::new();
        for i in 0..self.len() {
            let head = self.head(i).map(|h| h + 1).unwrap_or(0);
            s.push_str(&format!(
                "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t_\n",
                i + 1,
                self.word(i),
                self.lemma(i),
                self.upos(i),
                self.tag(i),
                head,
                self.dep(i)
            ));
        }
        s
    }
}

/// A word with typographic quotes, apostrophes and dashes made plain ASCII.
fn plain_punctuation(w: &str) -> Cow<'_, str> {
    if w == "''" || w == "``" {
        return Cow::Borrowed("\"");
    }
    if w.is_ascii() {
        return Cow::Borrowed(w);
    }
    let mut out = String::with_capacity(w.len());
    for c in w.chars() {
        match c {
            '‘' | '’' | '′' => out.push('\''),
            '“' | '”' | '«' | '»' | '″' => out.push('"'),
            '–' | '—' => out.push_str("--"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The [`string_id`] of a word in lower case (a word that is lower case
/// already, as most are, is not copied first).
fn lowercase_id(w: &str) -> u64 {
    if w.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        string_id(&w.to_lowercase())
    } else {
        string_id(w)
    }
}

/// Prefixes that a hyphen joins to a word ("co-hosted", "re-export"): the
/// parse reads the word alone, with the prefix as its modifier.
pub const HYPHEN_PREFIXES: [&str; 2] = ["co", "re"];

/// Dash characters that set off a phrase in pairs ("Ethiopia -- whose dam
/// Cairo opposes -- sells power"); a hyphen with space on both sides is one too.
const DASHES: [&str; 4] = ["--", "\u{2014}", "\u{2013}", "---"];

/// Words that open a relative clause set off by dashes.
const RELATIVE_WORDS: [&str; 6] = ["who", "whose", "whom", "which", "where", "when"];

/// Function words after which a short quoted phrase is part of the clause
/// ("its "unwavering solidarity"", "who "fought courageously"", "with
/// "advanced weapons""): its marks are left out of the parse. After a content
/// word the marks stay, for they may be what keeps a verb a verb ("exercises
/// "de facto control"").
const BEFORE_SCARE_QUOTES: [&str; 33] = [
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that", "these", "those", "who",
    "which", "whom", "with", "for", "of", "as", "in", "on", "to", "by", "from", "and", "or", "than", "into", "about",
    "against", "over",
];

/// A stretch of words left out of a sentence's parse and hung back after it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Aside {
    /// A bracketed acronym after a name: "(LNG)".
    Acronym,
    /// A prefix joined by a hyphen: "co-", "re-".
    Prefix,
    /// A phrase between two dashes, parsed on its own.
    Dashed,
    /// A quoted nickname between a person's names: Joaquin "El Chapo" Guzman.
    Nickname,
    /// A description between commas after a name and before "and" another
    /// ("between the Sinaloa Cartel, the faction led by ..., and the Gulf Clan"),
    /// parsed on its own as the dashed phrases are.
    Described,
    /// A discourse phrase between commas inside a clause ("Hungary, by contrast, sent ..."),
    /// hung on the word after it.
    Discourse,
    /// The marks of a short phrase quoted inside a clause ("thanked Poland for its "unwavering
    /// solidarity""), hung on the phrase's first and last words: the words are parsed as if
    /// unquoted.
    OpenQuote,
    CloseQuote,
}

/// The tags and labels the words of an aside take, by index.
struct AsideIds {
    nnp: usize,
    lrb: usize,
    rrb: usize,
    hyph: usize,
    afx: usize,
    colon: usize,
    open_quote: usize,
    close_quote: usize,
    comma: usize,
    prep_tag: usize,
    adverb: usize,
    noun: usize,
    appos: usize,
    amod: usize,
    punct: usize,
    compound: usize,
    prep: usize,
    advmod: usize,
    pobj: usize,
    relcl: usize,
    acl: usize,
    parataxis: usize,
}

impl AsideIds {
    /// The indexes in `a`'s model; `None` when the model lacks one.
    fn new(a: &Analyzer) -> Option<AsideIds> {
        let tag = |name: &str| a.tags.iter().position(|t| t == name);
        let label = |name: &str| a.labels.iter().position(|l| l == name);
        Some(AsideIds {
            nnp: tag("NNP")?,
            lrb: tag("-LRB-")?,
            rrb: tag("-RRB-")?,
            hyph: tag("HYPH")?,
            afx: tag("AFX")?,
            colon: tag(":")?,
            open_quote: tag("``")?,
            close_quote: tag("''")?,
            comma: tag(",")?,
            prep_tag: tag("IN")?,
            adverb: tag("RB")?,
            noun: tag("NN")?,
            appos: label("appos")?,
            amod: label("amod")?,
            punct: label("punct")?,
            compound: label("compound")?,
            prep: label("prep")?,
            advmod: label("advmod")?,
            pobj: label("pobj")?,
            relcl: label("relcl")?,
            acl: label("acl")?,
            parataxis: label("parataxis")?,
        })
    }
}

/// The phrases of a list file (one per line, `#` comments) as lower-case words, longest first.
fn phrase_list(text: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").split_whitespace().map(str::to_lowercase).collect::<Vec<_>>())
        .filter(|p| !p.is_empty())
        .collect();
    out.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    out.dedup();
    out
}

/// Whether `w` reads as an acronym: two to eight capitals and digits, one
/// capital at least ("LNG", "AUKUS", "G7").
pub fn is_acronym(w: &str) -> bool {
    (2..=8).contains(&w.len())
        && w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && w.chars().any(|c| c.is_ascii_uppercase())
}

/// The universal part of speech of a Penn Treebank tag.
pub fn coarse(tag: &str, aux: bool) -> &'static str {
    match tag {
        "NN" | "NNS" => "NOUN",
        "NNP" | "NNPS" => "PROPN",
        "MD" => "AUX",
        t if t.starts_with("VB") => {
            if aux {
                "AUX"
            } else {
                "VERB"
            }
        }
        "JJ" | "JJR" | "JJS" | "AFX" => "ADJ",
        "RB" | "RBR" | "RBS" | "WRB" => "ADV",
        "IN" => "ADP",
        "DT" | "PDT" | "WDT" => "DET",
        "PRP" | "WP" | "EX" => "PRON",
        "PRP$" | "WP$" => "DET",
        "CC" => "CCONJ",
        "CD" => "NUM",
        "RP" => "ADP",
        "TO" => "PART",
        "POS" => "PART",
        "UH" => "INTJ",
        "SYM" | "$" => "SYM",
        "," | "." | ":" | "``" | "''" | "-LRB-" | "-RRB-" | "HYPH" | "NFP" => "PUNCT",
        _ => "X",
    }
}

impl Analyzer {
    /// The model built into the binary.
    pub fn load_default() -> Result<Analyzer, SyntaxError> {
        Analyzer::from_bytes("built-in data/syntax/en.model.gz", DEFAULT_MODEL)
    }

    /// A model from a file.
    pub fn from_file(path: &Path) -> Result<Analyzer, SyntaxError> {
        let bytes =
            std::fs::read(path).map_err(|source| SyntaxError::Io { path: path.display().to_string(), source })?;
        Analyzer::from_bytes(&path.display().to_string(), &bytes)
    }

    /// A model from compressed bytes; `name` is used in errors.
    pub fn from_bytes(name: &str, bytes: &[u8]) -> Result<Analyzer, SyntaxError> {
        let m = ModelFile::from_bytes(name, bytes)?;
        Analyzer::from_model(name, &m)
    }

    /// An analyser from a decoded model file.
    pub fn from_model(name: &str, m: &ModelFile) -> Result<Analyzer, SyntaxError> {
        let corrupt = |what: &str| SyntaxError::Corrupt { path: name.to_string(), what: what.to_string() };
        let tagger = Weights::from_stored(&m.tagger).ok_or_else(|| corrupt("inconsistent tagger weights"))?;
        let parser = Weights::from_stored(&m.parser).ok_or_else(|| corrupt("inconsistent parser weights"))?;
        if tagger.n_classes() != m.tags.len() || parser.n_classes() != 1 + 2 * m.labels.len() || m.tags.is_empty() {
            return Err(corrupt("class counts do not match the tag and label lists"));
        }
        if m.tags.len() > u16::MAX as usize || m.labels.len() > u16::MAX as usize {
            return Err(corrupt("too many tags or labels"));
        }
        let mut lemmatizer = Lemmatizer::default();
        for (path, table) in DEFAULT_LEMMAS {
            lemmatizer.extend(table).map_err(|source| SyntaxError::Lemmas { path: path.into(), source })?;
        }
        let mut analyzer = Analyzer {
            id: next_analyzer_id(),
            tokenizer: Tokenizer::from_list(DEFAULT_ABBREVIATIONS),
            lemmatizer,
            tag_ids: m.tags.iter().map(|t| string_id(t)).collect(),
            tags: m.tags.clone(),
            label_ids: parser::label_ids(&m.labels),
            labels: m.labels.clone(),
            tag_index: index_by_name(&m.tags),
            label_index: index_by_name(&m.labels),
            tagger,
            parser,
            tag_dictionary: TagDictionary::default(),
            discourse: phrase_list(DEFAULT_ASIDES),
        };
        for (name, table) in DEFAULT_TAGS {
            analyzer.add_tags(name, table)?;
        }
        Ok(analyzer)
    }

    /// Adds a tag dictionary (`word<TAB>TAG[ TAG...]` per line, `#` comments):
    /// each listed word gets the best-scoring of its tags.
    pub fn add_tags(&mut self, name: &str, table: &str) -> Result<(), SyntaxError> {
        for (n, line) in table.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let bad = |what: String| SyntaxError::Tags { path: name.to_string(), line: n + 1, what };
            let (word, tags) = line.split_once('\t').ok_or_else(|| bad("expected `word<TAB>tags`".into()))?;
            let mut classes = Vec::new();
            for t in tags.split_whitespace() {
                let class = self.tags.iter().position(|x| x == t).ok_or_else(|| bad(format!("unknown tag `{t}`")))?;
                classes.push(class);
            }
            if classes.is_empty() {
                return Err(bad(format!("no tags for `{word}`")));
            }
            self.tag_dictionary.insert(word.trim().to_lowercase(), classes);
        }
        self.id = next_analyzer_id();
        Ok(())
    }

    /// Adds lemma exceptions from a user table (`form<TAB>class<TAB>lemma`).
    pub fn add_lemmas(&mut self, name: &str, table: &str) -> Result<(), SyntaxError> {
        self.id = next_analyzer_id();
        self.lemmatizer.extend(table).map_err(|source| SyntaxError::Lemmas { path: name.to_string(), source })
    }

    /// The lemma of `word` read with tag `tag` ("urged", "VBD": "urge").
    pub fn lemma_of(&self, word: &str, tag: &str) -> String {
        self.lemmatizer.lemma(word, tag)
    }

    /// Every lemma a word of `text` could have, whatever its tag (and each
    /// word in lower case), sorted and without repeats: a cheap look at a
    /// sentence before tagging and parsing it.
    pub fn candidate_lemmas(&self, text: &str) -> Vec<String> {
        self.with_candidate_lemmas(text, |all| all.iter().map(|l| l.to_string()).collect())
    }

    /// Calls `f` with [`Analyzer::candidate_lemmas`] of `text` as borrowed
    /// text (no string is copied): what a look that only asks "is this word
    /// there" needs. `f` must not ask for candidate lemmas itself.
    pub fn with_candidate_lemmas<R>(&self, text: &str, f: impl FnOnce(&[&str]) -> R) -> R {
        // A word's readings are computed once per thread: news repeats its words.
        thread_local! {
            static CACHE: RefCell<Readings> = RefCell::default();
        }
        const MAX_CACHED: usize = 200_000;
        CACHE.with_borrow_mut(|cache| {
            if cache.owner != self.id || cache.words.len() > MAX_CACHED {
                *cache = Readings { owner: self.id, ..Readings::default() };
            }
            let Readings { words, lemmas, ids, recent, .. } = cache;
            // The gates before a parse ask for the same sentence several times over.
            if let Some((_, known)) = recent.iter().find(|(t, _)| **t == *text) {
                let all: Vec<&str> = known.iter().map(|&i| lemmas.text(i)).collect();
                return f(&all);
            }
            ids.clear();
            // Words seen before are looked up once, without building a key.
            for s in &self.tokenizer.tokenize(text) {
                let w = &text[s.start..s.end];
                if !w.chars().next().is_some_and(char::is_alphabetic) {
                    continue;
                }
                match words.get(w) {
                    Some(r) => ids.extend_from_slice(r),
                    None => {
                        let mut r = vec![w.to_lowercase()];
                        r.extend(
                            ["NN", "NNS", "VB", "VBD", "VBG", "VBZ"].iter().map(|tag| self.lemmatizer.lemma(w, tag)),
                        );
                        r.sort_unstable();
                        r.dedup();
                        let r: Box<[u32]> = r.into_iter().map(|l| lemmas.intern(l)).collect();
                        ids.extend_from_slice(&r);
                        words.insert(w.to_string(), r);
                    }
                }
            }
            // Without repeats by id (one id per lemma), then sorted by text.
            ids.sort_unstable();
            ids.dedup();
            lemmas.sort_by_text(ids);
            if recent.len() >= Readings::RECENT {
                recent.remove(0);
            }
            recent.push((text.into(), ids.as_slice().into()));
            let all: Vec<&str> = ids.iter().map(|&i| lemmas.text(i)).collect();
            f(&all)
        })
    }

    /// The tokenizer.
    pub fn tokenizer(&self) -> &Tokenizer {
        &self.tokenizer
    }

    /// Tokenizes, tags, lemmatises and parses `text` (one sentence).
    pub fn analyze<'a>(&'a self, text: &'a str) -> Parse<'a> {
        self.analyze_from(text, 0)
    }

    /// [`Analyzer::analyze`] of the tokens of `text` that start at byte
    /// `from` or later (what comes before, a dateline, is left out of the
    /// parse; the tokens keep their offsets in `text`).
    pub fn analyze_from<'a>(&'a self, text: &'a str, from: usize) -> Parse<'a> {
        // News repeats sentences (a story sent again, boilerplate, a
        // sentence read twice): the last sentences parsed on this thread
        // are kept, and a repeat is a copy.
        thread_local! {
            static PARSES: RefCell<RecentParses> = RefCell::default();
        }
        let cached = PARSES.with_borrow(|c| c.get(self.id, text, from));
        if let Some(tokens) = cached {
            return Parse { analyzer: self, text, tokens };
        }
        let mut spans = self.tokenizer.tokenize(text);
        spans.retain(|s| s.start >= from);
        let parse = self.analyze_with_asides(text, &spans);
        PARSES.with_borrow_mut(|c| c.insert(self.id, text, from, &parse.tokens));
        parse
    }

    /// [`Analyzer::analyze_spans`] with the words that mislead the parse left
    /// out of it and hung back: bracketed acronyms ("liquefied natural gas
    /// (LNG)", "the Arakan Army (AA)") on the word before them as an
    /// apposition, a prefix joined by a hyphen ("co-hosted", "re-export", see
    /// [`HYPHEN_PREFIXES`]) on its word as a modifier, and a phrase set off by
    /// a pair of dashes ("Ethiopia - whose dam Cairo has condemned - sells
    /// power to Kenya"), parsed on its own and hung on the word before it.
    fn analyze_with_asides<'a>(&'a self, text: &'a str, spans: &[Span]) -> Parse<'a> {
        let word = |i: usize| &text[spans[i].start..spans[i].end];
        let glued = |i: usize| spans[i].end == spans[i + 1].start;
        // A dash: a hyphen with space on both sides, or a dash character.
        let dash = |i: usize| match word(i) {
            "-" => i > 0 && i + 1 < spans.len() && !glued(i - 1) && !glued(i),
            w => DASHES.contains(&w),
        };
        // A quoted nickname at `i`: one to three capitalised words in quotes between two
        // capitalised names ("Joaquin "El Chapo" Guzman"); the tokens it spans.
        let capitalised = |k: usize| word(k).starts_with(char::is_uppercase);
        let quote = |k: usize| matches!(word(k), "\"" | "\u{201c}" | "\u{201d}" | "``" | "''");
        let nickname = |i: usize| {
            let close = (i + 2..(i + 5).min(spans.len() - 1)).find(|&k| quote(k))?;
            let named = i > 0 && quote(i) && capitalised(i - 1) && capitalised(close + 1);
            (named && (i + 1..close).all(capitalised)).then_some(close + 1 - i)
        };
        // A short quoted phrase at `i` inside a clause: one to four words, none of them
        // punctuation, after a function word and before a word ("for its "unwavering solidarity"
        // and", "who "fought courageously" alongside", see `BEFORE_SCARE_QUOTES`); the closing
        // mark's index. (Not a quotation opened after a comma or a colon, nor one that ends the
        // sentence.)
        let scare_quote = |i: usize| {
            let word_at = |k: usize| word(k).chars().next().is_some_and(char::is_alphanumeric);
            // (An opening mark: an even number of marks before it.)
            let function_word = || BEFORE_SCARE_QUOTES.iter().any(|w| word(i - 1).eq_ignore_ascii_case(w));
            if i == 0 || !quote(i) || !function_word() || (0..i).filter(|&k| quote(k)).count() % 2 == 1 {
                return None;
            }
            let close = (i + 2..(i + 6).min(spans.len() - 1)).find(|&k| quote(k))?;
            ((i + 1..close).all(word_at) && word_at(close + 1)).then_some(close)
        };
        // A description at `i` (a comma): a determiner and a lower-case word after a name, up
        // to a comma before "and" and another name; the tokens it spans with its commas.
        let described = |i: usize| {
            let det = |k: usize| matches!(word(k).to_lowercase().as_str(), "the" | "a" | "an");
            let opens = i > 0 && word(i) == "," && capitalised(i - 1) && det(i + 1);
            if !opens || !word(i + 2).starts_with(char::is_lowercase) {
                return None;
            }
            let close = (i + 3..(i + 30).min(spans.len())).find(|&k| matches!(word(k), "," | "(" | ")" | ";"))?;
            let named = |k: usize| k < spans.len() && capitalised(k);
            let and = close + 1 < spans.len() && word(close) == "," && word(close + 1).eq_ignore_ascii_case("and");
            (and && (named(close + 2) || (close + 3 < spans.len() && det(close + 2) && named(close + 3))))
                .then_some(close + 1 - i)
        };
        // A discourse phrase at `i` (a comma) with words on both sides: the tokens it spans with
        // its commas.
        let discourse = |i: usize| {
            if i == 0 || word(i) != "," {
                return None;
            }
            self.discourse
                .iter()
                .find(|p| {
                    let close = i + p.len() + 1;
                    close + 1 < spans.len()
                        && word(close) == ","
                        && p.iter().enumerate().all(|(k, w)| word(i + 1 + k).eq_ignore_ascii_case(w))
                })
                .map(|p| p.len() + 2)
        };
        let mut asides: Vec<(usize, usize, Aside)> = Vec::new();
        let mut i = 0;
        while i + 2 < spans.len() {
            // (A dashed phrase of two words or more, with words on both sides of it; not a list,
            // which the parse hangs on the plural it names: "the six nations -- A, B, C and D --
            // met", unless it opens with a relative word.)
            let relative = || RELATIVE_WORDS.iter().any(|w| word(i + 1).eq_ignore_ascii_case(w));
            let closing = || {
                (i + 1..spans.len())
                    .find(|&j| dash(j))
                    .filter(|&j| j >= i + 3 && j + 1 < spans.len())
                    .filter(|&j| relative() || !(i + 1..j).any(|k| word(k) == ","))
            };
            let dashed_end = if i > 0 && dash(i) { closing() } else { None };
            if let Some(j) = dashed_end {
                asides.push((i, j + 1 - i, Aside::Dashed));
                i = j + 1;
            } else if i > 0 && word(i) == "(" && is_acronym(word(i + 1)) && word(i + 2) == ")" {
                asides.push((i, 3, Aside::Acronym));
                i += 3;
            } else if let Some(n) = discourse(i) {
                asides.push((i, n, Aside::Discourse));
                i += n;
            } else if let Some(n) = described(i) {
                asides.push((i, n, Aside::Described));
                i += n;
            } else if let Some(n) = nickname(i) {
                asides.push((i, n, Aside::Nickname));
                i += n;
            } else if let Some(close) = scare_quote(i) {
                asides.push((i, 1, Aside::OpenQuote));
                asides.push((close, 1, Aside::CloseQuote));
                i = close + 1;
            } else if word(i + 1) == "-"
                && glued(i)
                && glued(i + 1)
                && HYPHEN_PREFIXES.iter().any(|p| word(i).eq_ignore_ascii_case(p))
                && word(i + 2).starts_with(char::is_alphabetic)
            {
                asides.push((i, 2, Aside::Prefix));
                i += 2;
            } else {
                i += 1;
            }
        }
        if asides.is_empty() {
            return self.analyze_spans(text, spans);
        }
        let Some(ids) = AsideIds::new(self) else {
            return self.analyze_spans(text, spans);
        };
        // The aside that token `i` belongs to.
        let aside_of = |i: usize| asides.iter().copied().find(|&(a, n, _)| (a..a + n).contains(&i));
        let kept: Vec<usize> = (0..spans.len()).filter(|&i| aside_of(i).is_none()).collect();
        let inner = self.analyze_spans(text, &kept.iter().map(|&i| spans[i]).collect::<Vec<Span>>());
        // Each dashed phrase parsed on its own, with the label it takes on the word before it.
        let dashed: Vec<(usize, Vec<Token>, usize)> = asides
            .iter()
            .filter(|a| matches!(a.2, Aside::Dashed | Aside::Described))
            .map(|&(a, n, _)| {
                let own = self.analyze_with_asides(text, &spans[a + 1..a + n - 1]);
                let dep = own.tokens.iter().position(|t| t.head.is_none()).map_or(ids.appos, |r| {
                    let first = own.tag(0);
                    match own.tag(r) {
                        _ if matches!(first, "WP" | "WP$" | "WDT" | "WRB") => ids.relcl,
                        "VBN" | "VBG" if !own.children(r).any(|c| own.dep(c).starts_with("nsubj")) => ids.acl,
                        t if t.starts_with("NN") || t == "PRP" => ids.appos,
                        _ => ids.parataxis,
                    }
                });
                (a, own.tokens, dep)
            })
            .collect();
        let mut tokens = Vec::with_capacity(spans.len());
        let mut parsed = inner.tokens.iter();
        for (i, span) in spans.iter().enumerate() {
            match aside_of(i) {
                Some((a, n, kind @ (Aside::Dashed | Aside::Described))) => {
                    let (_, own, dep) = dashed.iter().find(|d| d.0 == a).expect("parsed above");
                    let root = own.iter().position(|t| t.head.is_none()).map_or(a + 1, |r| a + 1 + r);
                    if i == a || i == a + n - 1 {
                        let lemma = word(i).to_string();
                        tokens.push(Token {
                            start: span.start,
                            end: span.end,
                            lemma,
                            tag: if kind == Aside::Dashed { ids.colon } else { ids.comma } as u16,
                            head: Some(root),
                            dep: ids.punct as u16,
                        });
                    } else {
                        let t = &own[i - a - 1];
                        let head = Some(t.head.map_or(a - 1, |h| a + 1 + h));
                        let dep = if t.head.is_none() { *dep as u16 } else { t.dep };
                        tokens.push(Token { head, dep, ..t.clone() });
                    }
                }
                Some((a, n, kind)) => {
                    let (tag, head, dep) = match (kind, i - a) {
                        (Aside::Prefix, 0) => (ids.afx, Some(a + 2), ids.amod),
                        (Aside::Prefix, _) => (ids.hyph, Some(a + 2), ids.punct),
                        // The quotes hang on the nickname's last word, and it on the name after it.
                        (Aside::Nickname, k) if k == 0 || k == n - 1 => (ids.open_quote, Some(a + n - 2), ids.punct),
                        (Aside::Nickname, k) if k == n - 2 => (ids.nnp, Some(a + n), ids.compound),
                        (Aside::Nickname, _) => (ids.nnp, Some(a + n - 2), ids.compound),
                        // The commas and the phrase's words hang on its first word, and it on the
                        // word after the phrase: a preposition ("by contrast") or an ids.adverb.
                        (Aside::Discourse, k) if k == 0 || k == n - 1 => (ids.comma, Some(a + 1), ids.punct),
                        (Aside::Discourse, 1) if n > 3 => (ids.prep_tag, Some(a + n), ids.prep),
                        (Aside::Discourse, 1) => (ids.adverb, Some(a + n), ids.advmod),
                        (Aside::Discourse, _) => (ids.noun, Some(a + 1), ids.pobj),
                        (Aside::OpenQuote, _) => (ids.open_quote, Some(a + 1), ids.punct),
                        (Aside::CloseQuote, _) => (ids.close_quote, Some(a - 1), ids.punct),
                        (_, 0) => (ids.lrb, Some(a + 1), ids.punct),
                        (_, 1) => (ids.nnp, Some(a - 1), ids.appos),
                        (_, _) => (ids.rrb, Some(a + 1), ids.punct),
                    };
                    let lemma = word(i).to_lowercase();
                    tokens.push(Token {
                        start: span.start,
                        end: span.end,
                        lemma,
                        tag: tag as u16,
                        head,
                        dep: dep as u16,
                    });
                }
                None => {
                    let t = parsed.next().expect("one parsed token per kept span");
                    tokens.push(Token { head: t.head.map(|h| kept[h]), ..t.clone() });
                }
            }
        }
        Parse { analyzer: self, text, tokens }
    }

    /// Tags, lemmatises and parses already tokenized text.
    pub fn analyze_spans<'a>(&'a self, text: &'a str, spans: &[Span]) -> Parse<'a> {
        let words: Vec<&str> = spans.iter().map(|s| &text[s.start..s.end]).collect();
        let (tags, heads, labels) = self.tag_and_parse(&words);
        // A capitalised plural that is also a common noun's has that noun's lemma: "the Foreign
        // Ministers of", "the Heads of State" (not a name's own plural, "the Houthis", nor the last
        // word of a name: "the Rapid Support Forces", "the United Nations").
        let nns = self.tag_index.get("NNS").map(|&t| usize::from(t));
        let lemma = |i: usize| {
            let tag = self.tags[tags[i]].as_str();
            let common = || {
                (i == 0 || !self.tags[tags[i - 1]].starts_with("NNP"))
                    && self
                        .tag_dictionary
                        .get(&words[i].to_lowercase())
                        .is_some_and(|c| nns.is_some_and(|n| c.contains(&n)))
            };
            self.lemmatizer.lemma(words[i], if tag == "NNPS" && common() { "NNS" } else { tag })
        };
        let tokens = spans
            .iter()
            .enumerate()
            .map(|(i, s)| Token {
                start: s.start,
                end: s.end,
                lemma: lemma(i),
                tag: tags[i] as u16,
                head: if heads[i] >= words.len() { None } else { Some(heads[i]) },
                dep: labels[i] as u16,
            })
            .collect();
        Parse { analyzer: self, text, tokens }
    }

    /// Tag indexes, heads (`words.len()` for the root) and label indexes.
    pub fn tag_and_parse(&self, words: &[&str]) -> (Vec<usize>, Vec<usize>, Vec<usize>) {
        if words.is_empty() {
            return (Vec::new(), Vec::new(), Vec::new());
        }
        // Typographic quotes, apostrophes and dashes read as the plain ones the model was trained on.
        let plain: Vec<Cow<'_, str>> = words.iter().map(|w| plain_punctuation(w)).collect();
        let words: Vec<&str> = plain.iter().map(|w| w.as_ref()).collect();
        let words = &words[..];
        let mut tags = tagger::tag_with(&self.tagger, &self.tag_ids, &self.tag_dictionary, words);
        if self.plural_after_opening_article(words, &mut tags) {
            // (The words after it are tagged again in its light: "The Ministers condemned".)
            tags = tagger::tag_after(&self.tagger, &self.tag_ids, &self.tag_dictionary, words, &tags[..2]);
        }
        if let Some(v) = self.verb_after_subject_noun(words, &mut tags) {
            // (And after the verb: "The navy trains regularly with ...".)
            tags = tagger::tag_after(&self.tagger, &self.tag_ids, &self.tag_dictionary, words, &tags[..=v]);
        }
        // A designation ("F-16", "Su-30MK2", "K9", "M23", "T-50i") is a name, never a verb, a number
        // or a function word.
        let designation = |w: &str| {
            w.bytes().any(|b| b.is_ascii_digit()) && w.bytes().any(|b| b.is_ascii_uppercase()) && w.len() >= 2
        };
        for (t, w) in tags.iter_mut().zip(words) {
            if !self.tags[*t].starts_with("NN") && designation(w) {
                if let Some(nnp) = self.tags.iter().position(|n| n == "NNP") {
                    *t = nnp;
                }
            }
        }
        self.verb_after_opening_name(words, &mut tags);
        self.verb_after_relative_pronoun(words, &mut tags);
        self.call_after_and(words, &mut tags);
        let word_ids: Vec<u64> = words.iter().map(|w| lowercase_id(w)).collect();
        let tag_ids: Vec<u64> = tags.iter().map(|t| self.tag_ids[*t]).collect();
        let (heads, labels) =
            parser::parse(&self.parser, &self.label_ids, &parser::Context { words: &word_ids, tags: &tag_ids });
        (tags, heads, labels)
    }

    /// "Iran arms the Houthis", "Russia funds Myanmar's junta", tagged with the
    /// "-s" word as a plural noun: a word the tag dictionary lets be a present
    /// verb (VBZ), right after a name that opens the sentence, before the start
    /// of a noun phrase (a determiner, possessive, name or number) with no finite
    /// verb after it in its stretch of the sentence (up to a comma, semicolon,
    /// colon or dash), is the name's verb. ("Iran arms sales rose", "U.S. arms
    /// the rebels received were ...": a noun, left as it is.)
    fn verb_after_opening_name(&self, words: &[&str], tags: &mut [usize]) {
        let named = |t: usize, names: &[&str]| names.iter().any(|n| self.tags[t] == *n);
        let id = |n: &str| self.tag_index.get(n).map(|&t| usize::from(t));
        let (Some(nns), Some(vbz), Some(nn), Some(vbd)) = (id("NNS"), id("VBZ"), id("NN"), id("VBD")) else { return };
        let Some(i) = (1..words.len().saturating_sub(1)).find(|&i| !named(tags[i], &["NNP", "NNPS"])) else { return };
        let opening = (0..i).all(|k| named(tags[k], &["NNP", "NNPS"]) || k == 0 && named(tags[k], &["DT"]));
        // (Or a past form read as a singular noun: "The Kachin Independence Army beat back an
        // offensive".)
        let verb = match tags[i] {
            t if t == nns => vbz,
            t if t == nn => vbd,
            _ => return,
        };
        let may_be_verb = || self.tag_dictionary.get(&words[i].to_lowercase()).is_some_and(|c| c.contains(&verb));
        let phrase_opens = |k: usize| self.opens_noun_phrase(tags, k);
        // (A particle may come first: "beat back the offensive", "fought off an attack".)
        let object_next = phrase_opens(i + 1) || named(tags[i + 1], &["RP", "RB"]) && phrase_opens(i + 2);
        if !opening || !object_next || !may_be_verb() {
            return;
        }
        let stretch = words[i + 1..]
            .iter()
            .position(|w| matches!(*w, "," | ";" | ":" | "-" | "--"))
            .map_or(words.len(), |p| i + 1 + p);
        // (A verb right after "and" is the name's second: "arms the junta and trains its pilots".)
        let finite = |k: usize| named(tags[k], &["VBD", "VBZ", "VBP", "MD"]) && !named(tags[k - 1], &["CC"]);
        if !(i + 1..stretch).any(finite) {
            tags[i] = verb;
        }
    }

    /// Whether tag `k` (if there is one) may open a noun phrase: a determiner,
    /// possessive, name or number.
    fn opens_noun_phrase(&self, tags: &[usize], k: usize) -> bool {
        tags.get(k).is_some_and(|&t| ["DT", "PRP$", "NNP", "NNPS", "CD"].iter().any(|n| self.tags[t] == *n))
    }

    /// "a resolution which condemns the offensive and calls on Rwanda to withdraw",
    /// tagged with "calls" as a plural noun: a word after "and" that the tag
    /// dictionary lets be a present verb (VBZ), in a sentence with a present verb
    /// before it, followed by "on" or "upon", a noun phrase and "to" with a verb
    /// within eight words, is the second verb of the clause ("and calls on X to
    /// stop"). ("its demands and calls on the issue": no "to" and verb, left.)
    fn call_after_and(&self, words: &[&str], tags: &mut [usize]) {
        let id = |n: &str| self.tag_index.get(n).map(|&t| usize::from(t));
        let (Some(nns), Some(vbz), Some(vb)) = (id("NNS"), id("VBZ"), id("VB")) else { return };
        for i in 1..words.len().saturating_sub(4) {
            if tags[i] != nns || !words[i - 1].eq_ignore_ascii_case("and") {
                continue;
            }
            let on = words[i + 1].eq_ignore_ascii_case("on") || words[i + 1].eq_ignore_ascii_case("upon");
            let may_be_verb = || self.tag_dictionary.get(&words[i].to_lowercase()).is_some_and(|c| c.contains(&vbz));
            let infinitive =
                || (i + 3..words.len().min(i + 10)).any(|k| words[k - 1].eq_ignore_ascii_case("to") && tags[k] == vb);
            if on && tags[..i].contains(&vbz) && may_be_verb() && infinitive() {
                tags[i] = vbz;
            }
        }
    }

    /// "Tehran, which arms and funds Kataib Hezbollah", "a state that arms the
    /// rebels", tagged with the "-s" words as plural nouns: a word the tag
    /// dictionary lets be a present verb (VBZ), right after a relative pronoun
    /// (WDT, WP) that follows a comma or a noun, before the start of a noun
    /// phrase (a determiner, possessive, name or number), or before "and" and a
    /// second such word before one, is the clause's verb (and so is the second).
    /// ("which arms sales rose", "said that arms the rebels ...": left as they are.)
    fn verb_after_relative_pronoun(&self, words: &[&str], tags: &mut [usize]) {
        let named = |t: usize, names: &[&str]| names.iter().any(|n| self.tags[t] == *n);
        let (Some(&nns), Some(&vbz)) = (self.tag_index.get("NNS"), self.tag_index.get("VBZ")) else { return };
        let (nns, vbz) = (usize::from(nns), usize::from(vbz));
        let verbs: Vec<usize> = {
            let tags = &*tags;
            let may_be_verb = |k: usize| {
                tags[k] == nns && self.tag_dictionary.get(&words[k].to_lowercase()).is_some_and(|c| c.contains(&vbz))
            };
            let phrase_opens = |k: usize| self.opens_noun_phrase(tags, k);
            let relative = |i: usize| {
                named(tags[i - 1], &["WDT", "WP"])
                    && (words[i - 2] == "," || named(tags[i - 2], &["NN", "NNS", "NNP", "NNPS"]))
            };
            (2..words.len().saturating_sub(1))
                .filter(|&i| relative(i) && may_be_verb(i))
                .flat_map(|i| {
                    if phrase_opens(i + 1) {
                        vec![i]
                    } else if named(tags[i + 1], &["CC"])
                        && i + 2 < words.len()
                        && may_be_verb(i + 2)
                        && phrase_opens(i + 3)
                    {
                        vec![i, i + 2]
                    } else {
                        Vec::new()
                    }
                })
                .collect()
        };
        for v in verbs {
            tags[v] = vbz;
        }
    }

    /// "The Ministers condemned ...", "Both Leaders agreed ...", tagged with the
    /// capitalised word as a plural name: a capitalised plural right after the
    /// article or "Both" that opens the sentence, the tag dictionary letting it
    /// be a common plural, before a word in lower case, is that plural ("The
    /// Netherlands", "The Philippines" are names the dictionary lists as such).
    /// Whether it changed the tag.
    fn plural_after_opening_article(&self, words: &[&str], tags: &mut [usize]) -> bool {
        let (Some(&nns), Some(&nnps)) = (self.tag_index.get("NNS"), self.tag_index.get("NNPS")) else { return false };
        let (nns, nnps) = (usize::from(nns), usize::from(nnps));
        if words.len() < 3 || !matches!(words[0], "The" | "Both" | "All") || tags[1] != nnps {
            return false;
        }
        let common = self.tag_dictionary.get(&words[1].to_lowercase()).is_some_and(|c| c.contains(&nns));
        if common && words[2].starts_with(char::is_lowercase) {
            tags[1] = nns;
            return true;
        }
        false
    }

    /// "The Australian navy trains with the Japanese navy", tagged with "navy
    /// trains" as one noun: in a sentence with no word tagged a verb, an "-s" word
    /// tagged as a plural noun that the tag dictionary lets be a present verb,
    /// right after a singular noun or name that closes a noun phrase opened by a
    /// determiner or possessive, and before an adverb, a preposition or a
    /// determiner, is the verb; so is one right after the names that open the
    /// sentence, before those or an adjective, a noun or a number ("Iraq exports
    /// crude to India"). Returns its position when it changed the tag.
    fn verb_after_subject_noun(&self, words: &[&str], tags: &mut [usize]) -> Option<usize> {
        let id = |n: &str| self.tag_index.get(n).map(|&t| usize::from(t));
        let (nns, vbz) = (id("NNS")?, id("VBZ")?);
        let named = |t: usize, names: &[&str]| names.iter().any(|n| self.tags[t] == *n);
        if tags.iter().any(|&t| self.tags[t].starts_with("VB") || named(t, &["MD"])) {
            return None;
        }
        let v = (1..words.len().saturating_sub(1)).find(|&i| tags[i] == nns && named(tags[i - 1], &["NN", "NNP"]))?;
        // (The phrase's own determiner, with only modifiers between: not "the Philippines conducted
        // joint maritime exercises" read with no verb.)
        let opened = (0..v - 1)
            .rev()
            .take_while(|&k| !named(tags[k], &[",", "CC"]))
            .take(4)
            .find(|&k| !named(tags[k], &["NN", "NNP", "NNPS", "JJ", "CD", "HYPH"]))
            .is_some_and(|k| named(tags[k], &["DT", "PRP$", "POS"]));
        // (A word the dictionary does not list may be a verb if its stem is one: "trains", "patrols".)
        let lower = words[v].to_lowercase();
        let vb = id("VB")?;
        let may_be_verb = match self.tag_dictionary.get(&lower) {
            Some(c) => c.contains(&vbz),
            None => {
                lower.strip_suffix('s').and_then(|stem| self.tag_dictionary.get(stem)).is_some_and(|c| c.contains(&vb))
            }
        };
        // (Or a name that opens the sentence: "Iraq exports crude to India", with an adjective or a
        // noun after the verb too.)
        let name_opens = (0..v).all(|k| named(tags[k], &["NNP", "NNPS"]));
        let object_after = named(tags[v + 1], &["RB", "IN", "DT", "PRP$"])
            || name_opens && named(tags[v + 1], &["JJ", "NN", "NNS", "CD"]);
        if (opened || name_opens) && may_be_verb && object_after {
            tags[v] = vbz;
            return Some(v);
        }
        None
    }

    /// Tag names by index.
    pub fn tags(&self) -> &[String] {
        &self.tags
    }

    /// Label names by index.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// The index of tag `name` (the first, should the model list it twice).
    pub fn tag_named(&self, name: &str) -> Option<u16> {
        self.tag_index.get(name).copied()
    }

    /// The index of dependency label `name` (the first, should the model list it twice).
    pub fn label_named(&self, name: &str) -> Option<u16> {
        self.label_index.get(name).copied()
    }

    /// Sizes for reports: (tagger features, tagger weights, parser features, parser weights).
    pub fn sizes(&self) -> (usize, usize, usize, usize) {
        (self.tagger.n_features(), self.tagger.n_weights(), self.parser.n_features(), self.parser.n_weights())
    }
}

/// The tokens of the sentences a thread parsed last, for one analyser: two
/// generations of at most [`RecentParses::GENERATION`] sentences each (when
/// the newer is full it becomes the older, and the older is dropped).
#[derive(Default)]
struct RecentParses {
    /// The analyser the sentences were parsed by ([`Analyzer`]'s `id`).
    owner: u64,
    newer: FxHashMap<Box<str>, CachedTokens>,
    older: FxHashMap<Box<str>, CachedTokens>,
}

/// A sentence's tokens as [`RecentParses`] keeps them: the lemmas end to end
/// in one string, so that keeping a sentence (every sentence parsed is kept,
/// few are asked for again) copies two buffers rather than a string per token.
struct CachedTokens {
    /// The byte the parse started at ([`Analyzer::analyze_from`]).
    from: usize,
    /// Each token with its lemma's end in `lemmas` (its start is the previous token's end).
    tokens: Box<[(CachedToken, usize)]>,
    lemmas: Box<str>,
}

/// A [`Token`] without its lemma.
#[derive(Clone, Copy)]
struct CachedToken {
    start: usize,
    end: usize,
    tag: u16,
    head: Option<usize>,
    dep: u16,
}

impl CachedTokens {
    fn new(from: usize, tokens: &[Token]) -> CachedTokens {
        let mut lemmas = String::with_capacity(tokens.iter().map(|t| t.lemma.len()).sum());
        let tokens = tokens
            .iter()
            .map(|t| {
                lemmas.push_str(&t.lemma);
                let Token { start, end, tag, head, dep, .. } = *t;
                (CachedToken { start, end, tag, head, dep }, lemmas.len())
            })
            .collect();
        CachedTokens { from, tokens, lemmas: lemmas.into_boxed_str() }
    }

    /// The tokens as they were kept.
    fn to_tokens(&self) -> Vec<Token> {
        let mut from = 0;
        self.tokens
            .iter()
            .map(|&(t, to)| {
                let lemma = self.lemmas[from..to].to_string();
                from = to;
                Token { start: t.start, end: t.end, lemma, tag: t.tag, head: t.head, dep: t.dep }
            })
            .collect()
    }
}

impl RecentParses {
    /// Sentences per generation: in Reuters, 548 of the 553 repeats come
    /// within 256 sentences parsed (by all threads); about 1 MB of tokens.
    const GENERATION: usize = 256;

    fn get(&self, owner: u64, text: &str, from: usize) -> Option<Vec<Token>> {
        if owner != self.owner {
            return None;
        }
        let kept = self.newer.get(text).or_else(|| self.older.get(text))?;
        (kept.from == from).then(|| kept.to_tokens())
    }

    fn insert(&mut self, owner: u64, text: &str, from: usize, tokens: &[Token]) {
        if owner != self.owner {
            *self = RecentParses { owner, ..RecentParses::default() };
        }
        if self.newer.len() >= Self::GENERATION {
            self.older = std::mem::take(&mut self.newer);
        }
        self.newer.insert(text.into(), CachedTokens::new(from, tokens));
    }
}

/// Each word's candidate lemmas, as [`Analyzer::with_candidate_lemmas`]
/// caches them for one analyser: lemmas are interned, so a sentence's
/// readings are put together, sorted and deduplicated as numbers.
#[derive(Default)]
struct Readings {
    /// The analyser the cache is for ([`Analyzer`]'s `id`).
    owner: u64,
    /// Word → ids of its candidate lemmas.
    words: FxHashMap<String, Box<[u32]>>,
    lemmas: Interned,
    /// The ids of the sentence at hand (kept to reuse its memory).
    ids: Vec<u32>,
    /// The last sentences asked for, each with its ids sorted by text.
    recent: Vec<(Box<str>, Box<[u32]>)>,
}

impl Readings {
    /// How many sentences [`Readings::recent`] keeps.
    const RECENT: usize = 4;
}

/// Lemmas by id, each with the key that orders most of them without
/// comparing their text.
#[derive(Default)]
struct Interned {
    ids: FxHashMap<String, u32>,
    texts: Vec<(u64, String)>,
}

impl Interned {
    /// The id of `lemma`, new if it has none yet.
    fn intern(&mut self, lemma: String) -> u32 {
        if let Some(&id) = self.ids.get(&lemma) {
            return id;
        }
        let id = self.texts.len() as u32;
        self.texts.push((order_key(&lemma), lemma.clone()));
        self.ids.insert(lemma, id);
        id
    }

    fn text(&self, id: u32) -> &str {
        &self.texts[id as usize].1
    }

    /// Sorts distinct ids by their lemmas' text (byte order, as `str` sorts).
    fn sort_by_text(&self, ids: &mut [u32]) {
        ids.sort_unstable_by(|&a, &b| {
            let (a, b) = (&self.texts[a as usize], &self.texts[b as usize]);
            a.0.cmp(&b.0).then_with(|| a.1.cmp(&b.1))
        });
    }
}

/// The first eight bytes of `s`, big-endian, zero-padded: of two texts, the
/// one with the smaller key sorts first, so only texts with equal keys need
/// comparing in full.
fn order_key(s: &str) -> u64 {
    let mut b = [0u8; 8];
    let n = s.len().min(8);
    b[..n].copy_from_slice(&s.as_bytes()[..n]);
    u64::from_be_bytes(b)
}

/// Each name's index in `names` (the first where a name repeats).
fn index_by_name(names: &[String]) -> FxHashMap<String, u16> {
    let mut index = FxHashMap::default();
    for (i, n) in names.iter().enumerate() {
        index.entry(n.clone()).or_insert(i as u16);
    }
    index
}

fn next_analyzer_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// The built-in analyser, loaded once per process on first use.
pub fn shared() -> Result<&'static Analyzer, &'static SyntaxError> {
    static SHARED: std::sync::OnceLock<Result<Analyzer, SyntaxError>> = std::sync::OnceLock::new();
    SHARED.get_or_init(Analyzer::load_default).as_ref()
}
