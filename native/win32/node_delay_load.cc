// Binds the addon's Node-API imports to whatever executable hosts it (node.exe, electron.exe,
// an app renamed from node.exe), for mingw-w64 builds.
//
// The addon imports napi_* through a delay-load import library made from node-api-headers' def
// file (`dlltool -y`), which names the DLL "node.exe". Two things make that work in any host:
//
// 1. Every delay-import slot is bound eagerly while the addon loads. The lazy thunks that binutils
//    generates do not preserve xmm0-xmm3 across the first call, so a function's floating-point
//    arguments (napi_create_double's value) could be corrupted on the first call through a slot
//    that was still unbound (test/win32/probe shows it). After the eager pass no thunk runs.
//    GNU ld leaves the PE delay-import directory empty, so the CRT's __HrLoadAllImportsForDll
//    finds nothing to bind; instead the slots are named one by one: node_api_imports.inc, which
//    the build generates from node-api-headers' def file, lists every Node-API function, and each
//    slot (__imp_<name>) is filled from the host's exports.
// 2. A delay-load notification hook answers any remaining request to load "node.exe" with the
//    host, so a function this pass could not bind still resolves (or fails) against the host.
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#include <delayimp.h>
#include <string.h>

#define NODE_API_IMPORT(name) extern "C" FARPROC __imp_##name;
#include "node_api_imports.inc"
#undef NODE_API_IMPORT

namespace {

const char kNodeImportName[] = "node.exe";

struct ImportSlot {
  const char* name;
  FARPROC* slot;
};

const ImportSlot kNodeApiSlots[] = {
#define NODE_API_IMPORT(name) {#name, &__imp_##name},
#include "node_api_imports.inc"
#undef NODE_API_IMPORT
};

// The module that exports Node-API in this process: node.dll where a host ships Node as a DLL,
// else the executable itself (node.exe, electron.exe, a renamed copy).
HMODULE NodeApiModule() {
  HMODULE node_dll = GetModuleHandleW(L"node.dll");
  return node_dll != nullptr ? node_dll : GetModuleHandleW(nullptr);
}

void BindEveryNodeApiSlot() {
  HMODULE host = NodeApiModule();
  for (const ImportSlot& import : kNodeApiSlots) {
    FARPROC target = GetProcAddress(host, import.name);
    if (target == nullptr) continue;  // not in this Node: left lazy, fails clearly if ever called
    DWORD old_protection = 0;
    if (!VirtualProtect(import.slot, sizeof *import.slot, PAGE_READWRITE, &old_protection)) continue;
    *import.slot = target;
    VirtualProtect(import.slot, sizeof *import.slot, old_protection, &old_protection);
  }
}

// A namespace-scope object: constructed by the CRT while the DLL loads, before Node calls the
// module's init function, so no Node-API call ever goes through a lazy thunk.
struct BindNodeApiAtLoad {
  BindNodeApiAtLoad() { BindEveryNodeApiSlot(); }
} bind_node_api_at_load;

FARPROC WINAPI AnswerNodeExeWithHost(unsigned notification, PDelayLoadInfo info) {
  if (notification == dliNotePreLoadLibrary && info != nullptr && info->szDll != nullptr &&
      _stricmp(info->szDll, kNodeImportName) == 0) {
    return reinterpret_cast<FARPROC>(NodeApiModule());
  }
  return nullptr;
}

}  // namespace

// Defined here (both of them) so the CRT's default definitions are not linked in.
extern "C" {
PfnDliHook __pfnDliNotifyHook2 = AnswerNodeExeWithHost;
PfnDliHook __pfnDliFailureHook2 = nullptr;
}
