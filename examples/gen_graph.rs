//! Writes a large synthetic graph.json for the path-query benchmark
//! (`scripts/bench.sh`): N actors and M relations, each relation with one short
//! evidence sentence, deterministic for a given seed.
//!
//! cargo run --release --example gen_graph -- OUT.json [ACTORS] [EDGES] [SEED]
//!
//! Actor ids are `actor-000001` .. (labels `Actor 1` ..); edge endpoints are
//! drawn uniformly for the source and skewed towards low numbers for the
//! target, so a few actors are hubs, as in news graphs.

use relgraph::graph::{Actor, DocumentInfo, Evidence, RelGraph};
use relgraph::ontology::{ActorKind, RelationType};
use relgraph::store::to_json;
use std::collections::HashSet;

/// SplitMix64: small, seeded, the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(out) = args.first() else {
        eprintln!("usage: gen_graph OUT.json [ACTORS] [EDGES] [SEED]");
        std::process::exit(2);
    };
    let n_actors: usize = args.get(1).map_or(100_000, |s| s.parse().expect("ACTORS is a number"));
    let n_edges: usize = args.get(2).map_or(500_000, |s| s.parse().expect("EDGES is a number"));
    let seed: u64 = args.get(3).map_or(42, |s| s.parse().expect("SEED is a number"));
    assert!(n_actors >= 2, "at least two actors");
    let mut rng = Rng(seed);

    let mut g = RelGraph::new();
    let id = |i: usize| format!("actor-{:06}", i + 1);
    let kinds = ActorKind::ALL;
    for i in 0..n_actors {
        let kind = kinds[rng.below(kinds.len())];
        g.add_actor(Actor {
            id: id(i),
            label: format!("Actor {}", i + 1),
            kind,
            country: None,
            mentions: 1 + rng.below(50) as u64,
        });
    }
    let n_docs = (n_edges / 25).max(1);
    let dates: Vec<String> =
        (0..n_docs).map(|d| format!("20{:02}-{:02}-{:02}", 10 + d % 15, 1 + d % 12, 1 + d % 28)).collect();
    for (d, date) in dates.iter().enumerate() {
        let sha = format!("{:016x}{:016x}{:016x}{:016x}", rng.next(), rng.next(), rng.next(), rng.next());
        g.add_document(DocumentInfo {
            id: format!("doc-{:06}.txt", d + 1),
            title: Some(format!("Report {}", d + 1)),
            date: Some(date.clone()),
            sha256: sha,
            evidence_omitted: 0,
        });
    }
    let types = RelationType::ALL;
    let mut seen: HashSet<(usize, usize, usize)> = HashSet::with_capacity(n_edges);
    let mut offsets = vec![0usize; n_docs];
    while seen.len() < n_edges {
        let s = rng.below(n_actors);
        // The smaller of two draws: low-numbered actors get more relations.
        let t = rng.below(n_actors).min(rng.below(n_actors));
        let ty = rng.below(types.len());
        let relation = types[ty];
        if s == t {
            continue;
        }
        let key = if relation.directed() { (s, t, ty) } else { (s.min(t), s.max(t), ty) };
        if !seen.insert(key) {
            continue;
        }
        let doc = rng.below(n_docs);
        let sentence = format!("Actor {} and Actor {} were reported in a {} story.", s + 1, t + 1, relation);
        let start = offsets[doc];
        offsets[doc] += sentence.len() + 1;
        let ev = Evidence {
            doc: format!("doc-{:06}.txt", doc + 1),
            start,
            end: start + sentence.len(),
            sentence,
            date: Some(dates[doc].clone()),
            trigger: relation.to_string(),
        };
        g.add_evidence(&id(s), &id(t), relation, ev);
    }
    let json = to_json(&g);
    std::fs::write(out, json.as_bytes()).unwrap_or_else(|e| panic!("cannot write {out}: {e}"));
    eprintln!(
        "gen_graph: {} actors, {} relations, {} documents -> {out} ({} bytes)",
        g.actor_count(),
        g.relation_count(),
        n_docs,
        json.len()
    );
}
