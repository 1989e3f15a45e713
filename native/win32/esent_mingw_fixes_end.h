/* Corrections to mingw-w64's esent.h, part two (see esent_mingw_fixes_begin.h). */
#undef JetDetachDatabaseW

#ifdef __cplusplus
extern "C" {
#endif
JET_ERR JET_API JetDetachDatabaseW(JET_SESID sesid, JET_PCWSTR szFilename);
#ifdef __cplusplus
}
#endif

/* Declarations newer than mingw's header. */
#include "esent_newer_api.h"
