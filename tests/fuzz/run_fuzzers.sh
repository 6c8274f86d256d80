#!/usr/bin/env bash
# Builds kg's libFuzzer harnesses (clang++, ASan + UBSan, in build-fuzz/) and
# runs each for the given time, then prints one line a harness: seconds,
# executions, corpus size and findings. Exit status 1 if anything was found.
#
#   tests/fuzz/run_fuzzers.sh 600                 # every harness, 10 min each
#   tests/fuzz/run_fuzzers.sh 60 date extract     # just these two
#   JOBS=2 tests/fuzz/run_fuzzers.sh 600          # two harnesses at a time
#
# (`./dev.sh fuzz ...` installs clang first and runs this.) Each harness's
# corpus grows in build-fuzz/corpus/<name>, started from tests/fuzz/seeds/
# and regressions/; a finding lands in build-fuzz/findings/<name>/ - minimize
# it (`build-fuzz/tests/fuzz/kg_fuzz_<name> -minimize_crash=1 FILE`), fix the
# bug, and add the input to tests/fuzz/regressions/<name>/, where CTest
# replays it in every build from then on.
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:?usage: run_fuzzers.sh SECONDS [HARNESS...]}
shift
all=(document date extract rule_pack graph_loader)
harnesses=("${@:-${all[@]}}")
jobs=${JOBS:-1}
build=${BUILD_DIR:-build-fuzz}

CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DKG_BUILD_FUZZERS=ON -DKG_BUILD_TESTS=OFF -DKG_BUILD_BENCHMARKS=OFF \
  -DKG_INSTALL=OFF >/dev/null
cmake --build "$build" --target "${harnesses[@]/#/kg_fuzz_}"

run_one() {
  local name=$1
  local corpus=$build/corpus/$name findings=$build/findings/$name
  mkdir -p "$corpus" "$findings"
  local log=$build/fuzz-$name.log
  # -timeout: an input that runs 10 s is a hang; -rss_limit_mb: a leak or a
  # blow-up; the seeds and past findings are read but not written to.
  "$build/tests/fuzz/kg_fuzz_$name" "$corpus" tests/fuzz/seeds/"$name" \
    tests/fuzz/regressions/"$name" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
    -artifact_prefix="$findings/" >"$log" 2>&1 || true
}

export -f run_one
export build seconds
printf '%s\n' "${harnesses[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one {}'

found=0
printf '%-13s %8s %12s %8s %9s\n' harness seconds executions corpus findings
for name in "${harnesses[@]}"; do
  log=$build/fuzz-$name.log
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  secs=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -1)
  corpus=$(find "$build/corpus/$name" -type f | wc -l)
  n=$(find "$build/findings/$name" -type f | wc -l)
  printf '%-13s %8s %12s %8s %9s\n' "$name" "${secs:-?}" "${execs:-?}" "$corpus" "$n"
  [ "$n" -eq 0 ] || found=1
done
[ $found -eq 0 ] || echo "findings: see $build/findings/ and $build/fuzz-<name>.log"
exit $found
