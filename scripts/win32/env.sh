# Sourced by the win32 lane's scripts: one place for the paths and Wine settings they share.
# Everything downloaded or generated lives under .cache/win32 (git-ignored), so a second run
# reuses it and `rm -rf .cache/win32` starts over.

WIN32_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WIN32_CACHE="${WIN32_CACHE:-$WIN32_ROOT/.cache/win32}"

# Node 24 does not start under Wine 8; 22.x does. Pinned so every run tests the same host.
WIN32_NODE_VERSION="${WIN32_NODE_VERSION:-22.22.2}"
WIN32_NODE_DIR="$WIN32_CACHE/node-$WIN32_NODE_VERSION"
WIN32_NODE_EXE="$WIN32_NODE_DIR/node.exe"

export WINEPREFIX="$WIN32_CACHE/prefix"
export WINEARCH=win64
# Quiet Wine, and never offer the Mono/Gecko installers (they would wait for a click).
export WINEDEBUG="${WINEDEBUG:--all}"
export WINEDLLOVERRIDES="mscoree,mshtml="
# Headless: no window is ever needed; an empty DISPLAY keeps Wine from looking for an X server.
unset DISPLAY

# The default mingw g++ (win32 threads) has no std::mutex; the posix flavour does.
MINGW_CC=x86_64-w64-mingw32-gcc-posix
MINGW_CXX=x86_64-w64-mingw32-g++-posix
MINGW_DLLTOOL=x86_64-w64-mingw32-dlltool

WIN32_BUILD="$WIN32_ROOT/build/win32-x64"

win32_log() { printf '[win32] %s\n' "$*"; }
