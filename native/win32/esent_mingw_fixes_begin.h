/*
 * Corrections to mingw-w64's esent.h where its declarations differ from the Windows SDK's, part
 * one: included just before mingw's <esent.h>; esent_mingw_fixes_end.h comes just after it.
 * Each wrong prototype is renamed away while mingw's header is read, then declared as the SDK
 * declares it. Found by compiling the portable engine (whose definitions follow the SDK) against
 * mingw's header. Users: engine-include/esent.h (engine, engine tests) and esent_mingw.h (addon).
 *
 *   JetDetachDatabaseW: mingw declares szFilename as `const char*`; the SDK's is JET_PCWSTR.
 *   JET_ENUMCOLUMN: mingw declares rgEnumColumnValue as an inline JET_ENUMCOLUMNVALUE (the SDK and
 *     esent.dll use a JET_ENUMCOLUMNVALUE*), and its union gets a name (DUMMYNIONNAME1), so the
 *     struct and JetEnumerateColumns, which takes it, are both declared again as the SDK has them.
 */
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h> /* mingw's esent.h uses windows.h's types without including it */

#define JetDetachDatabaseW JetDetachDatabaseW_as_mingw_declares_it
#define _JET_ENUMCOLUMN _JET_ENUMCOLUMN_as_mingw_declares_it
#define JET_ENUMCOLUMN JET_ENUMCOLUMN_as_mingw_declares_it
#define JetEnumerateColumns JetEnumerateColumns_as_mingw_declares_it
