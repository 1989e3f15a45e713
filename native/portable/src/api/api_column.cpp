// JetAddColumn, JetDeleteColumn(2), JetRenameColumn, JetSetColumnDefaultValue,
// JetGetTableColumnInfo, JetGetColumnInfo (A and W; A names are taken as UTF-8).
#include <string>

#include <esent.h>

#include "../data/tables/column_rules.h"
#include "../data/tables/table_catalog.h"
#include "../data/tables/table_ddl.h"
#include "../data/tables/table_info.h"
#include "api_table_call.h"

using esent::api::nameOf;
using esent::api::withCursor;
using esent::api::withDatabase;
namespace data = esent::data;
namespace tables = esent::data::tables;
using esent::core::Session;
using DatabasePtr = std::shared_ptr<data::Database>;

namespace {

bool byColumnid(unsigned long infoLevel) {
    const unsigned long level = infoLevel & ~0xf0000000UL;
    return level == JET_ColInfoByColid || level == JET_ColInfoBaseByColid;
}
bool isList(unsigned long infoLevel) {
    const unsigned long level = infoLevel & ~0xf0000000UL;
    return level == JET_ColInfoList || level == JET_ColInfoListCompact || level == JET_ColInfoListSortColumnid;
}

template <typename Char>
JET_ERR addColumn(JET_SESID sesid, JET_TABLEID tableid, const Char* name, const JET_COLUMNDEF* def,
                  const void* pvDefault, unsigned long cbDefault, JET_COLUMNID* pcolumnid) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        if (name == nullptr || def == nullptr) return JET_errInvalidParameter;
        if (def->cbStruct != sizeof(JET_COLUMNDEF)) return JET_errInvalidParameter;
        if (pvDefault == nullptr && cbDefault != 0) return JET_errInvalidParameter;
        data::ColumnRequest request;
        request.name = nameOf(name);
        request.coltyp = data::rawColtyp(&def->coltyp);
        request.cbMax = def->cbMax;
        request.grbit = def->grbit;
        request.cp = def->cp;
        request.hasDefault = pvDefault != nullptr && cbDefault > 0;
        if (request.hasDefault) request.defaultValue.assign(static_cast<const char*>(pvDefault), cbDefault);
        return tables::addColumn(session, cursor, request, pcolumnid);
    });
}

template <typename Char>
JET_ERR deleteColumn(JET_SESID sesid, JET_TABLEID tableid, const Char* name, JET_GRBIT grbit) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        if (name == nullptr) return JET_errInvalidParameter;
        return tables::deleteColumn(session, cursor, nameOf(name), grbit);
    });
}

template <typename Char>
JET_ERR renameColumn(JET_SESID sesid, JET_TABLEID tableid, const Char* from, const Char* to, JET_GRBIT grbit) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        if (from == nullptr || to == nullptr) return JET_errInvalidParameter;
        return tables::renameColumn(session, cursor, nameOf(from), nameOf(to), grbit);
    });
}

template <typename Char>
JET_ERR setColumnDefaultValue(JET_SESID sesid, JET_DBID dbid, const Char* table, const Char* column,
                              const void* data, unsigned long size, JET_GRBIT grbit) {
    return withDatabase(sesid, dbid, [&](Session& session, const DatabasePtr& db) -> JET_ERR {
        if (table == nullptr || column == nullptr) return JET_errInvalidParameter;
        return tables::setColumnDefaultValue(session, db, nameOf(table), nameOf(column), data, size, grbit);
    });
}

// For the ByColid levels, szColumnName points to a JET_COLUMNID.
template <typename Char>
JET_ERR columnInfo(Session& session, const data::TableDef& table, const Char* column, void* result,
                   unsigned long cbMax, unsigned long infoLevel, bool updatable) {
    if (byColumnid(infoLevel)) {
        if (column == nullptr) return JET_errInvalidParameter;
        const JET_COLUMNID id = *reinterpret_cast<const JET_COLUMNID*>(column);
        return tables::writeColumnInfo<Char>(session, table, nullptr, id, result, cbMax, infoLevel, updatable);
    }
    if (isList(infoLevel)) return tables::writeColumnInfo<Char>(session, table, nullptr, 0, result, cbMax, infoLevel, updatable);
    if (column == nullptr) return JET_errInvalidParameter;
    const std::string name = nameOf(column);
    return tables::writeColumnInfo<Char>(session, table, &name, 0, result, cbMax, infoLevel, updatable);
}

template <typename Char>
JET_ERR getTableColumnInfo(JET_SESID sesid, JET_TABLEID tableid, const Char* column, void* result,
                           unsigned long cbMax, unsigned long infoLevel) {
    return withCursor(sesid, tableid, [&](Session& session, data::TableCursor& cursor) -> JET_ERR {
        const JET_ERR err = tables::refreshSchema(session, cursor);
        if (err < 0) return err;
        const bool updatable = !cursor.staticTable && cursor.database && !cursor.database->readOnly &&
                               !(cursor.openGrbit & JET_bitTableReadOnly);
        return columnInfo(session, cursor.schema, column, result, cbMax, infoLevel, updatable);
    });
}

template <typename Char>
JET_ERR getColumnInfo(JET_SESID sesid, JET_DBID dbid, const Char* table, const Char* column, void* result,
                      unsigned long cbMax, unsigned long infoLevel) {
    return withDatabase(sesid, dbid, [&](Session& session, const DatabasePtr& db) -> JET_ERR {
        if (table == nullptr) return JET_errInvalidParameter;
        data::TableDef def;
        const JET_ERR err = data::catalog::findTable(session, *db, nameOf(table), &def);
        if (err < 0) return err;
        return columnInfo(session, def, column, result, cbMax, infoLevel, !db->readOnly);
    });
}

}  // namespace

extern "C" {

JET_ERR JET_API JetAddColumnA(JET_SESID sesid, JET_TABLEID tableid, JET_PCSTR szColumnName,
                              const JET_COLUMNDEF* pcolumndef, const void* pvDefault, unsigned long cbDefault,
                              JET_COLUMNID* pcolumnid) {
    return addColumn(sesid, tableid, szColumnName, pcolumndef, pvDefault, cbDefault, pcolumnid);
}
JET_ERR JET_API JetAddColumnW(JET_SESID sesid, JET_TABLEID tableid, JET_PCWSTR szColumnName,
                              const JET_COLUMNDEF* pcolumndef, const void* pvDefault, unsigned long cbDefault,
                              JET_COLUMNID* pcolumnid) {
    return addColumn(sesid, tableid, szColumnName, pcolumndef, pvDefault, cbDefault, pcolumnid);
}
JET_ERR JET_API JetDeleteColumnA(JET_SESID sesid, JET_TABLEID tableid, const char* szColumnName) {
    return deleteColumn(sesid, tableid, szColumnName, 0);
}
JET_ERR JET_API JetDeleteColumnW(JET_SESID sesid, JET_TABLEID tableid, const WCHAR* szColumnName) {
    return deleteColumn(sesid, tableid, szColumnName, 0);
}
JET_ERR JET_API JetDeleteColumn2A(JET_SESID sesid, JET_TABLEID tableid, const char* szColumnName,
                                  const JET_GRBIT grbit) {
    return deleteColumn(sesid, tableid, szColumnName, grbit);
}
JET_ERR JET_API JetDeleteColumn2W(JET_SESID sesid, JET_TABLEID tableid, const WCHAR* szColumnName,
                                  const JET_GRBIT grbit) {
    return deleteColumn(sesid, tableid, szColumnName, grbit);
}
JET_ERR JET_API JetRenameColumnA(JET_SESID sesid, JET_TABLEID tableid, JET_PCSTR szName, JET_PCSTR szNameNew,
                                 JET_GRBIT grbit) {
    return renameColumn(sesid, tableid, szName, szNameNew, grbit);
}
JET_ERR JET_API JetRenameColumnW(JET_SESID sesid, JET_TABLEID tableid, JET_PCWSTR szName, JET_PCWSTR szNameNew,
                                 JET_GRBIT grbit) {
    return renameColumn(sesid, tableid, szName, szNameNew, grbit);
}
JET_ERR JET_API JetSetColumnDefaultValueA(JET_SESID sesid, JET_DBID dbid, JET_PCSTR szTableName,
                                          JET_PCSTR szColumnName, const void* pvData, const unsigned long cbData,
                                          const JET_GRBIT grbit) {
    return setColumnDefaultValue(sesid, dbid, szTableName, szColumnName, pvData, cbData, grbit);
}
JET_ERR JET_API JetSetColumnDefaultValueW(JET_SESID sesid, JET_DBID dbid, JET_PCWSTR szTableName,
                                          JET_PCWSTR szColumnName, const void* pvData, const unsigned long cbData,
                                          const JET_GRBIT grbit) {
    return setColumnDefaultValue(sesid, dbid, szTableName, szColumnName, pvData, cbData, grbit);
}
JET_ERR JET_API JetGetTableColumnInfoA(JET_SESID sesid, JET_TABLEID tableid, const char* szColumnName,
                                       void* pvResult, unsigned long cbMax, unsigned long InfoLevel) {
    return getTableColumnInfo(sesid, tableid, szColumnName, pvResult, cbMax, InfoLevel);
}
JET_ERR JET_API JetGetTableColumnInfoW(JET_SESID sesid, JET_TABLEID tableid, const WCHAR* szColumnName,
                                       void* pvResult, unsigned long cbMax, unsigned long InfoLevel) {
    return getTableColumnInfo(sesid, tableid, szColumnName, pvResult, cbMax, InfoLevel);
}
JET_ERR JET_API JetGetColumnInfoA(JET_SESID sesid, JET_DBID dbid, const char* szTableName,
                                  const char* szColumnName, void* pvResult, unsigned long cbMax,
                                  unsigned long InfoLevel) {
    return getColumnInfo(sesid, dbid, szTableName, szColumnName, pvResult, cbMax, InfoLevel);
}
JET_ERR JET_API JetGetColumnInfoW(JET_SESID sesid, JET_DBID dbid, const WCHAR* szTableName,
                                  const WCHAR* szColumnName, void* pvResult, unsigned long cbMax,
                                  unsigned long InfoLevel) {
    return getColumnInfo(sesid, dbid, szTableName, szColumnName, pvResult, cbMax, InfoLevel);
}

}  // extern "C"
