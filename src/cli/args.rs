//! The command line's arguments, as clap reads them.

use clap::{Args, Parser, Subcommand, ValueEnum};
use jiff::civil::Date;
use relgraph::document;
use relgraph::export;
use relgraph::extract::Engine;
use relgraph::graph::QueryFilter;
use relgraph::ontology::{ActorKind, RelationType};
use relgraph::pipeline::ReadOptions;
use std::path::PathBuf;

/// Turns news articles into a graph of who does what to whom.
#[derive(Parser)]
#[command(name = "relgraph", version, about)]
pub struct Cli {
    /// The command.
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Subcommand)]
pub enum Command {
    /// Read articles and write graph.json, graph.dot and graph.svg.
    Build(BuildArgs),
    /// The shortest paths between two actors, each hop with its evidence.
    Path(PathArgs),
    /// The actors within N hops of one actor.
    Neighbors(NeighborsArgs),
    /// One actor's relations in date order, sentence by sentence.
    Timeline(TimelineArgs),
    /// The actors of the graph with their kind, mentions and number of relations.
    Actors(ActorsArgs),
    /// The communities of actors (Louvain on the graph weighted by evidence).
    Communities(CommunitiesArgs),
    /// Draw a graph (or part of it) as DOT, SVG, PNG or the interactive page.
    Render(RenderArgs),
    /// Write one JSON line per document and per relation found (the map step).
    Extract(ExtractArgs),
    /// Reduce files of `extract` records into graph.json (the reduce step).
    Merge(MergeArgs),
    /// Write the graph in another format: graphml, gexf, cytoscape, neo4j, jsonl, json.
    Export(ExportArgs),
}

/// `extract`.
#[derive(Args)]
pub struct ExtractArgs {
    /// Article files or directories; `-` reads JSON Lines ({"id", "text", "date"?}) from standard input.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Extra lexicon file(s).
    #[arg(long)]
    pub lexicon: Vec<PathBuf>,
    /// How relations are read.
    #[command(flatten)]
    pub read: ReadArgs,
}

/// The relation readers of `--engine`.
#[derive(Clone, Copy, ValueEnum)]
pub enum EngineArg {
    /// The word-window patterns (data/patterns.toml) alone.
    Patterns,
    /// The frames over the dependency parse (frames.toml) alone.
    Parse,
    /// Both, their relations merged.
    Both,
}

impl From<EngineArg> for Engine {
    fn from(e: EngineArg) -> Engine {
        match e {
            EngineArg::Patterns => Engine::Patterns,
            EngineArg::Parse => Engine::Parse,
            EngineArg::Both => Engine::Both,
        }
    }
}

/// What every command that reads relations out of articles takes.
#[derive(Args)]
pub struct ReadArgs {
    /// Which relation reader runs.
    #[arg(long, value_enum, default_value = "both", env = "RELGRAPH_ENGINE")]
    pub engine: EngineArg,
    /// A folder of language files (frames.toml, assertion.toml, grammar.toml,
    /// lemmas.tsv, tags.tsv) that extend the built-in ones (see data/README.md).
    #[arg(long, value_name = "DIR")]
    pub lang: Vec<PathBuf>,
}

impl From<ReadArgs> for ReadOptions {
    fn from(a: ReadArgs) -> ReadOptions {
        ReadOptions { engine: a.engine.into(), lang: a.lang }
    }
}

/// `merge`.
#[derive(Args)]
pub struct MergeArgs {
    /// Files of records written by `relgraph extract` (`-` for standard input).
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// The graph file to write.
    #[arg(short = 'o', long, default_value = "output/graph.json")]
    pub output: PathBuf,
    /// Add to this existing graph.
    #[arg(long)]
    pub into: Option<PathBuf>,
    /// Extra lexicon file(s).
    #[arg(long)]
    pub lexicon: Vec<PathBuf>,
}

/// The formats of `export`.
#[derive(Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// GraphML (Gephi, yEd, networkx).
    Graphml,
    /// GEXF 1.3 with time spans (Gephi's timeline).
    Gexf,
    /// Cytoscape.js elements JSON.
    Cytoscape,
    /// A directory of CSV files for neo4j-admin import and a Cypher script.
    Neo4j,
    /// One JSON line per evidence sentence (the event records).
    #[value(alias = "events")]
    Jsonl,
    /// Node-link JSON, as graph.json.
    Json,
}

impl From<ExportFormat> for export::Format {
    fn from(f: ExportFormat) -> export::Format {
        match f {
            ExportFormat::Graphml => export::Format::Graphml,
            ExportFormat::Gexf => export::Format::Gexf,
            ExportFormat::Cytoscape => export::Format::Cytoscape,
            ExportFormat::Neo4j => export::Format::Neo4j,
            ExportFormat::Jsonl => export::Format::Jsonl,
            ExportFormat::Json => export::Format::Json,
        }
    }
}

/// `export`.
#[derive(Args)]
pub struct ExportArgs {
    /// The graph to export.
    #[arg(long, default_value = "output/graph.json")]
    pub graph: PathBuf,
    /// The format (neo4j writes a directory).
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Output file (a directory for neo4j).
    #[arg(short = 'o', long)]
    pub output: PathBuf,
    /// GraphML and GEXF: write symmetric relations as directed edges too, for
    /// clients that cannot read graphs with both kinds of edge (networkx).
    #[arg(long)]
    pub no_mixed: bool,
}

/// `build`.
#[derive(Args)]
pub struct BuildArgs {
    /// Article files, directories (searched for .txt files) or `-` for standard input.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Output directory.
    #[arg(long, default_value = "output")]
    pub out: PathBuf,
    /// Extra lexicon file(s) with actors or patterns (see data/README.md).
    #[arg(long)]
    pub lexicon: Vec<PathBuf>,
    /// Skip the layout: no graph.svg and no graph.html.
    #[arg(long)]
    pub no_svg: bool,
    /// Add the articles to this existing graph.json instead of starting empty.
    #[arg(long)]
    pub into: Option<PathBuf>,
    /// Treat any unreadable file in a directory as an error.
    #[arg(long)]
    pub strict: bool,
    /// Seconds the SVG layout may take before it is given up.
    #[arg(long, default_value_t = 60)]
    pub svg_timeout: u64,
    /// Add documents whose content is already in the graph (benchmarks on replicated corpora).
    #[arg(long)]
    pub no_dedup: bool,
    /// How relations are read.
    #[command(flatten)]
    pub read: ReadArgs,
}

/// What every query takes.
#[derive(Args, Clone)]
pub struct QueryArgs {
    /// The graph to query.
    #[arg(long, default_value = "output/graph.json")]
    pub graph: PathBuf,
    /// Follow directed relations only from source to target.
    #[arg(long)]
    pub directed: bool,
    /// Keep only these relation types (comma-separated ontology ids).
    #[arg(long, value_delimiter = ',', value_parser = relation_type)]
    pub types: Vec<RelationType>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    /// Extra lexicon file(s), for resolving names.
    #[arg(long)]
    pub lexicon: Vec<PathBuf>,
    /// Use only evidence dated on or after this day (YYYY-MM-DD); undated evidence is left out.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = day)]
    pub since: Option<Date>,
    /// Use only evidence dated on or before this day (YYYY-MM-DD); undated evidence is left out.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = day)]
    pub until: Option<Date>,
}

impl QueryArgs {
    /// The filter the arguments ask for; `--since` after `--until` is an error.
    pub fn filter(&self) -> anyhow::Result<QueryFilter> {
        if let (Some(since), Some(until)) = (self.since, self.until) {
            if since > until {
                anyhow::bail!("--since {since} is after --until {until}");
            }
        }
        Ok(QueryFilter {
            types: self.types.clone(),
            directed: self.directed,
            since: self.since.map(|d| d.to_string()),
            until: self.until.map(|d| d.to_string()),
        })
    }
}

/// Reads a `--since` / `--until` value: a real calendar day written `YYYY-MM-DD`.
fn day(s: &str) -> Result<Date, String> {
    document::parse_day(s).ok_or_else(|| format!("`{s}` is not a date written YYYY-MM-DD (such as 2024-03-31)"))
}

/// Reads a relation type of the ontology.
fn relation_type(s: &str) -> Result<RelationType, String> {
    s.parse::<RelationType>()
}

/// Reads an actor kind of the ontology.
fn actor_kind(s: &str) -> Result<ActorKind, String> {
    s.parse::<ActorKind>()
}

/// Checks a count that must be a whole number of at least 1.
fn at_least_one(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(0) => Err("must be at least 1".into()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("`{s}` is not a whole number")),
    }
}

/// Checks `--depth`: at least 1.
fn depth(s: &str) -> Result<usize, String> {
    at_least_one(s).map_err(|e| if e.starts_with("must") { format!("--depth {e}") } else { e })
}

/// The most paths `path --k` lists: each costs a search per actor on the
/// path before it, so a large k on a large graph would run for hours.
pub const MAX_PATHS: usize = 100;

/// Checks `--k`: at least 1, at most [`MAX_PATHS`].
fn path_count(s: &str) -> Result<usize, String> {
    match at_least_one(s)? {
        n if n > MAX_PATHS => Err(format!("must be at most {MAX_PATHS}")),
        n => Ok(n),
    }
}

/// `path`.
#[derive(Args)]
pub struct PathArgs {
    /// Where the path starts (a name, alias or id).
    pub from: String,
    /// Where it ends.
    pub to: String,
    /// How many paths: the k shortest without loops, shortest first (at most 100).
    #[arg(long, default_value_t = 1, value_parser = path_count)]
    pub k: usize,
    /// Also draw the path, highlighted among its actors' neighbours, to this SVG file.
    #[arg(long, value_name = "FILE")]
    pub svg: Option<PathBuf>,
    /// The graph, filters and output form.
    #[command(flatten)]
    pub query: QueryArgs,
}

/// `timeline`.
#[derive(Args)]
pub struct TimelineArgs {
    /// The actor (a name, alias or id).
    pub actor: String,
    /// The graph, filters and output form.
    #[command(flatten)]
    pub query: QueryArgs,
}

/// `communities`.
#[derive(Args)]
pub struct CommunitiesArgs {
    /// The graph.
    #[arg(long, default_value = "output/graph.json")]
    pub graph: PathBuf,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `actors`.
#[derive(Args)]
pub struct ActorsArgs {
    /// The graph.
    #[arg(long, default_value = "output/graph.json")]
    pub graph: PathBuf,
    /// Only actors of this kind (state, military, armed_group, ...).
    #[arg(long, value_parser = actor_kind)]
    pub kind: Option<ActorKind>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// `neighbors`.
#[derive(Args)]
pub struct NeighborsArgs {
    /// The actor (a name, alias or id).
    pub actor: String,
    /// How many hops.
    #[arg(long, default_value_t = 1, value_parser = depth)]
    pub depth: usize,
    /// The graph, filters and output form.
    #[command(flatten)]
    pub query: QueryArgs,
}

/// The formats of `render`.
#[derive(Clone, Copy, ValueEnum)]
pub enum RenderFormat {
    /// Graphviz DOT.
    Dot,
    /// SVG, laid out in-process.
    Svg,
    /// PNG, the SVG rasterised in-process.
    Png,
    /// The interactive page.
    Html,
}

/// `render`.
#[derive(Args)]
pub struct RenderArgs {
    /// The format.
    #[arg(long, value_enum, default_value = "svg")]
    pub format: RenderFormat,
    /// Draw only this actor's neighbourhood.
    #[arg(long)]
    pub actor: Option<String>,
    /// Neighbourhood depth with --actor.
    #[arg(long, default_value_t = 1, value_parser = depth)]
    pub depth: usize,
    /// Output file.
    #[arg(short = 'o', long)]
    pub output: PathBuf,
    /// Draw at most this many actors: those with the most relations (ties by id).
    /// Default: 60 for dot, svg and png; all of them for html.
    #[arg(long, value_parser = at_least_one)]
    pub top: Option<usize>,
    /// The graph, filters and output form.
    #[command(flatten)]
    pub query: QueryArgs,
}

#[cfg(test)]
mod tests {
    use super::{Cli, Command};
    use clap::Parser;

    #[test]
    fn dates_types_and_counts_are_checked_by_clap() {
        let ok =
            Cli::try_parse_from(["relgraph", "path", "a", "b", "--since", "2024-02-29", "--types", "trade,alliance"]);
        let Ok(Cli { command: Command::Path(p) }) = ok else { panic!("rejected") };
        assert_eq!(p.query.types.len(), 2);
        assert_eq!(p.query.filter().unwrap().since.as_deref(), Some("2024-02-29"));
        for bad in [
            &["relgraph", "path", "a", "b", "--since", "2023-02-29"][..],
            &["relgraph", "path", "a", "b", "--types", "hugging"],
            &["relgraph", "path", "a", "b", "--k", "0"],
            &["relgraph", "path", "a", "b", "--k", "101"],
            &["relgraph", "neighbors", "a", "--depth", "0"],
            &["relgraph", "export", "--format", "pdf", "-o", "x"],
        ] {
            assert!(Cli::try_parse_from(bad).is_err(), "{bad:?}");
        }
        let late = Cli::try_parse_from(["relgraph", "timeline", "a", "--since", "2024-02-02", "--until", "2024-02-01"]);
        let Ok(Cli { command: Command::Timeline(t) }) = late else { panic!("rejected") };
        assert!(t.query.filter().is_err());
    }
}
