// The one place the addon includes the JET API, so every file sees the same declarations:
// Windows' esent.h (MSVC's SDK or mingw's) on Windows, the portable engine's header elsewhere.
// Only JET typedefs and the C types the prototypes name are used from here; JET_bit*/JET_param*
// macros are not (mingw's header lacks most of them): grbits and ids arrive from JS as numbers.
#ifndef ESENT_ADDON_JET_API_H
#define ESENT_ADDON_JET_API_H

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif
#ifdef __MINGW32__
// mingw's <esent.h> declares JetDetachDatabaseW with a char filename; this wrapper (native/win32)
// corrects it to the SDK's declaration.
#include "esent_mingw.h"
#else
#include <esent.h>
#endif

#include <type_traits>

namespace esent {

// The code unit of the W entry points: wchar_t on Windows, char16_t in the portable header.
using JetWChar = std::remove_const_t<std::remove_pointer_t<JET_PCWSTR>>;
static_assert(sizeof(JetWChar) == 2, "the W entry points take UTF-16 code units");

}  // namespace esent

#endif
