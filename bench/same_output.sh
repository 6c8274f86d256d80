#!/usr/bin/env bash
# same_output.sh: checks that two kg builds extract byte-identical output -
# the rule for every speed step (issue 13: "same triples, byte-identical
# output on a 16 MB corpus before and after each step"). Not a test.
#
#   bench/same_output.sh OLD_KG NEW_KG [--size 16M] [--seed 11] [--build build]
#
# Writes with make_corpus (built in --build with benchmarks on) a txt
# corpus of --size and a JSON Lines corpus of a quarter of it, then runs
# `extract` of both binaries on them (1 thread, and 2 threads for the new
# one), on examples/xi-foreign-policy.txt and on every tests/quality/*.txt,
# and compares the outputs with cmp. Prints one line per input and exits 1
# at the first difference.
set -euo pipefail

usage() {
  sed -n '2,13s/^# \{0,1\}//p' "$0" >&2
  exit 2
}

(($# >= 2)) || usage
old=$(realpath "$1")
new=$(realpath "$2")
shift 2
size=16M
seed=11
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build"
while (($#)); do
  case "$1" in
    --size) size=${2:?}; shift 2 ;;
    --seed) seed=${2:?}; shift 2 ;;
    --build) build=$(realpath "${2:?}"); shift 2 ;;
    *) usage ;;
  esac
done

cmake -S "$root" -B "$build" -DKG_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --target make_corpus >&2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/kg_same.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

"$build/bench/make_corpus" --size "$size" --seed "$seed" --format txt \
  -o "$tmp/corpus.txt"
bytes=$(stat -c %s "$tmp/corpus.txt")
"$build/bench/make_corpus" --size "$((bytes / 4))" --seed "$((seed + 1))" \
  --format jsonl -o "$tmp/corpus.jsonl"

inputs=("$tmp/corpus.txt" "$tmp/corpus.jsonl" "$root/examples/xi-foreign-policy.txt")
for f in "$root"/tests/quality/*.txt; do inputs+=("$f"); done

for input in "${inputs[@]}"; do
  "$old" extract "$input" --threads 1 -o "$tmp/old.jsonl" 2>/dev/null
  for threads in 1 2; do
    "$new" extract "$input" --threads "$threads" -o "$tmp/new.jsonl" 2>/dev/null
    if ! cmp -s "$tmp/old.jsonl" "$tmp/new.jsonl"; then
      echo "DIFFERENT: $(basename "$input") (new build, $threads threads)"
      cmp "$tmp/old.jsonl" "$tmp/new.jsonl" || true
      exit 1
    fi
  done
  echo "identical: $(basename "$input") ($(wc -l <"$tmp/old.jsonl") triples)"
done
