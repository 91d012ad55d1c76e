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
for set in seeds dev dev2 written/part1 written/part2 written/part3 written/part4 written/part5 written/part6 written/part7 written/part8 written/part9 written/part10 written/part11 written/part12 written/part13 written/part14 written/part15 written/part16 written/part17 written/part18 written/part19 written/part20 written/part21 written/part22 written/part23 written/part24 written/part25 written/part26 written/part27 written/part28 written/part29 written/part30 written/part31 written/part32 written/part33 written/part34 written/part35 written/part36 written/part37 written/part38 written/part39 written/part40 written/part41 written/part42 written/part43 written/part44 written/part45 written/part46 written/part47 written/part48 written/part49 written/part50 written/part51 written/part52 written/part53 written/part54 written/part55 written/part56 written/part57 written/part58 written/part59 written/part60 written/part61 written/part62 written/part63 written/part64 written/part65 written/part66 written/part67 written/part68 written/part69 written/part70 written/part71 written/part72 written/part73 written/part74 written/part75 written/part76 written/part77 written/part78 written/part79 written/part80 written/part81 written/part82 written/part83 written/part84 written/part85 written/part86 written/part87 written/part88 written/part89 written/part90 written/part91 written/part92 written/part93 written/part94 written/part95 written/part96 written/part97 written/part98 written/part99 written/part100 written/part101 written/part102; do
  case $set in
    seeds) docs=$shared/seeds; gold=$shared/eval/gold_seeds.json ;;
    written/*) docs=eval/$set/docs; gold=eval/$set/gold.json ;;
    *) docs=$shared/eval/$set/docs; gold=$shared/eval/$set/gold.json ;;
  esac
  target/release/relgraph build "$docs" --out "$tmp/$set" --no-svg 2>/dev/null
  echo "== $set"
  python3 $shared/eval/score.py --graph "$tmp/$set/graph.json" --gold "$gold" "$@" || true
done
