//! The `relgraph` command line: a thin layer over the library.

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};
use relgraph::document;
use relgraph::export;
use relgraph::fsutil::{self, write_atomic};
use relgraph::graph::{Direction, Evidence, Hop, QueryFilter, RelGraph};
use relgraph::lexicon::Lexicon;
use relgraph::ontology::RelationType;
use relgraph::pipeline::{GraphBuilder, Input, Outcome, Record};
use relgraph::render;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

/// Prints a line on standard output with its control characters escaped
/// ([`term`]): article text must not drive the terminal.
macro_rules! say {
    ($($arg:tt)*) => { println!("{}", term(&format!($($arg)*))) };
}

/// Prints a line on standard error with its control characters escaped.
macro_rules! warn {
    ($($arg:tt)*) => { eprintln!("{}", term(&format!($($arg)*))) };
}

/// Text for the terminal: control characters (escape sequences, line
/// breaks that would forge a line, bells) and the bidirectional overrides
/// that reorder what is shown are written as escapes (`\n`, `\u{1b}`), so
/// that text from articles, file names and graph files is shown, never run.
fn term(text: &str) -> std::borrow::Cow<'_, str> {
    let escaped = |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !text.chars().any(escaped) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if escaped(c) => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Documents read and extracted in parallel before they are merged.
const BATCH: usize = 512;

/// Turns news articles into a graph of who does what to whom.
#[derive(Parser)]
#[command(name = "relgraph", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles and write graph.json, graph.dot and graph.svg.
    Build(BuildArgs),
    /// The shortest paths between two actors, each hop with its evidence.
    Path(PathArgs),
    /// The actors within N hops of one actor.
    Neighbors(NeighborsArgs),
    /// One actor's relations in date order, sentence by sentence.
    Timeline(TimelineArgs),
    /// The communities of actors (Louvain on the graph weighted by evidence).
    Communities(CommunitiesArgs),
    /// Draw a graph (or part of it) as DOT or SVG.
    Render(RenderArgs),
    /// Write one JSON line per document and per relation found (the map step).
    Extract(ExtractArgs),
    /// Reduce files of `extract` records into graph.json (the reduce step).
    Merge(MergeArgs),
    /// Write the graph in another format: graphml, gexf, cytoscape, neo4j, jsonl, json.
    Export(ExportArgs),
}

#[derive(Args)]
struct ExtractArgs {
    /// Article files or directories; `-` reads JSON Lines ({"id", "text", "date"?}) from standard input.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Extra lexicon file(s).
    #[arg(long)]
    lexicon: Vec<PathBuf>,
}

#[derive(Args)]
struct MergeArgs {
    /// Files of records written by `relgraph extract` (`-` for standard input).
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// The graph file to write.
    #[arg(short = 'o', long, default_value = "output/graph.json")]
    output: PathBuf,
    /// Add to this existing graph.
    #[arg(long)]
    into: Option<PathBuf>,
    /// Extra lexicon file(s).
    #[arg(long)]
    lexicon: Vec<PathBuf>,
}

#[derive(Args)]
struct ExportArgs {
    /// The graph to export.
    #[arg(long, default_value = "output/graph.json")]
    graph: PathBuf,
    /// graphml, gexf, cytoscape, neo4j (a directory of CSV files and a Cypher script), jsonl or json.
    #[arg(long)]
    format: String,
    /// Output file (a directory for neo4j).
    #[arg(short = 'o', long)]
    output: PathBuf,
}

#[derive(Args)]
struct BuildArgs {
    /// Article files, directories (searched for .txt files) or `-` for standard input.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Output directory.
    #[arg(long, default_value = "output")]
    out: PathBuf,
    /// Extra lexicon file(s) with actors or patterns (see data/README.md).
    #[arg(long)]
    lexicon: Vec<PathBuf>,
    /// Skip the layout: no graph.svg and no graph.html.
    #[arg(long)]
    no_svg: bool,
    /// Add the articles to this existing graph.json instead of starting empty.
    #[arg(long)]
    into: Option<PathBuf>,
    /// Treat any unreadable file in a directory as an error.
    #[arg(long)]
    strict: bool,
    /// Seconds the SVG layout may take before it is given up.
    #[arg(long, default_value_t = 60)]
    svg_timeout: u64,
    /// Add documents whose content is already in the graph (benchmarks on replicated corpora).
    #[arg(long)]
    no_dedup: bool,
}

#[derive(Args, Clone)]
struct QueryArgs {
    /// The graph to query.
    #[arg(long, default_value = "output/graph.json")]
    graph: PathBuf,
    /// Follow directed relations only from source to target.
    #[arg(long)]
    directed: bool,
    /// Keep only these relation types (comma-separated ontology ids).
    #[arg(long, value_delimiter = ',')]
    types: Vec<String>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
    /// Extra lexicon file(s), for resolving names.
    #[arg(long)]
    lexicon: Vec<PathBuf>,
    /// Use only evidence dated on or after this day (YYYY-MM-DD); undated evidence is left out.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = day)]
    since: Option<String>,
    /// Use only evidence dated on or before this day (YYYY-MM-DD); undated evidence is left out.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = day)]
    until: Option<String>,
}

/// Checks a `--since` / `--until` value: a real calendar day written `YYYY-MM-DD`.
fn day(s: &str) -> Result<String, String> {
    if document::find_date(s).as_deref() == Some(s) {
        Ok(s.to_string())
    } else {
        Err(format!("`{s}` is not a date written YYYY-MM-DD (such as 2024-03-31)"))
    }
}

/// Checks a count that must be a whole number of at least 1.
fn at_least_one(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => Err("must be at least 1".into()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("`{s}` is not a whole number")),
    }
}

/// The most paths `path --k` lists: each costs a search per actor on the
/// path before it, so a large k on a large graph would run for hours.
const MAX_PATHS: usize = 100;

/// Checks `--k`: at least 1, at most [`MAX_PATHS`].
fn path_count(s: &str) -> Result<usize, String> {
    match at_least_one(s)? {
        n if n > MAX_PATHS => Err(format!("must be at most {MAX_PATHS}")),
        n => Ok(n),
    }
}

#[derive(Args)]
struct PathArgs {
    /// Where the path starts (a name, alias or id).
    from: String,
    /// Where it ends.
    to: String,
    /// How many paths: the k shortest without loops, shortest first (at most 100).
    #[arg(long, default_value_t = 1, value_parser = path_count)]
    k: usize,
    /// Also draw the path, highlighted among its actors' neighbours, to this SVG file.
    #[arg(long, value_name = "FILE")]
    svg: Option<PathBuf>,
    #[command(flatten)]
    query: QueryArgs,
}

#[derive(Args)]
struct TimelineArgs {
    /// The actor (a name, alias or id).
    actor: String,
    #[command(flatten)]
    query: QueryArgs,
}

#[derive(Args)]
struct CommunitiesArgs {
    /// The graph.
    #[arg(long, default_value = "output/graph.json")]
    graph: PathBuf,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
struct NeighborsArgs {
    /// The actor (a name, alias or id).
    actor: String,
    /// How many hops.
    #[arg(long, default_value_t = 1)]
    depth: usize,
    #[command(flatten)]
    query: QueryArgs,
}

#[derive(Args)]
struct RenderArgs {
    /// `dot`, `svg`, `png` or `html` (the interactive page).
    #[arg(long, default_value = "svg")]
    format: String,
    /// Draw only this actor's neighbourhood.
    #[arg(long)]
    actor: Option<String>,
    /// Neighbourhood depth with --actor.
    #[arg(long, default_value_t = 1)]
    depth: usize,
    /// Output file.
    #[arg(short = 'o', long)]
    output: PathBuf,
    /// Draw at most this many actors: those with the most relations (ties by id).
    /// Default: 60 for dot, svg and png; all of them for html.
    #[arg(long, value_parser = at_least_one)]
    top: Option<usize>,
    #[command(flatten)]
    query: QueryArgs,
}

fn main() -> ExitCode {
    // Output piped into a reader that stops early (`| head`) ends relgraph
    // quietly, as it does any Unix tool, instead of a panic in println!.
    #[cfg(unix)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    match run() {
        Ok(code) => code,
        Err(e) => {
            warn!("relgraph: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Command::Build(a) => build(a),
        Command::Path(a) => path(a),
        Command::Neighbors(a) => neighbors(a),
        Command::Timeline(a) => timeline(a),
        Command::Communities(a) => communities(a),
        Command::Render(a) => render_cmd(a),
        Command::Extract(a) => extract_cmd(a),
        Command::Merge(a) => merge_cmd(a),
        Command::Export(a) => export_cmd(a),
    }
}

fn build(a: BuildArgs) -> Result<ExitCode> {
    let lexicon = Lexicon::load(&a.lexicon)?;
    let json_path = a.into.clone().unwrap_or_else(|| a.out.join("graph.json"));
    let outputs: Vec<PathBuf> = ["graph.dot", "graph.svg", "graph.html"].iter().map(|f| a.out.join(f)).collect();
    if let Some(clash) = outputs.iter().find(|o| same_file(o, &json_path)) {
        bail!("{} is the graph being updated; --out would write {} over it", json_path.display(), clash.display());
    }
    if a.into.is_none() {
        std::fs::create_dir_all(&a.out).with_context(|| format!("cannot create {}", a.out.display()))?;
    }
    // Held until the new graph is in place: a second update waits.
    let _lock = lock_graph(&json_path, &outputs)?;
    let start = match &a.into {
        Some(p) if p.exists() => export::read_graph(p)?,
        _ => RelGraph::new(),
    };
    let found = document::discover(&a.inputs)?;
    let explicit: BTreeSet<&Path> = a.inputs.iter().map(|p| p.as_path()).collect();
    let mut builder = GraphBuilder::new(&lexicon, start).keep_duplicates(a.no_dedup);
    let (mut added, mut skipped, mut duplicates) = (0, 0, 0);
    let progress = Progress::new(found.inputs.len());
    for error in found.skipped {
        if a.strict {
            return Err(error).context("cannot build the graph");
        }
        progress.say(format!("relgraph: warning: {error}; skipped"));
        skipped += 1;
    }
    let inputs: Vec<Input> = found.inputs.into_iter().map(|(path, id)| Input { path, id }).collect();
    for batch in inputs.chunks(BATCH) {
        for outcome in builder.add_inputs(batch) {
            match outcome {
                Outcome::Added { .. } => added += 1,
                Outcome::Duplicate { id } => {
                    // Name the first few; the summary counts them all.
                    if duplicates < 10 {
                        progress.say(format!("relgraph: {id}: already in the graph (same content), skipped"));
                    } else if duplicates == 10 {
                        progress.say("relgraph: more documents already in the graph; the summary counts them".into());
                    }
                    duplicates += 1;
                }
                Outcome::Skipped { path, error } => {
                    let named = path.as_deref().is_none_or(|p| explicit.contains(p));
                    if a.strict || named {
                        return Err(error).context("cannot build the graph");
                    }
                    progress.say(format!("relgraph: warning: {error}; skipped"));
                    skipped += 1;
                }
            }
        }
        progress.batch_done(batch);
    }
    progress.finish();
    let graph = builder.finish();
    std::fs::create_dir_all(&a.out).with_context(|| format!("cannot create {}", a.out.display()))?;
    // Every output is written to a temporary file first; the others are then
    // renamed into place, and the graph last: a build that fails leaves the
    // graph as it was.
    let dot = render::to_dot(&graph, &render::DotOptions::default());
    let mut staged = vec![stage(&outputs[0], dot.as_bytes())?];
    if !a.no_svg {
        match render::overview_svg(&graph, Duration::from_secs(a.svg_timeout)) {
            Ok(svg) => staged.push(stage(&outputs[1], svg.as_bytes())?),
            Err(e) => {
                warn!("relgraph: warning: no graph.svg: {e} (graph.json and graph.dot are written; try --no-svg)")
            }
        }
        let html = render::to_html(&graph, Some(&lexicon));
        staged.push(stage(&outputs[2], html.as_bytes())?);
    }
    let json = export::to_json(&graph);
    let graph_file = stage(&json_path, json.as_bytes())?;
    for s in staged {
        let path = s.path().to_path_buf();
        s.commit().with_context(|| format!("cannot write {}", path.display()))?;
    }
    graph_file.commit().with_context(|| format!("cannot write {}", json_path.display()))?;
    write_index(&json_path, &graph, &json);
    warn!(
        "relgraph: {added} documents added, {duplicates} duplicates, {skipped} skipped; {} actors, {} relations -> {}",
        graph.actor_count(),
        graph.relation_count(),
        json_path.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// Writes a file to a temporary file beside it, to be renamed into place.
fn stage(path: &Path, bytes: &[u8]) -> Result<fsutil::Staged> {
    fsutil::stage(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}

/// Takes the update lock of a graph file (`GRAPH.lock` beside it), waiting,
/// with a note, while another relgraph holds it; then removes what killed
/// runs left beside the graph and beside the files written with it (`also`).
fn lock_graph(graph: &Path, also: &[PathBuf]) -> Result<fsutil::GraphLock> {
    let lock_path = fsutil::GraphLock::path_for(graph).with_context(|| format!("cannot lock {}", graph.display()))?;
    let cannot = || format!("cannot lock {} ({})", graph.display(), lock_path.display());
    let lock = match fsutil::GraphLock::try_acquire(graph).with_context(cannot)? {
        Some(lock) => lock,
        None => {
            warn!(
                "relgraph: waiting for another relgraph that is updating {} (lock {})",
                graph.display(),
                lock_path.display()
            );
            fsutil::GraphLock::acquire(graph).with_context(cannot)?
        }
    };
    let removed: usize =
        std::iter::once(graph).chain(also.iter().map(PathBuf::as_path)).map(fsutil::remove_leftovers).sum();
    if removed > 0 {
        debug(&format!("removed {removed} temporary files that killed runs left"));
    }
    Ok(lock)
}

/// Whether two paths name the same file, whether or not it exists yet
/// (through symbolic links, `..` and the like).
fn same_file(a: &Path, b: &Path) -> bool {
    let resolve = |p: &Path| -> Option<PathBuf> {
        let p = fsutil::write_target(p).ok()?;
        let dir = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.canonicalize().ok()?,
            _ => std::env::current_dir().ok()?,
        };
        Some(dir.join(p.file_name()?))
    };
    match (resolve(a), resolve(b)) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// The lexicon that resolves names, loaded on first use: a name that is an
/// actor's id or label in the graph does not need it, and loading it takes
/// longer than a query. Extra `--lexicon` files are read at once, so that an
/// error in one is reported whatever the names asked.
struct Names {
    files: Vec<PathBuf>,
    lexicon: std::cell::OnceCell<Lexicon>,
}

impl Names {
    fn new(files: &[PathBuf]) -> Result<Names> {
        let names = Names { files: files.to_vec(), lexicon: std::cell::OnceCell::new() };
        if !files.is_empty() {
            names.get()?;
        }
        Ok(names)
    }

    fn get(&self) -> Result<&Lexicon> {
        if let Some(lexicon) = self.lexicon.get() {
            return Ok(lexicon);
        }
        let lexicon = Lexicon::load(&self.files)?;
        Ok(self.lexicon.get_or_init(|| lexicon))
    }
}

/// The progress bar of `build` on standard error: documents done out of the
/// total, and MB/s. Drawn only when standard error is a terminal.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    bytes: std::cell::Cell<u64>,
    start: std::time::Instant,
}

impl Progress {
    fn new(total: usize) -> Progress {
        use std::io::IsTerminal;
        let bar = std::io::stderr().is_terminal().then(|| {
            let style =
                indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} documents, {msg}, {elapsed} (ETA {eta})")
                    .expect("valid template");
            indicatif::ProgressBar::new(total as u64).with_style(style).with_message("0.0 MB/s")
        });
        Progress { bar, bytes: std::cell::Cell::new(0), start: std::time::Instant::now() }
    }

    /// Counts a batch of inputs as done (their size from the file system).
    fn batch_done(&self, batch: &[Input]) {
        let Some(bar) = &self.bar else { return };
        let size: u64 = batch
            .iter()
            .filter_map(|i| i.path.as_deref())
            .filter_map(|p| std::fs::metadata(p).ok())
            .map(|m| m.len())
            .sum();
        self.bytes.set(self.bytes.get() + size);
        let mb_s = self.bytes.get() as f64 / 1e6 / self.start.elapsed().as_secs_f64().max(1e-3);
        bar.inc(batch.len() as u64);
        bar.set_message(format!("{mb_s:.1} MB/s"));
    }

    /// Prints a line above the bar.
    fn say(&self, line: String) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{}", term(&line))),
            None => eprintln!("{}", term(&line)),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// Writes graph.json (atomically) and then its query index next to it
/// (`graph.json.idx`).
fn write_graph_json(path: &Path, graph: &RelGraph) -> Result<()> {
    let json = export::to_json(graph);
    write_atomic(path, json.as_bytes()).with_context(|| format!("cannot write {}", path.display()))?;
    write_index(path, graph, &json);
    Ok(())
}

/// Writes the query index of a graph file just written; the index is a
/// cache, so failing to write it is not an error (an old one left behind is
/// stale, and ignored).
fn write_index(path: &Path, graph: &RelGraph, json: &str) {
    if let Err(e) = export::write_index(path, graph, json) {
        debug(&format!("no query index: {e}"));
    }
}

/// A note on standard error when `RG_DEBUG` is set.
fn debug(note: &str) {
    if std::env::var_os("RG_DEBUG").is_some() {
        warn!("relgraph: debug: {note}");
    }
}

/// Reads the graph a query runs on, the names and the filter. The graph is
/// never dropped: the process ends after the query, and freeing a large
/// graph piece by piece takes longer than the query itself.
fn load_query(q: &QueryArgs) -> Result<(std::mem::ManuallyDrop<RelGraph>, Names, QueryFilter)> {
    check_window(q)?;
    let graph = std::mem::ManuallyDrop::new(export::read_graph(&q.graph)?);
    let (lexicon, filter) = names_and_filter(q)?;
    Ok((graph, lexicon, filter))
}

/// [`load_query`] through the query index (`graph.json.idx`) when it is
/// fresh: then the graph's evidence has dates only, and the sentences shown
/// come from [`export::QueryGraph::shown_evidence`]. With `whole`, the graph
/// file is read whole, as [`load_query`] does.
fn load_indexed_query(
    q: &QueryArgs,
    whole: bool,
) -> Result<(std::mem::ManuallyDrop<export::QueryGraph>, Names, QueryFilter)> {
    check_window(q)?;
    let graph = if whole { export::read_graph(&q.graph)?.into() } else { export::read_graph_for_query(&q.graph)? };
    debug(graph.note());
    let (lexicon, filter) = names_and_filter(q)?;
    Ok((std::mem::ManuallyDrop::new(graph), lexicon, filter))
}

fn check_window(q: &QueryArgs) -> Result<()> {
    if let (Some(since), Some(until)) = (&q.since, &q.until) {
        if since > until {
            bail!("--since {since} is after --until {until}");
        }
    }
    Ok(())
}

fn names_and_filter(q: &QueryArgs) -> Result<(Names, QueryFilter)> {
    let lexicon = Names::new(&q.lexicon)?;
    let mut types = Vec::new();
    for t in &q.types {
        types.push(t.parse::<RelationType>().map_err(anyhow::Error::msg)?);
    }
    Ok((lexicon, QueryFilter { types, directed: q.directed, since: q.since.clone(), until: q.until.clone() }))
}

/// Finds the graph node a user means: a lexicon name or alias, or a node's id or label.
fn resolve<'g>(graph: &'g RelGraph, lexicon: &Names, name: &str) -> Result<&'g relgraph::graph::Actor> {
    if name.trim().is_empty() {
        bail!("empty actor name");
    }
    let norm = relgraph::lexicon::normalize(name);
    if let Some(a) = graph.actors().into_iter().find(|a| a.id == name || same_name(&a.label, &norm)) {
        return Ok(a);
    }
    if let Some(entry) = lexicon.get()?.resolve_name(name) {
        if let Some(a) = graph.actor(&entry.id) {
            return Ok(a);
        }
        bail!("`{name}` is {} ({}), which has no relation in this graph", entry.label, entry.id);
    }
    let suggestions = relgraph::lexicon::closest(name, graph.actors().iter().map(|a| a.label.as_str()), 3);
    if suggestions.is_empty() {
        bail!("unknown actor `{name}`");
    }
    bail!("unknown actor `{name}`; did you mean: {}?", suggestions.join(", "))
}

/// Whether `normalize(label) == norm` for a normalised `norm`, without
/// allocating for ASCII labels (a large graph has many to compare).
fn same_name(label: &str, norm: &str) -> bool {
    if !label.is_ascii() {
        return relgraph::lexicon::normalize(label) == norm;
    }
    let label = label.trim();
    let label = match label.get(..4) {
        Some(the) if the.eq_ignore_ascii_case("the ") => &label[4..],
        _ => label,
    };
    let mut words = label.split_whitespace();
    for want in norm.split(' ') {
        if !words.next().is_some_and(|w| w.eq_ignore_ascii_case(want)) {
            return false;
        }
    }
    words.next().is_none()
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

fn path(a: PathArgs) -> Result<ExitCode> {
    // The query index serves the query unless --svg asks for the drawing,
    // whose tooltips carry every sentence of the neighbourhood.
    let whole = a.svg.is_some();
    if let Some(svg) = &a.svg {
        not_the_graph(svg, &a.query.graph)?;
    }
    let (graph, lexicon, filter) = load_indexed_query(&a.query, whole)?;
    match path_in(&a, &graph, &lexicon, &filter) {
        // The graph file no longer agrees with its index (it changed during
        // the query): nothing is printed yet; read it whole.
        Err(e) if !whole && e.downcast_ref::<export::IndexError>().is_some() => {
            debug(&format!("{e:#}; reading the whole graph file"))
        }
        done => return done,
    }
    let (graph, lexicon, filter) = load_indexed_query(&a.query, true)?;
    path_in(&a, &graph, &lexicon, &filter)
}

fn path_in(a: &PathArgs, graph: &export::QueryGraph, lexicon: &Names, filter: &QueryFilter) -> Result<ExitCode> {
    let from = resolve(graph, lexicon, &a.from)?;
    let to = resolve(graph, lexicon, &a.to)?;
    let paths = graph.k_shortest_paths(&from.id, &to.id, a.k, filter);
    if paths.is_empty() {
        warn!("relgraph: no path from {} to {}", from.label, to.label);
        return Ok(ExitCode::from(1));
    }
    // The sentence each hop shows, read before anything is printed.
    let mut shown = Vec::with_capacity(paths.len());
    for hops in &paths {
        let mut evidence = Vec::with_capacity(hops.len());
        for h in hops {
            evidence.push(graph.shown_evidence(filter, h)?.expect("a followed relation has evidence in the window"));
        }
        shown.push(evidence);
    }
    print_paths(from, to, &paths, &shown, a.k, filter, a.query.json)?;
    if let Some(file) = &a.svg {
        draw_path(graph, filter, &from.id, &paths, file)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints the paths found, as text or JSON; each hop with its best evidence
/// (`shown`, hop by hop).
fn print_paths(
    from: &relgraph::graph::Actor,
    to: &relgraph::graph::Actor,
    paths: &[Vec<Hop<'_>>],
    shown: &[Vec<Evidence>],
    k: usize,
    filter: &QueryFilter,
    json: bool,
) -> Result<()> {
    if json {
        let hops_json = |hops: &[Hop<'_>], shown: &[Evidence]| -> Vec<serde_json::Value> {
            hops.iter()
                .zip(shown)
                .map(|(h, ev)| {
                    serde_json::json!({
                        "from": h.from.id, "to": h.to.id, "source": h.source.id, "target": h.target.id,
                        "relation": h.relation.relation, "directed": h.relation.relation.directed(),
                        "weight": filter.weight(h.relation), "evidence": ev,
                    })
                })
                .collect()
        };
        let all: Vec<serde_json::Value> = paths
            .iter()
            .zip(shown)
            .map(|(p, s)| serde_json::json!({"length": p.len(), "hops": hops_json(p, s)}))
            .collect();
        // `hops` is the shortest path, as before there was --k; `paths` holds all of them.
        println!(
            "{}",
            serde_json::to_string_pretty(
                &serde_json::json!({"from": from.id, "to": to.id, "hops": hops_json(&paths[0], &shown[0]), "paths": all})
            )?
        );
        return Ok(());
    }
    let print_hops = |hops: &[Hop<'_>], shown: &[Evidence]| {
        for (i, (h, ev)) in hops.iter().zip(shown).enumerate() {
            let arrow = if h.relation.relation.directed() {
                format!("{} -{}-> {}", h.source.label, h.relation.relation, h.target.label)
            } else {
                format!("{} -{}- {}", h.source.label, h.relation.relation, h.target.label)
            };
            say!("{}. {arrow}  ({})", i + 1, plural(filter.weight(h.relation), "sentence"));
            say!("   \"{}\"", ev.sentence);
            say!("   — {}{}", ev.doc, ev.date.as_deref().map(|d| format!(", {d}")).unwrap_or_default());
        }
    };
    if k == 1 {
        say!("{} -> {}: {}", from.label, to.label, plural(paths[0].len(), "hop"));
        print_hops(&paths[0], &shown[0]);
        return Ok(());
    }
    let fewer = if paths.len() < k { format!(" (no other path without a loop; {k} asked)") } else { String::new() };
    say!("{} -> {}: {}{fewer}", from.label, to.label, plural(paths.len(), "path"));
    for (n, (hops, shown)) in paths.iter().zip(shown).enumerate() {
        println!();
        say!("Path {}: {}", n + 1, plural(hops.len(), "hop"));
        print_hops(hops, shown);
    }
    Ok(())
}

/// Draws the shortest of the paths highlighted inside the 1-hop neighbourhood
/// of every actor on any of the paths, as SVG.
fn draw_path(graph: &RelGraph, filter: &QueryFilter, from: &str, paths: &[Vec<Hop<'_>>], file: &Path) -> Result<()> {
    // (From an actor to itself the path has no hop.)
    let first: Vec<String> =
        std::iter::once(from.to_string()).chain(paths[0].iter().map(|h| h.to.id.clone())).collect();
    let on_paths: BTreeSet<String> = paths
        .iter()
        .flatten()
        .flat_map(|h| [h.from.id.clone(), h.to.id.clone()])
        .chain(first.iter().cloned())
        .collect();
    let mut ids = on_paths.clone();
    for id in &on_paths {
        ids.extend(graph.neighbors(id, 1, filter).into_iter().map(|(n, _)| n.id.clone()));
    }
    let sub = graph.subgraph(&ids, filter);
    let labels: Vec<&str> = first.iter().filter_map(|id| graph.actor(id)).map(|a| a.label.as_str()).collect();
    let options =
        render::DotOptions {
            title: Some(labels.join(" → ")), highlight: first, edge_labels: sub.actor_count() <= 30
        };
    let svg = render::svg_for_graph(&sub, &options, Duration::from_secs(120))?;
    write_atomic(file, svg.as_bytes()).with_context(|| format!("cannot write {}", file.display()))?;
    warn!(
        "relgraph: path drawn among {}, {} -> {}",
        plural(sub.actor_count(), "actor"),
        plural(sub.relation_count(), "relation"),
        file.display()
    );
    Ok(())
}

fn neighbors(a: NeighborsArgs) -> Result<ExitCode> {
    if a.depth == 0 {
        bail!("--depth must be at least 1");
    }
    // The query index serves it: it shows no sentence.
    let (graph, lexicon, filter) = load_indexed_query(&a.query, false)?;
    let actor = resolve(&graph, &lexicon, &a.actor)?;
    let found = graph.neighbors(&actor.id, a.depth, &filter);
    if a.query.json {
        let out: Vec<_> = found
            .iter()
            .map(|(n, d)| serde_json::json!({"id": n.id, "label": n.label, "kind": n.kind, "distance": d}))
            .collect();
        println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({"actor": actor.id, "depth": a.depth, "neighbors": out}))?
        );
    } else {
        say!(
            "{} ({}): {} actor{} within {} hop{}",
            actor.label,
            actor.kind,
            found.len(),
            if found.len() == 1 { "" } else { "s" },
            a.depth,
            if a.depth == 1 { "" } else { "s" }
        );
        for (n, d) in &found {
            let rels: Vec<String> = graph
                .relations_between(&actor.id, &n.id, &filter)
                .into_iter()
                .map(|(s, _, r)| {
                    if r.relation.directed() && s.id != actor.id {
                        format!("<-{}", r.relation)
                    } else if r.relation.directed() {
                        format!("{}->", r.relation)
                    } else {
                        r.relation.to_string()
                    }
                })
                .collect();
            say!(
                "  {d}  {} ({}){}",
                n.label,
                n.kind,
                if rels.is_empty() { String::new() } else { format!("  {}", rels.join(", ")) }
            );
        }
    }
    Ok(if found.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn render_cmd(a: RenderArgs) -> Result<ExitCode> {
    not_the_graph(&a.output, &a.query.graph)?;
    let (graph, lexicon, filter) = load_query(&a.query)?;
    let mut ids: BTreeSet<String> = graph.actors().iter().map(|x| x.id.clone()).collect();
    if let Some(name) = &a.actor {
        if a.depth == 0 {
            bail!("--depth must be at least 1");
        }
        let actor = resolve(&graph, &lexicon, name)?;
        ids = graph.neighbors(&actor.id, a.depth, &filter).into_iter().map(|(n, _)| n.id.clone()).collect();
        ids.insert(actor.id.clone());
    }
    let mut sub = graph.subgraph(&ids, &filter);
    let top = a.top.unwrap_or(if a.format == "html" { usize::MAX } else { render::OVERVIEW_ACTORS });
    if sub.actor_count() > top {
        let kept = sub.subgraph(&sub.top_by_degree(top), &QueryFilter::default());
        warn!(
            "relgraph: drawing the {} best-connected actors; left out {} and {} (raise --top to draw more)",
            top,
            plural(sub.actor_count() - kept.actor_count(), "actor"),
            plural(sub.relation_count() - kept.relation_count(), "relation")
        );
        sub = kept;
    }
    let bytes = match a.format.as_str() {
        "dot" => render::to_dot(&sub, &render::DotOptions::default()).into_bytes(),
        "svg" => render::svg_for_graph(&sub, &render::DotOptions::default(), Duration::from_secs(120))?.into_bytes(),
        "png" => {
            render::svg_to_png(&render::svg_for_graph(&sub, &render::DotOptions::default(), Duration::from_secs(120))?)?
        }
        "html" => render::to_html(&sub, lexicon.get().ok()).into_bytes(),
        other => bail!("unknown format `{other}` (expected dot, svg, png or html)"),
    };
    write_atomic(&a.output, &bytes).with_context(|| format!("cannot write {}", a.output.display()))?;
    warn!("relgraph: {} actors, {} relations -> {}", sub.actor_count(), sub.relation_count(), a.output.display());
    Ok(ExitCode::SUCCESS)
}

fn timeline(a: TimelineArgs) -> Result<ExitCode> {
    let (graph, lexicon, filter) = load_query(&a.query)?;
    let actor = resolve(&graph, &lexicon, &a.actor)?;
    let entries = graph.timeline(&actor.id, &filter);
    if a.query.json {
        let out: Vec<serde_json::Value> = entries
            .iter()
            .map(|e| {
                serde_json::json!({
                    "date": e.evidence.date, "relation": e.relation, "other": e.other.id, "other_label": e.other.label,
                    "direction": e.direction, "doc": e.evidence.doc, "start": e.evidence.start, "end": e.evidence.end,
                    "sentence": e.evidence.sentence, "trigger": e.evidence.trigger,
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({"actor": actor.id, "entries": out}))?);
    } else {
        let dated = entries.iter().filter(|e| e.evidence.date.is_some()).count();
        say!("{} ({}): {}, {dated} dated", actor.label, actor.kind, plural(entries.len(), "sentence"));
        for e in &entries {
            let line = match e.direction {
                Direction::Outgoing => format!("{} -{}-> {}", actor.label, e.relation, e.other.label),
                Direction::Incoming => format!("{} -{}-> {}", e.other.label, e.relation, actor.label),
                Direction::Symmetric => format!("{} -{}- {}", actor.label, e.relation, e.other.label),
            };
            say!("{:<10}  {line}", e.evidence.date.as_deref().unwrap_or("undated"));
            say!("            \"{}\"", e.evidence.sentence);
            say!("            — {}", e.evidence.doc);
        }
    }
    Ok(if entries.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn communities(a: CommunitiesArgs) -> Result<ExitCode> {
    let graph = export::read_graph(&a.graph)?;
    let found = graph.communities();
    if a.json {
        let out: Vec<serde_json::Value> = found
            .iter()
            .enumerate()
            .map(|(n, members)| {
                let m: Vec<_> =
                    members.iter().map(|x| serde_json::json!({"id": x.id, "label": x.label, "kind": x.kind})).collect();
                serde_json::json!({"community": n, "size": members.len(), "members": m})
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({"communities": out}))?);
    } else {
        say!(
            "{} {} of {}",
            found.len(),
            if found.len() == 1 { "community" } else { "communities" },
            plural(graph.actor_count(), "actor")
        );
        for (n, members) in found.iter().enumerate() {
            let names: Vec<&str> = members.iter().map(|x| x.label.as_str()).collect();
            say!("{n} ({}): {}", plural(members.len(), "actor"), names.join(", "));
        }
    }
    Ok(if found.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn extract_cmd(a: ExtractArgs) -> Result<ExitCode> {
    use std::io::Write;
    let lexicon = Lexicon::load(&a.lexicon)?;
    let builder = GraphBuilder::new(&lexicon, RelGraph::new());
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let write: WriteRecords = |records, out| {
        for r in records {
            serde_json::to_writer(&mut *out, &r)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    };
    // Found all at once, so that two files of one name get distinct ids.
    let found = document::discover(&a.inputs)?;
    for error in found.skipped {
        warn!("relgraph: warning: {error}; skipped");
    }
    let mut files: Vec<Input> = Vec::new();
    for (path, id) in found.inputs {
        let Some(path) = path else {
            extract_files(&builder, std::mem::take(&mut files), &a.inputs, &mut out, write)?;
            extract_stdin(&builder, &mut out, write)?;
            continue;
        };
        files.push(Input { path: Some(path), id });
    }
    extract_files(&builder, files, &a.inputs, &mut out, write)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

type Out<'a> = std::io::BufWriter<std::io::StdoutLock<'a>>;
type WriteRecords = fn(Vec<Record>, &mut Out<'_>) -> Result<()>;

/// Extracts files (each read in parallel within a batch) and writes their
/// records; a file named on the command line that cannot be read is an
/// error, one found in a directory a warning.
fn extract_files(
    builder: &GraphBuilder<'_>,
    inputs: Vec<Input>,
    named: &[PathBuf],
    out: &mut Out<'_>,
    write: WriteRecords,
) -> Result<()> {
    for batch in inputs.chunks(BATCH) {
        for r in builder.extract_records(batch) {
            match r {
                Ok(records) => write(records, out)?,
                Err((path, e)) if path.as_deref().is_some_and(|p| named.iter().any(|n| n == p)) => return Err(e.into()),
                Err((_, e)) => warn!("relgraph: warning: {e}; skipped"),
            }
        }
    }
    Ok(())
}

/// Extracts the JSON Lines documents on standard input (`{"id", "text",
/// "date"?}`), each checked as an article file is (size, NUL, empty).
fn extract_stdin(builder: &GraphBuilder<'_>, out: &mut Out<'_>, write: WriteRecords) -> Result<()> {
    #[derive(serde::Deserialize)]
    struct Line {
        id: String,
        text: String,
        date: Option<String>,
    }
    let mut batch = Vec::new();
    for (n, line) in JsonLines::new(std::io::stdin().lock(), "<stdin>").enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let l: Line = serde_json::from_str(&line)
            .with_context(|| format!("<stdin>:{}: not a JSON object with `id` and `text`", n + 1))?;
        if let Some(d) = &l.date {
            if document::find_date(d).as_deref() != Some(d.as_str()) {
                bail!("<stdin>:{}: date `{d}` is not YYYY-MM-DD", n + 1);
            }
        }
        document::check_text(Path::new(&format!("<stdin>:{}", n + 1)), &l.text)?;
        batch.push((l.id, l.text, l.date));
        if batch.len() == BATCH {
            for records in builder.extract_texts(std::mem::take(&mut batch)) {
                write(records, out)?;
            }
        }
    }
    for records in builder.extract_texts(batch) {
        write(records, out)?;
    }
    Ok(())
}

/// Lines of a JSON Lines stream, each at most an article's size
/// ([`document::MAX_DOCUMENT_BYTES`]) plus room for its fields: a longer
/// line, or one that is not UTF-8, is an error naming the stream and line,
/// and no more of it than the limit is held in memory.
struct JsonLines<R> {
    reader: R,
    name: String,
    line: usize,
}

impl<R: std::io::BufRead> JsonLines<R> {
    const MAX_LINE_BYTES: u64 = document::MAX_DOCUMENT_BYTES + 64 * 1024;

    fn new(reader: R, name: &str) -> Self {
        JsonLines { reader, name: name.to_string(), line: 0 }
    }
}

impl<R: std::io::BufRead> Iterator for JsonLines<R> {
    type Item = Result<String>;

    fn next(&mut self) -> Option<Result<String>> {
        use std::io::{BufRead, Read};
        self.line += 1;
        let mut buf = Vec::new();
        let read = (&mut self.reader).take(Self::MAX_LINE_BYTES + 1).read_until(b'\n', &mut buf);
        match read {
            Err(e) => Some(Err(anyhow::Error::new(e).context(format!("{}: cannot read", self.name)))),
            Ok(0) => None,
            Ok(_) if buf.len() as u64 > Self::MAX_LINE_BYTES => Some(Err(anyhow::anyhow!(
                "{}:{}: line longer than {} bytes",
                self.name,
                self.line,
                Self::MAX_LINE_BYTES
            ))),
            Ok(_) => {
                while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                    buf.pop();
                }
                Some(String::from_utf8(buf).map_err(|e| {
                    anyhow::anyhow!(
                        "{}:{}: not UTF-8 text (invalid byte at offset {})",
                        self.name,
                        self.line,
                        e.utf8_error().valid_up_to()
                    )
                }))
            }
        }
    }
}

fn merge_cmd(a: MergeArgs) -> Result<ExitCode> {
    use std::io::BufRead;
    let lexicon = Lexicon::load(&a.lexicon)?;
    if let Some(input) = a.inputs.iter().find(|i| i.as_os_str() != "-" && same_file(i, &a.output)) {
        bail!(
            "{} is one of the files being read; writing the graph there would replace it (choose another -o)",
            input.display()
        );
    }
    // Held from before --into is read until the new graph is in place: a
    // second update waits. (When the output's directory does not exist yet,
    // the output is not --into, and nothing is created until --into is read.)
    let dir = a.output.parent().filter(|d| !d.as_os_str().is_empty());
    let mut lock = match dir {
        Some(d) if !d.is_dir() => None,
        _ => Some(lock_graph(&a.output, &[])?),
    };
    let start = match &a.into {
        Some(p) => export::read_graph(p)?,
        None => RelGraph::new(),
    };
    if lock.is_none() {
        if let Some(dir) = dir {
            std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        }
        lock = Some(lock_graph(&a.output, &[])?);
    }
    let _lock = lock;
    let mut builder = GraphBuilder::new(&lexicon, start);
    for input in &a.inputs {
        let reader: Box<dyn BufRead> = if input.as_os_str() == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            Box::new(std::io::BufReader::new(
                std::fs::File::open(input).with_context(|| format!("{}: cannot read", input.display()))?,
            ))
        };
        let name = if input.as_os_str() == "-" { "<stdin>".to_string() } else { input.display().to_string() };
        for (n, line) in JsonLines::new(reader, &name).enumerate() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let record: Record = serde_json::from_str(&line)
                .with_context(|| format!("{name}:{}: not a relgraph extract record", n + 1))?;
            builder.merge_record(record);
        }
    }
    let graph = builder.finish();
    write_graph_json(&a.output, &graph)?;
    warn!(
        "relgraph: {} documents, {} actors, {} relations -> {}",
        graph.documents().count(),
        graph.actor_count(),
        graph.relation_count(),
        a.output.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// Refuses an output path that is the graph file being read: writing a
/// drawing or another format there would replace the graph.
fn not_the_graph(output: &Path, graph: &Path) -> Result<()> {
    if same_file(output, graph) {
        bail!(
            "{} is the graph being read; writing there would replace it (choose another output file)",
            output.display()
        );
    }
    Ok(())
}

fn export_cmd(a: ExportArgs) -> Result<ExitCode> {
    let format: export::Format = a.format.parse().map_err(anyhow::Error::msg)?;
    if format != export::Format::Json {
        not_the_graph(&a.output, &a.graph)?;
    }
    let graph = export::read_graph(&a.graph)?;
    let write = |path: &Path, text: &str| {
        write_atomic(path, text.as_bytes()).with_context(|| format!("cannot write {}", path.display()))
    };
    match format {
        export::Format::Json => write(&a.output, &export::to_json(&graph))?,
        export::Format::Graphml => write(&a.output, &export::graphml(&graph))?,
        export::Format::Gexf => write(&a.output, &export::gexf(&graph))?,
        export::Format::Cytoscape => write(&a.output, &export::cytoscape(&graph))?,
        export::Format::Jsonl => write(&a.output, &export::events(&graph))?,
        export::Format::Neo4j => {
            std::fs::create_dir_all(&a.output).with_context(|| format!("cannot create {}", a.output.display()))?;
            let files = export::neo4j(&graph);
            write(&a.output.join("actors.csv"), &files.nodes)?;
            write(&a.output.join("relations.csv"), &files.relationships)?;
            write(&a.output.join("load.cypher"), &files.cypher)?;
        }
    }
    warn!("relgraph: {} actors, {} relations -> {}", graph.actor_count(), graph.relation_count(), a.output.display());
    Ok(ExitCode::SUCCESS)
}
