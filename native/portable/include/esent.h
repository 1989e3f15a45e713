/*
 * The JET API of the portable engine.
 *
 * Every name, type and value here is the one Windows' esent.h gives, so that code written
 * against this header (the addon, the engine's tests) compiles unchanged against the real
 * esent.h and runs against esent.dll. Types are spelled as esent.h spells them: where esent.h
 * says `unsigned long` (32 bits on Windows) this header says `unsigned long` too, and code that
 * uses the API must name the JET typedefs or the same C types, never a fixed-width substitute.
 *
 * Wide-character (W) entry points take UTF-16 code units. On Windows WCHAR is wchar_t, which is
 * 16 bits; here it is char16_t, which has the same width and meaning.
 */
#ifndef ESENT_PORTABLE_ESENT_H
#define ESENT_PORTABLE_ESENT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef JET_VERSION
#define JET_VERSION 0x0A00
#endif

#ifndef JET_API
#if defined(_WIN32)
#define JET_API __stdcall
#else
#define JET_API
#endif
#endif

/* ---------------------------------------------------------------- basic types */

typedef uintptr_t JET_API_PTR;

#ifndef __cplusplus
#include <uchar.h>
#endif
typedef char16_t WCHAR;

typedef long JET_ERR;
typedef JET_API_PTR JET_HANDLE;
typedef JET_API_PTR JET_INSTANCE;
typedef JET_API_PTR JET_SESID;
typedef JET_API_PTR JET_TABLEID;
typedef JET_API_PTR JET_LS;
typedef JET_API_PTR JET_OSSNAPID;
typedef unsigned long JET_COLUMNID;
typedef unsigned long JET_DBID;
typedef unsigned long JET_GRBIT;
typedef double JET_DATESERIAL;

typedef const char *JET_PCSTR;
typedef char *JET_PSTR;
typedef const WCHAR *JET_PCWSTR;
typedef WCHAR *JET_PWSTR;

#define JET_instanceNil (~(JET_INSTANCE)0)
#define JET_sesidNil (~(JET_SESID)0)
#define JET_tableidNil (~(JET_TABLEID)0)
#define JET_bitNil ((JET_GRBIT)0)
#define JET_LSNil (~(JET_LS)0)
#define JET_dbidNil ((JET_DBID)0xFFFFFFFF)

#define JET_BASE_NAME_LENGTH 3
#define JET_MAX_COMPUTERNAME_LENGTH 15

/* ---------------------------------------------------------------- structures */

typedef struct _JET_LGPOS {
    unsigned short ib;
    unsigned short isec;
    long lGeneration;
} JET_LGPOS;

typedef struct _JET_LOGTIME {
    char bSeconds;
    char bMinutes;
    char bHours;
    char bDay;
    char bMonth;
    char bYear;
    char bFiller1;
    char bFiller2;
} JET_LOGTIME;

typedef enum _JET_SNP { JET_snpRepair = 2, JET_snpCompact = 4, JET_snpRestore = 8,
                        JET_snpBackup = 9, JET_snpUpgrade = 10, JET_snpScrub = 11,
                        JET_snpUpgradeRecordFormat = 12 } JET_SNP;
typedef enum _JET_SNT { JET_sntBegin = 5, JET_sntRequirements = 7, JET_sntProgress = 0,
                        JET_sntComplete = 6, JET_sntFail = 3 } JET_SNT;

typedef JET_ERR (JET_API *JET_PFNSTATUS)(JET_SESID sesid, JET_SNP snp, JET_SNT snt, void *pv);

typedef struct _JET_RSTMAP_A {
    char *szDatabaseName;
    char *szNewDatabaseName;
} JET_RSTMAP_A;

typedef struct _JET_RSTMAP_W {
    WCHAR *szDatabaseName;
    WCHAR *szNewDatabaseName;
} JET_RSTMAP_W;

typedef struct _JET_RSTINFO_A {
    unsigned long cbStruct;
    JET_RSTMAP_A *rgrstmap;
    long crstmap;
    JET_LGPOS lgposStop;
    JET_LOGTIME logtimeStop;
    JET_PFNSTATUS pfnStatus;
} JET_RSTINFO_A;

typedef struct _JET_RSTINFO_W {
    unsigned long cbStruct;
    JET_RSTMAP_W *rgrstmap;
    long crstmap;
    JET_LGPOS lgposStop;
    JET_LOGTIME logtimeStop;
    JET_PFNSTATUS pfnStatus;
} JET_RSTINFO_W;

/* ---------------------------------------------------------------- constants */

#include "esent_constants.h"
#include "esent_errors.h"

/* ---------------------------------------------------------------- database structures */

typedef struct _JET_BKLOGTIME {
    char bSeconds;
    char bMinutes;
    char bHours;
    char bDay;
    char bMonth;
    char bYear;
    char bFiller1;
    char bFiller2; /* esent.h: a union with the fOSSnapshot bit field; same size */
} JET_BKLOGTIME;

typedef struct _JET_SIGNATURE {
    unsigned long ulRandom;
    JET_LOGTIME logtimeCreate;
    char szComputerName[JET_MAX_COMPUTERNAME_LENGTH + 1];
} JET_SIGNATURE;

typedef struct _JET_BKINFO {
    JET_LGPOS lgposMark;
    union {
        JET_LOGTIME logtimeMark;
        JET_BKLOGTIME bklogtimeMark;
    };
    unsigned long genLow;
    unsigned long genHigh;
} JET_BKINFO;

typedef struct _JET_DBINFOMISC {
    unsigned long ulVersion;
    unsigned long ulUpdate;
    JET_SIGNATURE signDb;
    unsigned long dbstate;
    JET_LGPOS lgposConsistent;
    JET_LOGTIME logtimeConsistent;
    JET_LOGTIME logtimeAttach;
    JET_LGPOS lgposAttach;
    JET_LOGTIME logtimeDetach;
    JET_LGPOS lgposDetach;
    JET_SIGNATURE signLog;
    JET_BKINFO bkinfoFullPrev;
    JET_BKINFO bkinfoIncPrev;
    JET_BKINFO bkinfoFullCur;
    unsigned long fShadowingDisabled;
    unsigned long fUpgradeDb;
    unsigned long dwMajorVersion;
    unsigned long dwMinorVersion;
    unsigned long dwBuildNumber;
    long lSPNumber;
    unsigned long cbPageSize;
} JET_DBINFOMISC;




/* ---------------------------------------------------------------- functions */

JET_ERR JET_API JetCreateInstanceA(JET_INSTANCE *pinstance, JET_PCSTR szInstanceName);
JET_ERR JET_API JetCreateInstanceW(JET_INSTANCE *pinstance, JET_PCWSTR szInstanceName);

JET_ERR JET_API JetCreateInstance2A(JET_INSTANCE *pinstance, JET_PCSTR szInstanceName,
                                    JET_PCSTR szDisplayName, JET_GRBIT grbit);
JET_ERR JET_API JetCreateInstance2W(JET_INSTANCE *pinstance, JET_PCWSTR szInstanceName,
                                    JET_PCWSTR szDisplayName, JET_GRBIT grbit);

JET_ERR JET_API JetSetSystemParameterA(JET_INSTANCE *pinstance, JET_SESID sesid,
                                       unsigned long paramid, JET_API_PTR lParam,
                                       JET_PCSTR szParam);
JET_ERR JET_API JetSetSystemParameterW(JET_INSTANCE *pinstance, JET_SESID sesid,
                                       unsigned long paramid, JET_API_PTR lParam,
                                       JET_PCWSTR szParam);

JET_ERR JET_API JetGetSystemParameterA(JET_INSTANCE instance, JET_SESID sesid,
                                       unsigned long paramid, JET_API_PTR *plParam,
                                       JET_PSTR szParam, unsigned long cbMax);
JET_ERR JET_API JetGetSystemParameterW(JET_INSTANCE instance, JET_SESID sesid,
                                       unsigned long paramid, JET_API_PTR *plParam,
                                       JET_PWSTR szParam, unsigned long cbMax);

JET_ERR JET_API JetInit(JET_INSTANCE *pinstance);
JET_ERR JET_API JetInit2(JET_INSTANCE *pinstance, JET_GRBIT grbit);
JET_ERR JET_API JetInit3A(JET_INSTANCE *pinstance, JET_RSTINFO_A *prstInfo, JET_GRBIT grbit);
JET_ERR JET_API JetInit3W(JET_INSTANCE *pinstance, JET_RSTINFO_W *prstInfo, JET_GRBIT grbit);

JET_ERR JET_API JetTerm(JET_INSTANCE instance);
JET_ERR JET_API JetTerm2(JET_INSTANCE instance, JET_GRBIT grbit);

JET_ERR JET_API JetBeginSessionA(JET_INSTANCE instance, JET_SESID *psesid, JET_PCSTR szUserName,
                                 JET_PCSTR szPassword);
JET_ERR JET_API JetBeginSessionW(JET_INSTANCE instance, JET_SESID *psesid, JET_PCWSTR szUserName,
                                 JET_PCWSTR szPassword);
JET_ERR JET_API JetDupSession(JET_SESID sesid, JET_SESID *psesid);
JET_ERR JET_API JetEndSession(JET_SESID sesid, JET_GRBIT grbit);

JET_ERR JET_API JetGetVersion(JET_SESID sesid, unsigned long *pwVersion);

JET_ERR JET_API JetBeginTransaction(JET_SESID sesid);
JET_ERR JET_API JetBeginTransaction2(JET_SESID sesid, JET_GRBIT grbit);
JET_ERR JET_API JetCommitTransaction(JET_SESID sesid, JET_GRBIT grbit);
JET_ERR JET_API JetRollback(JET_SESID sesid, JET_GRBIT grbit);

JET_ERR JET_API JetSetSessionContext(JET_SESID sesid, JET_API_PTR ulContext);
JET_ERR JET_API JetResetSessionContext(JET_SESID sesid);


/* Databases. */
JET_ERR JET_API JetCreateDatabaseA(JET_SESID sesid, JET_PCSTR szFilename, JET_PCSTR szConnect,
                                   JET_DBID *pdbid, JET_GRBIT grbit);
JET_ERR JET_API JetCreateDatabaseW(JET_SESID sesid, JET_PCWSTR szFilename, JET_PCWSTR szConnect,
                                   JET_DBID *pdbid, JET_GRBIT grbit);
JET_ERR JET_API JetCreateDatabase2A(JET_SESID sesid, const char *szFilename,
                                    const unsigned long cpgDatabaseSizeMax, JET_DBID *pdbid,
                                    JET_GRBIT grbit);
JET_ERR JET_API JetCreateDatabase2W(JET_SESID sesid, const WCHAR *szFilename,
                                    const unsigned long cpgDatabaseSizeMax, JET_DBID *pdbid,
                                    JET_GRBIT grbit);
JET_ERR JET_API JetAttachDatabaseA(JET_SESID sesid, const char *szFilename, JET_GRBIT grbit);
JET_ERR JET_API JetAttachDatabaseW(JET_SESID sesid, const WCHAR *szFilename, JET_GRBIT grbit);
JET_ERR JET_API JetAttachDatabase2A(JET_SESID sesid, const char *szFilename,
                                    const unsigned long cpgDatabaseSizeMax, JET_GRBIT grbit);
JET_ERR JET_API JetAttachDatabase2W(JET_SESID sesid, const WCHAR *szFilename,
                                    const unsigned long cpgDatabaseSizeMax, JET_GRBIT grbit);
JET_ERR JET_API JetOpenDatabaseA(JET_SESID sesid, const char *szFilename, const char *szConnect,
                                 JET_DBID *pdbid, JET_GRBIT grbit);
JET_ERR JET_API JetOpenDatabaseW(JET_SESID sesid, const WCHAR *szFilename, const WCHAR *szConnect,
                                 JET_DBID *pdbid, JET_GRBIT grbit);
JET_ERR JET_API JetCloseDatabase(JET_SESID sesid, JET_DBID dbid, JET_GRBIT grbit);
/* mingw's esent.h declares JetDetachDatabaseW with a char pointer; the SDK and ESE say WCHAR. */
JET_ERR JET_API JetDetachDatabaseA(JET_SESID sesid, const char *szFilename);
JET_ERR JET_API JetDetachDatabaseW(JET_SESID sesid, const WCHAR *szFilename);
JET_ERR JET_API JetDetachDatabase2A(JET_SESID sesid, const char *szFilename, JET_GRBIT grbit);
JET_ERR JET_API JetDetachDatabase2W(JET_SESID sesid, const WCHAR *szFilename, JET_GRBIT grbit);
JET_ERR JET_API JetGetDatabaseInfoA(JET_SESID sesid, JET_DBID dbid, void *pvResult,
                                    unsigned long cbMax, unsigned long InfoLevel);
JET_ERR JET_API JetGetDatabaseInfoW(JET_SESID sesid, JET_DBID dbid, void *pvResult,
                                    unsigned long cbMax, unsigned long InfoLevel);
JET_ERR JET_API JetGetDatabaseFileInfoA(const char *szDatabaseName, void *pvResult,
                                        unsigned long cbMax, unsigned long InfoLevel);
JET_ERR JET_API JetGetDatabaseFileInfoW(const WCHAR *szDatabaseName, void *pvResult,
                                        unsigned long cbMax, unsigned long InfoLevel);

/* Tables, columns and records: constants, then structs and prototypes. */
#include "esent_data_constants.h"
#include "esent_tables.h"
/* Records: updates, retrieval, navigation. */
#include "esent_records.h"

/* Unsuffixed names follow JET_UNICODE, as in esent.h. */
#ifdef JET_UNICODE
#define JET_AW(name) name##W
#else
#define JET_AW(name) name##A
#endif
#define JetCreateInstance JET_AW(JetCreateInstance)
#define JetCreateInstance2 JET_AW(JetCreateInstance2)
#define JetSetSystemParameter JET_AW(JetSetSystemParameter)
#define JetGetSystemParameter JET_AW(JetGetSystemParameter)
#define JetInit3 JET_AW(JetInit3)
#define JetBeginSession JET_AW(JetBeginSession)
#define JetCreateDatabase JET_AW(JetCreateDatabase)
#define JetCreateDatabase2 JET_AW(JetCreateDatabase2)
#define JetAttachDatabase JET_AW(JetAttachDatabase)
#define JetAttachDatabase2 JET_AW(JetAttachDatabase2)
#define JetOpenDatabase JET_AW(JetOpenDatabase)
#define JetDetachDatabase JET_AW(JetDetachDatabase)
#define JetDetachDatabase2 JET_AW(JetDetachDatabase2)
#define JetGetDatabaseInfo JET_AW(JetGetDatabaseInfo)
#define JetGetDatabaseFileInfo JET_AW(JetGetDatabaseFileInfo)
#define JetCreateTable JET_AW(JetCreateTable)
#define JetCreateTableColumnIndex JET_AW(JetCreateTableColumnIndex)
#define JetCreateTableColumnIndex2 JET_AW(JetCreateTableColumnIndex2)
#define JetCreateTableColumnIndex3 JET_AW(JetCreateTableColumnIndex3)
#define JetOpenTable JET_AW(JetOpenTable)
#define JetDeleteTable JET_AW(JetDeleteTable)
#define JetRenameTable JET_AW(JetRenameTable)
#define JetAddColumn JET_AW(JetAddColumn)
#define JetDeleteColumn JET_AW(JetDeleteColumn)
#define JetDeleteColumn2 JET_AW(JetDeleteColumn2)
#define JetRenameColumn JET_AW(JetRenameColumn)
#define JetSetColumnDefaultValue JET_AW(JetSetColumnDefaultValue)
#define JetGetTableInfo JET_AW(JetGetTableInfo)
#define JetGetTableColumnInfo JET_AW(JetGetTableColumnInfo)
#define JetGetColumnInfo JET_AW(JetGetColumnInfo)
#define JetGetObjectInfo JET_AW(JetGetObjectInfo)
#define JET_COLUMNBASE JET_AW(JET_COLUMNBASE_)
#define JET_COLUMNCREATE JET_AW(JET_COLUMNCREATE_)
#define JET_CONDITIONALCOLUMN JET_AW(JET_CONDITIONALCOLUMN_)
#define JET_INDEXCREATE JET_AW(JET_INDEXCREATE_)
#define JET_INDEXCREATE2 JET_AW(JET_INDEXCREATE2_)
#define JET_TABLECREATE JET_AW(JET_TABLECREATE_)
#define JET_TABLECREATE2 JET_AW(JET_TABLECREATE2_)
#define JET_TABLECREATE3 JET_AW(JET_TABLECREATE3_)
#define JET_RSTMAP JET_AW(JET_RSTMAP_)
#define JET_RSTINFO JET_AW(JET_RSTINFO_)

#ifdef __cplusplus
}
#endif

#endif /* ESENT_PORTABLE_ESENT_H */
