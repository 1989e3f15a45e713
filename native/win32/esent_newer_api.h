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

#ifndef JET_SPACEHINTS_DEFINED
#define JET_SPACEHINTS_DEFINED
/* Windows 7's space hints and the table and index creates that carry them (JET_VERSION >= 0x0601). */
typedef struct tagJET_SPACEHINTS {
  unsigned long cbStruct;
  unsigned long ulInitialDensity;
  unsigned long cbInitial;
  JET_GRBIT grbit;
  unsigned long ulMaintDensity;
  unsigned long ulGrowth;
  unsigned long cbMinExtent;
  unsigned long cbMaxExtent;
} JET_SPACEHINTS;

typedef struct tagJET_INDEXCREATE2_A {
  unsigned long cbStruct;
  char *szIndexName;
  char *szKey;
  unsigned long cbKey;
  JET_GRBIT grbit;
  unsigned long ulDensity;
  union {
    unsigned long lcid;
    JET_UNICODEINDEX *pidxunicode;
  };
  union {
    unsigned long cbVarSegMac;
    JET_TUPLELIMITS *ptuplelimits;
  };
  JET_CONDITIONALCOLUMN_A *rgconditionalcolumn;
  unsigned long cConditionalColumn;
  JET_ERR err;
  unsigned long cbKeyMost;
  JET_SPACEHINTS *pSpacehints;
} JET_INDEXCREATE2_A;

typedef struct tagJET_INDEXCREATE2_W {
  unsigned long cbStruct;
  WCHAR *szIndexName;
  WCHAR *szKey;
  unsigned long cbKey;
  JET_GRBIT grbit;
  unsigned long ulDensity;
  union {
    unsigned long lcid;
    JET_UNICODEINDEX *pidxunicode;
  };
  union {
    unsigned long cbVarSegMac;
    JET_TUPLELIMITS *ptuplelimits;
  };
  JET_CONDITIONALCOLUMN_W *rgconditionalcolumn;
  unsigned long cConditionalColumn;
  JET_ERR err;
  unsigned long cbKeyMost;
  JET_SPACEHINTS *pSpacehints;
} JET_INDEXCREATE2_W;

typedef struct tagJET_TABLECREATE3_A {
  unsigned long cbStruct;
  char *szTableName;
  char *szTemplateTableName;
  unsigned long ulPages;
  unsigned long ulDensity;
  JET_COLUMNCREATE_A *rgcolumncreate;
  unsigned long cColumns;
  JET_INDEXCREATE2_A *rgindexcreate;
  unsigned long cIndexes;
  char *szCallback;
  JET_CBTYP cbtyp;
  JET_GRBIT grbit;
  JET_SPACEHINTS *pSeqSpacehints;
  JET_SPACEHINTS *pLVSpacehints;
  unsigned long cbSeparateLV;
  JET_TABLEID tableid;
  unsigned long cCreated;
} JET_TABLECREATE3_A;

typedef struct tagJET_TABLECREATE3_W {
  unsigned long cbStruct;
  WCHAR *szTableName;
  WCHAR *szTemplateTableName;
  unsigned long ulPages;
  unsigned long ulDensity;
  JET_COLUMNCREATE_W *rgcolumncreate;
  unsigned long cColumns;
  JET_INDEXCREATE2_W *rgindexcreate;
  unsigned long cIndexes;
  WCHAR *szCallback;
  JET_CBTYP cbtyp;
  JET_GRBIT grbit;
  JET_SPACEHINTS *pSeqSpacehints;
  JET_SPACEHINTS *pLVSpacehints;
  unsigned long cbSeparateLV;
  JET_TABLEID tableid;
  unsigned long cCreated;
} JET_TABLECREATE3_W;
#endif

JET_ERR JET_API JetBeginTransaction3(JET_SESID sesid, __int64 trxid, JET_GRBIT grbit);
JET_ERR JET_API JetCommitTransaction2(JET_SESID sesid, JET_GRBIT grbit,
                                      unsigned long cmsecDurableCommit, JET_COMMIT_ID *pCommitId);
JET_ERR JET_API JetCreateTableColumnIndex3A(JET_SESID sesid, JET_DBID dbid, JET_TABLECREATE3_A *ptablecreate);
JET_ERR JET_API JetCreateTableColumnIndex3W(JET_SESID sesid, JET_DBID dbid, JET_TABLECREATE3_W *ptablecreate);
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
