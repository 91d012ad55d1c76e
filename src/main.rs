//! The `relgraph` command line: a thin layer over the library.

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};
use relgraph::document;
use relgraph::export;
use relgraph::fsutil::write_atomic;
use relgraph::graph::{QueryFilter, RelGraph};
use relgraph::lexicon::Lexicon;
use relgraph::ontology::RelationType;
use relgraph::pipeline::{GraphBuilder, Input, Outcome, Record};
use relgraph::render;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

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
    /// The shortest path between two actors, each hop with its evidence.
    Path(PathArgs),
    /// The actors within N hops of one actor.
    Neighbors(NeighborsArgs),
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
}

#[derive(Args)]
struct PathArgs {
    /// Where the path starts (a name, alias or id).
    from: String,
    /// Where it ends.
    to: String,
    #[command(flatten)]
    query: QueryArgs,
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
    /// `dot`, `svg` or `html` (the interactive page).
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
    #[command(flatten)]
    query: QueryArgs,
}

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("relgraph: error: {e:#}");
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
        Command::Render(a) => render_cmd(a),
        Command::Extract(a) => extract_cmd(a),
        Command::Merge(a) => merge_cmd(a),
        Command::Export(a) => export_cmd(a),
    }
}

fn build(a: BuildArgs) -> Result<ExitCode> {
    let lexicon = Lexicon::load(&a.lexicon)?;
    let start = match &a.into {
        Some(p) if p.exists() => export::read_graph(p)?,
        _ => RelGraph::new(),
    };
    let inputs = document::discover(&a.inputs)?;
    let explicit: BTreeSet<&Path> = a.inputs.iter().map(|p| p.as_path()).collect();
    let mut builder = GraphBuilder::new(&lexicon, start);
    let (mut added, mut skipped, mut duplicates) = (0, 0, 0);
    let inputs: Vec<Input> = inputs.into_iter().map(|(path, id)| Input { path, id }).collect();
    for batch in inputs.chunks(BATCH) {
        for outcome in builder.add_inputs(batch) {
            match outcome {
                Outcome::Added { .. } => added += 1,
                Outcome::Duplicate { id } => {
                    eprintln!("relgraph: {id}: already in the graph (same content), skipped");
                    duplicates += 1;
                }
                Outcome::Skipped { path, error } => {
                    let named = path.as_deref().is_none_or(|p| explicit.contains(p));
                    if a.strict || named {
                        return Err(error).context("cannot build the graph");
                    }
                    eprintln!("relgraph: warning: {error}; skipped");
                    skipped += 1;
                }
            }
        }
    }
    let graph = builder.finish();
    std::fs::create_dir_all(&a.out).with_context(|| format!("cannot create {}", a.out.display()))?;
    let json_path = a.into.clone().unwrap_or_else(|| a.out.join("graph.json"));
    write_atomic(&json_path, export::to_json(&graph).as_bytes()).with_context(|| format!("cannot write {}", json_path.display()))?;
    let dot = render::to_dot(&graph, &render::DotOptions::default());
    let dot_path = a.out.join("graph.dot");
    write_atomic(&dot_path, dot.as_bytes()).with_context(|| format!("cannot write {}", dot_path.display()))?;
    if !a.no_svg {
        let svg_path = a.out.join("graph.svg");
        let svg = match render::to_svg(&dot, render::engine_for(graph.actor_count()), Duration::from_secs(a.svg_timeout)) {
            Ok(svg) => {
                write_atomic(&svg_path, svg.as_bytes()).with_context(|| format!("cannot write {}", svg_path.display()))?;
                Some(svg)
            }
            Err(e) => {
                eprintln!("relgraph: warning: no graph.svg: {e} (graph.json and graph.dot are written; try --no-svg)");
                None
            }
        };
        let html_path = a.out.join("graph.html");
        let html = render::to_html(&graph, svg.as_deref());
        write_atomic(&html_path, html.as_bytes()).with_context(|| format!("cannot write {}", html_path.display()))?;
    }
    eprintln!(
        "relgraph: {added} documents added, {duplicates} duplicates, {skipped} skipped; {} actors, {} relations -> {}",
        graph.actor_count(),
        graph.relation_count(),
        json_path.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn load_query(q: &QueryArgs) -> Result<(RelGraph, Lexicon, QueryFilter)> {
    let graph = export::read_graph(&q.graph)?;
    let lexicon = Lexicon::load(&q.lexicon)?;
    let mut types = Vec::new();
    for t in &q.types {
        types.push(t.parse::<RelationType>().map_err(anyhow::Error::msg)?);
    }
    Ok((graph, lexicon, QueryFilter { types, directed: q.directed }))
}

/// Finds the graph node a user means: a lexicon name or alias, or a node's id or label.
fn resolve<'g>(graph: &'g RelGraph, lexicon: &Lexicon, name: &str) -> Result<&'g relgraph::graph::Actor> {
    if name.trim().is_empty() {
        bail!("empty actor name");
    }
    let norm = relgraph::lexicon::normalize(name);
    if let Some(a) = graph.actors().into_iter().find(|a| a.id == name || relgraph::lexicon::normalize(&a.label) == norm) {
        return Ok(a);
    }
    if let Some(entry) = lexicon.resolve_name(name) {
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

fn path(a: PathArgs) -> Result<ExitCode> {
    let (graph, lexicon, filter) = load_query(&a.query)?;
    let from = resolve(&graph, &lexicon, &a.from)?;
    let to = resolve(&graph, &lexicon, &a.to)?;
    let Some(hops) = graph.shortest_path(&from.id, &to.id, &filter) else {
        eprintln!("relgraph: no path from {} to {}", from.label, to.label);
        return Ok(ExitCode::from(1));
    };
    if a.query.json {
        let out: Vec<serde_json::Value> = hops
            .iter()
            .map(|h| {
                let ev = &h.relation.evidence[0];
                serde_json::json!({
                    "from": h.from.id, "to": h.to.id, "source": h.source.id, "target": h.target.id,
                    "relation": h.relation.relation, "directed": h.relation.relation.directed(),
                    "weight": h.relation.weight(), "evidence": ev,
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({"from": from.id, "to": to.id, "hops": out}))?);
        return Ok(ExitCode::SUCCESS);
    }
    println!("{} -> {}: {} hop{}", from.label, to.label, hops.len(), if hops.len() == 1 { "" } else { "s" });
    for (i, h) in hops.iter().enumerate() {
        let arrow = if h.relation.relation.directed() { format!("{} -{}-> {}", h.source.label, h.relation.relation, h.target.label) } else { format!("{} -{}- {}", h.source.label, h.relation.relation, h.target.label) };
        let ev = &h.relation.evidence[0];
        println!("{}. {arrow}  ({} sentence{})", i + 1, h.relation.weight(), if h.relation.weight() == 1 { "" } else { "s" });
        println!("   \"{}\"", ev.sentence);
        println!("   — {}{}", ev.doc, ev.date.as_deref().map(|d| format!(", {d}")).unwrap_or_default());
    }
    Ok(ExitCode::SUCCESS)
}

fn neighbors(a: NeighborsArgs) -> Result<ExitCode> {
    if a.depth == 0 {
        bail!("--depth must be at least 1");
    }
    let (graph, lexicon, filter) = load_query(&a.query)?;
    let actor = resolve(&graph, &lexicon, &a.actor)?;
    let found = graph.neighbors(&actor.id, a.depth, &filter);
    if a.query.json {
        let out: Vec<_> = found.iter().map(|(n, d)| serde_json::json!({"id": n.id, "label": n.label, "kind": n.kind, "distance": d})).collect();
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({"actor": actor.id, "depth": a.depth, "neighbors": out}))?);
    } else {
        println!("{} ({}): {} actor{} within {} hop{}", actor.label, actor.kind, found.len(), if found.len() == 1 { "" } else { "s" }, a.depth, if a.depth == 1 { "" } else { "s" });
        for (n, d) in &found {
            let rels: Vec<String> = graph
                .relations()
                .into_iter()
                .filter(|(s, t, _)| (s.id == actor.id && t.id == n.id) || (t.id == actor.id && s.id == n.id))
                .map(|(s, _, r)| if r.relation.directed() && s.id != actor.id { format!("<-{}", r.relation) } else if r.relation.directed() { format!("{}->", r.relation) } else { r.relation.to_string() })
                .collect();
            println!("  {d}  {} ({}){}", n.label, n.kind, if rels.is_empty() { String::new() } else { format!("  {}", rels.join(", ")) });
        }
    }
    Ok(if found.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn render_cmd(a: RenderArgs) -> Result<ExitCode> {
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
    let sub = graph.subgraph(&ids, &filter);
    let bytes = match a.format.as_str() {
        "dot" => render::to_dot(&sub, &render::DotOptions::default()),
        "svg" => render::svg_for_graph(&sub, &render::DotOptions::default(), Duration::from_secs(120))?,
        "html" => render::to_html(&sub, Some(&render::svg_for_graph(&sub, &render::DotOptions::default(), Duration::from_secs(120))?)),
        other => bail!("unknown format `{other}` (expected dot, svg or html)"),
    };
    write_atomic(&a.output, bytes.as_bytes()).with_context(|| format!("cannot write {}", a.output.display()))?;
    eprintln!("relgraph: {} actors, {} relations -> {}", sub.actor_count(), sub.relation_count(), a.output.display());
    Ok(ExitCode::SUCCESS)
}

fn extract_cmd(a: ExtractArgs) -> Result<ExitCode> {
    use std::io::{BufRead, Write};
    let lexicon = Lexicon::load(&a.lexicon)?;
    let builder = GraphBuilder::new(&lexicon, RelGraph::new());
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let write = |records: Vec<Record>, out: &mut std::io::BufWriter<std::io::StdoutLock>| -> Result<()> {
        for r in records {
            serde_json::to_writer(&mut *out, &r)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    };
    for input in &a.inputs {
        if input.as_os_str() == "-" {
            #[derive(serde::Deserialize)]
            struct Line {
                id: String,
                text: String,
                date: Option<String>,
            }
            let mut batch = Vec::new();
            for (n, line) in std::io::stdin().lock().lines().enumerate() {
                let line = line.context("cannot read standard input")?;
                if line.trim().is_empty() {
                    continue;
                }
                let l: Line = serde_json::from_str(&line).with_context(|| format!("<stdin>:{}: not a JSON object with `id` and `text`", n + 1))?;
                if let Some(d) = &l.date {
                    if document::find_date(d).as_deref() != Some(d.as_str()) {
                        bail!("<stdin>:{}: date `{d}` is not YYYY-MM-DD", n + 1);
                    }
                }
                batch.push((l.id, l.text, l.date));
                if batch.len() == BATCH {
                    for records in builder.extract_texts(std::mem::take(&mut batch)) {
                        write(records, &mut out)?;
                    }
                }
            }
            for records in builder.extract_texts(batch) {
                write(records, &mut out)?;
            }
            continue;
        }
        let inputs: Vec<Input> = document::discover(std::slice::from_ref(input))?.into_iter().map(|(path, id)| Input { path, id }).collect();
        for batch in inputs.chunks(BATCH) {
            for r in builder.extract_records(batch) {
                match r {
                    Ok(records) => write(records, &mut out)?,
                    Err((path, e)) if path.as_deref() == Some(input.as_path()) => return Err(e.into()),
                    Err((_, e)) => eprintln!("relgraph: warning: {e}; skipped"),
                }
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn merge_cmd(a: MergeArgs) -> Result<ExitCode> {
    use std::io::BufRead;
    let lexicon = Lexicon::load(&a.lexicon)?;
    let start = match &a.into {
        Some(p) => export::read_graph(p)?,
        None => RelGraph::new(),
    };
    let mut builder = GraphBuilder::new(&lexicon, start);
    for input in &a.inputs {
        let reader: Box<dyn BufRead> = if input.as_os_str() == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            Box::new(std::io::BufReader::new(std::fs::File::open(input).with_context(|| format!("{}: cannot read", input.display()))?))
        };
        for (n, line) in reader.lines().enumerate() {
            let line = line.with_context(|| format!("{}: cannot read", input.display()))?;
            if line.trim().is_empty() {
                continue;
            }
            let record: Record = serde_json::from_str(&line).with_context(|| format!("{}:{}: not a relgraph extract record", input.display(), n + 1))?;
            builder.merge_record(record);
        }
    }
    let graph = builder.finish();
    if let Some(dir) = a.output.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    write_atomic(&a.output, export::to_json(&graph).as_bytes()).with_context(|| format!("cannot write {}", a.output.display()))?;
    eprintln!("relgraph: {} documents, {} actors, {} relations -> {}", graph.documents().count(), graph.actor_count(), graph.relation_count(), a.output.display());
    Ok(ExitCode::SUCCESS)
}

fn export_cmd(a: ExportArgs) -> Result<ExitCode> {
    let format: export::Format = a.format.parse().map_err(anyhow::Error::msg)?;
    let graph = export::read_graph(&a.graph)?;
    let write = |path: &Path, text: &str| write_atomic(path, text.as_bytes()).with_context(|| format!("cannot write {}", path.display()));
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
    eprintln!("relgraph: {} actors, {} relations -> {}", graph.actor_count(), graph.relation_count(), a.output.display());
    Ok(ExitCode::SUCCESS)
}
