#!/usr/bin/env bash
# run_benchmarks.sh: kg's extraction speed, measured side by side in one run
# on the same bytes, printed as a Markdown table. Figures, not a test.
#
#   bench/run_benchmarks.sh [--size 256M] [--seed 7] [--build build]
#                           [--threads $(nproc)] [--format jsonl|txt]
#                           [--no-peers]
#   bench/run_benchmarks.sh --size 1G          # the full run
#
# Builds kg and the benchmarks (turning KG_BUILD_BENCHMARKS on in the build
# dir, which CI's `./dev.sh test` leaves off), writes two synthetic corpora
# of --size with make_corpus into a temporary folder (removed at exit): the
# bundled article's sentence shapes (--shapes article) and, so that speed
# is not known on one article's sentences only, --shapes mixed (a third
# each article, news readouts, histories). Then it measures:
#   - re2_limit: one RE2 pass of the gazetteer's names, the speed limit;
#   - bare_pass: the bare pass probe, the floor of kg's per-byte cost
#     (split sentences, tokenize, one lexicon probe a word, names at
#     capitalized words, one regex over the tags; see bench/bare_pass.cc);
#   - kg extract --threads 1, and --threads N (default: nproc): wall time,
#     MB/s (1 MB = 1e6 bytes), sentences/s, peak RSS (bench/measure.py),
#     % of the RE2 limit, % of the bare pass (one thread only: issue 13
#     asks for 40%), the speed-up over one thread and triples per MB;
#   - that both extractions wrote byte-identical output (fails otherwise);
#   - re2_limit, bare_pass and kg extract --threads 1 on the mixed corpus,
#     same figures.
# The corpora are JSON Lines by default (one ~50 KB document a line, as a news
# archive would be; `--format txt` writes one file, which kg reads in parts
# of 256 KiB cut at blank lines). If bench/graph_peers.sh exists and is
# executable it is run with `--build DIR` and its Markdown rows are appended,
# unless --no-peers (NetworkX takes minutes and over 10 GB of memory).
set -euo pipefail

usage() {
  sed -n '2,/^set -euo/{/^#/s/^# \{0,1\}//p}' "$0" >&2
  exit 2
}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
size=256M
seed=7
build=build
threads=$(nproc)
format=jsonl
peers=yes
while (($#)); do
  case "$1" in
    --size) size=${2:?}; shift 2 ;;
    --seed) seed=${2:?}; shift 2 ;;
    --build) build=${2:?}; shift 2 ;;
    --threads) threads=${2:?}; shift 2 ;;
    --format) format=${2:?}; shift 2 ;;
    --no-peers) peers=no; shift ;;
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
cmake --build "$build" --target kg make_corpus re2_limit bare_pass graph_bench >&2
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

# The corpora; make_corpus SHAPES FILE sets bytes and sentences.
make_corpus() {  # shapes file
  local t0 t1 mb
  t0=$(date +%s.%N)
  "$bin/make_corpus" --size "$size" --seed "$seed" --format "$format" \
    --shapes "$1" --count-sentences -o "$2" 2>"$tmp/sentences"
  t1=$(date +%s.%N)
  bytes=$(stat -c %s "$2")
  sentences=$(tail -n 1 "$tmp/sentences")
  mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
  echo "- corpus ($1 shapes): make_corpus --size $size --seed $seed" \
       "--format $format --shapes $1: $bytes bytes ($mb MB), $sentences sentences," \
       "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s to write"
}
corpus="$tmp/corpus.$format"
make_corpus article "$corpus"
article_bytes=$bytes
article_sentences=$sentences
mixed="$tmp/mixed.$format"
make_corpus mixed "$mixed"
mixed_bytes=$bytes
mixed_sentences=$sentences
bytes=$article_bytes  # the article's from here
sentences=$article_sentences
echo

# The limit: one RE2 pass of the gazetteer's alternation; re2 FILE sets
# limit, limit_s and matches.
re2() {  # file
  "$bin/re2_limit" "$1" >"$tmp/re2_limit"
  limit=$(awk '$1 == "MB/s" { print $2 }' "$tmp/re2_limit")
  limit_s=$(awk '$1 == "scan_s" { print $2 }' "$tmp/re2_limit")
  matches=$(awk '$1 == "matches" { print $2 }' "$tmp/re2_limit")
}
re2 "$mixed"
mixed_limit=$limit
mixed_limit_s=$limit_s
mixed_matches=$matches
re2 "$corpus"  # limit, limit_s and matches: the article's from here

# The floor: the bare pass probe; bare FILE sets probe, probe_s and
# probe_matches.
bare() {  # file
  "$bin/bare_pass" "$1" >"$tmp/bare_pass"
  probe=$(awk '$1 == "MB/s" { print $2 }' "$tmp/bare_pass")
  probe_s=$(awk '$1 == "scan_s" { print $2 }' "$tmp/bare_pass")
  probe_matches=$(awk '$1 == "matches" { print $2 }' "$tmp/bare_pass")
}
bare "$mixed"
mixed_probe=$probe
mixed_probe_s=$probe_s
mixed_probe_matches=$probe_matches
bare "$corpus"  # probe, probe_s and probe_matches: the article's from here

# kg extract on 1 and on N threads; prints "seconds peak_rss_kb".
extract() {  # threads output [input]
  "$measure" -- "$kg" extract --threads "$1" "${3:-$corpus}" -o "$2" 2>"$tmp/err" ||
    { cat "$tmp/err" >&2; exit 1; }
}
r1=$(extract 1 "$tmp/out.1.jsonl")
rn=$(extract "$threads" "$tmp/out.$threads.jsonl")
rmixed=$(extract 1 "$tmp/mixed.1.jsonl" "$mixed")
read -r sm rssm <<<"$rmixed"
mixed_triples=$(wc -l <"$tmp/mixed.1.jsonl")
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

# A row of kg extract; `probe` is the bare pass's MB/s ("" for none: only
# one thread is held to the one-thread probe).
row() {  # name seconds rss_kb speedup_base probe [bytes sentences limit triples]
  awk -v name="$1" -v s="$2" -v rss="$3" -v base="$4" -v probe="$5" \
      -v b="${6:-$bytes}" -v n="${7:-$sentences}" -v lim="${8:-$limit}" \
      -v t="${9:-$triples}" 'BEGIN {
    mbs = b / 1e6 / s
    up = base == "" ? "" : sprintf("%.2fx", base / s)
    pr = probe == "" ? "" : sprintf("%.1f%%", 100 * mbs / probe)
    printf "| %s | %.2f | %.2f | %.0f | %.0f | %.1f%% | %s | %s | %.0f |\n",
           name, s, mbs, n / s, rss / 1024, 100 * mbs / lim, pr, up, t / (b / 1e6)
  }'
}
probe_row() {  # name seconds mbs limit
  awk -v name="$1" -v s="$2" -v mbs="$3" -v lim="$4" 'BEGIN {
    printf "| %s | %s | %s | | | %.1f%% | 100%% | | |\n",
           name, s, mbs, 100 * mbs / lim
  }'
}
echo "| measure | seconds | MB/s | sentences/s | peak RSS MB | % of RE2 limit | % of bare pass | speed-up | triples per MB |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
echo "| RE2 one-pass limit ($matches matches) | $limit_s | $limit | | | 100% | | | |"
probe_row "bare pass probe (tokenize + lexicon + names + one regex over tags; $probe_matches matches)" \
  "$probe_s" "$probe" "$limit"
row "kg extract, 1 thread" "$s1" "$rss1" "" "$probe"
row "kg extract, $threads threads" "$sn" "$rssn" "$s1" ""
echo "| outputs of 1 and $threads threads ($triples triples) | $same | | | | | | | |"
echo "| RE2 one-pass limit, mixed shapes ($mixed_matches matches) | $mixed_limit_s | $mixed_limit | | | 100% | | | |"
probe_row "bare pass probe, mixed shapes ($mixed_probe_matches matches)" \
  "$mixed_probe_s" "$mixed_probe" "$mixed_limit"
row "kg extract, 1 thread, mixed shapes ($mixed_triples triples)" "$sm" "$rssm" "" \
  "$mixed_probe" "$mixed_bytes" "$mixed_sentences" "$mixed_limit" "$mixed_triples"

peers_sh="$root/bench/graph_peers.sh"
if [[ $peers = yes && -x "$peers_sh" ]]; then
  echo
  "$peers_sh" --build "$build"
fi
