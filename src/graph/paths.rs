//! The k shortest loopless paths between two actors (Yen's algorithm over the
//! breadth-first shortest path; length is the number of hops).
//!
//! Not `pathfinding::yen`: it orders paths of one length in no documented way
//! and picks among equal candidates by its own search, while `path --k`
//! promises paths of one length in the order of their actor ids (and the
//! query index relies on the same filter-aware steps as the other queries).

use super::{Hop, QueryFilter, RelGraph};
use petgraph::graph::NodeIndex;
use std::collections::{BTreeMap, HashSet};

impl RelGraph {
    /// Up to `k` loopless paths from `from` to `to`, shortest first; paths of
    /// the same length come in the order of their sequences of actor ids. A
    /// path is a sequence of actors: two paths through the same actors over
    /// different relation types count once, each hop over its strongest
    /// relation. Empty when there is no path (or an id is unknown, or `k` is 0).
    pub fn k_shortest_paths(&self, from: &str, to: &str, k: usize, filter: &QueryFilter) -> Vec<Vec<Hop<'_>>> {
        let (Some(&start), Some(&goal)) = (self.nodes.get(from), self.nodes.get(to)) else { return Vec::new() };
        if k == 0 {
            return Vec::new();
        }
        let Some(first) = self.bfs(start, goal, filter, &HashSet::new(), &HashSet::new()) else { return Vec::new() };
        let mut found: Vec<Vec<NodeIndex>> = vec![first];
        // Candidates keyed by (hops, actor ids): the first key is the next path.
        let mut candidates: BTreeMap<(usize, Vec<&str>), Vec<NodeIndex>> = BTreeMap::new();
        while found.len() < k {
            let last = found.last().expect("at least one path");
            for i in 0..last.len() - 1 {
                let (root, spur) = (&last[..i], last[i]);
                // Leave the spur actor by none of the steps that known paths sharing this root take,
                let cut: HashSet<(NodeIndex, NodeIndex)> = found
                    .iter()
                    .filter(|p| p.len() > i + 1 && p[..i] == *root && p[i] == spur)
                    .map(|p| (p[i], p[i + 1]))
                    .collect();
                // and never come back to the root.
                let avoid: HashSet<NodeIndex> = root.iter().copied().collect();
                if let Some(tail) = self.bfs(spur, goal, filter, &avoid, &cut) {
                    let path: Vec<NodeIndex> = root.iter().copied().chain(tail).collect();
                    if !found.contains(&path) {
                        let ids = path.iter().map(|&n| self.graph[n].id.as_str()).collect();
                        candidates.insert((path.len(), ids), path);
                    }
                }
            }
            let Some((_, next)) = candidates.pop_first() else { break };
            found.push(next);
        }
        found.iter().map(|p| self.hops(p, filter)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{actor, ev};
    use super::*;
    use crate::ontology::RelationType;

    /// A ladder with a shortcut and a dead end:
    ///
    /// ```text
    /// s - a - t      s - t is 2 hops through a or b,
    /// s - b - t      3 through c - d,
    /// s - c - d - t  4 through a - e - d and 5 through c - d - e - a.
    /// a - e - d      x hangs off s and leads nowhere.
    /// s - x
    /// ```
    fn ladder() -> RelGraph {
        let mut g = RelGraph::new();
        for id in ["s", "a", "b", "c", "d", "e", "t", "x"] {
            g.add_actor(actor(id));
        }
        for (i, (s, t)) in [
            ("s", "a"),
            ("a", "t"),
            ("s", "b"),
            ("b", "t"),
            ("s", "c"),
            ("c", "d"),
            ("d", "t"),
            ("a", "e"),
            ("e", "d"),
            ("s", "x"),
        ]
        .into_iter()
        .enumerate()
        {
            g.add_evidence(s, t, RelationType::Alliance, ev("doc", i * 10));
        }
        // A second relation type between s and a does not make a second path;
        // with two sentences it is the stronger one and explains the hop.
        g.add_evidence("s", "a", RelationType::DiplomaticMeeting, ev("doc", 500));
        g.add_evidence("s", "a", RelationType::DiplomaticMeeting, ev("doc", 510));
        g
    }

    fn names(paths: &[Vec<Hop<'_>>]) -> Vec<String> {
        paths
            .iter()
            .map(|p| {
                std::iter::once(p[0].from.id.as_str())
                    .chain(p.iter().map(|h| h.to.id.as_str()))
                    .collect::<Vec<_>>()
                    .join("")
            })
            .collect()
    }

    /// Every loopless path from `s` to `t` by depth-first search, sorted by (hops, ids).
    fn brute_force(g: &RelGraph, s: &str, t: &str, filter: &QueryFilter) -> Vec<String> {
        fn walk(
            g: &RelGraph,
            path: &mut Vec<NodeIndex>,
            goal: NodeIndex,
            filter: &QueryFilter,
            out: &mut Vec<Vec<String>>,
        ) {
            let here = *path.last().unwrap();
            if here == goal {
                out.push(path.iter().map(|&n| g.graph[n].id.clone()).collect());
                return;
            }
            for (next, _) in g.steps(here, filter) {
                if !path.contains(&next) {
                    path.push(next);
                    walk(g, path, goal, filter, out);
                    path.pop();
                }
            }
        }
        let mut out = Vec::new();
        walk(g, &mut vec![g.nodes[s]], g.nodes[t], filter, &mut out);
        out.sort_by(|a, b| (a.len(), a).cmp(&(b.len(), b)));
        out.dedup();
        out.into_iter().map(|p| p.concat()).collect()
    }

    #[test]
    fn k_shortest_paths_come_shortest_first_then_by_id() {
        let g = ladder();
        let f = QueryFilter::default();
        let paths = g.k_shortest_paths("s", "t", 10, &f);
        assert_eq!(names(&paths), ["sat", "sbt", "scdt", "saedt", "scdeat"]);
        assert_eq!(names(&g.k_shortest_paths("s", "t", 2, &f)), ["sat", "sbt"]);
        assert_eq!(names(&g.k_shortest_paths("s", "t", 1, &f)), names(&[g.shortest_path("s", "t", &f).unwrap()]));
        // The hop s - a goes over the strongest relation (two meeting sentences against one alliance).
        assert_eq!(paths[0][0].relation.relation, RelationType::DiplomaticMeeting);
        assert_eq!(paths[0][1].relation.relation, RelationType::Alliance);
        assert!(g.k_shortest_paths("s", "t", 0, &f).is_empty());
        assert!(g.k_shortest_paths("x", "nobody", 3, &f).is_empty());
    }

    #[test]
    fn k_shortest_paths_match_brute_force() {
        let g = ladder();
        for (s, t) in [("s", "t"), ("t", "s"), ("x", "d"), ("a", "b"), ("e", "x")] {
            let f = QueryFilter::default();
            let all = brute_force(&g, s, t, &f);
            assert_eq!(names(&g.k_shortest_paths(s, t, 100, &f)), all, "{s} -> {t}");
        }
        // A denser graph with directed and symmetric relations, both ways of walking them.
        let mut dense = RelGraph::new();
        let ids = ["p", "q", "r", "s", "t", "u", "v"];
        for id in ids {
            dense.add_actor(actor(id));
        }
        for (i, a) in ids.iter().enumerate() {
            for (j, b) in ids.iter().enumerate() {
                if i != j && (i * 7 + j * 3) % 5 < 2 {
                    let kind = if (i + j) % 2 == 0 { RelationType::Sanctions } else { RelationType::Trade };
                    dense.add_evidence(a, b, kind, ev("doc", i * 10 + j));
                }
            }
        }
        for f in [QueryFilter::default(), QueryFilter { directed: true, ..Default::default() }] {
            for (s, t) in [("p", "v"), ("v", "p"), ("q", "t"), ("u", "r")] {
                let all = brute_force(&dense, s, t, &f);
                assert_eq!(names(&dense.k_shortest_paths(s, t, 1000, &f)), all, "{s} -> {t}");
                assert_eq!(names(&dense.k_shortest_paths(s, t, 3, &f)), all[..all.len().min(3)], "{s} -> {t}");
            }
        }
    }

    #[test]
    fn k_shortest_paths_follow_the_filter() {
        let mut g = ladder();
        // Directed: t -> s is possible only along directed edges walked forwards.
        g.add_evidence("t", "x", RelationType::ArmsSupply, ev("doc", 900));
        let directed = QueryFilter { directed: true, ..Default::default() };
        assert_eq!(names(&g.k_shortest_paths("x", "t", 5, &directed))[0], "xsat");
        let arms_only = QueryFilter { types: vec![RelationType::ArmsSupply], ..Default::default() };
        assert_eq!(names(&g.k_shortest_paths("t", "x", 5, &arms_only)), ["tx"]);
        let arms_directed = QueryFilter { types: vec![RelationType::ArmsSupply], directed: true, ..Default::default() };
        assert!(g.k_shortest_paths("x", "t", 5, &arms_directed).is_empty());
    }
}
