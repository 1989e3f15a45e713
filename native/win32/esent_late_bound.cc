// See esent_late_bound.h.
#include "esent_late_bound.h"

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

namespace esent_late_bound {

namespace {

// The esent.dll the addon is bound to: the import table loaded it before any of our code ran, so
// the module already in the process is the right one (the system's, or in the win32 test lane
// the portable engine placed beside the addon). Loading by name is only a fallback.
HMODULE EsentModule() {
  static const HMODULE module = [] {
    HMODULE loaded = GetModuleHandleW(L"esent.dll");
    return loaded != nullptr ? loaded : LoadLibraryW(L"esent.dll");
  }();
  return module;
}

}  // namespace

void* FindAddress(const char* name) {
  HMODULE module = EsentModule();
  if (module == nullptr || name == nullptr) return nullptr;
  return reinterpret_cast<void*>(GetProcAddress(module, name));
}

}  // namespace esent_late_bound
