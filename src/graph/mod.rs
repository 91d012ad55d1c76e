//! The relation graph: actors as nodes, one edge per (source, target, relation
//! type) with every piece of evidence that supports it, merged across documents.
//! Also the queries analysts ask of it: shortest path and ego network here,
//! the k shortest paths in `paths` ([`RelGraph::k_shortest_paths`]),
//! communities in `communities` ([`RelGraph::communities`]) and an actor's
//! dated relations in `timeline` ([`RelGraph::timeline`]).

mod communities;
mod paths;
mod timeline;

pub use timeline::{Direction, TimelineEntry};

use crate::ontology::{ActorKind, RelationType};
use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Graph;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};

/// A node: one canonical actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// Stable id from the lexicon (`russia`, `myanmar-junta`) or `discovered:<slug>`.
    pub id: String,
    /// Display name.
    pub label: String,
    /// What the actor is.
    pub kind: ActorKind,
    /// Id of the state the actor belongs to, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// How many times the documents mention the actor.
    #[serde(default)]
    pub mentions: u64,
}

/// One sentence that supports an edge.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    /// Document id (its file name).
    pub doc: String,
    /// Byte offset of the sentence's start in the document.
    pub start: usize,
    /// Byte offset just past the sentence's end.
    pub end: usize,
    /// The sentence as it stands in the document (whitespace folded).
    pub sentence: String,
    /// The document's date (`YYYY-MM-DD`), when it has one.
    pub date: Option<String>,
    /// The words that triggered the relation.
    pub trigger: String,
}

/// A document that went into the graph.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// Document id (its file name, or `stdin`).
    pub id: String,
    /// The detected title.
    pub title: Option<String>,
    /// The detected date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// SHA-256 of the document's bytes, hex.
    pub sha256: String,
    /// Evidence sentences found in the document but not kept: past the
    /// first [`crate::pipeline::MAX_EVIDENCE_PER_DOCUMENT`] of one relation.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub evidence_omitted: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// An edge: one relation type between two actors and its evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    /// The ontology type.
    pub relation: RelationType,
    /// Supporting sentences, sorted and without duplicates.
    pub evidence: Vec<Evidence>,
}

impl Relation {
    /// Number of supporting sentences.
    pub fn weight(&self) -> usize {
        self.evidence.len()
    }

    /// Distinct documents that support the relation, sorted.
    pub fn documents(&self) -> Vec<&str> {
        let set: BTreeSet<&str> = self.evidence.iter().map(|e| e.doc.as_str()).collect();
        set.into_iter().collect()
    }

    /// Earliest and latest evidence dates.
    pub fn date_range(&self) -> (Option<&str>, Option<&str>) {
        let dates = self.evidence.iter().filter_map(|e| e.date.as_deref());
        (dates.clone().min(), dates.max())
    }
}

/// The graph of actors and relations.
#[derive(Debug, Clone, Default)]
pub struct RelGraph {
    graph: Graph<Actor, Relation>,
    nodes: HashMap<String, NodeIndex>,
    /// Every edge by its key; built on first need after [`RelGraph::from_parts`].
    edges: HashMap<(NodeIndex, NodeIndex, RelationType), EdgeIndex>,
    documents: BTreeMap<String, DocumentInfo>,
    hashes: HashSet<String>,
}

/// One step of a path: the edge followed and the direction it was walked in.
#[derive(Debug, Clone)]
pub struct Hop<'g> {
    /// The actor the hop starts from.
    pub from: &'g Actor,
    /// The actor the hop reaches.
    pub to: &'g Actor,
    /// The edge's own source (for directed types, who acts).
    pub source: &'g Actor,
    /// The edge's own target.
    pub target: &'g Actor,
    /// The relation followed.
    pub relation: &'g Relation,
}

/// Filters for queries.
#[derive(Debug, Clone, Default)]
pub struct QueryFilter {
    /// Keep only these relation types (empty: all).
    pub types: Vec<RelationType>,
    /// Follow directed edges only from source to target.
    pub directed: bool,
    /// Use only evidence dated on or after this day (`YYYY-MM-DD`).
    pub since: Option<String>,
    /// Use only evidence dated on or before this day (`YYYY-MM-DD`).
    pub until: Option<String>,
}

impl QueryFilter {
    /// Whether a date window is set (then undated evidence is left out).
    pub fn has_window(&self) -> bool {
        self.since.is_some() || self.until.is_some()
    }

    /// Whether a piece of evidence falls in the date window (always, when no
    /// window is set; never for undated evidence when one is).
    pub fn in_window(&self, e: &Evidence) -> bool {
        if !self.has_window() {
            return true;
        }
        let Some(date) = e.date.as_deref() else { return false };
        self.since.as_deref().is_none_or(|s| date >= s) && self.until.as_deref().is_none_or(|u| date <= u)
    }

    /// The relation's evidence that falls in the date window, in stored order.
    pub fn evidence<'a, 'r: 'a>(&'a self, r: &'r Relation) -> impl DoubleEndedIterator<Item = &'r Evidence> + 'a {
        r.evidence.iter().filter(move |e| self.in_window(e))
    }

    /// Number of supporting sentences in the date window.
    pub fn weight(&self, r: &Relation) -> usize {
        self.evidence(r).count()
    }

    /// The sentence that best explains the relation: the most recent dated
    /// evidence in the window (earliest document and offset among those of
    /// that day), or the first undated one when none is dated.
    pub fn best_evidence<'r>(&self, r: &'r Relation) -> Option<&'r Evidence> {
        // `max_by_key` keeps the last maximum; walking backwards makes it the first in stored order.
        self.evidence(r).rev().max_by_key(|e| e.date.as_deref())
    }

    /// Whether the relation is of a kept type and has evidence in the window.
    pub fn keeps(&self, r: &Relation) -> bool {
        (self.types.is_empty() || self.types.contains(&r.relation)) && self.evidence(r).next().is_some()
    }
}

impl RelGraph {
    /// An empty graph.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty graph with room for this many actors and relations (for
    /// reading a graph file, whose sizes are known).
    pub fn with_capacity(actors: usize, relations: usize) -> Self {
        RelGraph {
            graph: Graph::with_capacity(actors, relations),
            nodes: HashMap::with_capacity(actors),
            edges: HashMap::with_capacity(relations),
            ..Self::default()
        }
    }

    /// The graph of `actors`, whose ids are distinct, and `relations` given
    /// as (source, target, relation) with the actors by their place in
    /// `actors`: each (source, target, type) once, a symmetric type from the
    /// smaller id, evidence sorted and without duplicates (as a graph file's
    /// query index holds them). The same graph as adding the actors and then
    /// the relations one by one, without looking any id up.
    pub(crate) fn from_parts(
        actors: Vec<Actor>,
        relations: impl ExactSizeIterator<Item = (usize, usize, Relation)>,
    ) -> RelGraph {
        let mut g = RelGraph {
            graph: Graph::with_capacity(actors.len(), relations.len()),
            nodes: HashMap::with_capacity(actors.len()),
            ..Self::default()
        };
        for a in actors {
            let id = a.id.clone();
            let ix = g.graph.add_node(a);
            g.nodes.insert(id, ix);
        }
        for (s, t, r) in relations {
            g.graph.add_edge(NodeIndex::new(s), NodeIndex::new(t), r);
        }
        // `edges` is left empty: a query never needs it, and building it
        // costs as much as the rest; the first addition builds it.
        g
    }

    /// Makes `edges` hold every edge (it does not after [`RelGraph::from_parts`]).
    fn index_edges(&mut self) {
        if self.edges.len() != self.graph.edge_count() {
            self.edges =
                self.graph.edge_references().map(|e| ((e.source(), e.target(), e.weight().relation), e.id())).collect();
        }
    }

    /// Adds an actor, or adds its mentions to the existing node with that id.
    pub fn add_actor(&mut self, actor: Actor) -> NodeIndex {
        if let Some(&ix) = self.nodes.get(&actor.id) {
            self.graph[ix].mentions = self.graph[ix].mentions.saturating_add(actor.mentions);
            return ix;
        }
        let id = actor.id.clone();
        let ix = self.graph.add_node(actor);
        self.nodes.insert(id, ix);
        ix
    }

    /// Records a document as part of the graph.
    pub fn add_document(&mut self, doc: DocumentInfo) {
        self.hashes.insert(doc.sha256.clone());
        self.documents.insert(doc.id.clone(), doc);
    }

    /// The document with this id.
    pub fn document(&self, id: &str) -> Option<&DocumentInfo> {
        self.documents.get(id)
    }

    /// Whether a document with this content hash is already in the graph.
    pub fn has_content(&self, sha256: &str) -> bool {
        self.hashes.contains(sha256)
    }

    /// Adds one piece of evidence for `source -relation-> target`, creating the
    /// edge if needed. Symmetric relations are stored with the smaller id first
    /// so that both orders merge into one edge. Both actors must exist.
    pub fn add_evidence(&mut self, source: &str, target: &str, relation: RelationType, evidence: Evidence) {
        let (mut s, mut t) = (self.nodes[source], self.nodes[target]);
        if !relation.directed() && self.graph[s].id > self.graph[t].id {
            std::mem::swap(&mut s, &mut t);
        }
        self.index_edges();
        let eix = *self
            .edges
            .entry((s, t, relation))
            .or_insert_with(|| self.graph.add_edge(s, t, Relation { relation, evidence: Vec::new() }));
        let ev = &mut self.graph[eix].evidence;
        if let Err(pos) = ev.binary_search(&evidence) {
            ev.insert(pos, evidence);
        }
    }

    /// Adds all the evidence of one relation at once: the same graph as
    /// [`RelGraph::add_evidence`] for each piece in turn (nothing when
    /// `evidence` is empty), without a lookup per piece nor a sort when the
    /// evidence comes sorted, as a graph file has it. False, and nothing
    /// added, when an actor is not in the graph.
    pub(crate) fn add_relation(
        &mut self,
        source: &str,
        target: &str,
        relation: RelationType,
        mut evidence: Vec<Evidence>,
    ) -> bool {
        let (Some(&s), Some(&t)) = (self.nodes.get(source), self.nodes.get(target)) else { return false };
        if evidence.is_empty() {
            return true;
        }
        // The ids compared here are the node ids (equal strings), without a
        // trip to the nodes' memory.
        let (s, t) = if !relation.directed() && source > target { (t, s) } else { (s, t) };
        self.index_edges();
        match self.edges.entry((s, t, relation)) {
            std::collections::hash_map::Entry::Vacant(slot) => {
                if !evidence.windows(2).all(|w| w[0] < w[1]) {
                    evidence.sort();
                    evidence.dedup();
                }
                slot.insert(self.graph.add_edge(s, t, Relation { relation, evidence }));
            }
            std::collections::hash_map::Entry::Occupied(slot) => {
                // One sort of the whole, not an insertion per piece: evidence
                // in any order costs n log n, not n².
                let ev = &mut self.graph[*slot.get()].evidence;
                ev.extend(evidence);
                ev.sort();
                ev.dedup();
            }
        }
        true
    }

    /// Merges another graph into this one.
    pub fn merge(&mut self, other: &RelGraph) {
        for actor in other.actors() {
            self.add_actor(actor.clone());
        }
        for doc in other.documents() {
            self.add_document(doc.clone());
        }
        for (s, t, r) in other.relations() {
            for e in &r.evidence {
                self.add_evidence(&s.id, &t.id, r.relation, e.clone());
            }
        }
    }

    /// The actor with this id.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.nodes.get(id).map(|&ix| &self.graph[ix])
    }

    /// Actors sorted by id.
    pub fn actors(&self) -> Vec<&Actor> {
        let mut v: Vec<&Actor> = self.graph.node_weights().collect();
        v.sort_by(|a, b| a.id.cmp(&b.id));
        v
    }

    /// Documents sorted by id.
    pub fn documents(&self) -> impl Iterator<Item = &DocumentInfo> {
        self.documents.values()
    }

    /// Edges as (source, target, relation), sorted by source id, target id, type.
    pub fn relations(&self) -> Vec<(&Actor, &Actor, &Relation)> {
        let mut v: Vec<_> = self
            .graph
            .edge_references()
            .map(|e| (&self.graph[e.source()], &self.graph[e.target()], e.weight()))
            .collect();
        v.sort_by(|a, b| (&a.0.id, &a.1.id, a.2.relation).cmp(&(&b.0.id, &b.1.id, b.2.relation)));
        v
    }

    /// Number of actors.
    pub fn actor_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of edges.
    pub fn relation_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// Number of edges that touch the actor, in either direction.
    pub fn degree(&self, id: &str) -> usize {
        self.nodes.get(id).map_or(0, |&ix| {
            self.graph.edges_directed(ix, petgraph::Direction::Outgoing).count()
                + self.graph.edges_directed(ix, petgraph::Direction::Incoming).count()
        })
    }

    /// Steps leaving `ix` that the filter allows: (neighbour, edge).
    fn steps(&self, ix: NodeIndex, filter: &QueryFilter) -> Vec<(NodeIndex, EdgeIndex)> {
        let mut out: Vec<(NodeIndex, EdgeIndex)> = Vec::new();
        for e in self.graph.edges_directed(ix, petgraph::Direction::Outgoing) {
            if filter.keeps(e.weight()) {
                out.push((e.target(), e.id()));
            }
        }
        for e in self.graph.edges_directed(ix, petgraph::Direction::Incoming) {
            if filter.keeps(e.weight()) && !(filter.directed && e.weight().relation.directed()) {
                out.push((e.source(), e.id()));
            }
        }
        // Deterministic order: by neighbour id, then by the strongest evidence.
        out.sort_by(|a, b| {
            let (ea, eb) = (&self.graph[a.1], &self.graph[b.1]);
            (&self.graph[a.0].id, std::cmp::Reverse(filter.weight(ea)), ea.relation).cmp(&(
                &self.graph[b.0].id,
                std::cmp::Reverse(filter.weight(eb)),
                eb.relation,
            ))
        });
        out
    }

    /// Breadth-first search from `start` to `goal` that never enters the
    /// `avoid` nodes nor takes the `cut` steps (ordered node pairs). Returns
    /// the actors of the path, `start` and `goal` included. Neighbours are
    /// visited in id order, so of the shortest paths it finds the one whose
    /// sequence of actor ids is smallest.
    fn bfs(
        &self,
        start: NodeIndex,
        goal: NodeIndex,
        filter: &QueryFilter,
        avoid: &HashSet<NodeIndex>,
        cut: &HashSet<(NodeIndex, NodeIndex)>,
    ) -> Option<Vec<NodeIndex>> {
        let mut prev: HashMap<NodeIndex, NodeIndex> = HashMap::new();
        let mut queue = VecDeque::from([start]);
        let mut seen = HashSet::from([start]);
        while let Some(ix) = queue.pop_front() {
            if ix == goal {
                break;
            }
            for (next, _) in self.steps(ix, filter) {
                if !avoid.contains(&next) && !cut.contains(&(ix, next)) && seen.insert(next) {
                    prev.insert(next, ix);
                    queue.push_back(next);
                }
            }
        }
        if start != goal && !prev.contains_key(&goal) {
            return None;
        }
        let mut nodes = vec![goal];
        while let Some(&p) = nodes.last().and_then(|cur| prev.get(cur)) {
            nodes.push(p);
        }
        nodes.reverse();
        Some(nodes)
    }

    /// The hops along a sequence of actors, each over the strongest relation
    /// the filter allows between the two (fewer evidence sentences lose, then
    /// the relation type order decides).
    fn hops(&self, nodes: &[NodeIndex], filter: &QueryFilter) -> Vec<Hop<'_>> {
        nodes
            .windows(2)
            .map(|w| {
                let (_, e) = self
                    .steps(w[0], filter)
                    .into_iter()
                    .find(|&(n, _)| n == w[1])
                    .expect("consecutive actors are linked");
                let (s, t) = self.graph.edge_endpoints(e).expect("edge exists");
                Hop {
                    from: &self.graph[w[0]],
                    to: &self.graph[w[1]],
                    source: &self.graph[s],
                    target: &self.graph[t],
                    relation: &self.graph[e],
                }
            })
            .collect()
    }

    /// The shortest path (fewest hops) from `from` to `to`, or `None`.
    /// Ties are broken by actor id so the answer is stable.
    pub fn shortest_path(&self, from: &str, to: &str, filter: &QueryFilter) -> Option<Vec<Hop<'_>>> {
        let (&start, &goal) = (self.nodes.get(from)?, self.nodes.get(to)?);
        let nodes = self.bfs(start, goal, filter, &HashSet::new(), &HashSet::new())?;
        Some(self.hops(&nodes, filter))
    }

    /// Actors within `depth` hops of `id` with their distance, nearest first
    /// then by id; the actor itself is not included.
    pub fn neighbors(&self, id: &str, depth: usize, filter: &QueryFilter) -> Vec<(&Actor, usize)> {
        let Some(&start) = self.nodes.get(id) else { return Vec::new() };
        let mut dist = BTreeMap::from([(start, 0usize)]);
        let mut queue = VecDeque::from([start]);
        while let Some(ix) = queue.pop_front() {
            let d = dist[&ix];
            if d == depth {
                continue;
            }
            for (next, _) in self.steps(ix, filter) {
                if let std::collections::btree_map::Entry::Vacant(v) = dist.entry(next) {
                    v.insert(d + 1);
                    queue.push_back(next);
                }
            }
        }
        let mut out: Vec<_> =
            dist.into_iter().filter(|&(ix, _)| ix != start).map(|(ix, d)| (&self.graph[ix], d)).collect();
        out.sort_by(|a, b| (a.1, &a.0.id).cmp(&(b.1, &b.0.id)));
        out
    }

    /// The sub-graph induced by the given actor ids (documents are kept),
    /// with the relations and the evidence the filter keeps.
    pub fn subgraph(&self, ids: &BTreeSet<String>, filter: &QueryFilter) -> RelGraph {
        let mut g = RelGraph::new();
        for a in self.actors() {
            if ids.contains(&a.id) {
                g.add_actor(a.clone());
            }
        }
        for d in self.documents() {
            g.add_document(d.clone());
        }
        for (s, t, r) in self.relations() {
            if ids.contains(&s.id) && ids.contains(&t.id) && filter.keeps(r) {
                for e in filter.evidence(r) {
                    g.add_evidence(&s.id, &t.id, r.relation, e.clone());
                }
            }
        }
        g
    }

    /// The ids of the `n` actors with the most relations (ties by id).
    pub fn top_by_degree(&self, n: usize) -> BTreeSet<String> {
        let mut ranked: Vec<(usize, &str)> =
            self.graph.node_weights().map(|a| (self.degree(&a.id), a.id.as_str())).collect();
        ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
        ranked.into_iter().take(n).map(|(_, id)| id.to_string()).collect()
    }

    /// The relations the filter keeps between two actors, in either direction,
    /// as (source, target, relation) sorted like [`RelGraph::relations`].
    pub fn relations_between(&self, a: &str, b: &str, filter: &QueryFilter) -> Vec<(&Actor, &Actor, &Relation)> {
        let (Some(&x), Some(&y)) = (self.nodes.get(a), self.nodes.get(b)) else { return Vec::new() };
        let mut v: Vec<_> = self
            .graph
            .edges_connecting(x, y)
            .chain(if x == y { None } else { Some(self.graph.edges_connecting(y, x)) }.into_iter().flatten())
            .filter(|e| filter.keeps(e.weight()))
            .map(|e| (&self.graph[e.source()], &self.graph[e.target()], e.weight()))
            .collect();
        v.sort_by(|a, b| (&a.0.id, &a.1.id, a.2.relation).cmp(&(&b.0.id, &b.1.id, b.2.relation)));
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn actor(id: &str) -> Actor {
        Actor { id: id.into(), label: id.to_uppercase(), kind: ActorKind::State, country: None, mentions: 0 }
    }

    pub(super) fn ev(doc: &str, start: usize) -> Evidence {
        Evidence { doc: doc.into(), start, end: start + 5, sentence: "s".into(), date: None, trigger: "t".into() }
    }

    /// a -arms-> b, c -conflict- b, c -meeting- d
    fn small() -> RelGraph {
        let mut g = RelGraph::new();
        for id in ["a", "b", "c", "d", "lonely"] {
            g.add_actor(actor(id));
        }
        g.add_evidence("a", "b", RelationType::ArmsSupply, ev("x", 0));
        g.add_evidence("c", "b", RelationType::ArmedConflict, ev("x", 10));
        g.add_evidence("c", "d", RelationType::DiplomaticMeeting, ev("y", 0));
        g
    }

    #[test]
    fn symmetric_edges_merge_in_either_order_and_evidence_dedups() {
        let mut g = small();
        g.add_evidence("b", "c", RelationType::ArmedConflict, ev("z", 0));
        g.add_evidence("c", "b", RelationType::ArmedConflict, ev("x", 10));
        assert_eq!(g.relation_count(), 3);
        let (s, t, r) = g.relations().into_iter().find(|r| r.2.relation == RelationType::ArmedConflict).unwrap();
        assert_eq!((s.id.as_str(), t.id.as_str(), r.weight()), ("b", "c", 2));
        assert_eq!(r.documents(), ["x", "z"]);
    }

    #[test]
    fn a_graph_from_parts_is_the_graph_built_one_by_one_and_adds_alike() {
        let g = small();
        let actors: Vec<Actor> = g.actors().into_iter().cloned().collect();
        let place = |id: &str| actors.iter().position(|a| a.id == id).unwrap();
        let relations: Vec<_> =
            g.relations().into_iter().map(|(s, t, r)| (place(&s.id), place(&t.id), r.clone())).collect();
        let mut parts = RelGraph::from_parts(actors.clone(), relations.into_iter());
        let key = |g: &RelGraph| {
            g.relations().into_iter().map(|(s, t, r)| (s.id.clone(), t.id.clone(), r.clone())).collect::<Vec<_>>()
        };
        assert_eq!((parts.actors(), key(&parts)), (g.actors(), key(&g)));
        // Adding to it merges into the edges it has, as it does in the other.
        let mut g = g;
        for graph in [&mut g, &mut parts] {
            graph.add_evidence("b", "c", RelationType::ArmedConflict, ev("z", 0));
            graph.add_relation("d", "c", RelationType::DiplomaticMeeting, vec![ev("y", 0), ev("y", 7)]);
        }
        assert_eq!(key(&parts), key(&g));
        assert_eq!(parts.relation_count(), 3);
    }

    #[test]
    fn directed_edges_keep_their_direction() {
        let mut g = small();
        g.add_evidence("b", "a", RelationType::ArmsSupply, ev("x", 20));
        assert_eq!(g.relation_count(), 4);
    }

    #[test]
    fn shortest_path_undirected_and_directed() {
        let g = small();
        let hops = g.shortest_path("a", "d", &QueryFilter::default()).unwrap();
        let names: Vec<_> = hops.iter().map(|h| h.to.id.as_str()).collect();
        assert_eq!(names, ["b", "c", "d"]);
        assert_eq!(hops[0].source.id, "a");
        // Directed: a -> b works, d -> a must not walk the arms edge backwards.
        let directed = QueryFilter { directed: true, ..Default::default() };
        assert!(g.shortest_path("a", "d", &directed).is_some());
        assert!(g.shortest_path("d", "a", &directed).is_none());
        let only_arms = QueryFilter { types: vec![RelationType::ArmsSupply], ..Default::default() };
        assert!(g.shortest_path("a", "d", &only_arms).is_none());
        assert!(g.shortest_path("a", "lonely", &QueryFilter::default()).is_none());
    }

    #[test]
    fn neighbors_by_depth() {
        let g = small();
        let n1: Vec<_> =
            g.neighbors("b", 1, &QueryFilter::default()).into_iter().map(|(a, d)| (a.id.clone(), d)).collect();
        assert_eq!(n1, [("a".to_string(), 1), ("c".to_string(), 1)]);
        let n2 = g.neighbors("b", 2, &QueryFilter::default());
        assert_eq!(n2.len(), 3);
        assert_eq!(n2[2].0.id, "d");
    }

    #[test]
    fn merge_unions_evidence() {
        let mut a = small();
        let mut b = RelGraph::new();
        b.add_actor(actor("a"));
        b.add_actor(actor("e"));
        b.add_evidence("a", "e", RelationType::Sanctions, ev("w", 0));
        a.merge(&b);
        a.merge(&b);
        assert_eq!(a.relation_count(), 4);
        assert_eq!(a.actor_count(), 6);
    }

    pub(super) fn dated(doc: &str, start: usize, date: Option<&str>) -> Evidence {
        Evidence { date: date.map(String::from), ..ev(doc, start) }
    }

    /// a - b - c in 2020 and 2023, a - c directly only in 2021, c - d undated.
    fn dated_triangle() -> RelGraph {
        let mut g = RelGraph::new();
        for id in ["a", "b", "c", "d"] {
            g.add_actor(actor(id));
        }
        g.add_evidence("a", "b", RelationType::Alliance, dated("p", 0, Some("2020-05-01")));
        g.add_evidence("a", "b", RelationType::Alliance, dated("q", 0, Some("2023-05-01")));
        g.add_evidence("b", "c", RelationType::Alliance, dated("p", 10, Some("2020-05-01")));
        g.add_evidence("b", "c", RelationType::Alliance, dated("r", 10, Some("2023-01-01")));
        g.add_evidence("a", "c", RelationType::ArmsSupply, dated("s", 0, Some("2021-03-03")));
        g.add_evidence("c", "d", RelationType::Trade, dated("t", 0, None));
        g
    }

    fn window(since: Option<&str>, until: Option<&str>) -> QueryFilter {
        QueryFilter { since: since.map(String::from), until: until.map(String::from), ..Default::default() }
    }

    fn route(g: &RelGraph, from: &str, to: &str, f: &QueryFilter) -> Option<Vec<String>> {
        g.shortest_path(from, to, f).map(|hops| hops.iter().map(|h| h.to.id.clone()).collect())
    }

    #[test]
    fn since_and_until_cut_edges_without_evidence_in_the_window() {
        let g = dated_triangle();
        assert_eq!(route(&g, "a", "c", &QueryFilter::default()).unwrap(), ["c"]);
        // The direct edge has only 2021 evidence: from 2022 on, the way is through b.
        assert_eq!(route(&g, "a", "c", &window(Some("2022-01-01"), None)).unwrap(), ["b", "c"]);
        // Up to 2019 nothing is left; the bounds are inclusive.
        assert!(route(&g, "a", "c", &window(None, Some("2019-12-31"))).is_none());
        assert_eq!(route(&g, "a", "c", &window(Some("2021-03-03"), Some("2021-03-03"))).unwrap(), ["c"]);
        // Undated evidence is out as soon as a window is set.
        assert_eq!(route(&g, "c", "d", &QueryFilter::default()).unwrap(), ["d"]);
        assert!(route(&g, "c", "d", &window(Some("1900-01-01"), None)).is_none());
        let n: Vec<_> =
            g.neighbors("a", 1, &window(Some("2022-01-01"), None)).into_iter().map(|(a, _)| a.id.clone()).collect();
        assert_eq!(n, ["b"]);
    }

    #[test]
    fn the_window_picks_the_evidence_shown_and_drawn() {
        let g = dated_triangle();
        let ab = g.relations_between("b", "a", &QueryFilter::default());
        assert_eq!(ab.len(), 1);
        // Best evidence: the latest in the window.
        assert_eq!(QueryFilter::default().best_evidence(ab[0].2).unwrap().doc, "q");
        let early = window(None, Some("2022-01-01"));
        assert_eq!(early.best_evidence(ab[0].2).unwrap().doc, "p");
        assert_eq!(early.weight(ab[0].2), 1);
        assert!(g.relations_between("a", "c", &window(Some("2022-01-01"), None)).is_empty());
        // The sub-graph keeps only the window's relations and evidence.
        let all: BTreeSet<String> = g.actors().iter().map(|a| a.id.clone()).collect();
        let sub = g.subgraph(&all, &window(Some("2022-01-01"), None));
        assert_eq!(sub.actor_count(), 4);
        assert_eq!(sub.relation_count(), 2);
        assert!(sub
            .relations()
            .iter()
            .all(|(_, _, r)| r.weight() == 1 && r.evidence[0].date.as_deref() >= Some("2022-01-01")));
    }

    #[test]
    fn top_by_degree_keeps_the_best_connected_then_by_id() {
        let g = small();
        // b and c have two relations each; a and d one; lonely none.
        assert_eq!(g.top_by_degree(2).into_iter().collect::<Vec<_>>(), ["b", "c"]);
        assert_eq!(g.top_by_degree(3).into_iter().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(g.top_by_degree(10).len(), 5);
    }
}
