/*
 * JET declarations newer than mingw-w64's esent.h, for mingw builds only.
 *
 * The Windows SDK's esent.h declares these (JET_VERSION >= 0x0601 / 0x0602 / 0x0A00); mingw's
 * stops earlier. Layouts and prototypes follow Microsoft's documentation of the SDK header. Functions
 * declared here are not in mingw's libesent.a: callers resolve them at run time through
 * esent_late_bound.h, so the addon still loads on an esent.dll that lacks them. The win32 lane's
 * build of the portable engine reaches this file too (engine-include/esent.h, through
 * esent_mingw_fixes_end.h), so the engine's definitions of these functions are checked against
 * these prototypes and keep C linkage (and so their place in the generated esent.def).
 *
 * Add a declaration here when the addon starts using another such function, with its types.
 */
#ifndef ESENT_WIN32_NEWER_API_H
#define ESENT_WIN32_NEWER_API_H

#if defined(__MINGW32__)

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h> /* esent.h uses windows.h's types without including it */
#include <esent.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef JET_errcatUnknown_DEFINED
#define JET_errcatUnknown_DEFINED
typedef enum {
  JET_errcatUnknown = 0,
  JET_errcatError,
  JET_errcatOperation,
  JET_errcatFatal,
  JET_errcatIO,
  JET_errcatResource,
  JET_errcatMemory,
  JET_errcatQuota,
  JET_errcatDisk,
  JET_errcatData,
  JET_errcatCorruption,
  JET_errcatInconsistent,
  JET_errcatFragmentation,
  JET_errcatApi,
  JET_errcatUsage,
  JET_errcatState,
  JET_errcatObsolete,
  JET_errcatMax,
} JET_ERRCAT;

/* JetGetErrorInfoW's result for InfoLevel JET_ErrorInfoSpecificErr. */
typedef struct {
  unsigned long cbStruct;
  JET_ERR errValue;
  JET_ERRCAT errcatMostSpecific;
  unsigned char rgCategoricalHierarchy[8];
  unsigned long lSourceLine;
  WCHAR rgszSourceFile[64];
} JET_ERRINFOBASIC_W;

/* The commit id JetCommitTransaction2 reports. */
typedef struct {
  JET_SIGNATURE signLog;
  int reserved;
  __int64 commitId;
} JET_COMMIT_ID;
#endif

#include "../portable/include/esent_space_hints.h"

JET_ERR JET_API JetBeginTransaction3(JET_SESID sesid, __int64 trxid, JET_GRBIT grbit);
JET_ERR JET_API JetCommitTransaction2(JET_SESID sesid, JET_GRBIT grbit,
                                      unsigned long cmsecDurableCommit, JET_COMMIT_ID *pCommitId);
JET_ERR JET_API JetGetErrorInfoW(void *pvContext, void *pvResult, unsigned long cbMax,
                                 unsigned long InfoLevel, JET_GRBIT grbit);
JET_ERR JET_API JetPrereadKeys(JET_SESID sesid, JET_TABLEID tableid, const void **rgpvKeys,
                               const unsigned long *rgcbKeys, long ckeys, long *pckeysPreread,
                               JET_GRBIT grbit);

#ifdef __cplusplus
}
#endif

#endif /* __MINGW32__ */
#endif /* ESENT_WIN32_NEWER_API_H */
