// Run-time lookup of JET functions that an older esent.dll (or mingw's import library) may lack.
//
// The addon links esent.dll's long-standing functions through the import library. Functions
// newer than that baseline (JetBeginTransaction3, JetCommitTransaction2, JetGetErrorInfoW,
// JetCreateTableColumnIndex3/4W, JetCreateIndex3/4W, JetSetCursorFilter, JetPrereadKeys, ...)
// are looked up by name in the esent.dll this process loaded, so the addon still loads on a
// Windows whose esent.dll predates them, and a call to a missing one fails with a clear
// EsentError instead of the whole module failing to load.
//
// Use, on every platform (include after <esent.h>):
//
//   auto begin3 = ESENT_LATE_BOUND(JetBeginTransaction3);
//   if (begin3 == nullptr) -> throw EsentError JET_errFeatureNotAvailable (-1001), naming
//                             "JetBeginTransaction3" in the message
//   JET_ERR err = begin3(sesid, trxid, grbit);
//
// On Windows the name is looked up once (a function-local static per use) with GetProcAddress;
// the pointer type comes from the function's prototype (the SDK's esent.h, or for mingw
// esent_newer_api.h, which this header includes). Elsewhere the portable engine is linked into
// the addon and the macro gives the function's address.
#ifndef ESENT_WIN32_LATE_BOUND_H
#define ESENT_WIN32_LATE_BOUND_H

#if defined(_WIN32)

#include "esent_newer_api.h" /* on mingw, prefer esent_mingw.h in place of <esent.h> */

namespace esent_late_bound {

// The address of `name` in the process's esent.dll, or nullptr when that esent.dll lacks it.
void* FindAddress(const char* name);

template <typename FunctionPointer>
FunctionPointer Find(const char* name) {
  return reinterpret_cast<FunctionPointer>(FindAddress(name));
}

}  // namespace esent_late_bound

#define ESENT_LATE_BOUND(name)                                                                \
  ([]() {                                                                                     \
    static const auto address = ::esent_late_bound::Find<decltype(&::name)>(#name);           \
    return address;                                                                           \
  }())

#else

namespace esent_late_bound {

// The portable engine is linked in, so every function is there. Passed through a function so the
// caller's null check is not a comparison of a function's address (-Waddress).
template <typename FunctionPointer>
FunctionPointer Linked(FunctionPointer address) {
  return address;
}

}  // namespace esent_late_bound

#define ESENT_LATE_BOUND(name) (::esent_late_bound::Linked(&::name))

#endif

#endif  // ESENT_WIN32_LATE_BOUND_H
