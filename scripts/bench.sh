#!/usr/bin/env bash
# Benchmarks relgraph at scale and prints a table (README "Performance"):
#   1. build from the Reuters-21578 corpus (../shared/bench/corpus),
#   2. build from a ~100 MB replica of it (../shared/bench/make_big.sh 100),
#   3. `relgraph path` on a synthetic graph.json of 100,000 actors and 500,000
#      relations (examples/gen_graph.rs), load + one query, end to end,
#      and, when networkx is installed, networkx's load of the same file.
# Builds use --no-svg --no-dedup (the replica repeats the articles). Each
# measurement is repeated RUNS times (default 3) and the median wall time is
# shown, with the largest peak RSS (from /usr/bin/time -v).
#
# Usage: scripts/bench.sh
# Environment: RUNS (repeats), BIG_CORPUS (a ready ~100 MB replica to use;
# /tmp/big100 is used when it is complete), CARGO_TARGET_DIR, TMPDIR.
set -euo pipefail
cd "$(dirname "$0")/.."

bench=$(cd ../shared/bench && pwd)
corpus=$bench/corpus
runs=${RUNS:-3}
target=${CARGO_TARGET_DIR:-target}
[[ -x /usr/bin/time ]] || { echo "bench.sh: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }

echo "building (release) ..." >&2
cargo build --release -q --bin relgraph --example gen_graph
bin=$target/release/relgraph
gen=$target/release/examples/gen_graph

work=$(mktemp -d "${TMPDIR:-/tmp}/relgraph-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Bytes and .txt files of a flat corpus directory.
corpus_bytes() { find "$1" -maxdepth 1 -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s+0}'; }
corpus_files() { find "$1" -maxdepth 1 -type f -name '*.txt' | wc -l; }

# What make_big.sh 100 writes: whole replicas, then the first files (in name
# order) that fit in the rest. Prints "FILES BYTES".
expected_big() {
  (cd "$corpus" && find . -maxdepth 1 -type f -name '*.txt' -printf '%f\t%s\n' | LC_ALL=C sort) |
    awk -F'\t' -v target=100000000 '
      { size[NR] = $2; total += $2 }
      END {
        full = int(target / total); rest = target - full * total
        files = full * NR; bytes = full * total; s = 0
        for (i = 1; i <= NR && rest > 0; i++) {
          if (i > 1 && s + size[i] > rest) break
          s += size[i]; files++
        }
        print files, bytes + s
      }'
}

# run NAME CMD...: runs CMD $runs times under /usr/bin/time -v; sets $wall
# (median seconds), $rss_mb (largest peak RSS) and $out (last run's stderr).
run() {
  local name=$1 walls=() rss=0 i log=$work/time.log
  shift
  for ((i = 1; i <= runs; i++)); do
    echo "  $name: run $i/$runs" >&2
    if ! /usr/bin/time -v -o "$log" "$@" >"$work/stdout" 2>"$work/stderr"; then
      # `relgraph path` exits 1 when there is no path: still a timed query.
      if ! grep -q 'Exit status: 1$' "$log" || [[ $name != path* ]]; then
        echo "bench.sh: $name failed:" >&2
        cat "$work/stderr" >&2
        exit 1
      fi
    fi
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (j = 1; j <= n; j++) s = s * 60 + p[j]; print s}' "$log")")
    local r
    r=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    ((r > rss)) && rss=$r
  done
  wall=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}')
  rss_mb=$(awk -v k="$rss" 'BEGIN {printf "%.0f", k * 1024 / 1e6}')
  out=$(cat "$work/stderr")
}

rows=()
# row WORKLOAD SIZE_BYTES DOCS: one line of the table from $wall and $rss_mb.
row() {
  local mbs docs_s
  mbs=$(awk -v b="$2" -v w="$wall" 'BEGIN {printf "%.1f", b / 1e6 / w}')
  docs_s=$([[ $3 == - ]] && echo - || awk -v d="$3" -v w="$wall" 'BEGIN {printf "%.0f", d / w}')
  rows+=("$(printf '%-34s %9.1f %8s %9.2f %8s %8s %8s' "$1" "$(awk -v b="$2" 'BEGIN {print b / 1e6}')" "$3" "$wall" "$mbs" "$docs_s" "$rss_mb")")
}

build_row() {  # build_row NAME DIR
  local bytes docs
  bytes=$(corpus_bytes "$2")
  run "$1" "$bin" build "$2" --out "$work/out" --no-svg --no-dedup
  docs=$(sed -n 's/^relgraph: \([0-9]*\) documents added.*/\1/p' <<<"$out" | tail -1)
  row "$1" "$bytes" "${docs:-?}"
  echo "  $(tail -1 <<<"$out")" >&2
}

echo "1. build: Reuters-21578, beside cat and the naive Python regex peer over the same files" >&2
build_row "build Reuters-21578" "$corpus"
relgraph_wall=$wall
bytes=$(corpus_bytes "$corpus")
run "cat Reuters-21578" sh -c 'find "$1" -maxdepth 1 -name "*.txt" -print0 | xargs -0 cat > /dev/null' sh "$corpus"
row "cat Reuters-21578" "$bytes" -
cat_wall=$wall
if python3 -c 'import networkx' 2>/dev/null; then
  run "regex peer Reuters-21578" python3 "$bench/peer/regex_peer.py" "$corpus" "$work/peer"
  row "regex peer Reuters-21578" "$bytes" -
  peer_wall=$wall
else
  echo "  (networkx not installed: the regex peer is not measured)" >&2
  peer_wall=
fi

echo "2. build: 100 MB replica" >&2
read -r want_files want_bytes < <(expected_big)
big=${BIG_CORPUS:-/tmp/big100}
if [[ -d $big && $(corpus_files "$big") -eq $want_files && $(corpus_bytes "$big") -eq $want_bytes ]]; then
  echo "  reusing $big ($want_files files)" >&2
else
  big=$work/big100
  echo "  making $big ..." >&2
  "$bench/make_big.sh" 100 "$big" >&2
fi
build_row "build 100 MB replica" "$big"
rm -rf "$work/out"

echo "3. path query on 100,000 actors / 500,000 relations" >&2
graph=$work/big.json
"$gen" "$graph" 100000 500000 42 2>&1 | sed 's/^/  /' >&2
size=$(stat -c %s "$graph")
run "path query (load + 1 query)" "$bin" path actor-100000 actor-099999 --graph "$graph"
hops=$(head -1 "$work/stdout")
row "path query (load + 1 query)" "$size" -
if python3 -c 'import networkx' 2>/dev/null; then
  run "networkx node_link_graph load" python3 -c "import json, sys, networkx as nx; nx.node_link_graph(json.load(open(sys.argv[1])), edges='edges')" "$graph"
  row "networkx node_link_graph load" "$size" -
else
  echo "  (networkx not installed: its load is not measured)" >&2
fi

echo
echo "relgraph $(git describe --always --dirty 2>/dev/null || echo '?'), $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), median of $runs runs"
printf '%-34s %9s %8s %9s %8s %8s %8s\n' workload "input MB" docs "wall s" "MB/s" "docs/s" "RSS MB"
printf '%s\n' "${rows[@]}"
echo "path: $hops"
awk -v r="$relgraph_wall" -v c="$cat_wall" -v p="$peer_wall" 'BEGIN {
  printf "Reuters: relgraph runs at %.0f %% of the speed of cat", 100 * c / r
  if (p != "") printf " and %.1fx the speed of the regex peer", p / r
  printf "\n" }'
