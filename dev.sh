#!/usr/bin/env bash
# kg's one set-up script: installs the Debian packages kg needs (if any are
# missing), builds kg (Release) and then either runs the main job on the
# bundled example or runs the whole test suite. Safe to run again.
#
#   ./dev.sh example    # build, then extract the bundled article to out/
#   ./dev.sh test       # build, then run every test (CTest)
#
# Environment: BUILD_DIR (default build), KG_SANITIZE=ON for an
# AddressSanitizer + UBSan build.
set -euo pipefail
cd "$(dirname "$0")"

packages=(cmake ninja-build g++ pkg-config python3
          libboost-graph-dev libre2-dev nlohmann-json3-dev doctest-dev libcli11-dev)

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

build() {
  local dir=${BUILD_DIR:-build}
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DKG_SANITIZE="${KG_SANITIZE:-OFF}" -DKG_WERROR=ON >/dev/null
  cmake --build "$dir"
}

case "${1:-}" in
  example)
    install_missing
    build
    mkdir -p out
    kg=${BUILD_DIR:-build}/kg
    "$kg" extract examples/xi-foreign-policy.txt -o out/xi-foreign-policy.jsonl
    echo "kg extract: $(wc -l < out/xi-foreign-policy.jsonl) triples in out/xi-foreign-policy.jsonl"
    "$kg" build out/xi-foreign-policy.jsonl -o out/xi-foreign-policy.json
    echo "kg path \"Mark Carney\" \"Vladimir Putin\":"
    "$kg" path "Mark Carney" "Vladimir Putin" out/xi-foreign-policy.json
    ;;
  test)
    install_missing
    build
    ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j"$(nproc)"
    ;;
  *)
    echo "usage: ./dev.sh example|test" >&2
    exit 2
    ;;
esac
