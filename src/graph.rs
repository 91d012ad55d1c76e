//! The relation graph: actors as nodes, one edge per (source, target, relation
//! type) with every piece of evidence that supports it, merged across documents.
//! Also the queries analysts ask of it (shortest path, ego network).

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
}

impl QueryFilter {
    fn keeps(&self, r: &Relation) -> bool {
        self.types.is_empty() || self.types.contains(&r.relation)
    }
}

impl RelGraph {
    /// An empty graph.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an actor, or adds its mentions to the existing node with that id.
    pub fn add_actor(&mut self, actor: Actor) -> NodeIndex {
        if let Some(&ix) = self.nodes.get(&actor.id) {
            self.graph[ix].mentions += actor.mentions;
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
        let eix = *self.edges.entry((s, t, relation)).or_insert_with(|| {
            self.graph.add_edge(s, t, Relation { relation, evidence: Vec::new() })
        });
        let ev = &mut self.graph[eix].evidence;
        if let Err(pos) = ev.binary_search(&evidence) {
            ev.insert(pos, evidence);
        }
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
            (&self.graph[a.0].id, std::cmp::Reverse(ea.weight()), ea.relation)
                .cmp(&(&self.graph[b.0].id, std::cmp::Reverse(eb.weight()), eb.relation))
        });
        out
    }

    /// The shortest path (fewest hops) from `from` to `to`, or `None`.
    /// Ties are broken by actor id so the answer is stable.
    pub fn shortest_path(&self, from: &str, to: &str, filter: &QueryFilter) -> Option<Vec<Hop<'_>>> {
        let (&start, &goal) = (self.nodes.get(from)?, self.nodes.get(to)?);
        let mut prev: HashMap<NodeIndex, (NodeIndex, EdgeIndex)> = HashMap::new();
        let mut queue = VecDeque::from([start]);
        let mut seen = BTreeSet::from([start]);
        while let Some(ix) = queue.pop_front() {
            if ix == goal {
                break;
            }
            for (next, edge) in self.steps(ix, filter) {
                if seen.insert(next) {
                    prev.insert(next, (ix, edge));
                    queue.push_back(next);
                }
            }
        }
        if start != goal && !prev.contains_key(&goal) {
            return None;
        }
        let mut hops = Vec::new();
        let mut cur = goal;
        while cur != start {
            let (p, e) = prev[&cur];
            let (s, t) = self.graph.edge_endpoints(e).expect("edge exists");
            hops.push(Hop {
                from: &self.graph[p],
                to: &self.graph[cur],
                source: &self.graph[s],
                target: &self.graph[t],
                relation: &self.graph[e],
            });
            cur = p;
        }
        hops.reverse();
        Some(hops)
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
        let mut out: Vec<_> = dist.into_iter().filter(|&(ix, _)| ix != start).map(|(ix, d)| (&self.graph[ix], d)).collect();
        out.sort_by(|a, b| (a.1, &a.0.id).cmp(&(b.1, &b.0.id)));
        out
    }

    /// The sub-graph induced by the given actor ids (documents are kept).
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
                for e in &r.evidence {
                    g.add_evidence(&s.id, &t.id, r.relation, e.clone());
                }
            }
        }
        g
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(id: &str) -> Actor {
        Actor { id: id.into(), label: id.to_uppercase(), kind: ActorKind::State, country: None, mentions: 0 }
    }

    fn ev(doc: &str, start: usize) -> Evidence {
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
        let n1: Vec<_> = g.neighbors("b", 1, &QueryFilter::default()).into_iter().map(|(a, d)| (a.id.clone(), d)).collect();
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
}
