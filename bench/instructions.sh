#!/usr/bin/env bash
# instructions.sh: instructions per byte that kg's extraction executes, for
# one or more kg binaries side by side, on two texts: a make_corpus corpus
# and the project's own real prose. Figures, not a test; needs valgrind.
#
#   bench/instructions.sh KG [KG...] [--size 4M] [--seed 7] [--build build]
#
# Counts only Extractor::Extract (callgrind --toggle-collect): start-up and
# writing are left out, so the figure is the extractor's cost per input byte,
# which wall clocks on a shared machine cannot give within a few percent.
# Why two texts: make_corpus draws its sentences from a few hundred shapes,
# so its sentences repeat one structure much more than prose does (81% of
# its sentences share their chunk string with an earlier one, against 1.5%
# of real prose's), and RE2's lazily built automata are warm on it. The
# real prose (examples/*.txt and tests/quality/*.txt, ~37 KB) is too small
# to time but not to count; its cost includes the automata's warm-up, as a
# short document's would.
set -euo pipefail

usage() {
  sed -n '2,/^set -euo/{/^#/s/^# \{0,1\}//p}' "$0" >&2
  exit 2
}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
size=4M
seed=7
build="$root/build"
kgs=()
while (($#)); do
  case "$1" in
    --size) size=${2:?}; shift 2 ;;
    --seed) seed=${2:?}; shift 2 ;;
    --build) build=$(realpath "${2:?}"); shift 2 ;;
    -h | --help) usage ;;
    -*) echo "instructions.sh: unknown option: $1" >&2; usage ;;
    *) kgs+=("$(realpath "$1")"); shift ;;
  esac
done
((${#kgs[@]})) || usage
command -v valgrind >/dev/null || {
  echo "instructions.sh: needs valgrind (apt-get install valgrind)" >&2
  exit 1
}

cmake -S "$root" -B "$build" -DKG_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --target make_corpus >&2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/kg_instr.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
"$build/bench/make_corpus" --size "$size" --seed "$seed" --format txt \
  -o "$tmp/corpus.txt"
prose=("$root"/examples/*.txt "$root"/tests/quality/*.txt)

# count KG FILE...: instructions inside Extractor::Extract.
count() {
  local kg=$1
  shift
  valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" \
    "--toggle-collect=kg::extract::Extractor::Extract(*" \
    "$kg" extract "$@" --threads 1 -o /dev/null 2>"$tmp/valgrind.log"
  sed -n 's/^summary: //p' "$tmp/cg.out"
}

corpus_bytes=$(stat -c %s "$tmp/corpus.txt")
prose_bytes=$(cat "${prose[@]}" | wc -c)
echo "| kg | make_corpus --size $size: instructions/byte | real prose ($prose_bytes bytes): instructions/byte |"
echo "| --- | ---: | ---: |"
for kg in "${kgs[@]}"; do
  a=$(count "$kg" "$tmp/corpus.txt")
  b=$(count "$kg" "${prose[@]}")
  awk -v k="$kg" -v a="$a" -v b="$b" -v na="$corpus_bytes" -v nb="$prose_bytes" \
    'BEGIN { printf "| %s | %.0f | %.0f |\n", k, a / na, b / nb }'
done
