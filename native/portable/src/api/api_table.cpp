// JetCreateTable, JetCreateTableColumnIndex(2,3), JetOpenTable, JetCloseTable, JetDeleteTable,
// JetRenameTable, JetGetTableInfo, JetGetObjectInfo (A and W; A names are taken as UTF-8).
#include <cstring>
#include <string>
#include <type_traits>
#include <utility>

#include <esent.h>

#include "../data/tables/column_rules.h"
#include "../data/tables/table_access.h"
#include "../data/tables/table_ddl.h"
#include "../data/tables/table_info.h"
#include "../data/versions/version_store.h"
#include "api_table_call.h"

using esent::api::nameOf;
using esent::api::withCursor;
using esent::api::withDatabase;
namespace data = esent::data;
namespace tables = esent::data::tables;
using esent::core::Session;
using DatabasePtr = std::shared_ptr<data::Database>;

namespace {

template <typename Char>
JET_ERR createTable(JET_SESID sesid, JET_DBID dbid, const Char* name, unsigned long pages,
                    unsigned long density, JET_TABLEID* ptableid) {
    return withDatabase(sesid, dbid, [&](Session& session, const DatabasePtr& db) -> JET_ERR {
        if (name == nullptr || ptableid == nullptr) return JET_errInvalidParameter;
        return tables::createTable(session, db, nameOf(name), pages, density, ptableid);
    });
}

constexpr JET_GRBIT kTableCreateGrbits =
    JET_bitTableCreateFixedDDL | JET_bitTableCreateTemplateTable | JET_bitTableCreateNoFixedVarColumnsInDerivedTables;

// JET_SPACEHINTS grbits ESE knows: the documented ones, the reserved ones it ignores, and
// JET_bitSpaceHintsUtilizeExactExtents (0x200, newer ESE).
constexpr JET_GRBIT kSpaceHintGrbits = 0x000003ff;
// ESE's ceiling for cbMinExtent / cbMaxExtent (space.hxx cbSecondaryExtentMost).
constexpr unsigned long kSpaceHintExtentMost = 100UL * 1024 * 1024;

unsigned long long wholePages(unsigned long cb, unsigned long pageSize) {
    if (pageSize == 0) return cb;
    return (static_cast<unsigned long long>(cb) + pageSize - 1) / pageSize * pageSize;
}

bool isDensity(unsigned long density) { return density >= 20 && density <= 100; }

// A JET_SPACEHINTS as ESE checks the table's (ErrCATCheckJetSpaceHints, allowing corrections: the
// byte counts round up to whole pages, ulInitialDensity 0 means the default). This engine has one
// allocation policy for every tree, so valid hints are then ignored. Not checked: ESE's test that
// ulGrowth actually moves an extent between cbMinExtent and cbMaxExtent.
JET_ERR checkSpaceHints(const JET_SPACEHINTS* hints, unsigned long pageSize) {
    if (hints == nullptr) return JET_errSuccess;
    if (hints->cbStruct != sizeof(JET_SPACEHINTS)) return JET_errInvalidParameter;
    if (hints->ulInitialDensity != 0 && !isDensity(hints->ulInitialDensity)) return JET_errDensityInvalid;
    if (hints->ulMaintDensity != 0 && !isDensity(hints->ulMaintDensity)) return JET_errDensityInvalid;
    if (hints->grbit & ~kSpaceHintGrbits) return JET_errInvalidGrbit;
    constexpr JET_GRBIT kBothScans = JET_bitRetrieveHintTableScanForward | JET_bitRetrieveHintTableScanBackward;
    if ((hints->grbit & kBothScans) == kBothScans) return JET_errSpaceHintsInvalid;
    // ulGrowth is a percentage: no growth (0), or from 100 to 500-fold.
    if ((hints->ulGrowth != 0 && hints->ulGrowth < 100) || hints->ulGrowth >= 500 * 100)
        return JET_errSpaceHintsInvalid;
    const unsigned long long minExtent = wholePages(hints->cbMinExtent, pageSize);
    const unsigned long long maxExtent = wholePages(hints->cbMaxExtent, pageSize);
    if (minExtent >= kSpaceHintExtentMost || maxExtent >= kSpaceHintExtentMost || minExtent > maxExtent)
        return JET_errSpaceHintsInvalid;
    return JET_errSuccess;
}

// JET_TABLECREATE3's additions: the hints of the table's sequential tree and of its long values
// (checked, then ignored) and cbSeparateLV (ignored: this engine decides alone where a long value lives).
template <typename TableCreate>
JET_ERR checkTableSpaceHints(const TableCreate& create, data::Database& db) {
    if constexpr (std::is_same_v<TableCreate, JET_TABLECREATE3_A> || std::is_same_v<TableCreate, JET_TABLECREATE3_W>) {
        if (create.pSeqSpacehints == nullptr && create.pLVSpacehints == nullptr) return JET_errSuccess;
        const unsigned long pageSize = db.file().stats().pageSize;
        const JET_ERR err = checkSpaceHints(create.pSeqSpacehints, pageSize);
        if (err < 0) return err;
        return checkSpaceHints(create.pLVSpacehints, pageSize);
    } else {
        (void)create;
        (void)db;
        return JET_errSuccess;
    }
}

// JET_TABLECREATE2/3's callback (szCallback, cbtyp) needs callbacks, which this engine lacks.
template <typename TableCreate>
bool asksForCallback(const TableCreate* create) {
    return create != nullptr && (create->szCallback != nullptr || create->cbtyp != JET_cbtypNull);
}

// The column struct of a JET_TABLECREATE*_A or _W, chosen by the width of its table name.
// mingw's esent.h types rgcolumncreate through the A/W macro (JET_COLUMNCREATE) even in the _W
// structs, so the declared pointer type cannot be trusted: without UNICODE a _W struct would be
// read with _A columns.
template <typename TableCreate>
using ColumnCreateOf = std::conditional_t<
    sizeof(*std::declval<TableCreate&>().szTableName) == 1, JET_COLUMNCREATE_A, JET_COLUMNCREATE_W>;

// JetCreateTableColumnIndex(2,3): the table and its columns in one transaction; on a column's
// error nothing is created, that column's err says why, and the call returns it.
template <typename TableCreate>
JET_ERR createTableColumnIndex(JET_SESID sesid, JET_DBID dbid, TableCreate* create) {
    return withDatabase(sesid, dbid, [&](Session& session, const DatabasePtr& db) -> JET_ERR {
        if (create == nullptr || create->cbStruct != sizeof(TableCreate) || create->szTableName == nullptr)
            return JET_errInvalidParameter;
        if (create->grbit & ~kTableCreateGrbits) return JET_errInvalidGrbit;
        // Templates (JET_bitTableCreateTemplateTable, szTemplateTableName) are not supported by this
        // engine yet: refused rather than silently ignored.
        const bool namesTemplate = create->szTemplateTableName != nullptr && create->szTemplateTableName[0] != 0;
        if ((create->grbit & JET_bitTableCreateTemplateTable) || namesTemplate)
            return JET_errInvalidParameter;
        // Indexes arrive with the next issue (indexes and keys): until then cIndexes must be 0.
        if (create->cIndexes != 0) return JET_errInvalidParameter;
        if (create->cColumns != 0 && create->rgcolumncreate == nullptr) return JET_errInvalidParameter;
        using ColumnCreate = ColumnCreateOf<TableCreate>;
        ColumnCreate* const columns = reinterpret_cast<ColumnCreate*>(create->rgcolumncreate);
        for (unsigned long i = 0; i < create->cColumns; ++i) {
            const ColumnCreate& c = columns[i];
            if (c.cbStruct != sizeof(ColumnCreate) || c.szColumnName == nullptr) return JET_errInvalidParameter;
            if (c.pvDefault == nullptr && c.cbDefault != 0) return JET_errInvalidParameter;
        }
        const JET_ERR hintsErr = checkTableSpaceHints(*create, *db);
        if (hintsErr < 0) return hintsErr;
        create->tableid = JET_tableidNil;
        create->cCreated = 0;
        for (unsigned long i = 0; i < create->cColumns; ++i) {
            columns[i].columnid = 0;
            columns[i].err = JET_errSuccess;
        }
        JET_TABLEID tableid = JET_tableidNil;
        const JET_ERR err = data::VersionStore::withTransaction(session, [&]() -> JET_ERR {
            JET_ERR e = tables::createTable(session, db, nameOf(create->szTableName), create->ulPages,
                                            create->ulDensity, &tableid);
            if (e < 0) return e;
            std::shared_ptr<data::TableCursor> cursor;
            if ((e = tables::findCursor(session, tableid, &cursor)) < 0) return e;
            for (unsigned long i = 0; i < create->cColumns; ++i) {
                ColumnCreate& c = columns[i];
                data::ColumnRequest request;
                request.name = nameOf(c.szColumnName);
                request.coltyp = data::rawColtyp(&c.coltyp);
                request.cbMax = c.cbMax;
                request.grbit = c.grbit;
                request.cp = c.cp;
                request.hasDefault = c.pvDefault != nullptr && c.cbDefault > 0;
                if (request.hasDefault) request.defaultValue.assign(static_cast<const char*>(c.pvDefault), c.cbDefault);
                JET_COLUMNID columnid = 0;
                const JET_ERR columnErr = tables::addColumn(session, *cursor, request, &columnid);
                c.err = columnErr;
                if (columnErr < 0) return columnErr;
                c.columnid = columnid;
            }
            if (create->grbit & JET_bitTableCreateFixedDDL) return tables::fixDDL(session, *cursor);
            return JET_errSuccess;
        });
        if (err < 0) {
            // The rollback closed the cursor (closed here too, should the rollback not have run
            // the hooks); nothing of the table remains.
            if (tableid != JET_tableidNil) tables::closeCursor(session, tableid);
            for (unsigned long i = 0; i < create->cColumns; ++i) {
                if (columns[i].err >= 0) columns[i].columnid = 0;
            }
            return err;
        }
        std::shared_ptr<data::TableCursor> cursor;
        if (session.level == 0 && tables::findCursor(session, tableid, &cursor) >= 0) cursor->openedAtLevel = 0;
        create->tableid = tableid;
        create->cCreated = 1 + create->cColumns;
        return JET_errSuccess;
    });
}

template <typename Char>
JET_ERR openTable(JET_SESID sesid, JET_DBID dbid, const Char* name, JET_GRBIT grbit, JET_TABLEID* ptableid) {
    return withDatabase(sesid, dbid, [&](Session& session, const DatabasePtr& db) -> JET_ERR {
        if (name == nullptr || ptableid == nullptr) return JET_errInvalidParameter;
        return tables::openTable(session, db, nameOf(name), grbit, ptableid);
    });
}

template <typename Char>
JET_ERR deleteTable(JET_SESID sesid, JET_DBID dbid, const Char* name) {
    return withDatabase(sesid, dbid, [&](Session& session, const DatabasePtr& db) -> JET_ERR {
        if (name == nullptr) return JET_errInvalidParameter;
        return tables::deleteTable(session, db, nameOf(name));
    });
}

template <typename Char>
JET_ERR renameTable(JET_SESID sesid, JET_DBID dbid, const Char* from, const Char* to) {
    return withDatabase(sesid, dbid, [&](Session& session, const DatabasePtr& db) -> JET_ERR {
        if (from == nullptr || to == nullptr) return JET_errInvalidParameter;
        return tables::renameTable(session, db, nameOf(from), nameOf(to));
    });
}

template <typename Char>
JET_ERR getTableInfo(JET_SESID sesid, JET_TABLEID tableid, void* result, unsigned long cbMax,
                     unsigned long infoLevel) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        const JET_ERR err = tables::refreshSchema(session, cursor);
        if (err < 0) return err;
        return tables::writeTableInfo<Char>(session, cursor, result, cbMax, infoLevel);
    });
}

template <typename Char>
JET_ERR getObjectInfo(JET_SESID sesid, JET_DBID dbid, JET_OBJTYP objtyp, const Char* container,
                      const Char* objectName, void* result, unsigned long cbMax, unsigned long infoLevel) {
    return withDatabase(sesid, dbid, [&](Session& session, const DatabasePtr& db) -> JET_ERR {
        // Read as a number: a value outside the enum must not be loaded as a JET_OBJTYP.
        unsigned int rawObjtyp = 0;
        std::memcpy(&rawObjtyp, &objtyp, sizeof rawObjtyp);
        if (rawObjtyp != JET_objtypNil && rawObjtyp != JET_objtypTable) return JET_errInvalidParameter;
        // Tables are the only container ESENT has; a named container must be "Tables".
        if (container != nullptr && container[0] != 0 && !data::sameName(nameOf(container), "Tables"))
            return JET_errObjectNotFound;
        if (objectName == nullptr || objectName[0] == 0)
            return tables::writeObjectInfo<Char>(session, *db,
                                                 static_cast<const std::string*>(nullptr), result, cbMax, infoLevel);
        const std::string name = nameOf(objectName);
        return tables::writeObjectInfo<Char>(session, *db, &name, result, cbMax, infoLevel);
    });
}

}  // namespace

extern "C" {

JET_ERR JET_API JetCreateTableA(JET_SESID sesid, JET_DBID dbid, const char* szTableName, unsigned long lPages,
                                unsigned long lDensity, JET_TABLEID* ptableid) {
    return createTable(sesid, dbid, szTableName, lPages, lDensity, ptableid);
}
JET_ERR JET_API JetCreateTableW(JET_SESID sesid, JET_DBID dbid, const WCHAR* szTableName, unsigned long lPages,
                                unsigned long lDensity, JET_TABLEID* ptableid) {
    return createTable(sesid, dbid, szTableName, lPages, lDensity, ptableid);
}
JET_ERR JET_API JetCreateTableColumnIndexA(JET_SESID sesid, JET_DBID dbid, JET_TABLECREATE_A* ptablecreate) {
    return createTableColumnIndex(sesid, dbid, ptablecreate);
}
JET_ERR JET_API JetCreateTableColumnIndexW(JET_SESID sesid, JET_DBID dbid, JET_TABLECREATE_W* ptablecreate) {
    return createTableColumnIndex(sesid, dbid, ptablecreate);
}
JET_ERR JET_API JetCreateTableColumnIndex2A(JET_SESID sesid, JET_DBID dbid, JET_TABLECREATE2_A* ptablecreate) {
    if (asksForCallback(ptablecreate)) return JET_errInvalidParameter;
    return createTableColumnIndex(sesid, dbid, ptablecreate);
}
JET_ERR JET_API JetCreateTableColumnIndex2W(JET_SESID sesid, JET_DBID dbid, JET_TABLECREATE2_W* ptablecreate) {
    if (asksForCallback(ptablecreate)) return JET_errInvalidParameter;
    return createTableColumnIndex(sesid, dbid, ptablecreate);
}
JET_ERR JET_API JetCreateTableColumnIndex3A(JET_SESID sesid, JET_DBID dbid, JET_TABLECREATE3_A* ptablecreate) {
    if (asksForCallback(ptablecreate)) return JET_errInvalidParameter;
    return createTableColumnIndex(sesid, dbid, ptablecreate);
}
JET_ERR JET_API JetCreateTableColumnIndex3W(JET_SESID sesid, JET_DBID dbid, JET_TABLECREATE3_W* ptablecreate) {
    if (asksForCallback(ptablecreate)) return JET_errInvalidParameter;
    return createTableColumnIndex(sesid, dbid, ptablecreate);
}
JET_ERR JET_API JetOpenTableA(JET_SESID sesid, JET_DBID dbid, const char* szTableName, const void*, unsigned long,
                              JET_GRBIT grbit, JET_TABLEID* ptableid) {
    return openTable(sesid, dbid, szTableName, grbit, ptableid);
}
JET_ERR JET_API JetOpenTableW(JET_SESID sesid, JET_DBID dbid, const WCHAR* szTableName, const void*, unsigned long,
                              JET_GRBIT grbit, JET_TABLEID* ptableid) {
    return openTable(sesid, dbid, szTableName, grbit, ptableid);
}
JET_ERR JET_API JetCloseTable(JET_SESID sesid, JET_TABLEID tableid) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        return tables::closeCursor(session, cursor.handle);
    });
}
JET_ERR JET_API JetDeleteTableA(JET_SESID sesid, JET_DBID dbid, const char* szTableName) {
    return deleteTable(sesid, dbid, szTableName);
}
JET_ERR JET_API JetDeleteTableW(JET_SESID sesid, JET_DBID dbid, const WCHAR* szTableName) {
    return deleteTable(sesid, dbid, szTableName);
}
JET_ERR JET_API JetRenameTableA(JET_SESID sesid, JET_DBID dbid, const char* szName, const char* szNameNew) {
    return renameTable(sesid, dbid, szName, szNameNew);
}
JET_ERR JET_API JetRenameTableW(JET_SESID sesid, JET_DBID dbid, const WCHAR* szName, const WCHAR* szNameNew) {
    return renameTable(sesid, dbid, szName, szNameNew);
}
JET_ERR JET_API JetGetTableInfoA(JET_SESID sesid, JET_TABLEID tableid, void* pvResult, unsigned long cbMax,
                                 unsigned long InfoLevel) {
    return getTableInfo<char>(sesid, tableid, pvResult, cbMax, InfoLevel);
}
JET_ERR JET_API JetGetTableInfoW(JET_SESID sesid, JET_TABLEID tableid, void* pvResult, unsigned long cbMax,
                                 unsigned long InfoLevel) {
    return getTableInfo<WCHAR>(sesid, tableid, pvResult, cbMax, InfoLevel);
}
JET_ERR JET_API JetGetObjectInfoA(JET_SESID sesid, JET_DBID dbid, JET_OBJTYP objtyp, const char* szContainerName,
                                  const char* szObjectName, void* pvResult, unsigned long cbMax,
                                  unsigned long InfoLevel) {
    return getObjectInfo(sesid, dbid, objtyp, szContainerName, szObjectName, pvResult, cbMax, InfoLevel);
}
JET_ERR JET_API JetGetObjectInfoW(JET_SESID sesid, JET_DBID dbid, JET_OBJTYP objtyp, const WCHAR* szContainerName,
                                  const WCHAR* szObjectName, void* pvResult, unsigned long cbMax,
                                  unsigned long InfoLevel) {
    return getObjectInfo(sesid, dbid, objtyp, szContainerName, szObjectName, pvResult, cbMax, InfoLevel);
}

}  // extern "C"
