#!/usr/bin/env python3
"""Draw a reproducible random sample of (edge, evidence) pairs from a relgraph graph.

Usage: python3 scripts/sample-evidence.py GRAPH.json [--n 50] [--seed 2026]

Every evidence item of every edge is one pair. Pairs are sorted by
(doc, source, target, relation, sentence start, sentence end, trigger) and
then sampled with random.Random(seed).sample. Output goes to stdout only.
"""
import argparse
import json
import random
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph", help="graph.json (node-link JSON written by relgraph)")
    ap.add_argument("--n", type=int, default=50, help="sample size (default 50)")
    ap.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    args = ap.parse_args()

    with open(args.graph, encoding="utf-8") as f:
        graph = json.load(f)
    edges = graph.get("edges", graph.get("links", []))

    pairs = []
    for e in edges:
        for ev in e.get("evidence", []):
            pairs.append((e, ev))
    pairs.sort(key=lambda p: (
        str(p[1].get("doc", "")),
        str(p[0].get("source", "")),
        str(p[0].get("target", "")),
        str(p[0].get("relation", "")),
        int(p[1].get("start", 0) or 0),
        int(p[1].get("end", 0) or 0),
        str(p[1].get("trigger", "")),
    ))

    n = min(args.n, len(pairs))
    sample = random.Random(args.seed).sample(pairs, n)
    print(f"# {len(pairs)} evidence pairs on {len(edges)} edges; sample n={n} seed={args.seed}")
    for i, (e, ev) in enumerate(sample, 1):
        arrow = "->" if e.get("directed") else "--"
        print(f"[{i}] doc={ev.get('doc')} relation={e.get('relation')} "
              f"{e.get('source')} {arrow} {e.get('target')} trigger={ev.get('trigger')!r}")
        print(f"    {ev.get('sentence', '')}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
