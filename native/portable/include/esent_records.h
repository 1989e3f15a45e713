/* Record-level JET API of the portable engine (updates, retrieval, navigation): the
 * declarations of Windows' esent.h for them, same names, layouts and values. Included by
 * esent.h. */
#ifndef ESENT_PORTABLE_ESENT_RECORDS_H
#define ESENT_PORTABLE_ESENT_RECORDS_H

typedef struct _JET_SETINFO {
    unsigned long cbStruct;
    unsigned long ibLongValue;
    unsigned long itagSequence;
} JET_SETINFO;

typedef struct _JET_RETINFO {
    unsigned long cbStruct;
    unsigned long ibLongValue;
    unsigned long itagSequence;
    JET_COLUMNID columnidNextTagged;
} JET_RETINFO;

typedef struct _JET_SETCOLUMN {
    JET_COLUMNID columnid;
    const void *pvData;
    unsigned long cbData;
    JET_GRBIT grbit;
    unsigned long ibLongValue;
    unsigned long itagSequence;
    JET_ERR err;
} JET_SETCOLUMN;

typedef struct _JET_RETRIEVECOLUMN {
    JET_COLUMNID columnid;
    void *pvData;
    unsigned long cbData;
    unsigned long cbActual;
    JET_GRBIT grbit;
    unsigned long ibLongValue;
    unsigned long itagSequence;
    JET_COLUMNID columnidNextTagged;
    JET_ERR err;
} JET_RETRIEVECOLUMN;

typedef struct _JET_RECSIZE {
    unsigned long long cbData;
    unsigned long long cbLongValueData;
    unsigned long long cbOverhead;
    unsigned long long cbLongValueOverhead;
    unsigned long long cNonTaggedColumns;
    unsigned long long cTaggedColumns;
    unsigned long long cLongValues;
    unsigned long long cMultiValues;
} JET_RECSIZE;

typedef struct _JET_ENUMCOLUMNID {
    JET_COLUMNID columnid;
    unsigned long ctagSequence;
    unsigned long *rgtagSequence;
} JET_ENUMCOLUMNID;

typedef struct _JET_ENUMCOLUMNVALUE {
    unsigned long itagSequence;
    JET_ERR err;
    unsigned long cbData;
    void *pvData;
} JET_ENUMCOLUMNVALUE;

typedef struct _JET_ENUMCOLUMN {
    JET_COLUMNID columnid;
    JET_ERR err;
    union {
        struct {
            unsigned long cEnumColumnValue;
            JET_ENUMCOLUMNVALUE *rgEnumColumnValue;
        };
        struct {
            unsigned long cbData;
            void *pvData;
        };
    };
} JET_ENUMCOLUMN;

typedef void *(JET_API *JET_PFNREALLOC)(void *pvContext, void *pv, unsigned long cb);

JET_ERR JET_API JetPrepareUpdate(JET_SESID sesid, JET_TABLEID tableid, unsigned long prep);
JET_ERR JET_API JetSetColumn(JET_SESID sesid, JET_TABLEID tableid, JET_COLUMNID columnid,
                             const void *pvData, unsigned long cbData, JET_GRBIT grbit,
                             JET_SETINFO *psetinfo);
JET_ERR JET_API JetSetColumns(JET_SESID sesid, JET_TABLEID tableid, JET_SETCOLUMN *psetcolumn,
                              unsigned long csetcolumn);
JET_ERR JET_API JetUpdate(JET_SESID sesid, JET_TABLEID tableid, void *pvBookmark,
                          unsigned long cbBookmark, unsigned long *pcbActual);
JET_ERR JET_API JetUpdate2(JET_SESID sesid, JET_TABLEID tableid, void *pvBookmark,
                           unsigned long cbBookmark, unsigned long *pcbActual, const JET_GRBIT grbit);
JET_ERR JET_API JetDelete(JET_SESID sesid, JET_TABLEID tableid);
JET_ERR JET_API JetRetrieveColumn(JET_SESID sesid, JET_TABLEID tableid, JET_COLUMNID columnid,
                                  void *pvData, unsigned long cbData, unsigned long *pcbActual,
                                  JET_GRBIT grbit, JET_RETINFO *pretinfo);
JET_ERR JET_API JetRetrieveColumns(JET_SESID sesid, JET_TABLEID tableid,
                                   JET_RETRIEVECOLUMN *pretrievecolumn, unsigned long cretrievecolumn);
JET_ERR JET_API JetEnumerateColumns(JET_SESID sesid, JET_TABLEID tableid, unsigned long cEnumColumnId,
                                    JET_ENUMCOLUMNID *rgEnumColumnId, unsigned long *pcEnumColumn,
                                    JET_ENUMCOLUMN **prgEnumColumn, JET_PFNREALLOC pfnRealloc,
                                    void *pvReallocContext, unsigned long cbDataMost, JET_GRBIT grbit);
JET_ERR JET_API JetGetRecordSize(JET_SESID sesid, JET_TABLEID tableid, JET_RECSIZE *precsize,
                                 const JET_GRBIT grbit);
JET_ERR JET_API JetEscrowUpdate(JET_SESID sesid, JET_TABLEID tableid, JET_COLUMNID columnid, void *pv,
                                unsigned long cbMax, void *pvOld, unsigned long cbOldMax,
                                unsigned long *pcbOldActual, JET_GRBIT grbit);
JET_ERR JET_API JetGetLock(JET_SESID sesid, JET_TABLEID tableid, JET_GRBIT grbit);
JET_ERR JET_API JetMove(JET_SESID sesid, JET_TABLEID tableid, long cRow, JET_GRBIT grbit);
JET_ERR JET_API JetGetBookmark(JET_SESID sesid, JET_TABLEID tableid, void *pvBookmark,
                               unsigned long cbMax, unsigned long *pcbActual);
JET_ERR JET_API JetGotoBookmark(JET_SESID sesid, JET_TABLEID tableid, void *pvBookmark,
                                unsigned long cbBookmark);
JET_ERR JET_API JetDupCursor(JET_SESID sesid, JET_TABLEID tableid, JET_TABLEID *ptableid, JET_GRBIT grbit);

#endif /* ESENT_PORTABLE_ESENT_RECORDS_H */
