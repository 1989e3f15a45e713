/*
 * Windows 7's space hints (JET_VERSION >= 0x0601), how a B-tree is to be allocated and grown, and
 * the table and index creates that carry them, with JetCreateTableColumnIndex3: the declarations
 * of Windows' esent.h. Included inside the extern "C" block of two headers that have declared the
 * types these use: esent_tables.h (the portable engine) and native/win32/esent_newer_api.h
 * (mingw-w64 builds, whose esent.h stops before these).
 */
#ifndef JET_SPACEHINTS_DEFINED
#define JET_SPACEHINTS_DEFINED

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

JET_ERR JET_API JetCreateTableColumnIndex3A(JET_SESID sesid, JET_DBID dbid, JET_TABLECREATE3_A *ptablecreate);
JET_ERR JET_API JetCreateTableColumnIndex3W(JET_SESID sesid, JET_DBID dbid, JET_TABLECREATE3_W *ptablecreate);

#endif /* JET_SPACEHINTS_DEFINED */
