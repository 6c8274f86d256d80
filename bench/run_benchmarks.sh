#!/usr/bin/env bash
# run_benchmarks.sh: kg's extraction speed, measured side by side in one run
# on the same bytes, printed as a Markdown table. Figures, not a test.
#
#   bench/run_benchmarks.sh [--size 256M] [--seed 7] [--build build]
#                           [--threads $(nproc)] [--format jsonl|txt]
#   bench/run_benchmarks.sh --size 1G          # the full run
#
# Builds kg and the benchmarks (turning KG_BUILD_BENCHMARKS on in the build
# dir, which CI's `./dev.sh test` leaves off), writes a synthetic corpus of --size with
# make_corpus into a temporary folder (removed at exit), then measures on it:
#   - re2_limit: one RE2 pass of the gazetteer's names, the speed limit;
#   - kg extract --threads 1, and --threads N (default: nproc): wall time,
#     MB/s (1 MB = 1e6 bytes), sentences/s, peak RSS (bench/measure.py),
#     % of the RE2 limit and the speed-up over one thread;
#   - that both extractions wrote byte-identical output (fails otherwise).
# The corpus is JSON Lines by default (one ~50 KB document a line, as a news
# archive would be; `--format txt` writes one file, which kg reads in parts
# of 256 KiB cut at blank lines). If bench/graph_peers.sh exists and is executable it is
# run with `--build DIR` and its Markdown rows are appended.
set -euo pipefail

usage() {
  sed -n '2,20s/^# \{0,1\}//p' "$0" >&2
  exit 2
}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
size=256M
seed=7
build=build
threads=$(nproc)
format=jsonl
while (($#)); do
  case "$1" in
    --size) size=${2:?}; shift 2 ;;
    --seed) seed=${2:?}; shift 2 ;;
    --build) build=${2:?}; shift 2 ;;
    --threads) threads=${2:?}; shift 2 ;;
    --format) format=${2:?}; shift 2 ;;
    -h | --help) usage ;;
    *) echo "run_benchmarks.sh: unknown argument: $1" >&2; usage ;;
  esac
done
case "$format" in jsonl | txt) ;; *) usage ;; esac
[[ "$build" = /* ]] || build="$root/$build"

if [ -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -DKG_BUILD_BENCHMARKS=ON >/dev/null
else
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKG_BUILD_BENCHMARKS=ON >/dev/null
fi
cmake --build "$build" --target kg make_corpus re2_limit graph_bench >&2
kg="$build/kg"
bin="$build/bench"
measure="$root/bench/measure.py"
if ! "$kg" extract --help | grep -q -- '--threads'; then
  echo "run_benchmarks.sh: $kg extract has no --threads option yet" >&2
  exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/kg_bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# The machine.
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
ram_kb=$(sed -n 's/^MemTotal:[[:space:]]*\([0-9]*\) kB/\1/p' /proc/meminfo)
echo "## kg extraction speed"
echo
echo "- machine: $(nproc) cores, ${cpu:-unknown CPU}," \
     "$(awk -v k="$ram_kb" 'BEGIN { printf "%.1f GB RAM", k / 1048576 }')"
echo "- compiler: $(g++ --version | head -n 1)"

# The corpus.
corpus="$tmp/corpus.$format"
t0=$(date +%s.%N)
"$bin/make_corpus" --size "$size" --seed "$seed" --format "$format" \
  --count-sentences -o "$corpus" 2>"$tmp/sentences"
t1=$(date +%s.%N)
bytes=$(stat -c %s "$corpus")
sentences=$(tail -n 1 "$tmp/sentences")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "- corpus: make_corpus --size $size --seed $seed --format $format:" \
     "$bytes bytes ($mb MB), $sentences sentences," \
     "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s to write"
echo

# The limit: one RE2 pass of the gazetteer's alternation.
"$bin/re2_limit" "$corpus" >"$tmp/re2_limit"
limit=$(awk '$1 == "MB/s" { print $2 }' "$tmp/re2_limit")
limit_s=$(awk '$1 == "scan_s" { print $2 }' "$tmp/re2_limit")
matches=$(awk '$1 == "matches" { print $2 }' "$tmp/re2_limit")

# kg extract on 1 and on N threads; prints "seconds peak_rss_kb".
extract() {
  "$measure" -- "$kg" extract --threads "$1" "$corpus" -o "$2" 2>"$tmp/err" ||
    { cat "$tmp/err" >&2; exit 1; }
}
r1=$(extract 1 "$tmp/out.1.jsonl")
rn=$(extract "$threads" "$tmp/out.$threads.jsonl")
read -r s1 rss1 <<<"$r1"
read -r sn rssn <<<"$rn"
if cmp -s "$tmp/out.1.jsonl" "$tmp/out.$threads.jsonl"; then
  same=identical
else
  echo "run_benchmarks.sh: kg extract --threads 1 and --threads $threads" \
       "wrote different output" >&2
  cmp "$tmp/out.1.jsonl" "$tmp/out.$threads.jsonl" >&2 || true
  exit 1
fi
triples=$(wc -l <"$tmp/out.1.jsonl")

row() {  # name seconds rss_kb speedup_base
  awk -v name="$1" -v s="$2" -v rss="$3" -v base="$4" -v b="$bytes" \
      -v n="$sentences" -v lim="$limit" 'BEGIN {
    mbs = b / 1e6 / s
    up = base == "" ? "" : sprintf("%.2fx", base / s)
    printf "| %s | %.2f | %.2f | %.0f | %.0f | %.1f%% | %s |\n",
           name, s, mbs, n / s, rss / 1024, 100 * mbs / lim, up
  }'
}
echo "| measure | seconds | MB/s | sentences/s | peak RSS MB | % of RE2 limit | speed-up |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
echo "| RE2 one-pass limit ($matches matches) | $limit_s | $limit | | | 100% | |"
row "kg extract, 1 thread" "$s1" "$rss1" ""
row "kg extract, $threads threads" "$sn" "$rssn" "$s1"
echo "| outputs of 1 and $threads threads ($triples triples) | $same | | | | | |"

peers="$root/bench/graph_peers.sh"
if [[ -x "$peers" ]]; then
  echo
  "$peers" --build "$build"
fi
