//! The interactive page: one self-contained HTML file (no network) with the
//! SVG diagram, relation-type and date filters, actor search, shortest paths
//! and the evidence of any edge on a click.
//!
//! Article text reaches the page only as JSON inside a
//! `<script type="application/json">` block, with `<`, `>` and `&` written
//! as `\u003c`-style escapes so nothing can close the block, and the page's
//! script inserts it with `textContent`, never as markup. The SVG's text is
//! XML-escaped by the layout engine.

use crate::graph::RelGraph;
use crate::ontology::RelationType;
use serde::Serialize;
use std::collections::BTreeMap;

const TEMPLATE: &str = include_str!("page.html");
/// Evidence sentences per edge carried into the page.
const PAGE_EVIDENCE: usize = 25;

#[derive(Serialize)]
struct PageData<'a> {
    nodes: Vec<PageNode<'a>>,
    edges: Vec<PageEdge<'a>>,
    types: Vec<PageType>,
    documents: BTreeMap<&'a str, PageDocument<'a>>,
}

#[derive(Serialize)]
struct PageNode<'a> {
    id: &'a str,
    label: &'a str,
    kind: &'a str,
    country: Option<&'a str>,
    mentions: u64,
}

#[derive(Serialize)]
struct PageEdge<'a> {
    source: usize,
    target: usize,
    relation: &'static str,
    directed: bool,
    first_date: Option<&'a str>,
    last_date: Option<&'a str>,
    weight: usize,
    evidence: Vec<PageEvidence<'a>>,
}

#[derive(Serialize)]
struct PageEvidence<'a> {
    doc: &'a str,
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

/// Builds the page for a graph. `svg` is the diagram from
/// [`super::to_svg`] of [`super::to_dot`] (whose element ids `n0…`, `e0…`
/// the page relies on); without it the page still offers search, paths and
/// evidence as lists.
pub fn to_html(g: &RelGraph, svg: Option<&str>) -> String {
    let actors = g.actors();
    let index: BTreeMap<&str, usize> = actors.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
    let nodes = actors
        .iter()
        .map(|a| PageNode {
            id: &a.id,
            label: &a.label,
            kind: a.kind.as_str(),
            country: a.country.as_deref(),
            mentions: a.mentions,
        })
        .collect();
    let edges = g
        .relations()
        .into_iter()
        .map(|(s, t, r)| {
            let (first_date, last_date) = r.date_range();
            PageEdge {
                source: index[s.id.as_str()],
                target: index[t.id.as_str()],
                relation: r.relation.as_str(),
                directed: r.relation.directed(),
                first_date,
                last_date,
                weight: r.weight(),
                evidence: r
                    .evidence
                    .iter()
                    .take(PAGE_EVIDENCE)
                    .map(|e| PageEvidence { doc: &e.doc, date: e.date.as_deref(), sentence: &e.sentence })
                    .collect(),
            }
        })
        .collect();
    let types = RelationType::ALL
        .iter()
        .map(|t| PageType { id: t.as_str(), color: t.color(), directed: t.directed() })
        .collect();
    let documents = g
        .documents()
        .map(|d| (d.id.as_str(), PageDocument { title: d.title.as_deref(), date: d.date.as_deref() }))
        .collect();
    let data = script_json(&PageData { nodes, edges, types, documents });
    let svg = svg.map(|s| &s[s.find("<svg").unwrap_or(0)..]).unwrap_or("");
    // Split the template at its two markers instead of replacing them, so
    // text inside the data or the SVG can never be taken for a marker.
    let (head, rest) = TEMPLATE.split_once("<!--SVG-->").expect("template has an SVG marker");
    let (middle, tail) = rest.split_once("/*DATA*/").expect("template has a data marker");
    [head, svg, middle, &data, tail].concat()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{Actor, Evidence};
    use crate::ontology::ActorKind;

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
    fn the_page_is_self_contained() {
        let page = to_html(&RelGraph::new(), Some("<?xml version=\"1.0\"?>\n<svg></svg>"));
        assert!(page.contains("<svg></svg>") && !page.contains("<?xml"));
        for remote in ["http://", "https://", "//cdn"] {
            let outside_svg_namespaces = page.replace("http://www.w3.org", "");
            assert!(!outside_svg_namespaces.contains(remote), "page loads {remote}");
        }
    }
}
