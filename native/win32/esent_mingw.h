/*
 * mingw-w64's <esent.h>, corrected where it differs from the Windows SDK's and completed with the
 * newer declarations the addon resolves at run time. The addon includes this instead of <esent.h>
 * when __MINGW32__ is defined (its MSVC build includes the SDK's <esent.h> directly).
 */
#ifndef ESENT_WIN32_MINGW_H
#define ESENT_WIN32_MINGW_H
#include "esent_mingw_fixes_begin.h"
#include <esent.h>
#include "esent_mingw_fixes_end.h"
#endif
