//! The `relgraph` command line: a thin layer over the library.

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};
use relgraph::document;
use relgraph::export;
use relgraph::fsutil::write_atomic;
use relgraph::graph::{QueryFilter, RelGraph};
use relgraph::lexicon::Lexicon;
use relgraph::ontology::RelationType;
use relgraph::pipeline::{GraphBuilder, Outcome};
use relgraph::render;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

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
    /// Do not render graph.svg.
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
    /// `dot` or `svg`.
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
    for (path, id) in inputs {
        match builder.add_input(path.as_ref(), id) {
            Outcome::Added => added += 1,
            Outcome::Duplicate { id } => {
                eprintln!("relgraph: {id}: already in the graph (same content), skipped");
                duplicates += 1;
            }
            Outcome::Skipped(e) => {
                let named = path.as_deref().is_none_or(|p| explicit.contains(p));
                if a.strict || named {
                    return Err(e).context("cannot build the graph");
                }
                eprintln!("relgraph: warning: {e}; skipped");
                skipped += 1;
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
        match render::svg_for_graph(&graph, Duration::from_secs(a.svg_timeout)) {
            Ok(svg) => write_atomic(&svg_path, svg.as_bytes()).with_context(|| format!("cannot write {}", svg_path.display()))?,
            Err(e) => eprintln!("relgraph: warning: no graph.svg: {e} (graph.json and graph.dot are written; try --no-svg)"),
        }
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
        "svg" => render::svg_for_graph(&sub, Duration::from_secs(120))?,
        other => bail!("unknown format `{other}` (expected dot or svg)"),
    };
    write_atomic(&a.output, bytes.as_bytes()).with_context(|| format!("cannot write {}", a.output.display()))?;
    eprintln!("relgraph: {} actors, {} relations -> {}", sub.actor_count(), sub.relation_count(), a.output.display());
    Ok(ExitCode::SUCCESS)
}
