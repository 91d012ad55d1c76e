#!/usr/bin/env bash
# Scores the extractor on the seeds, the dev and dev2 articles and the written set (eval/written)
# with ../shared/eval/score.py.
# Usage: scripts/eval.sh [-v]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
cargo build --release -q
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for set in seeds dev dev2 $(cd eval && ls -d written/part* | sort -V); do
  case $set in
    seeds) docs=$shared/seeds; gold=$shared/eval/gold_seeds.json ;;
    written/*) docs=eval/$set/docs; gold=eval/$set/gold.json ;;
    *) docs=$shared/eval/$set/docs; gold=$shared/eval/$set/gold.json ;;
  esac
  target/release/relgraph build "$docs" --out "$tmp/$set" --no-svg 2>/dev/null
  echo "== $set"
  python3 $shared/eval/score.py --graph "$tmp/$set/graph.json" --gold "$gold" "$@" || true
done
