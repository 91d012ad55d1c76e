//! The interactive page: one self-contained HTML file (no network request)
//! drawn by sigma.js on WebGL, with positions computed here (so it opens laid
//! out, the same way every time), search by any name the lexicon knows,
//! neighbourhoods, shortest paths, evidence on a click, a time slider,
//! filters, the view in the URL and PNG/SVG export.
//!
//! Article text reaches the page only as JSON inside a
//! `<script type="application/json">` block, with `<`, `>` and `&` written
//! as `\u003c`-style escapes so nothing can close the block, and the page's
//! script inserts it with `textContent`, never as markup.

use super::layout::{force_layout, LayoutEdge};
use crate::graph::RelGraph;
use crate::lexicon::{FormKind, Lexicon};
use crate::ontology::{ActorKind, RelationType};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

const TEMPLATE: &str = include_str!("page.html");
/// The vendored renderer (see `vendor/README.md`), inlined in this order.
const VENDOR: [&str; 3] = [
    include_str!("vendor/graphology.umd.min.js"),
    include_str!("vendor/sigma.min.js"),
    include_str!("vendor/forceatlas2.min.js"),
];
/// Evidence sentences per edge carried into the page.
const PAGE_EVIDENCE: usize = 25;
/// Other names per actor carried into the page for search.
const PAGE_ALIASES: usize = 40;

#[derive(Serialize)]
struct PageData<'a> {
    nodes: Vec<PageNode<'a>>,
    edges: Vec<PageEdge<'a>>,
    types: Vec<PageType>,
    kinds: Vec<PageKind>,
    documents: BTreeMap<&'a str, PageDocument<'a>>,
}

#[derive(Serialize)]
struct PageNode<'a> {
    id: &'a str,
    label: &'a str,
    kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'a str>,
    mentions: u64,
    /// Position from the layout, rounded to keep the page small.
    x: f64,
    y: f64,
    /// Community number (0 is the largest).
    community: usize,
    /// Other names that find this actor in the search box.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    aliases: Vec<String>,
}

#[derive(Serialize)]
struct PageEdge<'a> {
    source: usize,
    target: usize,
    relation: &'static str,
    weight: usize,
    /// The date of every evidence sentence (`null` when undated), for the
    /// time slider and the evidence count in a window; only when the page
    /// carries fewer sentences than the relation has (else they tell).
    #[serde(skip_serializing_if = "Option::is_none")]
    dates: Option<Vec<Option<&'a str>>>,
    evidence: Vec<PageEvidence<'a>>,
}

#[derive(Serialize)]
struct PageEvidence<'a> {
    doc: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    sentence: &'a str,
}

#[derive(Serialize)]
struct PageType {
    id: &'static str,
    color: &'static str,
    directed: bool,
}

#[derive(Serialize)]
struct PageKind {
    id: &'static str,
    color: &'static str,
}

#[derive(Serialize)]
struct PageDocument<'a> {
    title: Option<&'a str>,
    date: Option<&'a str>,
}

/// JSON that is safe inside a `<script>` element: no `<`, `>` or `&` (they
/// occur only inside JSON strings, where the `\u` escapes mean the same).
fn script_json<T: Serialize>(value: &T) -> String {
    let json = serde_json::to_string(value).expect("page data serialises");
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// Other names of the graph's actors from the lexicon: every name, acronym,
/// demonym, capital and seat listed for the actor ("Moscow", "Kremlin" for
/// Russia), and the names of people who act for it but are not in the graph
/// themselves. Sorted and without the label itself.
fn aliases(g: &RelGraph, lexicon: &Lexicon) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let in_graph = |id: &str| g.actor(id).is_some();
    for form in &lexicon.forms {
        let entry = &lexicon.actors[form.actor];
        let names = matches!(
            form.kind,
            FormKind::Name | FormKind::Acronym | FormKind::Demonym | FormKind::Capital | FormKind::Seat
        );
        if !names {
            continue;
        }
        if in_graph(&entry.id) {
            out.entry(entry.id.clone()).or_default().insert(form.text.clone());
        } else if entry.kind == ActorKind::Person {
            for role in &entry.roles {
                if in_graph(&role.org) {
                    out.entry(role.org.clone()).or_default().insert(form.text.clone());
                }
            }
        }
    }
    for entry in &lexicon.actors {
        if entry.kind == ActorKind::Person && !in_graph(&entry.id) {
            for role in &entry.roles {
                if in_graph(&role.org) {
                    out.entry(role.org.clone()).or_default().insert(entry.label.clone());
                }
            }
        }
    }
    for (id, names) in out.iter_mut() {
        if let Some(a) = g.actor(id) {
            let label = a.label.to_lowercase();
            names.retain(|n| n.to_lowercase() != label);
        }
    }
    out
}

/// Builds the page for a graph. With a lexicon, the search box also finds
/// actors by the other names it lists for them (and by the people who act
/// for them). The output depends only on its inputs.
pub fn to_html(g: &RelGraph, lexicon: Option<&Lexicon>) -> String {
    let actors = g.actors();
    let index: BTreeMap<&str, usize> = actors.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
    let relations = g.relations();
    let layout_edges: Vec<LayoutEdge> =
        relations.iter().map(|(s, t, r)| (index[s.id.as_str()], index[t.id.as_str()], r.weight() as f64)).collect();
    let positions = force_layout(actors.len(), &layout_edges);
    let community = g.community_of();
    let mut other_names = lexicon.map(|l| aliases(g, l)).unwrap_or_default();
    let nodes = actors
        .iter()
        .zip(&positions)
        .map(|(a, &(x, y))| PageNode {
            id: &a.id,
            label: &a.label,
            kind: a.kind.as_str(),
            country: a.country.as_deref(),
            mentions: a.mentions,
            x: (x * 100.0).round() / 100.0,
            y: (y * 100.0).round() / 100.0,
            community: community.get(a.id.as_str()).copied().unwrap_or(0),
            aliases: other_names.remove(&a.id).unwrap_or_default().into_iter().take(PAGE_ALIASES).collect(),
        })
        .collect();
    let edges = relations
        .iter()
        .map(|(s, t, r)| PageEdge {
            source: index[s.id.as_str()],
            target: index[t.id.as_str()],
            relation: r.relation.as_str(),
            weight: r.weight(),
            dates: (r.evidence.len() > PAGE_EVIDENCE).then(|| r.evidence.iter().map(|e| e.date.as_deref()).collect()),
            evidence: r
                .evidence
                .iter()
                .take(PAGE_EVIDENCE)
                .map(|e| PageEvidence { doc: &e.doc, date: e.date.as_deref(), sentence: &e.sentence })
                .collect(),
        })
        .collect();
    let types = RelationType::ALL
        .iter()
        .map(|t| PageType { id: t.as_str(), color: t.color(), directed: t.directed() })
        .collect();
    let kinds = ActorKind::ALL.iter().map(|&k| PageKind { id: k.as_str(), color: k.color() }).collect();
    let documents = g
        .documents()
        .map(|d| (d.id.as_str(), PageDocument { title: d.title.as_deref(), date: d.date.as_deref() }))
        .collect();
    let data = script_json(&PageData { nodes, edges, types, kinds, documents });
    // Split the template at its two markers instead of replacing them, so
    // text inside the data can never be taken for a marker.
    let (head, rest) = TEMPLATE.split_once("/*VENDOR*/").expect("template has a vendor marker");
    let (middle, tail) = rest.split_once("/*DATA*/").expect("template has a data marker");
    let mut out =
        String::with_capacity(TEMPLATE.len() + data.len() + VENDOR.iter().map(|v| v.len() + 1).sum::<usize>());
    out.push_str(head);
    for v in VENDOR {
        out.push_str(v);
        out.push('\n');
    }
    out.push_str(middle);
    out.push_str(&data);
    out.push_str(tail);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{Actor, Evidence};

    #[test]
    fn article_text_cannot_leave_the_data_block() {
        let mut g = RelGraph::new();
        for id in ["a", "b"] {
            g.add_actor(Actor {
                id: id.into(),
                label: format!("{id}</script><script>alert(1)</script>"),
                kind: ActorKind::State,
                country: None,
                mentions: 1,
            });
        }
        let sentence = "x </script><img src=x onerror=alert(1)> & \u{2028}";
        g.add_evidence(
            "a",
            "b",
            RelationType::Sanctions,
            Evidence { doc: "d".into(), start: 0, end: 1, sentence: sentence.into(), date: None, trigger: "t".into() },
        );
        let page = to_html(&g, None);
        assert_eq!(
            page.matches("</script>").count(),
            TEMPLATE.matches("</script>").count(),
            "article text closed a script block"
        );
        assert!(!page.contains("<img src=x"));
        assert!(page.contains(r"x \u003c/script\u003e\u003cimg src=x onerror=alert(1)\u003e \u0026"));
    }

    #[test]
    fn vendored_scripts_cannot_end_their_inline_block() {
        for v in VENDOR {
            let lower = v.to_lowercase();
            assert!(!lower.contains("</script") && !lower.contains("<!--"), "a vendored file would end its block");
        }
    }

    #[test]
    fn the_page_is_self_contained_and_deterministic() {
        let mut g = RelGraph::new();
        for id in ["a", "b", "c"] {
            g.add_actor(Actor { id: id.into(), label: id.into(), kind: ActorKind::State, country: None, mentions: 1 });
        }
        let ev = Evidence { doc: "d".into(), start: 0, end: 1, sentence: "s".into(), date: None, trigger: "t".into() };
        g.add_evidence("a", "b", RelationType::Sanctions, ev.clone());
        g.add_evidence("b", "c", RelationType::Sanctions, ev);
        let page = to_html(&g, None);
        assert_eq!(page, to_html(&g, None));
        for tag in ["<script src", "<link", "<img", "<iframe", "url("] {
            assert!(!page.contains(tag), "page loads a resource: {tag}");
        }
        assert!(page.contains("default-src 'none'"), "the page forbids network requests");
    }

    #[test]
    fn the_lexicon_names_find_actors() {
        let lexicon = Lexicon::builtin().unwrap();
        let mut g = RelGraph::new();
        g.add_actor(Actor {
            id: "russia".into(),
            label: "Russia".into(),
            kind: ActorKind::State,
            country: None,
            mentions: 1,
        });
        let names = aliases(&g, &lexicon);
        let russia = &names["russia"];
        assert!(russia.contains("Moscow") && russia.contains("Kremlin"), "{russia:?}");
        assert!(!russia.contains("Russia"), "the label is not repeated: {russia:?}");
    }
}
