#!/usr/bin/env bash
# Cross-builds the win32-x64 binaries of the lane with cmake-js + mingw-w64 into build/win32-x64/:
#   esent.node        the addon (against mingw's esent.h, imports esent.dll and Node-API)
#   esent_probe.node  the toolchain probe (Node-API only)
#   esent.dll         the portable engine as a test-fixture esent.dll
#   engine_tests.exe  the engine's C++ tests, linked to that esent.dll
#   header_check.exe  the header fidelity check
#
#   scripts/win32/build.sh [target ...]   (default: all of the above; see CMakeLists.txt)
# Exits non-zero if any target failed; the others are still built.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$WIN32_ROOT"

# cmake-js and node-api-headers: from the project's devDependencies, or else into the cache.
if ! node -e "require.resolve('cmake-js/package.json'); require.resolve('node-api-headers/package.json')" 2>/dev/null; then
  export WIN32_TOOLS_DIR="$WIN32_CACHE/tools"
  if ! (cd "$WIN32_TOOLS_DIR" 2>/dev/null && node -e "require.resolve('cmake-js/package.json'); require.resolve('node-api-headers/package.json')" 2>/dev/null); then
    win32_log "installing cmake-js and node-api-headers into $WIN32_TOOLS_DIR"
    mkdir -p "$WIN32_TOOLS_DIR"
    [ -f "$WIN32_TOOLS_DIR/package.json" ] || echo '{"name":"esent-win32-tools","private":true}' >"$WIN32_TOOLS_DIR/package.json"
    (cd "$WIN32_TOOLS_DIR" && npm install --no-audit --no-fund --silent cmake-js@8 node-api-headers@1)
  fi
fi

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(probe_addon esent_addon esent_engine_dll engine_tests header_check)
mkdir -p "$WIN32_BUILD"
node scripts/win32/cmake-js-build.cjs "$WIN32_BUILD/obj" "$WIN32_BUILD" "${targets[@]}"
