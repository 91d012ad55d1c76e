//! Communities: groups of actors more linked to each other than to the rest,
//! found by the Louvain method on the undirected graph weighted by evidence
//! count. Deterministic: actors are visited in id order, an actor moves only
//! when that strictly raises modularity, ties go to the smallest community,
//! and the gains are compared in exact integer arithmetic.

use super::{Actor, RelGraph};
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, HashMap};

/// Passes of local moves per level at most (each pass that moves an actor
/// raises modularity, so this only bounds pathological inputs).
const MAX_PASSES: usize = 100;

/// A weighted undirected graph on nodes `0..n`: `adj[i][j]` is the weight
/// between `i` and `j` in both entries (a self-loop `adj[i][i]` counts twice,
/// as in the degree).
type Adjacency = Vec<BTreeMap<usize, u64>>;

impl RelGraph {
    /// The communities, largest first (then by smallest member id), each with
    /// its members sorted by id. Every actor is in exactly one; an actor
    /// without relations is a community of its own.
    pub fn communities(&self) -> Vec<Vec<&Actor>> {
        let actors = self.actors();
        let index: HashMap<&str, usize> = actors.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
        let mut adj: Adjacency = vec![BTreeMap::new(); actors.len()];
        for e in self.graph.edge_references() {
            let (s, t) = (index[self.graph[e.source()].id.as_str()], index[self.graph[e.target()].id.as_str()]);
            let w = e.weight().weight() as u64;
            *adj[s].entry(t).or_default() += w;
            *adj[t].entry(s).or_default() += w;
        }
        let membership = louvain(adj);
        let mut groups: BTreeMap<usize, Vec<&Actor>> = BTreeMap::new();
        for (i, c) in membership.into_iter().enumerate() {
            groups.entry(c).or_default().push(actors[i]);
        }
        // Members are in id order already (actors are); order groups by size, then first member.
        let mut out: Vec<Vec<&Actor>> = groups.into_values().collect();
        out.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a[0].id.cmp(&b[0].id)));
        out
    }

    /// Each actor's community number (its index in [`RelGraph::communities`]), by actor id.
    pub fn community_of(&self) -> BTreeMap<&str, usize> {
        let mut out = BTreeMap::new();
        for (n, members) in self.communities().into_iter().enumerate() {
            for a in members {
                out.insert(a.id.as_str(), n);
            }
        }
        out
    }
}

/// The community of every node: local moves, then each community becomes a
/// node of the next level, until a level moves nothing.
fn louvain(mut adj: Adjacency) -> Vec<usize> {
    let mut membership: Vec<usize> = (0..adj.len()).collect();
    loop {
        let (level, moved) = local_moves(&adj);
        if !moved {
            return membership;
        }
        // Number the communities in order of their first node, and fold the level.
        let mut renumber: BTreeMap<usize, usize> = BTreeMap::new();
        for &c in &level {
            let next = renumber.len();
            renumber.entry(c).or_insert(next);
        }
        let level: Vec<usize> = level.iter().map(|c| renumber[c]).collect();
        for m in membership.iter_mut() {
            *m = level[*m];
        }
        let mut folded: Adjacency = vec![BTreeMap::new(); renumber.len()];
        for (i, row) in adj.iter().enumerate() {
            for (&j, &w) in row {
                *folded[level[i]].entry(level[j]).or_default() += w;
            }
        }
        adj = folded;
    }
}

/// One level of the Louvain method: every node starts alone and moves, in
/// node order, to the neighbouring community that most raises modularity,
/// until a pass moves nothing. Returns each node's community (the id of a
/// node of it) and whether any node moved.
fn local_moves(adj: &Adjacency) -> (Vec<usize>, bool) {
    let n = adj.len();
    let degree: Vec<u64> = adj.iter().map(|row| row.values().sum()).collect();
    let two_m: u64 = degree.iter().sum();
    let mut community: Vec<usize> = (0..n).collect();
    let mut total: Vec<u64> = degree.clone();
    if two_m == 0 {
        return (community, false);
    }
    // Modularity gain of joining community C, times 2m·m (exact): 2m·k_in(C) − tot(C)·k_i.
    let gain = |k_in: u64, tot: u64, k: u64| i128::from(k_in) * i128::from(two_m) - i128::from(tot) * i128::from(k);
    let mut any = false;
    for _ in 0..MAX_PASSES {
        let mut moved = false;
        for i in 0..n {
            let old = community[i];
            total[old] -= degree[i];
            let mut links: BTreeMap<usize, u64> = BTreeMap::new();
            for (&j, &w) in &adj[i] {
                if j != i {
                    *links.entry(community[j]).or_default() += w;
                }
            }
            let mut best = (old, gain(links.get(&old).copied().unwrap_or(0), total[old], degree[i]));
            for (&c, &k_in) in &links {
                let g = gain(k_in, total[c], degree[i]);
                if g > best.1 {
                    best = (c, g);
                }
            }
            community[i] = best.0;
            total[best.0] += degree[i];
            moved |= best.0 != old;
        }
        if !moved {
            break;
        }
        any = true;
    }
    (community, any)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{actor, ev};
    use super::*;
    use crate::ontology::RelationType;

    fn ids(c: &[&Actor]) -> Vec<String> {
        c.iter().map(|a| a.id.clone()).collect()
    }

    /// Two cliques of four, {a, b, c, d} and {e, f, g, h}, joined by d - e,
    /// plus `z` on its own.
    fn two_cliques() -> RelGraph {
        let mut g = RelGraph::new();
        for id in ["a", "b", "c", "d", "e", "f", "g", "h", "z"] {
            g.add_actor(actor(id));
        }
        let mut n = 0;
        for clique in [["a", "b", "c", "d"], ["e", "f", "g", "h"]] {
            for (i, s) in clique.iter().enumerate() {
                for t in &clique[i + 1..] {
                    g.add_evidence(s, t, RelationType::Alliance, ev("x", n));
                    n += 10;
                }
            }
        }
        g.add_evidence("d", "e", RelationType::ArmsSupply, ev("x", n));
        g
    }

    #[test]
    fn two_cliques_joined_by_one_edge_are_two_communities() {
        let g = two_cliques();
        let c = g.communities();
        assert_eq!(
            c.iter().map(|m| ids(m)).collect::<Vec<_>>(),
            [vec!["a", "b", "c", "d"], vec!["e", "f", "g", "h"], vec!["z"]]
        );
        let of = g.community_of();
        assert_eq!((of["a"], of["e"], of["h"], of["z"]), (0, 1, 1, 2));
    }

    #[test]
    fn larger_community_comes_first_and_weights_count() {
        let mut g = two_cliques();
        // A fifth member for the second clique makes it the largest.
        g.add_actor(actor("i"));
        for (k, t) in ["e", "f", "g", "h"].into_iter().enumerate() {
            g.add_evidence("i", t, RelationType::Trade, ev("y", k));
        }
        assert_eq!(ids(&g.communities()[0]), ["e", "f", "g", "h", "i"]);
        // With many sentences on the bridge, d belongs with e rather than with a, b, c.
        let mut h = two_cliques();
        for k in 0..20 {
            h.add_evidence("d", "e", RelationType::ArmsSupply, ev("z", k));
        }
        let of = h.community_of();
        assert_eq!(of["d"], of["e"], "{:?}", h.communities().iter().map(|m| ids(m)).collect::<Vec<_>>());
        assert_ne!(of["a"], of["f"]);
    }

    #[test]
    fn communities_are_deterministic_and_cover_every_actor() {
        let g = two_cliques();
        // The same graph built in the opposite order gives the same answer.
        let mut reversed = RelGraph::new();
        for a in g.actors().into_iter().rev() {
            reversed.add_actor(a.clone());
        }
        for (s, t, r) in g.relations().into_iter().rev() {
            for e in r.evidence.iter().rev() {
                reversed.add_evidence(&s.id, &t.id, r.relation, e.clone());
            }
        }
        assert_eq!(g.community_of(), reversed.community_of());
        assert_eq!(g.community_of().len(), g.actor_count());
        assert!(RelGraph::new().communities().is_empty());
    }
}
