//! The command line: arguments in ([`args`]), library calls, answers out
//! ([`print`]). Each command is a few lines: the work is in the library.

pub mod args;
pub mod print;
mod progress;

use anyhow::{bail, Context, Result};
use args::{Cli, Command, QueryArgs, RenderFormat};
use clap::Parser;
use print::{debug, plural, tell};
use progress::Progress;
use relgraph::export;
use relgraph::fsutil::{same_file, write_atomic};
use relgraph::pipeline::{self, BuildOptions, Event, MergeOptions};
use relgraph::query::{self, Names, PathOutcome};
use relgraph::render;
use relgraph::store;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

/// Runs the command the arguments name; the exit code of its result (0, or
/// 1 for no result). Errors are exit code 2, printed by `main`.
pub fn run() -> Result<ExitCode> {
    match Cli::parse().command {
        Command::Build(a) => build(a),
        Command::Path(a) => path(a),
        Command::Neighbors(a) => neighbors(a),
        Command::Timeline(a) => timeline(a),
        Command::Actors(a) => actors(a),
        Command::Communities(a) => communities(a),
        Command::Render(a) => render_cmd(a),
        Command::Extract(a) => extract(a),
        Command::Merge(a) => merge(a),
        Command::Export(a) => export_cmd(a),
    }
}

fn success_if(found: bool) -> ExitCode {
    if found {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Shows what a pipeline command reports: warnings, debug notes, progress.
fn show(progress: &mut Option<Progress>) -> impl FnMut(Event) + '_ {
    move |event| match event {
        Event::Started { inputs } => *progress = Some(Progress::new(inputs)),
        Event::Progress { inputs, bytes } => progress.iter().for_each(|p| p.advance(inputs, bytes)),
        Event::Warning(w) => match progress {
            Some(p) => p.say(&w),
            None => tell!("{w}"),
        },
        Event::Debug(note) => debug(&note),
    }
}

fn build(a: args::BuildArgs) -> Result<ExitCode> {
    let options = BuildOptions {
        inputs: a.inputs,
        out: a.out,
        lexicon: a.lexicon,
        svg: !a.no_svg,
        into: a.into,
        strict: a.strict,
        svg_timeout: Duration::from_secs(a.svg_timeout),
        keep_duplicates: a.no_dedup,
        read: a.read.into(),
    };
    let mut progress = None;
    let s = pipeline::build(&options, &mut show(&mut progress));
    progress.iter().for_each(Progress::finish);
    let s = s?;
    tell!(
        "relgraph: {} documents added, {} duplicates, {} skipped; {} actors, {} relations -> {}",
        s.added,
        s.duplicates,
        s.skipped,
        s.actors,
        s.relations,
        s.graph.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn extract(a: args::ExtractArgs) -> Result<ExitCode> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    pipeline::extract(&a.inputs, &a.lexicon, &a.read.into(), &mut out, &mut show(&mut None))?;
    Ok(ExitCode::SUCCESS)
}

fn merge(a: args::MergeArgs) -> Result<ExitCode> {
    let options = MergeOptions { inputs: a.inputs, output: a.output, into: a.into, lexicon: a.lexicon };
    let graph = pipeline::merge(&options, &mut show(&mut None))?;
    tell!(
        "relgraph: {} documents, {} actors, {} relations -> {}",
        graph.documents().count(),
        graph.actor_count(),
        graph.relation_count(),
        options.output.display()
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

fn write(path: &Path, text: &str) -> Result<()> {
    write_atomic(path, text.as_bytes()).with_context(|| format!("cannot write {}", path.display()))
}

fn path(a: args::PathArgs) -> Result<ExitCode> {
    if let Some(svg) = &a.svg {
        not_the_graph(svg, &a.query.graph)?;
    }
    let filter = a.query.filter()?;
    let names = Names::new(&a.query.lexicon)?;
    // The query index serves the query unless --svg asks for the drawing,
    // whose tooltips carry every sentence of the neighbourhood.
    let answer = query::path(&a.query.graph, &names, (&a.from, &a.to), a.k, &filter, a.svg.is_some(), &mut debug)?;
    // The process ends after the query: a large graph is not freed piece by piece.
    let answer = std::mem::ManuallyDrop::new(answer);
    let report = match &answer.outcome {
        PathOutcome::Found(report) => report,
        PathOutcome::NoPath { from, to } => {
            tell!("relgraph: no path from {} to {}", from.label, to.label);
            if a.query.json {
                // An empty answer, never nothing.
                print::json(&query::PathReport::empty(from, to, a.k))?;
            }
            return Ok(ExitCode::from(1));
        }
    };
    if a.query.json {
        print::json(report)?;
    } else {
        print::paths(report);
    }
    if let Some(file) = &a.svg {
        let drawing = report.drawing(&answer.graph, &filter);
        let options = render::DotOptions {
            title: Some(drawing.title),
            highlight: drawing.highlight,
            edge_labels: drawing.graph.actor_count() <= 30,
        };
        let svg = render::svg_for_graph(&drawing.graph, &options, Duration::from_secs(120))?;
        write(file, &svg)?;
        let (actors, relations) = (drawing.graph.actor_count(), drawing.graph.relation_count());
        tell!(
            "relgraph: path drawn among {}, {} -> {}",
            plural(actors, "actor"),
            plural(relations, "relation"),
            file.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads the graph a query runs on (whole, or through its index when
/// `indexed`), and the names; the graph is never dropped.
fn load(q: &QueryArgs, indexed: bool) -> Result<(std::mem::ManuallyDrop<store::QueryGraph>, Names)> {
    let graph = if indexed { store::read_graph_for_query(&q.graph)? } else { store::read_graph(&q.graph)?.into() };
    debug(graph.note());
    Ok((std::mem::ManuallyDrop::new(graph), Names::new(&q.lexicon)?))
}

fn neighbors(a: args::NeighborsArgs) -> Result<ExitCode> {
    let filter = a.query.filter()?;
    // The query index serves it: it shows no sentence.
    let (graph, names) = load(&a.query, true)?;
    let report = query::neighbors(&graph, &names, &a.actor, a.depth, &filter)?;
    if a.query.json {
        print::json(&report)?;
    } else {
        print::neighbors(&report);
    }
    Ok(success_if(!report.neighbors.is_empty()))
}

fn timeline(a: args::TimelineArgs) -> Result<ExitCode> {
    let filter = a.query.filter()?;
    let (graph, names) = load(&a.query, false)?;
    let report = query::timeline(&graph, &names, &a.actor, &filter)?;
    if a.query.json {
        print::json(&report)?;
    } else {
        print::timeline(&report);
    }
    Ok(success_if(!report.entries.is_empty()))
}

fn actors(a: args::ActorsArgs) -> Result<ExitCode> {
    let graph = std::mem::ManuallyDrop::new(store::read_graph_for_query(&a.graph)?);
    let report = query::actors(&graph, a.kind);
    if a.json {
        print::json(&report)?;
    } else {
        print::actors(&report);
    }
    Ok(success_if(!report.actors.is_empty()))
}

fn communities(a: args::CommunitiesArgs) -> Result<ExitCode> {
    let report = query::communities(&store::read_graph(&a.graph)?);
    if a.json {
        print::json(&report)?;
    } else {
        print::communities(&report);
    }
    Ok(success_if(!report.communities.is_empty()))
}

fn render_cmd(a: args::RenderArgs) -> Result<ExitCode> {
    not_the_graph(&a.output, &a.query.graph)?;
    let filter = a.query.filter()?;
    let (graph, names) = load(&a.query, false)?;
    let top = a.top.unwrap_or(match a.format {
        RenderFormat::Html => usize::MAX,
        _ => render::OVERVIEW_ACTORS,
    });
    let drawing = query::drawing(&graph, &names, a.actor.as_deref(), a.depth, top, &filter)?;
    if let Some((actors, relations)) = drawing.left_out {
        tell!(
            "relgraph: drawing the {} best-connected actors; left out {} and {} (raise --top to draw more)",
            top,
            plural(actors, "actor"),
            plural(relations, "relation")
        );
    }
    let sub = &drawing.graph;
    let options = render::DotOptions::default();
    let svg = || render::svg_for_graph(sub, &options, Duration::from_secs(120));
    let bytes = match a.format {
        RenderFormat::Dot => render::dot_for_graph(sub, &options).into_bytes(),
        RenderFormat::Svg => svg()?.into_bytes(),
        RenderFormat::Png => render::svg_to_png(&svg()?)?,
        RenderFormat::Html => render::to_html(sub, names.lexicon().ok()).into_bytes(),
    };
    write_atomic(&a.output, &bytes).with_context(|| format!("cannot write {}", a.output.display()))?;
    tell!("relgraph: {} actors, {} relations -> {}", sub.actor_count(), sub.relation_count(), a.output.display());
    Ok(ExitCode::SUCCESS)
}

fn export_cmd(a: args::ExportArgs) -> Result<ExitCode> {
    let format = export::Format::from(a.format);
    if format != export::Format::Json {
        not_the_graph(&a.output, &a.graph)?;
    }
    let graph = store::read_graph(&a.graph)?;
    let options = export::Options { mixed: !a.no_mixed };
    for (path, text) in export::files(&graph, format, options, &a.output) {
        if let Some(dir) = path.parent().filter(|_| format == export::Format::Neo4j) {
            std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
        }
        write(&path, &text)?;
    }
    tell!("relgraph: {} actors, {} relations -> {}", graph.actor_count(), graph.relation_count(), a.output.display());
    Ok(ExitCode::SUCCESS)
}
