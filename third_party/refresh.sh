#!/usr/bin/env bash
# Refreshes the vendored viewer libraries from npm: installs the versions
# package-lock.json pins (npm ci, in a temporary folder, no install scripts)
# and copies each library's minified file and licence here. kg's build then
# embeds these files (viewer/CMakeLists.txt): a plain CMake build needs no
# network and no npm. To move to newer versions: edit package.json, run
# `npm install --package-lock-only` here, then this script, and commit.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$tmp/"
(cd "$tmp" && npm ci --ignore-scripts --no-audit --no-fund --silent)
m="$tmp/node_modules"
# name: the file the page loads (each a UMD build that sets a global).
copy() {  # copy PACKAGE FILE-IN-PACKAGE
  mkdir -p "$here/$1"
  cp "$m/$1/$2" "$here/$1/$(basename "$2")"
  cp "$m/$1/LICENSE" "$here/$1/LICENSE"
  node -e 'console.log(require(process.argv[1]).version)' "$m/$1/package.json" \
    > "$here/$1/VERSION"
}
copy cytoscape dist/cytoscape.min.js
copy layout-base layout-base.js
copy cose-base cose-base.js
copy cytoscape-fcose cytoscape-fcose.js
echo "refreshed: $(cd "$here" && cat */VERSION | paste -sd' ')"
