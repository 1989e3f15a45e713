#!/usr/bin/env bash
# `npm run prebuild`: writes the prebuilt addons that ship in the npm package, in prebuildify's
# Node-API layout, which node-gyp-build finds at run time without any install script:
#
#   prebuilds/linux-x64/esent.node   node-gyp build (portable engine compiled in)
#   prebuilds/win32-x64/esent.node   mingw-w64 cross-build (imports the system's esent.dll and
#                                    Node-API from the host process: node.exe or electron.exe)
#
# One binary per platform serves every Node and Electron version (Node-API). The win32 prebuild
# never carries an esent.dll: on Windows the system's is used.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$WIN32_ROOT"

linux_dir=prebuilds/linux-x64
win32_dir=prebuilds/win32-x64
mkdir -p "$linux_dir" "$win32_dir"

# --- linux-x64 -------------------------------------------------------------------------------------
if [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ]; then
  win32_log "prebuild linux-x64 (node-gyp)"
  gyp=(node-gyp)
  command -v node-gyp >/dev/null || gyp=(npm exec --yes -- node-gyp)
  if [ -f build/Makefile ]; then "${gyp[@]}" build >/dev/null; else "${gyp[@]}" rebuild >/dev/null; fi
  cp build/Release/esent.node "$linux_dir/esent.node"
  strip --strip-unneeded "$linux_dir/esent.node"
fi

# --- win32-x64 -------------------------------------------------------------------------------------
win32_log "prebuild win32-x64 (mingw-w64 cross-build)"
bash scripts/win32/setup.sh toolchain
bash scripts/win32/build.sh esent_addon >"$WIN32_CACHE/prebuild-win32.log" 2>&1 || {
  tail -30 "$WIN32_CACHE/prebuild-win32.log"; exit 1; }
cp "$WIN32_BUILD/esent.node" "$win32_dir/esent.node"
x86_64-w64-mingw32-strip --strip-unneeded "$win32_dir/esent.node"

# A binary that imports anything beyond Windows' own DLLs and the host would not load on a
# user's machine: say so now rather than there.
imports=$(x86_64-w64-mingw32-objdump -p "$win32_dir/esent.node" | sed -n 's/^\s*DLL Name: //p' | tr 'A-Z' 'a-z' | sort -u | tr '\n' ' ')
for dll in $imports; do
  case "$dll" in
    kernel32.dll|esent.dll|msvcrt.dll|user32.dll|advapi32.dll|api-ms-win-*|ucrtbase.dll) ;;
    *) echo "prebuild: win32-x64 addon imports $dll, which Windows does not ship"; exit 1 ;;
  esac
done

for file in "$linux_dir/esent.node" "$win32_dir/esent.node"; do
  [ -f "$file" ] && win32_log "$file: $(stat -c %s "$file") bytes"
done
win32_log "win32-x64 imports: $imports"
