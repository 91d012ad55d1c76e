//! The commands that write graphs, as library calls: `build` (articles in,
//! the bundle of output files out), `extract` (the map step: records out)
//! and `merge` (the reduce step: records in, `graph.json` out). What a
//! command line shows (warnings, progress) is handed to a callback.

use super::jsonl::{JsonLines, LineError};
use super::{GraphBuilder, Input, Outcome, Record};
use crate::document::{self, DocumentError};
use crate::extract::lang::{LangError, Language};
use crate::extract::{Engine, Extractor};
use crate::fsutil::{self, same_file, GraphLock};
use crate::graph::RelGraph;
use crate::lexicon::{Lexicon, LexiconError};
use crate::render;
use crate::store::{self, GraphFileError};
use std::collections::BTreeSet;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Documents read and extracted in parallel before they are merged.
pub const BATCH: usize = 512;

/// Why a command that writes a graph failed.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// An input the build cannot skip (named explicitly, or `--strict`).
    #[error("cannot build the graph")]
    Input(#[source] DocumentError),
    /// The inputs could not be listed.
    #[error(transparent)]
    Discover(#[from] DocumentError),
    /// The lexicon could not be loaded.
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
    /// The user's language data could not be loaded.
    #[error(transparent)]
    Language(#[from] LangError),
    /// The graph to add to could not be read, or the graph not written.
    #[error(transparent)]
    Graph(#[from] GraphFileError),
    /// An output would overwrite the graph being updated.
    #[error("{graph} is the graph being updated; --out would write {clash} over it")]
    OutputIsGraph {
        /// The graph.
        graph: PathBuf,
        /// The output that would replace it.
        clash: PathBuf,
    },
    /// The graph would be written over one of the files read.
    #[error("{path} is one of the files being read; writing the graph there would replace it (choose another -o)")]
    OutputIsInput {
        /// The input.
        path: PathBuf,
    },
    /// A directory could not be made.
    #[error("cannot create {path}")]
    CreateDir {
        /// The directory.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// A file could not be written.
    #[error("cannot write {path}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The update lock could not be taken.
    #[error("cannot lock {graph}{}", lock.as_ref().map(|l| format!(" ({})", l.display())).unwrap_or_default())]
    Lock {
        /// The graph file.
        graph: PathBuf,
        /// The lock file, when its name was found.
        lock: Option<PathBuf>,
        /// The OS error.
        source: std::io::Error,
    },
    /// A line of JSON Lines input could not be read.
    #[error(transparent)]
    Line(#[from] LineError),
    /// A line of `merge` input is not an `extract` record.
    #[error("{name}:{line}: not a relgraph extract record")]
    Record {
        /// The input.
        name: String,
        /// The line number.
        line: usize,
        /// The JSON error.
        source: serde_json::Error,
    },
    /// A line of `extract -` input is not an article.
    #[error("<stdin>:{line}: not a JSON object with `id` and `text`")]
    Article {
        /// The line number.
        line: usize,
        /// The JSON error.
        source: serde_json::Error,
    },
    /// A line of `extract -` input has a date that is not a day.
    #[error("<stdin>:{line}: date `{date}` is not YYYY-MM-DD")]
    ArticleDate {
        /// The line number.
        line: usize,
        /// The date given.
        date: String,
    },
    /// The records could not be written out.
    #[error("cannot write the records")]
    Output(#[source] std::io::Error),
}

/// What a command reports while it runs, for a command line to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// How many inputs a build has found (sent once, before the first batch).
    Started {
        /// The number of inputs.
        inputs: usize,
    },
    /// A batch of inputs is done: how many, and their size in bytes.
    Progress {
        /// Inputs in the batch.
        inputs: usize,
        /// Their bytes on disk.
        bytes: u64,
    },
    /// Something the user should know (a file skipped, a duplicate, a drawing given up).
    Warning(String),
    /// A note for `RG_DEBUG` (how a file was read, temporary files removed).
    Debug(String),
}

/// How relations are read: which reader runs and the user's language data.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// The relation reader(s) to run.
    pub engine: Engine,
    /// Folders of language files that extend the built-in ones (see [`Language::load`]).
    pub lang: Vec<PathBuf>,
}

impl ReadOptions {
    /// The extractor these options ask for, over `lexicon`.
    fn extractor<'l>(&self, lexicon: &'l Lexicon) -> Result<Extractor<'l>, PipelineError> {
        Ok(Extractor::with_language(lexicon, Language::load(&self.lang)?).with_engine(self.engine))
    }
}

/// The options of `build`.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Article files, directories, or `-` for standard input.
    pub inputs: Vec<PathBuf>,
    /// The output directory.
    pub out: PathBuf,
    /// Extra lexicon files.
    pub lexicon: Vec<PathBuf>,
    /// Whether to lay the graph out (graph.svg, graph.html).
    pub svg: bool,
    /// The graph to add to (written in place), instead of `out/graph.json`.
    pub into: Option<PathBuf>,
    /// Whether an unreadable file in a directory is an error.
    pub strict: bool,
    /// How long the layout may take.
    pub svg_timeout: Duration,
    /// Whether documents already in the graph are added again.
    pub keep_duplicates: bool,
    /// How relations are read.
    pub read: ReadOptions,
}

/// What `build` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildSummary {
    /// Documents added, already there, and skipped.
    pub added: usize,
    /// Documents whose content was already in the graph.
    pub duplicates: usize,
    /// Inputs that could not be read.
    pub skipped: usize,
    /// Actors and relations of the graph written.
    pub actors: usize,
    /// Relations of the graph.
    pub relations: usize,
    /// The graph file written.
    pub graph: PathBuf,
}

/// `build`: reads the articles, adds them to a new graph (or to `--into`),
/// and writes the bundle: `graph.dot`, `graph.svg` and `graph.html` (without
/// `svg`, only the DOT) in `out`, and the graph file with its query index.
/// Every output is written to a temporary file first; the others are then
/// renamed into place, and the graph last: a build that fails leaves the
/// graph as it was. The graph's update lock is held throughout.
pub fn build(o: &BuildOptions, events: &mut dyn FnMut(Event)) -> Result<BuildSummary, PipelineError> {
    // The built-in parser model decodes while the lexicon compiles (the two
    // take about as long): extraction would load it on first use anyway.
    std::thread::spawn(|| {
        let _ = crate::syntax::shared();
    });
    // The inputs are listed meanwhile too (the model decodes faster than the
    // lexicon compiles). Only `.txt` files are listed, so the output folder
    // and lock made below change nothing even inside an input folder; errors
    // are reported where the listing was asked for before.
    let listing = {
        let inputs = o.inputs.clone();
        std::thread::spawn(move || document::discover(&inputs))
    };
    let lexicon = Lexicon::load(&o.lexicon)?;
    let extractor = o.read.extractor(&lexicon)?;
    let json_path = o.into.clone().unwrap_or_else(|| o.out.join("graph.json"));
    let outputs: Vec<PathBuf> = ["graph.dot", "graph.svg", "graph.html"].iter().map(|f| o.out.join(f)).collect();
    if let Some(clash) = outputs.iter().find(|p| same_file(p, &json_path)) {
        return Err(PipelineError::OutputIsGraph { graph: json_path, clash: clash.clone() });
    }
    if o.into.is_none() {
        create_dir(&o.out)?;
    }
    let _lock = lock_graph(&json_path, &outputs, events)?;
    let start = match &o.into {
        Some(p) if p.exists() => store::read_graph(p)?,
        _ => RelGraph::new(),
    };
    let found = listing.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
    let explicit: BTreeSet<&Path> = o.inputs.iter().map(|p| p.as_path()).collect();
    let mut builder = GraphBuilder::with_extractor(&lexicon, extractor, start).keep_duplicates(o.keep_duplicates);
    let (mut added, mut skipped, mut duplicates) = (0, 0, 0);
    events(Event::Started { inputs: found.inputs.len() });
    for error in found.skipped {
        if o.strict {
            return Err(PipelineError::Input(error));
        }
        events(Event::Warning(format!("relgraph: warning: {error}; skipped")));
        skipped += 1;
    }
    let inputs: Vec<Input> = found.inputs.into_iter().map(|(path, id)| Input { path, id }).collect();
    builder.add_batches(&inputs, BATCH, |batch, outcomes, bytes| {
        for outcome in outcomes {
            match outcome {
                Outcome::Added { .. } => added += 1,
                Outcome::Duplicate { id } => {
                    // Name the first few; the summary counts them all.
                    if duplicates < 10 {
                        events(Event::Warning(format!("relgraph: {id}: already in the graph (same content), skipped")));
                    } else if duplicates == 10 {
                        events(Event::Warning(
                            "relgraph: more documents already in the graph; the summary counts them".into(),
                        ));
                    }
                    duplicates += 1;
                }
                Outcome::Skipped { path, error } => {
                    let named = path.as_deref().is_none_or(|p| explicit.contains(p));
                    if o.strict || named {
                        return Err(PipelineError::Input(error));
                    }
                    events(Event::Warning(format!("relgraph: warning: {error}; skipped")));
                    skipped += 1;
                }
            }
        }
        events(Event::Progress { inputs: batch.len(), bytes });
        Ok(())
    })?;
    let graph = builder.finish();
    create_dir(&o.out)?;
    write_bundle(&graph, &lexicon, &outputs, &json_path, o, events)?;
    let summary = BuildSummary {
        added,
        duplicates,
        skipped,
        actors: graph.actor_count(),
        relations: graph.relation_count(),
        graph: json_path,
    };
    // The graph and the lexicon are a great many small allocations, and
    // nothing uses them now: they are freed on a thread of their own, which
    // the caller does not wait for (a process that exits meanwhile leaves
    // the freeing to the system).
    std::thread::spawn(move || drop((graph, lexicon)));
    Ok(summary)
}

/// Writes the drawings (`outputs`: DOT, SVG, HTML) and the graph file, each
/// staged first and renamed into place, the graph last; then its index.
/// The drawings are made and staged on a second thread while the graph file
/// is serialised and staged: each is CPU work and then a flush to disk, and
/// the build's other threads are idle by now.
fn write_bundle(
    graph: &RelGraph,
    lexicon: &Lexicon,
    outputs: &[PathBuf],
    json_path: &Path,
    o: &BuildOptions,
    events: &mut dyn FnMut(Event),
) -> Result<(), PipelineError> {
    let (drawings, graph_file) = std::thread::scope(|scope| {
        let drawings = scope.spawn(|| stage_drawings(graph, lexicon, outputs, o));
        let written = store::serialize(graph);
        let graph_file = stage(json_path, written.text.as_bytes()).map(|f| (f, written));
        (drawings.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)), graph_file)
    });
    let (staged, warning) = drawings?;
    let (graph_file, written) = graph_file?;
    if let Some(w) = warning {
        events(Event::Warning(w));
    }
    for s in staged {
        let path = s.path().to_path_buf();
        s.commit().map_err(|source| PipelineError::Write { path, source })?;
    }
    graph_file.commit().map_err(|source| PipelineError::Write { path: json_path.to_path_buf(), source })?;
    if let Err(e) = store::write_index(json_path, graph, &written) {
        events(Event::Debug(format!("no query index: {e}")));
    }
    Ok(())
}

/// Stages the drawings (`outputs`: DOT, and with `o.svg` SVG and HTML), with
/// the warning to give when the SVG could not be drawn.
fn stage_drawings(
    graph: &RelGraph,
    lexicon: &Lexicon,
    outputs: &[PathBuf],
    o: &BuildOptions,
) -> Result<(Vec<fsutil::Staged>, Option<String>), PipelineError> {
    let dot = render::dot_for_graph(graph, &render::DotOptions::default());
    let mut staged = vec![stage(&outputs[0], dot.as_bytes())?];
    let mut warning = None;
    if o.svg {
        match render::overview_svg(graph, o.svg_timeout) {
            Ok(svg) => staged.push(stage(&outputs[1], svg.as_bytes())?),
            Err(e) => {
                warning = Some(format!(
                    "relgraph: warning: no graph.svg: {e} (graph.json and graph.dot are written; try --no-svg)"
                ))
            }
        }
        let html = render::to_html(graph, Some(lexicon));
        staged.push(stage(&outputs[2], html.as_bytes())?);
    }
    Ok((staged, warning))
}

/// The options of `merge`.
#[derive(Debug, Clone)]
pub struct MergeOptions {
    /// Files of `extract` records (`-`: standard input).
    pub inputs: Vec<PathBuf>,
    /// The graph file to write.
    pub output: PathBuf,
    /// The graph to add to.
    pub into: Option<PathBuf>,
    /// Extra lexicon files.
    pub lexicon: Vec<PathBuf>,
}

/// `merge`: reduces files of `extract` records (into `--into`, when given)
/// and writes the graph file with its index; returns the graph written.
pub fn merge(o: &MergeOptions, events: &mut dyn FnMut(Event)) -> Result<RelGraph, PipelineError> {
    let lexicon = Lexicon::load(&o.lexicon)?;
    if let Some(input) = o.inputs.iter().find(|i| i.as_os_str() != "-" && same_file(i, &o.output)) {
        return Err(PipelineError::OutputIsInput { path: input.clone() });
    }
    // Held from before --into is read until the new graph is in place: a
    // second update waits. (When the output's directory does not exist yet,
    // the output is not --into, and nothing is created until --into is read.)
    let dir = o.output.parent().filter(|d| !d.as_os_str().is_empty());
    let mut lock = match dir {
        Some(d) if !d.is_dir() => None,
        _ => Some(lock_graph(&o.output, &[], events)?),
    };
    let start = match &o.into {
        Some(p) => store::read_graph(p)?,
        None => RelGraph::new(),
    };
    if lock.is_none() {
        if let Some(dir) = dir {
            create_dir(dir)?;
        }
        lock = Some(lock_graph(&o.output, &[], events)?);
    }
    let _lock = lock;
    let mut builder = GraphBuilder::new(&lexicon, start);
    for input in &o.inputs {
        let (reader, name): (Box<dyn BufRead>, String) = if input.as_os_str() == "-" {
            (Box::new(std::io::stdin().lock()), "<stdin>".into())
        } else {
            let file = std::fs::File::open(input)
                .map_err(|source| LineError::Read { name: input.display().to_string(), source })?;
            (Box::new(std::io::BufReader::new(file)), input.display().to_string())
        };
        for (n, line) in JsonLines::new(reader, &name).enumerate() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let record: Record = serde_json::from_str(&line).map_err(|source| PipelineError::Record {
                name: name.clone(),
                line: n + 1,
                source,
            })?;
            builder.merge_record(record);
        }
    }
    let graph = builder.finish();
    if let Some(e) = store::save(&o.output, &graph)? {
        events(Event::Debug(format!("no query index: {e}")));
    }
    Ok(graph)
}

/// `extract`: writes one JSON line per document and per relation found in
/// the inputs to `out`. Files are read in parallel, a batch at a time; `-`
/// reads JSON Lines documents (`{"id", "text", "date"?}`) from standard
/// input. A file named explicitly that cannot be read is an error, one found
/// in a directory a warning.
pub fn extract(
    inputs: &[PathBuf],
    lexicon: &[PathBuf],
    read: &ReadOptions,
    out: &mut dyn Write,
    events: &mut dyn FnMut(Event),
) -> Result<(), PipelineError> {
    let lexicon = Lexicon::load(lexicon)?;
    let builder = GraphBuilder::with_extractor(&lexicon, read.extractor(&lexicon)?, RelGraph::new());
    // Found all at once, so that two files of one name get distinct ids.
    let found = document::discover(inputs)?;
    for error in found.skipped {
        events(Event::Warning(format!("relgraph: warning: {error}; skipped")));
    }
    let mut files: Vec<Input> = Vec::new();
    for (path, id) in found.inputs {
        let Some(path) = path else {
            extract_files(&builder, std::mem::take(&mut files), inputs, out, events)?;
            extract_stdin(&builder, std::io::stdin().lock(), out)?;
            continue;
        };
        files.push(Input { path: Some(path), id });
    }
    extract_files(&builder, files, inputs, out, events)?;
    out.flush().map_err(PipelineError::Output)
}

fn write_records(records: Vec<Record>, out: &mut dyn Write) -> Result<(), PipelineError> {
    for r in records {
        serde_json::to_writer(&mut *out, &r).map_err(|e| PipelineError::Output(e.into()))?;
        out.write_all(b"\n").map_err(PipelineError::Output)?;
    }
    Ok(())
}

fn extract_files(
    builder: &GraphBuilder<'_>,
    inputs: Vec<Input>,
    named: &[PathBuf],
    out: &mut dyn Write,
    events: &mut dyn FnMut(Event),
) -> Result<(), PipelineError> {
    for batch in inputs.chunks(BATCH) {
        for r in builder.extract_records(batch) {
            match r {
                Ok(records) => write_records(records, out)?,
                Err((path, e)) if path.as_deref().is_some_and(|p| named.iter().any(|n| n == p)) => {
                    return Err(PipelineError::Discover(e))
                }
                Err((_, e)) => events(Event::Warning(format!("relgraph: warning: {e}; skipped"))),
            }
        }
    }
    Ok(())
}

/// One article of `extract -` input.
#[derive(serde::Deserialize)]
struct Article {
    id: String,
    text: String,
    date: Option<String>,
}

/// Extracts the JSON Lines articles of `input` (`{"id", "text", "date"?}`),
/// each checked as an article file is (size, NUL, empty).
fn extract_stdin(builder: &GraphBuilder<'_>, input: impl BufRead, out: &mut dyn Write) -> Result<(), PipelineError> {
    let mut batch = Vec::new();
    for (n, line) in JsonLines::new(input, "<stdin>").enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let a: Article =
            serde_json::from_str(&line).map_err(|source| PipelineError::Article { line: n + 1, source })?;
        if let Some(d) = &a.date {
            if document::parse_day(d).is_none() {
                return Err(PipelineError::ArticleDate { line: n + 1, date: d.clone() });
            }
        }
        document::check_text(Path::new(&format!("<stdin>:{}", n + 1)), &a.text)?;
        batch.push((a.id, a.text, a.date));
        if batch.len() == BATCH {
            for records in builder.extract_texts(std::mem::take(&mut batch)) {
                write_records(records, out)?;
            }
        }
    }
    for records in builder.extract_texts(batch) {
        write_records(records, out)?;
    }
    Ok(())
}

fn create_dir(path: &Path) -> Result<(), PipelineError> {
    std::fs::create_dir_all(path).map_err(|source| PipelineError::CreateDir { path: path.to_path_buf(), source })
}

/// Writes a file to a temporary file beside it, to be renamed into place.
fn stage(path: &Path, bytes: &[u8]) -> Result<fsutil::Staged, PipelineError> {
    fsutil::stage(path, bytes).map_err(|source| PipelineError::Write { path: path.to_path_buf(), source })
}

/// Takes the update lock of a graph file (`GRAPH.lock` beside it), waiting,
/// with a warning, while another relgraph holds it; then removes what killed
/// runs left beside the graph and beside the files written with it (`also`).
fn lock_graph(graph: &Path, also: &[PathBuf], events: &mut dyn FnMut(Event)) -> Result<GraphLock, PipelineError> {
    let error = |lock: Option<PathBuf>| {
        let graph = graph.to_path_buf();
        move |source| PipelineError::Lock { graph, lock, source }
    };
    let lock_path = GraphLock::path_for(graph).map_err(error(None))?;
    let lock = match GraphLock::try_acquire(graph).map_err(error(Some(lock_path.clone())))? {
        Some(lock) => lock,
        None => {
            events(Event::Warning(format!(
                "relgraph: waiting for another relgraph that is updating {} (lock {})",
                graph.display(),
                lock_path.display()
            )));
            GraphLock::acquire(graph).map_err(error(Some(lock_path)))?
        }
    };
    let removed: usize =
        std::iter::once(graph).chain(also.iter().map(PathBuf::as_path)).map(fsutil::remove_leftovers).sum();
    if removed > 0 {
        events(Event::Debug(format!("removed {removed} temporary files that killed runs left")));
    }
    Ok(lock)
}

#[cfg(test)]
mod tests {
    use super::{build, extract, merge, BuildOptions, Event, MergeOptions, PipelineError, ReadOptions};
    use crate::store;
    use std::path::PathBuf;
    use std::time::Duration;

    fn options(inputs: Vec<PathBuf>, out: PathBuf) -> BuildOptions {
        BuildOptions {
            inputs,
            out,
            lexicon: Vec::new(),
            svg: false,
            into: None,
            strict: false,
            svg_timeout: Duration::from_secs(5),
            keep_duplicates: false,
            read: ReadOptions::default(),
        }
    }

    #[test]
    fn build_writes_the_bundle_and_merge_of_extract_gives_the_same_graph() {
        let dir = tempfile::tempdir().unwrap();
        let articles = dir.path().join("articles");
        std::fs::create_dir(&articles).unwrap();
        std::fs::write(articles.join("a.txt"), "Russia supplied fighter jets to Myanmar's junta.\n").unwrap();
        std::fs::write(articles.join("b.txt"), "Russia supplied fighter jets to Myanmar's junta.\n").unwrap();
        let out = dir.path().join("out");
        let mut warnings = Vec::new();
        let summary = build(&options(vec![articles.clone()], out.clone()), &mut |e| {
            if let Event::Warning(w) = e {
                warnings.push(w)
            }
        })
        .unwrap();
        assert_eq!((summary.added, summary.duplicates, summary.skipped), (1, 1, 0));
        assert!(warnings.iter().any(|w| w.contains("already in the graph")), "{warnings:?}");
        assert!(out.join("graph.dot").exists() && !out.join("graph.svg").exists());
        assert!(store::index_path(&out.join("graph.json")).exists());
        let built = std::fs::read_to_string(out.join("graph.json")).unwrap();
        assert!(summary.relations > 0, "{built}");
        // The map and reduce steps give the same graph.
        let mut records = Vec::new();
        extract(&[articles.join("a.txt")], &[], &ReadOptions::default(), &mut records, &mut |_| {}).unwrap();
        let jsonl = dir.path().join("records.jsonl");
        std::fs::write(&jsonl, &records).unwrap();
        let merged = dir.path().join("merged.json");
        merge(
            &MergeOptions { inputs: vec![jsonl.clone()], output: merged.clone(), into: None, lexicon: vec![] },
            &mut |_| {},
        )
        .unwrap();
        assert_eq!(std::fs::read_to_string(&merged).unwrap(), built);
        // Writing the graph over an input is refused.
        let over = MergeOptions { inputs: vec![jsonl.clone()], output: jsonl, into: None, lexicon: vec![] };
        assert!(matches!(merge(&over, &mut |_| {}), Err(PipelineError::OutputIsInput { .. })));
    }

    #[test]
    fn a_named_file_that_cannot_be_read_stops_the_build_and_leaves_no_graph() {
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("empty.txt");
        std::fs::write(&empty, "").unwrap();
        let out = dir.path().join("out");
        let err = build(&options(vec![empty], out.clone()), &mut |_| {}).unwrap_err();
        assert!(matches!(err, PipelineError::Input(_)), "{err:?}");
        assert!(!out.join("graph.json").exists());
    }
}
