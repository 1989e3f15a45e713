/*
 * Tables and columns of the JET API: types, constants, structures and entry points, with the
 * names, values and layouts of Windows' esent.h (mingw-w64's esent.h for the structures and
 * prototypes; the constants mingw lacks are the SDK's values). Included by esent.h.
 *
 * JET_COLTYP, JET_OBJTYP and JET_CBTYP are enums, as in mingw-w64's esent.h: code that compiles
 * here then compiles there too (the SDK's unsigned long typedefs accept the same code).
 */
#ifndef ESENT_PORTABLE_ESENT_TABLES_H
#define ESENT_PORTABLE_ESENT_TABLES_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _JET_CBTYP {
    JET_cbtypNull = 0x00000000,
    JET_cbtypFinalize = 0x00000001,
    JET_cbtypBeforeInsert = 0x00000002,
    JET_cbtypAfterInsert = 0x00000004,
    JET_cbtypBeforeReplace = 0x00000008,
    JET_cbtypAfterReplace = 0x00000010,
    JET_cbtypBeforeDelete = 0x00000020,
    JET_cbtypAfterDelete = 0x00000040,
    JET_cbtypUserDefinedDefaultValue = 0x00000080,
    JET_cbtypOnlineDefragCompleted = 0x00000100,
    JET_cbtypFreeCursorLS = 0x00000200,
    JET_cbtypFreeTableLS = 0x00000400
} JET_CBTYP;

typedef enum _JET_COLTYP {
    JET_coltypNil = 0,
    JET_coltypBit = 1,
    JET_coltypUnsignedByte = 2,
    JET_coltypShort = 3,
    JET_coltypLong = 4,
    JET_coltypCurrency = 5,
    JET_coltypIEEESingle = 6,
    JET_coltypIEEEDouble = 7,
    JET_coltypDateTime = 8,
    JET_coltypBinary = 9,
    JET_coltypText = 10,
    JET_coltypLongBinary = 11,
    JET_coltypLongText = 12,
    JET_coltypSLV = 13,
    JET_coltypUnsignedLong = 14,
    JET_coltypLongLong = 15,
    JET_coltypGUID = 16,
    JET_coltypUnsignedShort = 17,
    JET_coltypUnsignedLongLong = 18, /* Windows 10's esent.h */
    JET_coltypMax = 19
} JET_COLTYP;

typedef enum _JET_OBJTYP {
    JET_objtypNil = 0,
    JET_objtypTable = 1
} JET_OBJTYP;

/* ---------------------------------------------------------------- limits */

#ifndef JET_cbNameMost
#define JET_cbNameMost 64
#endif

/* ---------------------------------------------------------------- JetCreateTableColumnIndex grbits */

/* ---------------------------------------------------------------- JetAddColumn / JetGetColumnInfo grbits */

/* ---------------------------------------------------------------- JetOpenTable grbits */

/* ---------------------------------------------------------------- info levels */

/* ---------------------------------------------------------------- structures */

typedef struct _JET_COLUMNDEF {
    unsigned long cbStruct;
    JET_COLUMNID columnid;
    JET_COLTYP coltyp;
    unsigned short wCountry;
    unsigned short langid;
    unsigned short cp;
    unsigned short wCollate;
    unsigned long cbMax;
    JET_GRBIT grbit;
} JET_COLUMNDEF;

typedef struct _JET_COLUMNBASE_A {
    unsigned long cbStruct;
    JET_COLUMNID columnid;
    JET_COLTYP coltyp;
    unsigned short wCountry;
    unsigned short langid;
    unsigned short cp;
    unsigned short wFiller;
    unsigned long cbMax;
    JET_GRBIT grbit;
    char szBaseTableName[256];
    char szBaseColumnName[256];
} JET_COLUMNBASE_A;

typedef struct _JET_COLUMNBASE_W {
    unsigned long cbStruct;
    JET_COLUMNID columnid;
    JET_COLTYP coltyp;
    unsigned short wCountry;
    unsigned short langid;
    unsigned short cp;
    unsigned short wFiller;
    unsigned long cbMax;
    JET_GRBIT grbit;
    WCHAR szBaseTableName[256];
    WCHAR szBaseColumnName[256];
} JET_COLUMNBASE_W;

typedef struct _JET_COLUMNLIST {
    unsigned long cbStruct;
    JET_TABLEID tableid;
    unsigned long cRecord;
    JET_COLUMNID columnidPresentationOrder;
    JET_COLUMNID columnidcolumnname;
    JET_COLUMNID columnidcolumnid;
    JET_COLUMNID columnidcoltyp;
    JET_COLUMNID columnidCountry;
    JET_COLUMNID columnidLangid;
    JET_COLUMNID columnidCp;
    JET_COLUMNID columnidCollate;
    JET_COLUMNID columnidcbMax;
    JET_COLUMNID columnidgrbit;
    JET_COLUMNID columnidDefault;
    JET_COLUMNID columnidBaseTableName;
    JET_COLUMNID columnidBaseColumnName;
    JET_COLUMNID columnidDefinitionName;
} JET_COLUMNLIST;

typedef struct tag_JET_COLUMNCREATE_A {
    unsigned long cbStruct;
    char *szColumnName;
    JET_COLTYP coltyp;
    unsigned long cbMax;
    JET_GRBIT grbit;
    void *pvDefault;
    unsigned long cbDefault;
    unsigned long cp;
    JET_COLUMNID columnid;
    JET_ERR err;
} JET_COLUMNCREATE_A;

typedef struct tag_JET_COLUMNCREATE_W {
    unsigned long cbStruct;
    WCHAR *szColumnName;
    JET_COLTYP coltyp;
    unsigned long cbMax;
    JET_GRBIT grbit;
    void *pvDefault;
    unsigned long cbDefault;
    unsigned long cp;
    JET_COLUMNID columnid;
    JET_ERR err;
} JET_COLUMNCREATE_W;

typedef struct tagJET_UNICODEINDEX {
    unsigned long lcid;
    unsigned long dwMapFlags;
} JET_UNICODEINDEX;

typedef struct tagJET_TUPLELIMITS {
    unsigned long chLengthMin;
    unsigned long chLengthMax;
    unsigned long chToIndexMax;
    unsigned long cchIncrement;
    unsigned long ichStart;
} JET_TUPLELIMITS;

typedef struct tagJET_CONDITIONALCOLUMN_A {
    unsigned long cbStruct;
    char *szColumnName;
    JET_GRBIT grbit;
} JET_CONDITIONALCOLUMN_A;

typedef struct tagJET_CONDITIONALCOLUMN_W {
    unsigned long cbStruct;
    WCHAR *szColumnName;
    JET_GRBIT grbit;
} JET_CONDITIONALCOLUMN_W;

typedef struct tagJET_INDEXCREATE_A {
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
} JET_INDEXCREATE_A;

typedef struct tagJET_INDEXCREATE_W {
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
} JET_INDEXCREATE_W;

typedef struct tagJET_TABLECREATE_A {
    unsigned long cbStruct;
    char *szTableName;
    char *szTemplateTableName;
    unsigned long ulPages;
    unsigned long ulDensity;
    JET_COLUMNCREATE_A *rgcolumncreate;
    unsigned long cColumns;
    JET_INDEXCREATE_A *rgindexcreate;
    unsigned long cIndexes;
    JET_GRBIT grbit;
    JET_TABLEID tableid;
    unsigned long cCreated;
} JET_TABLECREATE_A;

typedef struct tagJET_TABLECREATE_W {
    unsigned long cbStruct;
    WCHAR *szTableName;
    WCHAR *szTemplateTableName;
    unsigned long ulPages;
    unsigned long ulDensity;
    JET_COLUMNCREATE_W *rgcolumncreate;
    unsigned long cColumns;
    JET_INDEXCREATE_W *rgindexcreate;
    unsigned long cIndexes;
    JET_GRBIT grbit;
    JET_TABLEID tableid;
    unsigned long cCreated;
} JET_TABLECREATE_W;

typedef struct tagJET_TABLECREATE2_A {
    unsigned long cbStruct;
    char *szTableName;
    char *szTemplateTableName;
    unsigned long ulPages;
    unsigned long ulDensity;
    JET_COLUMNCREATE_A *rgcolumncreate;
    unsigned long cColumns;
    JET_INDEXCREATE_A *rgindexcreate;
    unsigned long cIndexes;
    char *szCallback;
    JET_CBTYP cbtyp;
    JET_GRBIT grbit;
    JET_TABLEID tableid;
    unsigned long cCreated;
} JET_TABLECREATE2_A;

typedef struct tagJET_TABLECREATE2_W {
    unsigned long cbStruct;
    WCHAR *szTableName;
    WCHAR *szTemplateTableName;
    unsigned long ulPages;
    unsigned long ulDensity;
    JET_COLUMNCREATE_W *rgcolumncreate;
    unsigned long cColumns;
    JET_INDEXCREATE_W *rgindexcreate;
    unsigned long cIndexes;
    WCHAR *szCallback;
    JET_CBTYP cbtyp;
    JET_GRBIT grbit;
    JET_TABLEID tableid;
    unsigned long cCreated;
} JET_TABLECREATE2_W;

#include "esent_space_hints.h"

typedef struct _JET_OBJECTINFO {
    unsigned long cbStruct;
    JET_OBJTYP objtyp;
    JET_DATESERIAL dtCreate;
    JET_DATESERIAL dtUpdate;
    JET_GRBIT grbit;
    unsigned long flags;
    unsigned long cRecord;
    unsigned long cPage;
} JET_OBJECTINFO;

typedef struct _JET_OBJECTLIST {
    unsigned long cbStruct;
    JET_TABLEID tableid;
    unsigned long cRecord;
    JET_COLUMNID columnidcontainername;
    JET_COLUMNID columnidobjectname;
    JET_COLUMNID columnidobjtyp;
    JET_COLUMNID columniddtCreate;
    JET_COLUMNID columniddtUpdate;
    JET_COLUMNID columnidgrbit;
    JET_COLUMNID columnidflags;
    JET_COLUMNID columnidcRecord;
    JET_COLUMNID columnidcPage;
} JET_OBJECTLIST;

/* ---------------------------------------------------------------- entry points */

JET_ERR JET_API JetCreateTableA(JET_SESID sesid, JET_DBID dbid, const char *szTableName,
                                unsigned long lPages, unsigned long lDensity, JET_TABLEID *ptableid);
JET_ERR JET_API JetCreateTableW(JET_SESID sesid, JET_DBID dbid, const WCHAR *szTableName,
                                unsigned long lPages, unsigned long lDensity, JET_TABLEID *ptableid);
JET_ERR JET_API JetCreateTableColumnIndexA(JET_SESID sesid, JET_DBID dbid, JET_TABLECREATE_A *ptablecreate);
JET_ERR JET_API JetCreateTableColumnIndexW(JET_SESID sesid, JET_DBID dbid, JET_TABLECREATE_W *ptablecreate);
JET_ERR JET_API JetCreateTableColumnIndex2A(JET_SESID sesid, JET_DBID dbid, JET_TABLECREATE2_A *ptablecreate);
JET_ERR JET_API JetCreateTableColumnIndex2W(JET_SESID sesid, JET_DBID dbid, JET_TABLECREATE2_W *ptablecreate);
JET_ERR JET_API JetOpenTableA(JET_SESID sesid, JET_DBID dbid, const char *szTableName,
                              const void *pvParameters, unsigned long cbParameters, JET_GRBIT grbit,
                              JET_TABLEID *ptableid);
JET_ERR JET_API JetOpenTableW(JET_SESID sesid, JET_DBID dbid, const WCHAR *szTableName,
                              const void *pvParameters, unsigned long cbParameters, JET_GRBIT grbit,
                              JET_TABLEID *ptableid);
JET_ERR JET_API JetCloseTable(JET_SESID sesid, JET_TABLEID tableid);
JET_ERR JET_API JetDeleteTableA(JET_SESID sesid, JET_DBID dbid, const char *szTableName);
JET_ERR JET_API JetDeleteTableW(JET_SESID sesid, JET_DBID dbid, const WCHAR *szTableName);
JET_ERR JET_API JetRenameTableA(JET_SESID sesid, JET_DBID dbid, const char *szName, const char *szNameNew);
JET_ERR JET_API JetRenameTableW(JET_SESID sesid, JET_DBID dbid, const WCHAR *szName, const WCHAR *szNameNew);
JET_ERR JET_API JetAddColumnA(JET_SESID sesid, JET_TABLEID tableid, JET_PCSTR szColumnName,
                              const JET_COLUMNDEF *pcolumndef, const void *pvDefault,
                              unsigned long cbDefault, JET_COLUMNID *pcolumnid);
JET_ERR JET_API JetAddColumnW(JET_SESID sesid, JET_TABLEID tableid, JET_PCWSTR szColumnName,
                              const JET_COLUMNDEF *pcolumndef, const void *pvDefault,
                              unsigned long cbDefault, JET_COLUMNID *pcolumnid);
JET_ERR JET_API JetDeleteColumnA(JET_SESID sesid, JET_TABLEID tableid, const char *szColumnName);
JET_ERR JET_API JetDeleteColumnW(JET_SESID sesid, JET_TABLEID tableid, const WCHAR *szColumnName);
JET_ERR JET_API JetDeleteColumn2A(JET_SESID sesid, JET_TABLEID tableid, const char *szColumnName,
                                  const JET_GRBIT grbit);
JET_ERR JET_API JetDeleteColumn2W(JET_SESID sesid, JET_TABLEID tableid, const WCHAR *szColumnName,
                                  const JET_GRBIT grbit);
JET_ERR JET_API JetRenameColumnA(JET_SESID sesid, JET_TABLEID tableid, JET_PCSTR szName,
                                 JET_PCSTR szNameNew, JET_GRBIT grbit);
JET_ERR JET_API JetRenameColumnW(JET_SESID sesid, JET_TABLEID tableid, JET_PCWSTR szName,
                                 JET_PCWSTR szNameNew, JET_GRBIT grbit);
JET_ERR JET_API JetSetColumnDefaultValueA(JET_SESID sesid, JET_DBID dbid, JET_PCSTR szTableName,
                                          JET_PCSTR szColumnName, const void *pvData,
                                          const unsigned long cbData, const JET_GRBIT grbit);
JET_ERR JET_API JetSetColumnDefaultValueW(JET_SESID sesid, JET_DBID dbid, JET_PCWSTR szTableName,
                                          JET_PCWSTR szColumnName, const void *pvData,
                                          const unsigned long cbData, const JET_GRBIT grbit);
JET_ERR JET_API JetGetTableInfoA(JET_SESID sesid, JET_TABLEID tableid, void *pvResult,
                                 unsigned long cbMax, unsigned long InfoLevel);
JET_ERR JET_API JetGetTableInfoW(JET_SESID sesid, JET_TABLEID tableid, void *pvResult,
                                 unsigned long cbMax, unsigned long InfoLevel);
JET_ERR JET_API JetGetTableColumnInfoA(JET_SESID sesid, JET_TABLEID tableid, const char *szColumnName,
                                       void *pvResult, unsigned long cbMax, unsigned long InfoLevel);
JET_ERR JET_API JetGetTableColumnInfoW(JET_SESID sesid, JET_TABLEID tableid, const WCHAR *szColumnName,
                                       void *pvResult, unsigned long cbMax, unsigned long InfoLevel);
JET_ERR JET_API JetGetColumnInfoA(JET_SESID sesid, JET_DBID dbid, const char *szTableName,
                                  const char *szColumnName, void *pvResult, unsigned long cbMax,
                                  unsigned long InfoLevel);
JET_ERR JET_API JetGetColumnInfoW(JET_SESID sesid, JET_DBID dbid, const WCHAR *szTableName,
                                  const WCHAR *szColumnName, void *pvResult, unsigned long cbMax,
                                  unsigned long InfoLevel);
JET_ERR JET_API JetGetObjectInfoA(JET_SESID sesid, JET_DBID dbid, JET_OBJTYP objtyp,
                                  const char *szContainerName, const char *szObjectName,
                                  void *pvResult, unsigned long cbMax, unsigned long InfoLevel);
JET_ERR JET_API JetGetObjectInfoW(JET_SESID sesid, JET_DBID dbid, JET_OBJTYP objtyp,
                                  const WCHAR *szContainerName, const WCHAR *szObjectName,
                                  void *pvResult, unsigned long cbMax, unsigned long InfoLevel);

#ifdef __cplusplus
}
#endif

#endif /* ESENT_PORTABLE_ESENT_TABLES_H */
