//! The answers of the query commands, as data: each is what `--json` prints
//! (with [`SCHEMA_VERSION`]) and what the text output is printed from.

use super::names::{resolve, Names};
use super::QueryError;
use crate::graph::{Actor, Direction, Evidence, Hop, QueryFilter, RelGraph};
use crate::ontology::{ActorKind, RelationType};
use crate::store::{read_graph, read_graph_for_query, QueryGraph};
use serde::Serialize;
use std::collections::BTreeSet;
use std::path::Path;

/// The version of the `--json` outputs' layout (`schema_version` in each;
/// described by `docs/query-output.schema.json`).
pub const SCHEMA_VERSION: u32 = 1;

/// An actor as the answers name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorRef {
    /// Its id.
    pub id: String,
    /// Its display name.
    pub label: String,
    /// What it is.
    pub kind: ActorKind,
}

impl From<&Actor> for ActorRef {
    fn from(a: &Actor) -> ActorRef {
        ActorRef { id: a.id.clone(), label: a.label.clone(), kind: a.kind }
    }
}

/// One relation between the two actors of a hop.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HopRelation {
    /// The relation type.
    pub relation: RelationType,
    /// Which way it points, seen from the actor the hop starts from.
    pub direction: Direction,
    /// The relation's own source and target.
    pub source: String,
    /// Its target.
    pub target: String,
    /// Evidence sentences in the date window.
    pub weight: usize,
    /// Its latest sentence in the window.
    pub evidence: Evidence,
}

/// One hop of a path, in walking order (`from` → `to`), over the relation
/// shown (the strongest; `source` and `target` are its own ends), with every
/// relation that links the two actors under the filter, that one first,
/// then by weight.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HopReport {
    /// Where the hop starts, and its label.
    pub from: String,
    /// Label of `from`.
    pub from_label: String,
    /// Where the hop ends.
    pub to: String,
    /// Label of `to`.
    pub to_label: String,
    /// The relation's own source (for directed types, who acts).
    pub source: String,
    /// The relation's own target.
    pub target: String,
    /// The relation type.
    pub relation: RelationType,
    /// Whether the type is directed.
    pub directed: bool,
    /// Which way the relation points, seen from `from`.
    pub direction: Direction,
    /// Evidence sentences of the relation in the date window.
    pub weight: usize,
    /// The sentence shown: the latest in the window.
    pub evidence: Evidence,
    /// Every relation linking `from` and `to`, the one above first.
    pub relations: Vec<HopRelation>,
}

/// One path: its length and hops.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathSteps {
    /// Number of hops.
    pub length: usize,
    /// The hops in walking order.
    pub hops: Vec<HopReport>,
}

/// The answer of `path`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathReport {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The actors the path joins (ids), and how their names were resolved.
    pub from: String,
    /// Label of `from`.
    pub from_label: String,
    /// The end of the path.
    pub to: String,
    /// Label of `to`.
    pub to_label: String,
    /// How the names asked were resolved, when not by an actor's own name.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub resolved: Vec<String>,
    /// How many paths were asked for.
    pub asked: usize,
    /// The hops of the shortest path (`paths[0]`).
    pub hops: Vec<HopReport>,
    /// The shortest paths without loops, shortest first.
    pub paths: Vec<PathSteps>,
}

/// What `path` found.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum PathOutcome {
    /// At least one path.
    Found(PathReport),
    /// The two actors are not linked (under the filter).
    NoPath {
        /// The start.
        from: ActorRef,
        /// The end.
        to: ActorRef,
    },
}

/// The paths between two named actors in `graph`, each hop with the
/// evidence it shows (read from the graph file when the graph came from its
/// index: an [`QueryError::Index`] error then says the file changed).
pub fn find_paths(
    graph: &QueryGraph,
    names: &Names,
    from: &str,
    to: &str,
    k: usize,
    filter: &QueryFilter,
) -> Result<PathOutcome, QueryError> {
    let (from, to) = (resolve(graph, names, from)?, resolve(graph, names, to)?);
    let resolved: Vec<String> = [&from.via, &to.via].into_iter().flatten().cloned().collect();
    let (from, to) = (from.actor, to.actor);
    let found = graph.k_shortest_paths(&from.id, &to.id, k, filter);
    if found.is_empty() {
        return Ok(PathOutcome::NoPath { from: from.into(), to: to.into() });
    }
    let mut paths = Vec::with_capacity(found.len());
    for hops in &found {
        let mut steps = Vec::with_capacity(hops.len());
        for h in hops {
            steps.push(hop_report(graph, h, filter)?);
        }
        paths.push(PathSteps { length: steps.len(), hops: steps });
    }
    Ok(PathOutcome::Found(PathReport {
        schema_version: SCHEMA_VERSION,
        from: from.id.clone(),
        from_label: from.label.clone(),
        to: to.id.clone(),
        to_label: to.label.clone(),
        resolved,
        asked: k,
        hops: paths[0].hops.clone(),
        paths,
    }))
}

/// Which way a relation from `source` points, seen from `from`.
fn direction_from(from: &str, source: &str, relation: RelationType) -> Direction {
    match (relation.directed(), source == from) {
        (false, _) => Direction::Symmetric,
        (true, true) => Direction::Outgoing,
        (true, false) => Direction::Incoming,
    }
}

fn hop_report(graph: &QueryGraph, h: &Hop<'_>, filter: &QueryFilter) -> Result<HopReport, QueryError> {
    let mut between = graph.relations_between(&h.from.id, &h.to.id, filter);
    // The relation followed first, then the others by weight (ties in type order).
    between.sort_by_key(|(_, _, r)| (!std::ptr::eq(*r, h.relation), std::cmp::Reverse(filter.weight(r)), r.relation));
    let mut relations = Vec::with_capacity(between.len());
    for (source, target, relation) in between {
        let hop = Hop { from: h.from, to: h.to, source, target, relation };
        let evidence = graph.shown_evidence(filter, &hop)?.expect("a kept relation has evidence in the window");
        relations.push(HopRelation {
            relation: relation.relation,
            direction: direction_from(&h.from.id, &source.id, relation.relation),
            source: source.id.clone(),
            target: target.id.clone(),
            weight: filter.weight(relation),
            evidence,
        });
    }
    let shown = relations.first().expect("the relation followed links the two").clone();
    Ok(HopReport {
        from: h.from.id.clone(),
        from_label: h.from.label.clone(),
        to: h.to.id.clone(),
        to_label: h.to.label.clone(),
        source: shown.source,
        target: shown.target,
        relation: shown.relation,
        directed: shown.relation.directed(),
        direction: shown.direction,
        weight: shown.weight,
        evidence: shown.evidence,
        relations,
    })
}

/// The answer of [`path`] and the graph it was found in (from the index, or
/// read whole when `whole` is asked or the file changed under its index).
#[derive(Debug)]
pub struct PathAnswer {
    /// The paths, or none.
    pub outcome: PathOutcome,
    /// The graph queried.
    pub graph: QueryGraph,
}

/// `path` on a graph file: through its query index unless `whole`, and
/// read whole when the file no longer agrees with its index. `note` is
/// told how the graph was read (for debugging), as soon as it is.
pub fn path(
    file: &Path,
    names: &Names,
    (from, to): (&str, &str),
    k: usize,
    filter: &QueryFilter,
    whole: bool,
    note: &mut dyn FnMut(&str),
) -> Result<PathAnswer, QueryError> {
    if !whole {
        let graph = read_graph_for_query(file)?;
        note(graph.note());
        match find_paths(&graph, names, from, to, k, filter) {
            Err(QueryError::Index(e)) => note(&format!("{e}; reading the whole graph file")),
            done => return Ok(PathAnswer { outcome: done?, graph }),
        }
    }
    let graph = QueryGraph::from(read_graph(file)?);
    note(graph.note());
    let outcome = find_paths(&graph, names, from, to, k, filter)?;
    Ok(PathAnswer { outcome, graph })
}

/// A sub-graph to draw a path in: the actors of the paths and their direct
/// neighbours, the shortest path's actors to highlight, and a title.
#[derive(Debug)]
pub struct PathDrawing {
    /// The neighbourhood.
    pub graph: RelGraph,
    /// The ids along the shortest path, in order.
    pub highlight: Vec<String>,
    /// "A → B → C".
    pub title: String,
}

impl PathReport {
    /// The answer when there is no path between the two actors.
    pub fn empty(from: &ActorRef, to: &ActorRef, asked: usize) -> PathReport {
        PathReport {
            schema_version: SCHEMA_VERSION,
            from: from.id.clone(),
            from_label: from.label.clone(),
            to: to.id.clone(),
            to_label: to.label.clone(),
            resolved: Vec::new(),
            asked,
            hops: Vec::new(),
            paths: Vec::new(),
        }
    }

    /// The neighbourhood of the paths in `graph` (see [`PathDrawing`]).
    pub fn drawing(&self, graph: &RelGraph, filter: &QueryFilter) -> PathDrawing {
        // (From an actor to itself the path has no hop.)
        let first: Vec<String> =
            std::iter::once(self.from.clone()).chain(self.hops.iter().map(|h| h.to.clone())).collect();
        let on_paths: BTreeSet<String> = self
            .paths
            .iter()
            .flat_map(|p| &p.hops)
            .flat_map(|h| [h.from.clone(), h.to.clone()])
            .chain(first.iter().cloned())
            .collect();
        let mut ids = on_paths.clone();
        for id in &on_paths {
            ids.extend(graph.neighbors(id, 1, filter).into_iter().map(|(n, _)| n.id.clone()));
        }
        let labels: Vec<&str> = first.iter().filter_map(|id| graph.actor(id)).map(|a| a.label.as_str()).collect();
        PathDrawing { graph: graph.subgraph(&ids, filter), title: labels.join(" → "), highlight: first }
    }
}

/// A relation between an actor and one of its neighbours, seen from the actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NeighborRelation {
    /// The relation type.
    pub relation: RelationType,
    /// Which way it points, from the actor asked about.
    pub direction: Direction,
    /// Evidence sentences in the date window.
    pub weight: usize,
}

/// One actor near the one asked about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NeighborEntry {
    /// Its id.
    pub id: String,
    /// Its label.
    pub label: String,
    /// Its kind.
    pub kind: ActorKind,
    /// Hops from the actor.
    pub distance: usize,
    /// The relations that link it to the actor directly (none beyond one hop).
    pub relations: Vec<NeighborRelation>,
}

/// The answer of `neighbors`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NeighborsReport {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The actor's id.
    pub actor: String,
    /// Its label and kind.
    pub label: String,
    /// Its kind.
    pub kind: ActorKind,
    /// How the name asked was resolved, when not by the actor's own name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved: Option<String>,
    /// The depth asked.
    pub depth: usize,
    /// The actors within `depth` hops, nearest first, then by id.
    pub neighbors: Vec<NeighborEntry>,
}

/// The actors within `depth` hops of the named actor, each with the
/// relations that link it to the actor directly.
pub fn neighbors(
    graph: &RelGraph,
    names: &Names,
    actor: &str,
    depth: usize,
    filter: &QueryFilter,
) -> Result<NeighborsReport, QueryError> {
    if depth == 0 {
        return Err(QueryError::NoDepth);
    }
    let found = resolve(graph, names, actor)?;
    let actor = found.actor;
    let neighbors = graph
        .neighbors(&actor.id, depth, filter)
        .into_iter()
        .map(|(n, distance)| {
            let relations = graph
                .relations_between(&actor.id, &n.id, filter)
                .into_iter()
                .map(|(s, _, r)| NeighborRelation {
                    relation: r.relation,
                    direction: direction_from(&actor.id, &s.id, r.relation),
                    weight: filter.weight(r),
                })
                .collect();
            NeighborEntry { id: n.id.clone(), label: n.label.clone(), kind: n.kind, distance, relations }
        })
        .collect();
    Ok(NeighborsReport {
        schema_version: SCHEMA_VERSION,
        actor: actor.id.clone(),
        label: actor.label.clone(),
        kind: actor.kind,
        resolved: found.via,
        depth,
        neighbors,
    })
}

/// One sentence of a timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineEntryReport {
    /// The document's date.
    pub date: Option<String>,
    /// The relation type.
    pub relation: RelationType,
    /// The actor at the other end, and its label.
    pub other: String,
    /// Label of `other`.
    pub other_label: String,
    /// Which way the relation points, from the actor asked about.
    pub direction: Direction,
    /// The document, the sentence's byte range in it, the sentence and its trigger.
    pub doc: String,
    /// Start of the sentence.
    pub start: usize,
    /// End of the sentence.
    pub end: usize,
    /// The sentence.
    pub sentence: String,
    /// The words that triggered the relation.
    pub trigger: String,
}

/// The answer of `timeline`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineReport {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The actor's id.
    pub actor: String,
    /// Its label.
    pub label: String,
    /// Its kind.
    pub kind: ActorKind,
    /// How the name asked was resolved, when not by the actor's own name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved: Option<String>,
    /// Every sentence relating the actor to another, by date, undated last.
    pub entries: Vec<TimelineEntryReport>,
}

/// The named actor's timeline ([`RelGraph::timeline`]).
pub fn timeline(
    graph: &RelGraph,
    names: &Names,
    actor: &str,
    filter: &QueryFilter,
) -> Result<TimelineReport, QueryError> {
    let found = resolve(graph, names, actor)?;
    let actor = found.actor;
    let entries = graph
        .timeline(&actor.id, filter)
        .into_iter()
        .map(|e| TimelineEntryReport {
            date: e.evidence.date.clone(),
            relation: e.relation,
            other: e.other.id.clone(),
            other_label: e.other.label.clone(),
            direction: e.direction,
            doc: e.evidence.doc.clone(),
            start: e.evidence.start,
            end: e.evidence.end,
            sentence: e.evidence.sentence.clone(),
            trigger: e.evidence.trigger.clone(),
        })
        .collect();
    Ok(TimelineReport {
        schema_version: SCHEMA_VERSION,
        actor: actor.id.clone(),
        label: actor.label.clone(),
        kind: actor.kind,
        resolved: found.via,
        entries,
    })
}

/// One community.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Community {
    /// Its number (largest first).
    pub community: usize,
    /// How many actors.
    pub size: usize,
    /// The actors, by id.
    pub members: Vec<ActorRef>,
}

/// The answer of `communities`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommunitiesReport {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The number of actors in the graph.
    pub actors: usize,
    /// The communities, largest first.
    pub communities: Vec<Community>,
}

/// The graph's communities ([`RelGraph::communities`]).
pub fn communities(graph: &RelGraph) -> CommunitiesReport {
    let communities = graph
        .communities()
        .into_iter()
        .enumerate()
        .map(|(community, members)| Community {
            community,
            size: members.len(),
            members: members.into_iter().map(ActorRef::from).collect(),
        })
        .collect();
    CommunitiesReport { schema_version: SCHEMA_VERSION, actors: graph.actor_count(), communities }
}

/// One actor of the `actors` list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorEntry {
    /// Its id.
    pub id: String,
    /// Its label.
    pub label: String,
    /// Its kind.
    pub kind: ActorKind,
    /// The state it belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// How often the documents mention it.
    pub mentions: u64,
    /// How many relations it has.
    pub degree: usize,
}

/// The answer of `actors`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorList {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The kind asked for, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<ActorKind>,
    /// The actors, most relations first, then by id.
    pub actors: Vec<ActorEntry>,
}

/// The actors of the graph (of one kind, if given), most relations first.
pub fn actors(graph: &RelGraph, kind: Option<ActorKind>) -> ActorList {
    let mut actors: Vec<ActorEntry> = graph
        .actors()
        .into_iter()
        .filter(|a| kind.is_none_or(|k| a.kind == k))
        .map(|a| ActorEntry {
            id: a.id.clone(),
            label: a.label.clone(),
            kind: a.kind,
            country: a.country.clone(),
            mentions: a.mentions,
            degree: graph.degree(&a.id),
        })
        .collect();
    actors.sort_by(|a, b| b.degree.cmp(&a.degree).then_with(|| a.id.cmp(&b.id)));
    ActorList { schema_version: SCHEMA_VERSION, kind, actors }
}

/// What `render` draws: the whole graph or an actor's neighbourhood, cut to
/// the `top` best-connected actors.
#[derive(Debug)]
pub struct Drawing {
    /// The graph to draw.
    pub graph: RelGraph,
    /// Actors and relations left out by the cut to `top`, when there was one.
    pub left_out: Option<(usize, usize)>,
}

/// The graph `render` draws: all of `graph` or the `depth`-hop
/// neighbourhood of the named actor, under the filter; above `top` actors,
/// the `top` with the most relations (ties by id).
pub fn drawing(
    graph: &RelGraph,
    names: &Names,
    actor: Option<&str>,
    depth: usize,
    top: usize,
    filter: &QueryFilter,
) -> Result<Drawing, QueryError> {
    let mut ids: BTreeSet<String> = graph.actors().iter().map(|x| x.id.clone()).collect();
    if let Some(name) = actor {
        if depth == 0 {
            return Err(QueryError::NoDepth);
        }
        let actor = resolve(graph, names, name)?.actor;
        ids = graph.neighbors(&actor.id, depth, filter).into_iter().map(|(n, _)| n.id.clone()).collect();
        ids.insert(actor.id.clone());
    }
    let sub = graph.subgraph(&ids, filter);
    if sub.actor_count() <= top {
        return Ok(Drawing { graph: sub, left_out: None });
    }
    let kept = sub.subgraph(&sub.top_by_degree(top), &QueryFilter::default());
    let left_out = (sub.actor_count() - kept.actor_count(), sub.relation_count() - kept.relation_count());
    Ok(Drawing { graph: kept, left_out: Some(left_out) })
}

#[cfg(test)]
mod tests {
    use super::{actors, communities, drawing, find_paths, neighbors, timeline, PathOutcome};
    use crate::graph::{Actor, Direction, Evidence, QueryFilter, RelGraph};
    use crate::ontology::{ActorKind, RelationType};
    use crate::query::{Names, QueryError};
    use crate::store::QueryGraph;

    fn ev(doc: &str, date: &str) -> Evidence {
        Evidence {
            doc: doc.into(),
            start: 0,
            end: 5,
            sentence: format!("{doc} says so."),
            date: Some(date.into()),
            trigger: "t".into(),
        }
    }

    /// china -arms-> myanmar <-arms- russia - ukraine (conflict, twice), and a lone actor.
    fn sample() -> RelGraph {
        let mut g = RelGraph::new();
        for id in ["china", "myanmar", "russia", "ukraine", "lone"] {
            let kind = if id == "lone" { ActorKind::Company } else { ActorKind::State };
            g.add_actor(Actor { id: id.into(), label: id.to_uppercase(), kind, country: None, mentions: 1 });
        }
        g.add_evidence("china", "myanmar", RelationType::ArmsSupply, ev("a", "2021-01-01"));
        g.add_evidence("russia", "myanmar", RelationType::ArmsSupply, ev("b", "2021-02-01"));
        g.add_evidence("russia", "ukraine", RelationType::ArmedConflict, ev("c", "2022-02-24"));
        g.add_evidence("russia", "ukraine", RelationType::ArmedConflict, ev("d", "2023-02-24"));
        g
    }

    #[test]
    fn a_path_walks_from_the_start_with_the_latest_sentence_of_each_hop() {
        let g = QueryGraph::from(sample());
        let names = Names::new(&[]).unwrap();
        let PathOutcome::Found(report) =
            find_paths(&g, &names, "china", "ukraine", 1, &QueryFilter::default()).unwrap()
        else {
            panic!("no path")
        };
        let walked: Vec<(&str, &str, &str, &str)> = report
            .hops
            .iter()
            .map(|h| (h.from.as_str(), h.to.as_str(), h.source.as_str(), h.target.as_str()))
            .collect();
        assert_eq!(
            walked,
            [
                ("china", "myanmar", "china", "myanmar"),
                ("myanmar", "russia", "russia", "myanmar"),
                ("russia", "ukraine", "russia", "ukraine")
            ]
        );
        assert_eq!((report.hops[2].weight, report.hops[2].evidence.doc.as_str()), (2, "d"));
        assert!(matches!(
            find_paths(&g, &names, "china", "lone", 1, &QueryFilter::default()).unwrap(),
            PathOutcome::NoPath { .. }
        ));
    }

    #[test]
    fn neighbors_carry_the_relations_the_text_lists() {
        let g = sample();
        let names = Names::new(&[]).unwrap();
        let report = neighbors(&g, &names, "myanmar", 2, &QueryFilter::default()).unwrap();
        let seen: Vec<(&str, usize, Vec<Direction>)> = report
            .neighbors
            .iter()
            .map(|n| (n.id.as_str(), n.distance, n.relations.iter().map(|r| r.direction).collect()))
            .collect();
        assert_eq!(
            seen,
            [("china", 1, vec![Direction::Incoming]), ("russia", 1, vec![Direction::Incoming]), ("ukraine", 2, vec![])]
        );
        assert!(matches!(neighbors(&g, &names, "myanmar", 0, &QueryFilter::default()), Err(QueryError::NoDepth)));
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["neighbors"][0]["relations"][0]["direction"], "incoming");
        assert_eq!(json["schema_version"], 1);
    }

    #[test]
    fn timeline_communities_actors_and_drawings() {
        let g = sample();
        let names = Names::new(&[]).unwrap();
        let t = timeline(&g, &names, "ukraine", &QueryFilter::default()).unwrap();
        assert_eq!(t.entries.iter().map(|e| e.doc.as_str()).collect::<Vec<_>>(), ["c", "d"]);
        let c = communities(&g);
        assert_eq!(c.communities.iter().map(|c| c.size).sum::<usize>(), 5);
        let list = actors(&g, None);
        // Most relations first, ties by id.
        let first: Vec<(&str, usize)> = list.actors.iter().take(3).map(|a| (a.id.as_str(), a.degree)).collect();
        assert_eq!(first, [("myanmar", 2), ("russia", 2), ("china", 1)]);
        assert_eq!(actors(&g, Some(ActorKind::Company)).actors.len(), 1);
        let d = drawing(&g, &names, Some("russia"), 1, 2, &QueryFilter::default()).unwrap();
        assert_eq!((d.graph.actor_count(), d.left_out), (2, Some((1, 1))));
        assert!(drawing(&g, &names, None, 1, 10, &QueryFilter::default()).unwrap().left_out.is_none());
    }
}
