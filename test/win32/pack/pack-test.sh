#!/usr/bin/env bash
# The packed-tarball test: what a user gets from `npm install esent` loads from its prebuilds,
# with install scripts disabled and no compiler anywhere on PATH.
#
#  1. `npm pack` the repository (prebuilds/ must hold linux-x64 and win32-x64: `npm run prebuild`).
#  2. Install the tarball into an empty project with --ignore-scripts, with PATH reduced to a
#     folder holding only node and npm (so node-gyp could not build even if it tried).
#  3. Linux: import 'esent' in that project and call JetGetVersion-free basics.
#  4. win32: the same import in Windows node.exe under Wine (the lane's setup must have run),
#     with the test-fixture esent.dll beside the installed win32-x64 prebuild.
# Prints `pack: N passed, N failed`.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../../scripts/win32/env.sh"
cd "$WIN32_ROOT"
# The lane points node-gyp-build at its staging folder; this test must find the tarball's own.
unset ESENT_PREBUILD

passed=0 failed=0
check() { # <description> <command...>
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   $what"; else failed=$((failed + 1)); echo "FAIL $what"; fi
}

work=$(mktemp -d "${TMPDIR:-/tmp}/esent-pack-XXXXXX")
trap 'rm -rf "$work"' EXIT

check "prebuilds/linux-x64/esent.node exists" test -f prebuilds/linux-x64/esent.node
check "prebuilds/win32-x64/esent.node exists" test -f prebuilds/win32-x64/esent.node

tarball=$(npm pack --silent --pack-destination "$work" 2>"$work/pack.log" | tail -1)
check "npm pack" test -f "$work/$tarball"
check "the tarball carries both prebuilds" /bin/bash -c "tar tzf '$work/$tarball' | grep -q 'package/prebuilds/linux-x64/esent.node' && tar tzf '$work/$tarball' | grep -q 'package/prebuilds/win32-x64/esent.node'"

# An empty project, and a PATH with node and npm only.
mkdir -p "$work/app" "$work/bin"
echo '{"name":"pack-test-app","private":true,"type":"module"}' >"$work/app/package.json"
ln -s "$(command -v node)" "$work/bin/node"
ln -s "$(command -v npm)" "$work/bin/npm"
check "npm install --ignore-scripts (no compiler on PATH)" \
  env PATH="$work/bin" /bin/bash -c "cd '$work/app' && npm install --ignore-scripts --no-audit --no-fund --silent '$work/$tarball' >'$work/install.log' 2>&1"
check "no compiler reachable in that environment" \
  env PATH="$work/bin" /bin/bash -c '! command -v cc && ! command -v g++ && ! command -v make' >/dev/null

probe='import("esent").then((m) => {
  const ok = typeof m.JetCreateInstance === "function" && typeof m.JetInit === "function";
  console.log(ok ? "loaded" : "incomplete exports");
}, (e) => console.log("import failed: " + e.message));'

linux_out=$(cd "$work/app" && PATH="$work/bin" node -e "$probe" 2>&1)
check "Linux: import 'esent' from the installed tarball ($linux_out)" test "$linux_out" = loaded

if [ -f "$WIN32_NODE_EXE" ] && [ -d "$WINEPREFIX" ]; then
  installed="$work/app/node_modules/esent/prebuilds/win32-x64"
  [ -f "$WIN32_BUILD/esent.dll" ] && cp "$WIN32_BUILD/esent.dll" "$installed/esent.dll"
  (cd "$work/app" && timeout 120 wine "$WIN32_NODE_EXE" -e "$probe" >"$work/win32.txt" 2>&1 </dev/null)
  win32_out=$(tr -d '\r' <"$work/win32.txt" | tail -1)
  check "win32: import 'esent' from the installed tarball in Windows node.exe ($win32_out)" test "$win32_out" = loaded
else
  echo "skip win32 half: run scripts/win32/setup.sh first"
fi

echo "pack: ${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
