//! An actor's timeline: every sentence that relates it to another actor, in
//! date order.

use super::{Actor, Evidence, QueryFilter, RelGraph};
use crate::ontology::RelationType;
use petgraph::visit::EdgeRef;
use serde::Serialize;

/// Which way a relation points, seen from the timeline's actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// The actor is the source (it supplies, sanctions, condemns...).
    Outgoing,
    /// The actor is the target.
    Incoming,
    /// A symmetric relation (conflict, alliance, meeting...).
    Symmetric,
}

/// One sentence of an actor's timeline.
#[derive(Debug, Clone)]
pub struct TimelineEntry<'g> {
    /// The relation type.
    pub relation: RelationType,
    /// The actor at the other end.
    pub other: &'g Actor,
    /// Which way the relation points.
    pub direction: Direction,
    /// The sentence, its document and date.
    pub evidence: &'g Evidence,
}

impl RelGraph {
    /// The evidence of every relation of `id` that the filter keeps (types and
    /// date window; with `directed`, relations done to the actor are left
    /// out), sorted by date, undated last; then by document, offset, type and
    /// other actor. A sentence that supports the same relation twice (two
    /// triggers) is listed once. Empty for an unknown id.
    pub fn timeline<'g>(&'g self, id: &str, filter: &QueryFilter) -> Vec<TimelineEntry<'g>> {
        let Some(&ix) = self.nodes.get(id) else { return Vec::new() };
        let mut out = Vec::new();
        let outgoing = self.graph.edges_directed(ix, petgraph::Direction::Outgoing).map(|e| (e, e.target(), true));
        // A self-loop is seen once, as outgoing.
        let incoming = self
            .graph
            .edges_directed(ix, petgraph::Direction::Incoming)
            .filter(|e| e.source() != ix)
            .map(|e| (e, e.source(), false));
        for (e, other, out_of_actor) in outgoing.chain(incoming) {
            let r = e.weight();
            let direction = match (r.relation.directed(), out_of_actor) {
                (false, _) => Direction::Symmetric,
                (true, true) => Direction::Outgoing,
                (true, false) => Direction::Incoming,
            };
            if !filter.keeps(r) || (filter.directed && direction == Direction::Incoming) {
                continue;
            }
            for evidence in filter.evidence(r) {
                out.push(TimelineEntry { relation: r.relation, other: &self.graph[other], direction, evidence });
            }
        }
        let key = |t: &TimelineEntry<'g>| {
            (
                t.evidence.date.is_none(),
                t.evidence.date.as_deref(),
                t.evidence.doc.as_str(),
                t.evidence.start,
                t.evidence.end,
                t.relation,
                t.other.id.as_str(),
                t.direction,
            )
        };
        out.sort_by(|a, b| key(a).cmp(&key(b)));
        // The same sentence found by two triggers is one line of the timeline.
        out.dedup_by(|a, b| key(a) == key(b));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{actor, dated};
    use super::*;

    /// r supplies m (2021 and undated), r and u fight (2022, 2020), k sends troops to r (2024).
    fn history() -> RelGraph {
        let mut g = RelGraph::new();
        for id in ["r", "m", "u", "k"] {
            g.add_actor(actor(id));
        }
        g.add_evidence("r", "m", RelationType::ArmsSupply, dated("a.txt", 0, Some("2021-06-23")));
        g.add_evidence("r", "m", RelationType::ArmsSupply, dated("z.txt", 0, None));
        // The same sentence again, through another trigger.
        g.add_evidence(
            "r",
            "m",
            RelationType::ArmsSupply,
            Evidence { trigger: "other".into(), ..dated("z.txt", 0, None) },
        );
        g.add_evidence("u", "r", RelationType::ArmedConflict, dated("b.txt", 5, Some("2022-02-24")));
        g.add_evidence("r", "u", RelationType::ArmedConflict, dated("c.txt", 0, Some("2020-01-01")));
        g.add_evidence("k", "r", RelationType::TroopDeployment, dated("d.txt", 0, Some("2024-10-01")));
        g
    }

    fn rows<'a>(t: &'a [TimelineEntry<'a>]) -> Vec<(Option<&'a str>, &'a str, Direction)> {
        t.iter().map(|e| (e.evidence.date.as_deref(), e.other.id.as_str(), e.direction)).collect()
    }

    #[test]
    fn timeline_is_in_date_order_with_undated_last() {
        let g = history();
        let t = g.timeline("r", &QueryFilter::default());
        assert_eq!(
            rows(&t),
            [
                (Some("2020-01-01"), "u", Direction::Symmetric),
                (Some("2021-06-23"), "m", Direction::Outgoing),
                (Some("2022-02-24"), "u", Direction::Symmetric),
                (Some("2024-10-01"), "k", Direction::Incoming),
                (None, "m", Direction::Outgoing),
            ]
        );
        assert_eq!(t[3].relation, RelationType::TroopDeployment);
        assert!(g.timeline("nobody", &QueryFilter::default()).is_empty());
    }

    #[test]
    fn timeline_follows_window_types_and_direction() {
        let g = history();
        let window =
            QueryFilter { since: Some("2021-01-01".into()), until: Some("2022-12-31".into()), ..Default::default() };
        assert_eq!(
            rows(&g.timeline("r", &window)),
            [(Some("2021-06-23"), "m", Direction::Outgoing), (Some("2022-02-24"), "u", Direction::Symmetric)]
        );
        let arms = QueryFilter { types: vec![RelationType::ArmsSupply], ..Default::default() };
        assert_eq!(g.timeline("r", &arms).len(), 2);
        let directed = QueryFilter { directed: true, ..Default::default() };
        assert!(g.timeline("r", &directed).iter().all(|e| e.direction != Direction::Incoming));
        assert_eq!(g.timeline("r", &directed).len(), 4);
    }
}
