// JetCreateTable, JetCreateTableColumnIndex(2), JetOpenTable, JetCloseTable, JetDeleteTable,
// JetRenameTable, JetGetTableInfo, JetGetObjectInfo (A and W; A names are taken as UTF-8).
#include <cstring>
#include <string>
#include <type_traits>

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

// JetCreateTableColumnIndex(2): the table and its columns in one transaction; on a column's
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
        using ColumnCreate = std::remove_pointer_t<decltype(create->rgcolumncreate)>;
        for (unsigned long i = 0; i < create->cColumns; ++i) {
            const ColumnCreate& c = create->rgcolumncreate[i];
            if (c.cbStruct != sizeof(ColumnCreate) || c.szColumnName == nullptr) return JET_errInvalidParameter;
            if (c.pvDefault == nullptr && c.cbDefault != 0) return JET_errInvalidParameter;
        }
        create->tableid = JET_tableidNil;
        create->cCreated = 0;
        for (unsigned long i = 0; i < create->cColumns; ++i) {
            create->rgcolumncreate[i].columnid = 0;
            create->rgcolumncreate[i].err = JET_errSuccess;
        }
        JET_TABLEID tableid = JET_tableidNil;
        const JET_ERR err = data::VersionStore::withTransaction(session, [&]() -> JET_ERR {
            JET_ERR e = tables::createTable(session, db, nameOf(create->szTableName), create->ulPages,
                                            create->ulDensity, &tableid);
            if (e < 0) return e;
            std::shared_ptr<data::TableCursor> cursor;
            if ((e = tables::findCursor(session, tableid, &cursor)) < 0) return e;
            for (unsigned long i = 0; i < create->cColumns; ++i) {
                ColumnCreate& c = create->rgcolumncreate[i];
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
                if (create->rgcolumncreate[i].err >= 0) create->rgcolumncreate[i].columnid = 0;
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
// JET_TABLECREATE2's callback (szCallback, cbtyp) needs callbacks, which this engine lacks.
JET_ERR JET_API JetCreateTableColumnIndex2A(JET_SESID sesid, JET_DBID dbid, JET_TABLECREATE2_A* ptablecreate) {
    if (ptablecreate != nullptr && (ptablecreate->szCallback != nullptr || ptablecreate->cbtyp != JET_cbtypNull))
        return JET_errInvalidParameter;
    return createTableColumnIndex(sesid, dbid, ptablecreate);
}
JET_ERR JET_API JetCreateTableColumnIndex2W(JET_SESID sesid, JET_DBID dbid, JET_TABLECREATE2_W* ptablecreate) {
    if (ptablecreate != nullptr && (ptablecreate->szCallback != nullptr || ptablecreate->cbtyp != JET_cbtypNull))
        return JET_errInvalidParameter;
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
