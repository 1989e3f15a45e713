/*
 * <esent.h> for the win32 lane's builds of the portable engine (esent.dll) and its C++ tests.
 *
 * The declarations are mingw's own esent.h (reached with #include_next), with the corrections of
 * ../esent_mingw_fixes_*.h where mingw differs from the Windows SDK, so the compiler checks every
 * definition in the engine against the real prototypes. Mingw's header lacks most JET_bit /
 * JET_param constants and many error codes; the portable engine's constant and error headers,
 * whose every definition is #ifndef-guarded, fill those gaps without redefining anything mingw
 * has. (test/win32/header-check proves the values that both define agree.)
 *
 * The build puts this folder first on the include path and native/portable/include last
 * (-idirafter), so <esent.h> always means this file and then mingw's.
 */
#ifndef ESENT_WIN32_ENGINE_ESENT_H
#define ESENT_WIN32_ENGINE_ESENT_H
#include "../esent_mingw_fixes_begin.h"
#include_next <esent.h>
#include "../esent_mingw_fixes_end.h"
#include <esent_constants.h>
#include <esent_errors.h>
#include <esent_data_constants.h>
/* mingw's JET_COLTYP enum stops at JET_coltypUnsignedShort (its JET_coltypMax is 18); Windows 10's
 * esent.h adds JET_coltypUnsignedLongLong, 18, and moves JET_coltypMax to 19. */
#define JET_coltypUnsignedLongLong ((JET_COLTYP)18)
#endif
