#!/usr/bin/env bash
# kg's one set-up script: installs the Debian packages kg needs (if any are
# missing), builds kg (Release) and then either runs the main job on the
# bundled example or runs the whole test suite. Safe to run again.
#
#   ./dev.sh example    # build, then extract the bundled article to out/
#   ./dev.sh test       # build, then run every test (CTest), then build
#                       # and run them again under ASan + UBSan
#   ./dev.sh fuzz 600   # install clang, run every fuzz harness 10 minutes
#                       # (tests/fuzz/run_fuzzers.sh)
#
# Environment: BUILD_DIR (default build; the sanitizer build goes to
# BUILD_DIR-asan).
set -euo pipefail
cd "$(dirname "$0")"

packages=(cmake ninja-build g++ pkg-config python3
          libboost-graph-dev libre2-dev nlohmann-json3-dev doctest-dev libcli11-dev
          libutf8proc-dev
          # the readers the export tests check kg's files with
          python3-networkx python3-igraph graphviz libxml2-utils
          # the Python module (python/), its tests, and kg-dask
          python3-dev pybind11-dev python3-pytest python3-pandas python3-distributed)

# What the browser tests of the `kg view` page need (tests/viewer/):
# Debian's chromium, and node + npm to install puppeteer-core. nodejs and
# npm are asked for only when their commands are missing: a node from
# NodeSource provides npm itself and conflicts with Debian's npm package.
add_browser_packages() {
  packages+=(chromium)
  command -v node >/dev/null || packages+=(nodejs)
  command -v npm >/dev/null || packages+=(npm)
}

# tests/viewer's node modules, pinned by its package-lock.json: `npm ci`
# only when node_modules is missing or was installed from another lock (a
# copy of the lock it was installed from is kept in node_modules).
install_viewer_modules() {
  local dir=tests/viewer
  cmp -s "$dir/package-lock.json" "$dir/node_modules/.kg-installed-lock.json" && return 0
  echo "dev.sh: npm ci in $dir"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  cp "$dir/package-lock.json" "$dir/node_modules/.kg-installed-lock.json"
}

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "dev.sh: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# phase NAME COMMAND...: runs COMMAND and records how long it took, for the
# summary that `./dev.sh test` prints at the end.
phases=()
phase() {
  local name=$1 start=$SECONDS
  shift
  "$@"
  phases+=("$name $((SECONDS - start))s")
}

print_phases() {
  local IFS=,
  echo "dev.sh: ${phases[*]/#/ }; total $((SECONDS - started))s"
}

started=$SECONDS

# build DIR [cmake options...]: a Release build of kg with -Werror, as a
# unity build (CMake compiles a folder's files in batches: the heavy headers,
# Boost.Graph, nlohmann/json, CLI11, doctest, are parsed once a batch, which
# halves the build).
build() {
  local dir=$1
  shift
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKG_WERROR=ON \
        -DCMAKE_UNITY_BUILD=ON "$@" >/dev/null
  cmake --build "$dir"
}

case "${1:-}" in
  example)
    install_missing
    build "${BUILD_DIR:-build}"
    mkdir -p out
    kg=${BUILD_DIR:-build}/kg
    name=out/xi-foreign-policy
    "$kg" extract examples/xi-foreign-policy.txt -o "$name.jsonl"
    echo "kg extract: $(wc -l < "$name.jsonl") triples in $name.jsonl"
    "$kg" build "$name.jsonl" -o "$name.json"                       # kg's own graph
    "$kg" build "$name.json" -o "$name.graphml"                     # Gephi, yEd, NetworkX, igraph
    "$kg" build "$name.json" -o "$name.gexf"                        # Gephi's timeline
    "$kg" build "$name.json" --format node-link -o "$name.nodelink.json"  # NetworkX
    "$kg" build "$name.json" -o "$name.dot"                         # Graphviz
    dot -Tsvg "$name.dot" -o "$name.svg"
    "$kg" build "$name.json" -o "$name.html"                        # the page: open it in a browser
    echo "wrote $name.{jsonl,json,graphml,gexf,nodelink.json,dot,svg,html}"
    echo "open the page (self-contained, works offline): xdg-open $name.html, or file://$PWD/$name.html"
    echo "kg path \"Mark Carney\" \"Vladimir Putin\":"
    "$kg" path "Mark Carney" "Vladimir Putin" "$name.json"
    ;;
  test)
    add_browser_packages
    phase install install_missing
    phase npm install_viewer_modules
    # CTest runs each doctest executable whole (KG_TEST_EACH_CASE=OFF; a
    # failure still names its case): a process per case costs more than
    # the cases.
    # CI builds no benchmarks (they are not tests; bench/run_benchmarks.sh
    # builds them): a developer's `./dev.sh test` still does.
    bench=ON
    [ "${CI:-}" = true ] && bench=OFF
    phase build build "${BUILD_DIR:-build}" -DKG_TEST_EACH_CASE=OFF -DKG_BUILD_BENCHMARKS=$bench
    phase test ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j"$(nproc)"
    # The same suite under AddressSanitizer + UBSan, compiled at -Og (no
    # benchmarks; no install test: a consumer would need the sanitizer
    # runtime too).
    asan=${BUILD_DIR:-build}-asan
    # No Python module here: an unsanitized interpreter cannot load a
    # sanitized extension without preloading the runtime; its C++ is the
    # libraries tested here.
    phase build-asan build "$asan" -DKG_SANITIZE=ON -DKG_BUILD_BENCHMARKS=OFF -DKG_INSTALL=OFF \
                                   -DKG_TEST_EACH_CASE=OFF -DKG_BUILD_PYTHON=OFF
    # The browser tests (viewer/) are left out here: the sanitized kg would
    # only write (slowly) the same page the first phase loaded, and the
    # page's writer runs under the sanitizers in kg_export_test.
    # A 16 MB quarantine (of 256) and allocation stacks of 5 frames (of
    # 30): every bad access is still caught and its own stack printed in
    # full, and the kg runs of the end-to-end tests start 28% faster
    # (their time is ASan's allocator: the pack's many small allocations).
    ASAN_OPTIONS=${ASAN_OPTIONS:-quarantine_size_mb=16:malloc_context_size=5} \
      phase test-asan ctest --test-dir "$asan" --output-on-failure -j"$(nproc)" -E '^viewer/'
    print_phases
    ;;
  fuzz)
    shift
    packages+=(clang libclang-rt-14-dev)
    install_missing
    exec tests/fuzz/run_fuzzers.sh "$@"
    ;;
  *)
    echo "usage: ./dev.sh example|test|fuzz SECONDS [HARNESS...]" >&2
    exit 2
    ;;
esac
