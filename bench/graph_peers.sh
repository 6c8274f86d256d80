#!/usr/bin/env bash
# graph_peers.sh: kg, NetworkX and igraph side by side, in one run, on one
# file of one million triples (JSON Lines as `kg extract` writes them,
# written by graph_bench from its synthetic graph, deterministic from the
# seed). A figure, not a test.
#
#   bench/graph_peers.sh [--build DIR] [--edges N] [--actors N] [--seed S]
#
# Tasks:
#   build  read the triples, build the graph, write GraphML: `kg build FILE
#          -o out.graphml`, and bench/graph_peers.py doing the same with
#          NetworkX (MultiDiGraph, write_graphml) and igraph (write_graphml),
#          the same node and edge attributes; wall time of each process.
#   path   one path query from actor a0 to a<actors - 1>, undirected, after
#          loading (only the query is timed): kg in-process (graph_bench
#          --triples: FindPaths, as `kg path` runs it), nx.shortest_path,
#          igraph get_shortest_paths; by hops, and weighted by 1 / the sum
#          of the confidences of the pair's edges (kg --weighted).
# Prints a Markdown section to stdout: a heading line, then the table
# `| task | tool | seconds | ratio vs kg |`; progress goes to stderr.
# NetworkX needs minutes and over 10 GB of memory for the build (about 7
# minutes and 12 GB for one million triples on a 2-core machine).
set -euo pipefail

build=build
edges=1000000
actors=100000
seed=42
while [ $# -gt 0 ]; do
  case $1 in
    --build) build=$2; shift 2 ;;
    --edges) edges=$2; shift 2 ;;
    --actors) actors=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    *) echo "usage: $0 [--build DIR] [--edges N] [--actors N] [--seed S]" >&2
       exit 2 ;;
  esac
done
here=$(cd "$(dirname "$0")" && pwd)
for tool in "$build/kg" "$build/bench/graph_bench"; do
  [ -x "$tool" ] || { echo "$0: no $tool (cmake --build $build)" >&2; exit 1; }
done
# Debian's python3-networkx and python3-igraph install for /usr/bin/python3,
# which a pyenv or venv python3 earlier on PATH does not see.
py=
for p in /usr/bin/python3 python3; do
  if "$p" -c "import networkx, igraph" 2>/dev/null; then py=$p; break; fi
done
[ -n "$py" ] || { echo "$0: no python3 with networkx and igraph" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/kg_graph_peers.XXXXXX")
trap 'rm -rf "$work"' EXIT
triples=$work/triples.jsonl

# Wall seconds of a command, its output kept in $work/log.
wall() {
  if [ -x /usr/bin/time ]; then
    if ! /usr/bin/time -f %e -o "$work/time" "$@" >"$work/log" 2>&1; then
      cat "$work/log" >&2
      exit 1
    fi
    cat "$work/time"
  else
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >"$work/log" 2>&1 || { cat "$work/log" >&2; exit 1; }
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc -l
  fi
}

echo "writing $edges triples ..." >&2
"$build/bench/graph_bench" --write-triples "$triples" --edges "$edges" \
  --actors "$actors" --seed "$seed" >&2
mb=$(du -m "$triples" | cut -f1)

rows=()
row() {
  [ -n "$3" ] || { echo "$0: no time for $2 $1" >&2; exit 1; }
  rows+=("$1|$2|$3")
}

echo "build: kg ..." >&2
row build kg "$(wall "$build/kg" build "$triples" -o "$work/kg.graphml")"
echo "build: igraph ..." >&2
row build igraph "$(wall "$py" "$here/graph_peers.py" build igraph "$triples" \
  "$work/ig.graphml")"
echo "build: NetworkX (minutes) ..." >&2
row build NetworkX "$(wall "$py" "$here/graph_peers.py" build networkx \
  "$triples" "$work/nx.graphml")"

from=a0
to=a$((actors - 1))
echo "path: kg ..." >&2
"$build/bench/graph_bench" --triples "$triples" --actors "$actors" \
  >"$work/kg_path"
row "path (BFS)" kg "$(awk '/^path query, BFS/ {print $4}' "$work/kg_path")"
row "path (weighted)" kg \
  "$(awk '/^path query, weighted/ {print $5}' "$work/kg_path")"
for tool in igraph networkx; do
  echo "path: $tool ..." >&2
  "$py" "$here/graph_peers.py" path "$tool" "$triples" "$from" "$to" \
    >"$work/path_$tool"
  name=$([ "$tool" = networkx ] && echo NetworkX || echo igraph)
  row "path (BFS)" "$name" "$(awk '$1 == "bfs" {print $2}' "$work/path_$tool")"
  row "path (weighted)" "$name" \
    "$(awk '$1 == "weighted" {print $2}' "$work/path_$tool")"
done

versions=$("$py" -c 'import networkx, igraph
print(f"NetworkX {networkx.__version__}, igraph {igraph.__version__}")')
echo "### kg vs $versions: $edges triples ($mb MB JSONL), $actors actors, seed $seed"
echo "| task | tool | seconds | ratio vs kg |"
echo "| --- | --- | ---: | ---: |"
declare -A kg_seconds
for r in "${rows[@]}"; do
  IFS='|' read -r task tool seconds <<<"$r"
  if [ "$tool" = kg ]; then kg_seconds[$task]=$seconds; fi
done
for want in build "path (BFS)" "path (weighted)"; do
  for r in "${rows[@]}"; do
    IFS='|' read -r task tool seconds <<<"$r"
    [ "$task" = "$want" ] || continue
    awk -v task="$task" -v tool="$tool" -v s="$seconds" \
      -v k="${kg_seconds[$task]}" \
      'BEGIN { f = "| %s | %s | " (s < 10 ? "%.3g" : "%.1f") " | " (k > 0 && s / k >= 100 ? "%.0f" : "%.2f") " |\n"
               printf f, task, tool, s, (k > 0 ? s / k : 0) }'
  done
done
