//! Diagrams: DOT built with graphviz-rust's model and printer, SVG laid out
//! by the pure-Rust Graphviz port and PNG rasterised by resvg (no system
//! Graphviz or browser needed), and the interactive page ([`to_html`]).
//!
//! Every string that comes from an article or a user lexicon (ids, labels,
//! evidence sentences) goes through [`escape_dot`] before it reaches the DOT
//! model, because graphviz-rust prints `Id::Escaped` verbatim.

use crate::graph::{Actor, RelGraph, Relation};
use crate::ontology::{ActorKind, RelationType};
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node, NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::mpsc;
use std::time::Duration;

mod html;
mod layout;
pub use html::to_html;
pub use layout::force_layout;

/// Actors the overview drawing ([`overview`]) keeps of a larger graph: the
/// best-connected ones. More make a hairball nobody can read on a page.
pub const OVERVIEW_ACTORS: usize = 60;
/// Up to this many relations, drawings name the relation type on each edge.
pub const EDGE_LABELS_LIMIT: usize = 40;
/// Longest side of a PNG in pixels: a larger drawing is scaled down to it.
pub const PNG_MAX_SIDE: u32 = 4000;
/// PNG pixels per SVG point (before the [`PNG_MAX_SIDE`] cap).
const PNG_SCALE: f32 = 2.0;

/// Above this many actors the SVG uses the force-directed engine (`sfdp`),
/// whose time grows far more slowly than the layered `dot` engine's.
pub const LAYERED_LIMIT: usize = 120;
/// Above this many relations the SVG uses `sfdp` too.
pub const LAYERED_RELATIONS_LIMIT: usize = 300;

/// Longest evidence sentence shown in a tooltip, in characters.
const TOOLTIP_SENTENCE: usize = 240;
/// Evidence sentences shown per edge tooltip.
const TOOLTIP_EVIDENCE: usize = 3;

/// What to draw besides the graph itself.
#[derive(Debug, Clone, Default)]
pub struct DotOptions {
    /// A caption above the diagram.
    pub title: Option<String>,
    /// Actors to draw highlighted (a path), in order.
    pub highlight: Vec<String>,
    /// Draw the relation type on each edge (readable on small graphs only).
    pub edge_labels: bool,
}

/// A layout failure.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// The layout engine reported an error.
    #[error("layout failed: {0}")]
    Layout(String),
    /// The layout did not finish in time.
    #[error("layout did not finish within {0:?}")]
    Timeout(Duration),
    /// The SVG could not be read or rasterised.
    #[error("cannot draw the PNG: {0}")]
    Png(String),
}

/// Escapes text for a double-quoted DOT string: backslashes, quotes,
/// newlines (as Graphviz's `\n`) and other control characters (dropped to
/// spaces), so no article text can end the string or inject an escape
/// sequence such as `\N`. U+FFFE and U+FFFF, which XML forbids (the SVG
/// would not load), become spaces too, as in `export::xml_safe`.
pub fn escape_dot(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            '\u{fffe}' | '\u{ffff}' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn quoted(text: &str) -> Id {
    Id::Escaped(format!("\"{}\"", escape_dot(text)))
}

fn attr(key: &str, value: &str) -> Attribute {
    Attribute(Id::Plain(key.to_string()), quoted(value))
}

fn shape(kind: ActorKind) -> (&'static str, &'static str) {
    match kind {
        ActorKind::State => ("box", "#dbe9f6"),
        ActorKind::Military => ("hexagon", "#f4cccc"),
        ActorKind::ArmedGroup => ("octagon", "#f9dcc4"),
        ActorKind::Political => ("house", "#e6d8f0"),
        ActorKind::Igo => ("doubleoctagon", "#d9ead3"),
        ActorKind::Ngo => ("component", "#fff2cc"),
        ActorKind::Company => ("cylinder", "#e0e0e0"),
        ActorKind::Person => ("ellipse", "#ffffff"),
        ActorKind::Discovered => ("note", "#ffffff"),
    }
}

fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

fn node_tooltip(a: &Actor) -> String {
    let mut s = format!("{} ({})", a.label, a.kind);
    if let Some(c) = &a.country {
        s.push_str(&format!("\ncountry: {c}"));
    }
    s.push_str(&format!("\n{} mentions", a.mentions));
    s
}

fn edge_tooltip(source: &Actor, target: &Actor, r: &Relation) -> String {
    let arrow = if r.relation.directed() { "→" } else { "—" };
    let docs = r.documents().len();
    let mut s = format!(
        "{} {arrow} {}: {} ({} sentences, {docs} documents)",
        source.label,
        target.label,
        r.relation,
        r.weight()
    );
    for e in r.evidence.iter().take(TOOLTIP_EVIDENCE) {
        s.push_str(&format!(
            "\n[{}{}] {}",
            e.doc,
            e.date.as_deref().map(|d| format!(", {d}")).unwrap_or_default(),
            truncate(&e.sentence, TOOLTIP_SENTENCE)
        ));
    }
    if r.weight() > TOOLTIP_EVIDENCE {
        s.push_str(&format!("\n… and {} more", r.weight() - TOOLTIP_EVIDENCE));
    }
    s
}

/// Width of an edge: grows with the number of supporting documents.
fn penwidth(r: &Relation) -> String {
    let docs = r.documents().len().max(1) as f64;
    format!("{:.1}", (1.0 + 1.5 * docs.log2()).min(6.0))
}

/// The legend: relation types (colour, direction) and, for the actor kinds
/// drawn, one small node in each kind's shape and fill.
fn legend(types: &BTreeSet<RelationType>, kinds: &BTreeSet<ActorKind>) -> Stmt {
    let mut rows = String::new();
    for t in types {
        let arrow = if t.directed() { "&#8594;" } else { "&#8212;" };
        rows.push_str(&format!(
            "<tr><td align=\"left\"><font color=\"{}\">&#9632;&#9632;&#9632;</font> {} {arrow}</td></tr>",
            t.color(),
            t.as_str()
        ));
    }
    // The HTML label is built only from ontology constants, never from article text.
    let label = Id::Html(format!("<<table border=\"0\" cellspacing=\"0\" cellpadding=\"2\"><tr><td align=\"left\"><b>relations</b></td></tr>{rows}</table>>"));
    let mut stmts = vec![
        Stmt::Attribute(attr("label", "legend")),
        Stmt::Attribute(attr("style", "rounded")),
        Stmt::Attribute(attr("color", "#bbbbbb")),
    ];
    if !types.is_empty() {
        stmts.push(Stmt::Node(Node::new(
            NodeId(quoted("relgraph:legend"), None),
            vec![
                Attribute(Id::Plain("label".into()), label),
                attr("shape", "plaintext"),
                attr("style", "solid"),
                attr("tooltip", "relation types: colour and direction"),
            ],
        )));
    }
    for &k in kinds {
        let (shape, fill) = shape(k);
        stmts.push(Stmt::Node(Node::new(
            NodeId(quoted(&format!("relgraph:kind:{}", k.as_str())), None),
            vec![
                // Named as a kind: the force-directed engine draws it away from the legend box.
                attr("label", &format!("kind: {}", k.as_str())),
                attr("shape", shape),
                attr("fillcolor", fill),
                attr("fontsize", "9"),
                attr("tooltip", &format!("actor kind: {}", k.as_str())),
            ],
        )));
    }
    Stmt::Subgraph(Subgraph { id: Id::Plain("cluster_legend".into()), stmts })
}

/// The country an actor is grouped under: a state is its own country.
fn country_of(a: &Actor) -> Option<&str> {
    if a.kind == ActorKind::State {
        Some(&a.id)
    } else {
        a.country.as_deref()
    }
}

/// Writes the graph as DOT: one node per actor (shape by kind, grouped in a
/// cluster per country when several of the country's actors are drawn), one
/// edge per relation (colour by type, arrowhead only on directed types, width
/// by supporting documents, evidence in the tooltip) and a legend; the graph
/// attribute `layout` names the engine [`engine_for`] picks for its size.
/// The output depends only on the graph: same graph, same bytes.
pub fn to_dot(g: &RelGraph, o: &DotOptions) -> String {
    let highlight: BTreeSet<&str> = o.highlight.iter().map(String::as_str).collect();
    let path_edges: BTreeSet<(&str, &str)> =
        o.highlight.windows(2).flat_map(|w| [(w[0].as_str(), w[1].as_str()), (w[1].as_str(), w[0].as_str())]).collect();
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("rankdir", "LR"),
            attr("fontname", "Helvetica"),
            attr("fontsize", "12"),
            attr("labelloc", "t"),
            attr("label", o.title.as_deref().unwrap_or("")),
            attr("nodesep", "0.4"),
            attr("ranksep", "1.0"),
            attr("outputorder", "edgesfirst"),
            // Used by the force-directed engine on large graphs; `dot` ignores it.
            attr("overlap", "prism"),
            // The engine relgraph lays this graph out with, so Graphviz draws the same picture.
            attr("layout", engine_for(g.actor_count(), g.relation_count())),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![
            attr("fontname", "Helvetica"),
            attr("fontsize", "11"),
            attr("style", "filled"),
        ])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![
            attr("fontname", "Helvetica"),
            attr("fontsize", "9"),
            attr("arrowsize", "0.7"),
        ])),
    ];
    let actors = g.actors();
    let mut members: BTreeMap<&str, usize> = BTreeMap::new();
    for a in &actors {
        if let Some(c) = country_of(a) {
            *members.entry(c).or_default() += 1;
        }
    }
    let mut clusters: BTreeMap<&str, Vec<Stmt>> = BTreeMap::new();
    let kinds: BTreeSet<ActorKind> = actors.iter().map(|a| a.kind).collect();
    for (i, a) in actors.iter().enumerate() {
        let (shape, fill) = shape(a.kind);
        // `id` names the SVG element, so the interactive page can find it.
        let mut attrs = vec![
            attr("id", &format!("n{i}")),
            attr("label", &a.label),
            attr("shape", shape),
            attr("fillcolor", fill),
            attr("tooltip", &node_tooltip(a)),
        ];
        if highlight.contains(a.id.as_str()) {
            attrs.push(attr("penwidth", "3"));
            attrs.push(attr("color", "#e6550d"));
        }
        let node = Stmt::Node(Node::new(NodeId(quoted(&a.id), None), attrs));
        match country_of(a).filter(|c| members[c] > 1) {
            Some(c) => clusters.entry(c).or_default().push(node),
            None => stmts.push(node),
        }
    }
    for (country, nodes) in clusters {
        let label = g.actor(country).map_or(country, |s| s.label.as_str());
        let mut body = vec![
            Stmt::Attribute(attr("label", label)),
            Stmt::Attribute(attr("style", "rounded,dashed")),
            Stmt::Attribute(attr("color", "#9fb7d0")),
        ];
        body.extend(nodes);
        stmts.push(Stmt::Subgraph(Subgraph { id: quoted(&format!("cluster_{country}")), stmts: body }));
    }
    let mut types = BTreeSet::new();
    for (i, (s, t, r)) in g.relations().into_iter().enumerate() {
        types.insert(r.relation);
        let mut attrs = vec![
            attr("id", &format!("e{i}")),
            attr("color", r.relation.color()),
            attr("penwidth", &penwidth(r)),
            attr("tooltip", &edge_tooltip(s, t, r)),
            attr("class", r.relation.as_str()),
        ];
        if !r.relation.directed() {
            attrs.push(attr("dir", "none"));
        }
        if o.edge_labels {
            attrs.push(attr("label", r.relation.as_str()));
            attrs.push(attr("fontcolor", r.relation.color()));
        }
        if path_edges.contains(&(s.id.as_str(), t.id.as_str())) {
            attrs.push(attr("penwidth", "4"));
        }
        stmts.push(Stmt::Edge(Edge {
            ty: EdgeTy::Pair(Vertex::N(NodeId(quoted(&s.id), None)), Vertex::N(NodeId(quoted(&t.id), None))),
            attributes: attrs,
        }));
    }
    if !types.is_empty() || !kinds.is_empty() {
        stmts.push(legend(&types, &kinds));
    }
    let graph = Graph::DiGraph { id: Id::Plain("relgraph".into()), strict: false, stmts };
    let mut out = graph.print(&mut PrinterContext::default());
    out.push('\n');
    out
}

/// The layout engine for a graph of `actors` nodes and `relations` edges:
/// the layered `dot` engine while it stays fast, the force-directed `sfdp`
/// beyond. Measured with the pure-Rust layout on generated graphs: `dot` takes
/// 0.4 s for 100 actors and 250 relations but over 3 minutes for 200 and 800,
/// which `sfdp` lays out in 0.1 s.
pub fn engine_for(actors: usize, relations: usize) -> &'static str {
    if actors <= LAYERED_LIMIT && relations <= LAYERED_RELATIONS_LIMIT {
        "dot"
    } else {
        "sfdp"
    }
}

/// Lays out DOT source with the given engine and returns SVG, giving up after
/// `timeout` (the layout runs on its own thread; on timeout it is abandoned).
pub fn to_svg(dot: &str, engine: &str, timeout: Duration) -> Result<String, RenderError> {
    let (tx, rx) = mpsc::channel();
    let (dot, engine) = (dot.to_string(), engine.to_string());
    std::thread::spawn(move || {
        let result =
            graphviz_pure::render_dot(&dot, &engine, "svg").map(|r| r.into_output()).map_err(|e| e.to_string());
        let _ = tx.send(result);
    });
    match rx.recv_timeout(timeout) {
        Ok(Ok(svg)) => Ok(svg),
        Ok(Err(e)) => Err(RenderError::Layout(e)),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(RenderError::Timeout(timeout)),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err(RenderError::Layout("the layout engine stopped unexpectedly".into()))
        }
    }
}

/// The DOT that [`svg_for_graph`] lays out: [`to_dot`] with edge labels on
/// small graphs (up to [`EDGE_LABELS_LIMIT`] relations). Like every DOT
/// relgraph writes, it names its engine in `layout`, so Graphviz run on it
/// (`dot -Tsvg`, whatever the command's own engine) draws the same picture.
pub fn dot_for_graph(g: &RelGraph, o: &DotOptions) -> String {
    if !o.edge_labels && g.relation_count() <= EDGE_LABELS_LIMIT {
        to_dot(g, &DotOptions { edge_labels: true, ..o.clone() })
    } else {
        to_dot(g, o)
    }
}

/// Renders a whole graph to SVG with the engine suited to its size (see
/// [`dot_for_graph`] for what is drawn).
pub fn svg_for_graph(g: &RelGraph, o: &DotOptions, timeout: Duration) -> Result<String, RenderError> {
    to_svg(&dot_for_graph(g, o), engine_for(g.actor_count(), g.relation_count()), timeout)
}

/// What a drawing of at most `max_actors` actors keeps of a graph: the
/// best-connected actors (ties by id, as [`RelGraph::top_by_degree`]) and
/// the relations among them, with a caption that says what was left out.
pub fn overview(g: &RelGraph, max_actors: usize) -> (RelGraph, DotOptions) {
    let mut options = DotOptions::default();
    let kept = if g.actor_count() > max_actors {
        let kept = g.subgraph(&g.top_by_degree(max_actors), &crate::graph::QueryFilter::default());
        options.title = Some(format!(
            "The {} best-connected of {} actors; left out {} actors and {} relations (graph.html shows them all)",
            kept.actor_count(),
            g.actor_count(),
            g.actor_count() - kept.actor_count(),
            g.relation_count() - kept.relation_count()
        ));
        kept
    } else {
        g.subgraph(&g.actors().iter().map(|a| a.id.clone()).collect(), &crate::graph::QueryFilter::default())
    };
    (kept, options)
}

/// The SVG a build writes: the [`overview`] of at most [`OVERVIEW_ACTORS`] actors.
pub fn overview_svg(g: &RelGraph, timeout: Duration) -> Result<String, RenderError> {
    let (kept, options) = overview(g, OVERVIEW_ACTORS);
    svg_for_graph(&kept, &options, timeout)
}

/// The fonts the PNG's text is drawn with: the system's, read once.
fn fonts() -> std::sync::Arc<resvg::usvg::fontdb::Database> {
    static FONTS: std::sync::OnceLock<std::sync::Arc<resvg::usvg::fontdb::Database>> = std::sync::OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = resvg::usvg::fontdb::Database::new();
            db.load_system_fonts();
            // Graphviz asks for Helvetica; use whichever common sans face is installed.
            for family in ["Helvetica", "Arial", "Liberation Sans", "DejaVu Sans"] {
                if db.faces().any(|f| f.families.iter().any(|(name, _)| name == family)) {
                    db.set_sans_serif_family(family);
                    break;
                }
            }
            std::sync::Arc::new(db)
        })
        .clone()
}

/// Rasterises an SVG (such as [`to_svg`]'s) to PNG bytes on a white
/// background, at twice its size in points, the longest side at most
/// [`PNG_MAX_SIDE`] pixels. Text uses the system's fonts; without any, the
/// drawing comes out without its labels.
pub fn svg_to_png(svg: &str) -> Result<Vec<u8>, RenderError> {
    use resvg::{tiny_skia, usvg};
    let options = usvg::Options { fontdb: fonts(), font_family: "sans-serif".into(), ..usvg::Options::default() };
    // Graphviz writes the generic family as `sans-Serif`, which usvg takes
    // for a font's name; the generic name finds the installed sans face.
    let svg = svg.replace(",sans-Serif\"", ",sans-serif\"");
    let tree = usvg::Tree::from_str(&svg, &options).map_err(|e| RenderError::Png(e.to_string()))?;
    let size = tree.size();
    let longest = size.width().max(size.height()).max(1.0);
    let scale = PNG_SCALE.min(PNG_MAX_SIDE as f32 / longest);
    let (w, h) = ((size.width() * scale).ceil().max(1.0) as u32, (size.height() * scale).ceil().max(1.0) as u32);
    let mut pixmap =
        tiny_skia::Pixmap::new(w, h).ok_or_else(|| RenderError::Png(format!("cannot allocate {w}x{h} pixels")))?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(&tree, tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| RenderError::Png(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::Evidence;

    fn actor(id: &str, label: &str, kind: ActorKind, country: Option<&str>) -> Actor {
        Actor { id: id.into(), label: label.into(), kind, country: country.map(Into::into), mentions: 1 }
    }

    fn evidence(doc: &str, sentence: &str) -> Evidence {
        Evidence {
            doc: doc.into(),
            start: 0,
            end: sentence.len(),
            sentence: sentence.into(),
            date: Some("2024-01-02".into()),
            trigger: "t".into(),
        }
    }

    fn sample() -> RelGraph {
        let mut g = RelGraph::new();
        g.add_actor(actor("russia", "Russia", ActorKind::State, None));
        g.add_actor(actor("myanmar", "Myanmar", ActorKind::State, None));
        g.add_actor(actor("myanmar-junta", "Myanmar junta", ActorKind::Military, Some("myanmar")));
        g.add_actor(actor("evil", "Evil \"Quoted\" \\N Front\n<script>", ActorKind::Discovered, None));
        g.add_evidence(
            "russia",
            "myanmar-junta",
            RelationType::ArmsSupply,
            evidence("a.txt", "Russia sold \"jets\" to the junta."),
        );
        g.add_evidence("russia", "myanmar-junta", RelationType::ArmsSupply, evidence("b.txt", "More jets."));
        g.add_evidence(
            "evil",
            "russia",
            RelationType::ArmedConflict,
            evidence("c.txt", "Evil\\ fought </svg> Russia."),
        );
        g
    }

    #[test]
    fn escape_dot_neutralises_quotes_backslashes_and_controls() {
        assert_eq!(escape_dot(r#"a "b" \N"#), r#"a \"b\" \\N"#);
        assert_eq!(escape_dot("x\ny\r\u{7}z"), "x\\ny z");
    }

    #[test]
    fn dot_parses_back_with_styles_clusters_and_legend() {
        let dot = to_dot(&sample(), &DotOptions::default());
        graphviz_rust::parse(&dot).unwrap_or_else(|e| panic!("{e}\n{dot}"));
        assert!(dot.contains(r#"Evil \"Quoted\" \\N Front\n<script>"#), "{dot}");
        assert!(dot.contains("cluster_myanmar"), "junta and Myanmar share a cluster: {dot}");
        assert!(dot.contains(RelationType::ArmsSupply.color()));
        assert!(dot.contains("cluster_legend"));
        // armed_conflict is symmetric: no arrowhead; arms_supply keeps its arrow.
        let conflict = dot.lines().find(|l| l.contains("armed_conflict") && l.contains("->")).unwrap();
        assert!(conflict.contains(r#"dir="none""#), "{conflict}");
        let arms = dot.lines().find(|l| l.contains("\"arms_supply\"") && l.contains("->")).unwrap();
        assert!(!arms.contains("dir="), "{arms}");
        assert!(arms.contains(r#"penwidth="2.5""#), "two documents widen the edge: {arms}");
    }

    #[test]
    fn dot_is_deterministic() {
        assert_eq!(to_dot(&sample(), &DotOptions::default()), to_dot(&sample(), &DotOptions::default()));
    }

    #[test]
    fn svg_shows_article_text_as_text() {
        let svg = svg_for_graph(&sample(), &DotOptions::default(), Duration::from_secs(60)).unwrap();
        assert!(svg.contains("<svg"));
        assert!(!svg.contains("<script>") && !svg.contains("fought </svg>"), "unescaped article text in SVG");
        assert!(svg.contains("Myanmar junta"));
    }

    #[test]
    fn large_graphs_use_the_force_directed_engine() {
        assert_eq!(engine_for(10, 20), "dot");
        assert_eq!(engine_for(LAYERED_LIMIT + 1, 20), "sfdp");
        assert_eq!(engine_for(50, LAYERED_RELATIONS_LIMIT + 1), "sfdp");
    }

    #[test]
    fn the_legend_shows_the_shapes_of_the_kinds_drawn() {
        let dot = to_dot(&sample(), &DotOptions::default());
        let legend = &dot[dot.find("cluster_legend").unwrap()..];
        assert!(legend.contains("\"relgraph:kind:military\"") && legend.contains("hexagon"), "{legend}");
        assert!(!legend.contains("relgraph:kind:company"), "no company is drawn: {legend}");
    }

    #[test]
    fn the_overview_keeps_the_best_connected_and_says_what_it_left_out() {
        let mut g = RelGraph::new();
        for i in 0..80 {
            g.add_actor(actor(&format!("a{i:02}"), &format!("A{i}"), ActorKind::State, None));
        }
        // a00 is linked to everyone, so it stays; 79 relations in all.
        for i in 1..80 {
            g.add_evidence("a00", &format!("a{i:02}"), RelationType::Sanctions, evidence("d", "s"));
        }
        let (kept, options) = overview(&g, 10);
        assert_eq!(kept.actor_count(), 10);
        assert!(kept.actor("a00").is_some());
        let title = options.title.unwrap();
        assert!(title.contains("left out 70 actors and 70 relations"), "{title}");
        let (all, options) = overview(&g, OVERVIEW_ACTORS + 100);
        assert_eq!(all.relation_count(), 79);
        assert!(options.title.is_none());
    }

    #[test]
    fn png_is_a_picture_of_the_drawing() {
        let svg = svg_for_graph(&sample(), &DotOptions::default(), Duration::from_secs(60)).unwrap();
        assert!(svg.contains(">arms_supply</text>"), "a small graph's edges are labelled");
        let png = svg_to_png(&svg).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert!(svg_to_png("<svg").is_err());
    }
}
