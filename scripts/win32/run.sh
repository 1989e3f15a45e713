#!/usr/bin/env bash
# `npm run test:win32`: the win32 lane, under Wine, on this Linux machine.
#
#  1. setup.sh: apt packages, Windows node.exe 22, a Wine prefix, vitest's win32 native packages.
#  2. build.sh: cross-builds (mingw-w64, cmake-js) the addon, the toolchain probe, the portable
#     engine as esent.dll, the engine's C++ tests and the header fidelity check.
#  3. Runs, each in Windows programs under Wine, with output sent to files (Wine + pipes = EBADF):
#       probe/node.exe, probe/app.exe   the probe addon in node.exe and in a renamed copy
#       header-check                    portable header vs mingw's esent.h
#       engine-tests                    test/engine/*.cpp built as an .exe against our esent.dll
#       vitest/node.exe, vitest/app.exe the JS suites in Windows node and in the renamed host,
#                                       loading build/win32-x64's esent.node with esent.dll beside it
#       pack                            `npm run prebuild`, then the packed tarball installed with
#                                       scripts disabled, imported on Linux and in node.exe
#  4. Prints each part's result and a last line `N passed, N failed, N skipped` summed over them;
#     exits non-zero if anything failed, or did not build, or printed no result.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$WIN32_ROOT"
lane_started=$SECONDS

total_passed=0 total_failed=0 total_skipped=0
results=()
record() { # <label> <passed> <failed> [skipped] [note]
  local label=$1 p=$2 f=$3 s=${4:-0} note=${5:-}
  total_passed=$((total_passed + p)); total_failed=$((total_failed + f)); total_skipped=$((total_skipped + s))
  results+=("$(printf '%-18s %4d passed, %d failed, %d skipped %s' "$label" "$p" "$f" "$s" "$note")")
}
step_time() { printf '[win32] %s took %ds\n' "$1" "$2"; }

# --- 1. setup ------------------------------------------------------------------------------------
t=$SECONDS
if ! bash scripts/win32/setup.sh; then
  echo "[win32] setup failed"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi
step_time setup $((SECONDS - t))

# --- 2. build ------------------------------------------------------------------------------------
t=$SECONDS
mkdir -p "$WIN32_BUILD/logs"
build_log="$WIN32_BUILD/logs/build.log"
bash scripts/win32/build.sh >"$build_log" 2>&1
build_rc=$?
grep -E '^\[win32\] build ' "$build_log" || true
if [ $build_rc -ne 0 ]; then
  echo "[win32] build failures (last lines of $build_log):"
  grep -E 'error|Error|FAILED' "$build_log" | head -40
fi
# A target that failed to build keeps its previous binary on disk: never test that one.
built() { grep -q "^\[win32\] build $1: ok" "$build_log"; }
for target in probe_addon esent_addon esent_engine_dll engine_tests header_check; do
  built "$target" || record "build:$target" 0 1
done
step_time build $((SECONDS - t))

# --- helpers to run Windows programs -------------------------------------------------------------
to_windows_path() { winepath -w "$1" 2>/dev/null; }

# Counts from the last `N passed, N failed[, N skipped]` line of a file (with an optional
# `word:` before it); prints "p f s" or nothing.
counts_of() {
  tr -d '\r' <"$1" | grep -E '^([A-Za-z-]+: *)?[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?\s*$' | tail -1 |
    sed -E 's/^([A-Za-z-]+: *)?([0-9]+) passed, ([0-9]+) failed(, ([0-9]+) skipped)?.*/\2 \3 \5/'
}

# run_windows <label> <seconds> <output file> <cwd> <program> [args...]
run_windows() {
  local label=$1 seconds=$2 out=$3 cwd=$4; shift 4
  local started=$SECONDS rc
  (cd "$cwd" && timeout --kill-after=10 "$seconds" wine "$@" >"$out" 2>&1 </dev/null)
  rc=$?
  [ $rc -eq 124 ] && echo "[win32] $label timed out after ${seconds}s" >>"$out"
  step_time "$label" $((SECONDS - started))
  return $rc
}

# record_from_summary <label> <output file> <exit code>
record_from_summary() {
  local label=$1 out=$2 rc=$3 counts
  counts=$(counts_of "$out")
  if [ -z "$counts" ]; then
    echo "[win32] $label printed no result (exit $rc); last lines:"; tail -15 "$out"
    record "$label" 0 1 0 "(no result, exit $rc)"
    return
  fi
  read -r p f s <<<"$counts"
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  [ "$f" -gt 0 ] && { echo "[win32] $label failed; last lines:"; tail -25 "$out"; }
  record "$label" "$p" "$f" "${s:-0}"
}

node_exe=$WIN32_NODE_EXE
app_exe=$WIN32_NODE_DIR/app.exe
cmp -s "$node_exe" "$app_exe" || cp "$node_exe" "$app_exe"
logs=$WIN32_BUILD/logs

# --- 3a. the toolchain probe, in node.exe and in app.exe -------------------------------------------
if built probe_addon; then
  for host in node.exe app.exe; do
    out="$logs/probe-$host.txt"
    run_windows "probe/$host" 120 "$out" "$WIN32_BUILD" "$WIN32_NODE_DIR/$host" \
      "$(to_windows_path "$WIN32_ROOT/test/win32/probe/check-probe.cjs")" \
      "$(to_windows_path "$WIN32_BUILD/esent_probe.node")" "$host"
    record_from_summary "probe/$host" "$out" $?
  done
fi

# --- 3b. header fidelity check ---------------------------------------------------------------------
if built header_check; then
  out="$logs/header-check.txt"
  run_windows header-check 120 "$out" "$WIN32_BUILD" "$WIN32_BUILD/header_check.exe"
  rc=$?
  grep -E '^DIFFERENT' "$out" | head -20
  record_from_summary header-check "$out" $rc
fi

# --- 3c. engine C++ tests against our esent.dll -----------------------------------------------------
if built engine_tests && built esent_engine_dll; then
  out="$logs/engine-tests.txt"
  work="$WIN32_BUILD/run/engine-tests"
  rm -rf "$work" && mkdir -p "$work"
  run_windows engine-tests 600 "$out" "$work" "$WIN32_BUILD/engine_tests.exe"
  record_from_summary engine-tests "$out" $?
fi

# --- 3d. the JS suites in Windows node.exe and in a renamed host ------------------------------------
# node-gyp-build honours <PACKAGE>_PREBUILD: it then looks for the addon in that folder's
# prebuilds/<platform>-<arch>/ (the repo's own build/Release holds the Linux addon). esent.dll goes
# beside the addon, where Windows' loader looks first for the addon's imports.
if built esent_addon && built esent_engine_dll; then
  stage="$WIN32_BUILD/stage"
  rm -rf "$stage" && mkdir -p "$stage/prebuilds/win32-x64"
  cp "$WIN32_BUILD/esent.node" "$stage/prebuilds/win32-x64/esent.node"
  [ -f "$WIN32_BUILD/esent.dll" ] && cp "$WIN32_BUILD/esent.dll" "$stage/prebuilds/win32-x64/esent.dll"
  export ESENT_PREBUILD
  ESENT_PREBUILD=$(to_windows_path "$stage")
  if [ ! -f dist/index.js ] && [ -f tsconfig.build.json ]; then
    node node_modules/typescript/bin/tsc -p tsconfig.build.json >"$logs/tsc.txt" 2>&1 || true
  fi
  for host in node.exe app.exe; do
    out="$logs/vitest-$host.txt"
    json="$logs/vitest-$host.json"
    rm -f "$json"
    run_windows "vitest/$host" 900 "$out" "$WIN32_ROOT" "$WIN32_NODE_DIR/$host" \
      node_modules/vitest/vitest.mjs run --reporter=default --reporter=json \
      --outputFile.json="$(to_windows_path "$json")"
    rc=$?
    if [ -f "$json" ]; then
      read -r p f s <<<"$(node -e '
        const r = require(process.argv[1]);
        const failedFiles = r.testResults.filter((t) => t.status === "failed" && t.assertionResults.every((a) => a.status !== "failed")).length;
        console.log(r.numPassedTests, r.numFailedTests + failedFiles, r.numPendingTests + r.numTodoTests);
      ' "$json")"
      if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
      [ "$f" -gt 0 ] && { echo "[win32] vitest/$host failed; last lines:"; tail -40 "$out"; }
      record "vitest/$host" "$p" "$f" "$s"
    else
      echo "[win32] vitest/$host wrote no report (exit $rc); last lines:"; tail -25 "$out"
      record "vitest/$host" 0 1 0 "(no report, exit $rc)"
    fi
  done
fi

# --- 3e. prebuilds and the packed tarball ------------------------------------------------------------
# `npm run prebuild` (both platforms), then the tarball installed with scripts disabled and no
# compiler on PATH, imported on Linux and in Windows node.exe. ESENT_WIN32_SKIP_PACK=1 skips it.
if built esent_addon && built esent_engine_dll && [ "${ESENT_WIN32_SKIP_PACK:-0}" != 1 ]; then
  out="$logs/pack.txt"
  started=$SECONDS
  { bash scripts/win32/prebuild.sh && bash test/win32/pack/pack-test.sh; } >"$out" 2>&1
  rc=$?
  step_time pack $((SECONDS - started))
  record_from_summary pack "$out" $rc
fi

# Stop what is left of this prefix's Wine processes (they are all this script's).
wineserver -k >/dev/null 2>&1 || true

echo
echo "=== win32 lane ($((SECONDS - lane_started))s) ==="
for line in "${results[@]}"; do echo "  $line"; done
[ ${#results[@]} -gt 0 ] || { echo "  nothing ran"; total_failed=$((total_failed + 1)); }
echo "${total_passed} passed, ${total_failed} failed, ${total_skipped} skipped"
[ "$total_failed" -eq 0 ]
