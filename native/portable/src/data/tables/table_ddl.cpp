#include "table_ddl.h"

#include "../versions/version_store.h"
#include "table_access.h"
#include "table_catalog.h"
#include "table_component.h"
#include "table_open.h"

namespace esent::data::tables {

namespace {

constexpr JET_GRBIT kOpenTableGrbits = JET_bitTableDenyWrite | JET_bitTableDenyRead | JET_bitTableReadOnly |
                                       JET_bitTableUpdatable | JET_bitTablePermitDDL | JET_bitTableNoCache |
                                       JET_bitTablePreread | JET_bitTableOpportuneRead |
                                       JET_bitTableSequential | JET_bitTableClassMask;

// Cursors of sessions other than `sesid` open on the table.
int othersOpen(TableComponent& tables, TableRuntime& runtime, JET_SESID sesid) {
    int own = 0;
    for (const auto& c : tables.cursors().ofSession(sesid)) {
        if (c->runtime.get() == &runtime) ++own;
    }
    std::lock_guard<std::mutex> lock(runtime.mutex);
    return runtime.openCursors - own;
}

JET_ERR writable(const Database& db) { return db.readOnly ? JET_errPermissionDenied : JET_errSuccess; }

// DDL through a cursor needs a cursor on a real table that may update it.
JET_ERR ddlCursor(core::Session& session, TableCursor& cursor) {
    if (cursor.staticTable || !cursor.database) return JET_errInvalidParameter;
    if (cursor.database->readOnly || (cursor.openGrbit & JET_bitTableReadOnly)) return JET_errPermissionDenied;
    const JET_ERR err = refreshSchema(session, cursor);
    if (err < 0) return err;
    if (cursor.schema.fixedDDL && !(cursor.openGrbit & JET_bitTablePermitDDL)) return JET_errFixedDDL;
    return JET_errSuccess;
}

}  // namespace

JET_ERR createTable(core::Session& session, const std::shared_ptr<Database>& db, const std::string& name,
                    unsigned long pages, unsigned long density, JET_TABLEID* tableid) {
    JET_ERR err = checkObjectName(name);
    if (err < 0) return err;
    if (density != 0 && (density < 20 || density > 100)) return JET_errDensityInvalid;
    if ((err = writable(*db)) < 0) return err;
    VersionStore* vs = VersionStore::of(session);
    if (!vs) return JET_errInternalError;
    TableDef def;
    err = VersionStore::withTransaction(session, [&]() -> JET_ERR {
        TableDef existing;
        JET_ERR e = catalog::findTable(session, *db, name, &existing);
        if (e >= 0) return JET_errTableDuplicate;
        if (e != JET_errObjectNotFound) return e;
        def.name = name;
        def.pages = static_cast<std::uint32_t>(pages);
        def.density = static_cast<std::uint32_t>(density);
        def.recordTree = vs->reserveTree(*db);
        def.longValueTree = vs->reserveTree(*db);
        if ((e = vs->createTree(session, *db, def.recordTree)) < 0) return e;
        if ((e = vs->createTree(session, *db, def.longValueTree)) < 0) return e;
        return catalog::putTable(session, *db, def);
    });
    if (err < 0) return err;
    return openCursor(session, db, def, JET_bitTableDenyRead, tableid);
}

JET_ERR addColumn(core::Session& session, TableCursor& cursor, const ColumnRequest& request,
                  JET_COLUMNID* columnid) {
    JET_ERR err = ddlCursor(session, cursor);
    if (err < 0) return err;
    if (request.grbit & JET_bitColumnEscrowUpdate) {
        // Escrow columns: only with an exclusive cursor, on a table without records.
        if (!(cursor.openGrbit & JET_bitTableDenyRead)) return JET_errExclusiveTableLockRequired;
        VersionStore* vs = VersionStore::of(session);
        if (!vs) return JET_errInternalError;
        std::string key, value;
        if (vs->first(session, *cursor.database, cursor.recordTree, &key, &value)) return JET_errTableNotEmpty;
    }
    TableDef def = cursor.schema;
    ColumnDef column;
    const JET_ERR defined = defineColumn(request, def, &column);
    if (defined < 0) return defined;
    err = VersionStore::withTransaction(session, [&]() { return catalog::putTable(session, *cursor.database, def); });
    if (err < 0) return err;
    cursor.schema = std::move(def);
    if (columnid) *columnid = column.columnid;
    return defined;
}

JET_ERR openTable(core::Session& session, const std::shared_ptr<Database>& db, const std::string& name,
                  JET_GRBIT grbit, JET_TABLEID* tableid) {
    if (grbit & ~kOpenTableGrbits) return JET_errInvalidGrbit;
    // JET_bitTablePermitDDL overrides a fixed DDL only together with an exclusive open.
    if ((grbit & JET_bitTablePermitDDL) && !(grbit & JET_bitTableDenyRead)) return JET_errInvalidParameter;
    JET_ERR err = checkObjectName(name);
    if (err < 0) return err;
    if (db->readOnly && (grbit & JET_bitTableUpdatable)) return JET_errPermissionDenied;
    TableDef def;
    if ((err = catalog::findTable(session, *db, name, &def)) < 0) return err;
    TableComponent* tables = TableComponent::of(session);
    if (!tables) return JET_errInternalError;
    const auto runtime = tables->runtime(db, def.recordTree);
    {
        std::lock_guard<std::mutex> lock(runtime->mutex);
        if (runtime->exclusiveOwner != 0 && runtime->exclusiveOwner != session.handle) return JET_errTableLocked;
    }
    if ((grbit & JET_bitTableDenyRead) && othersOpen(*tables, *runtime, session.handle) > 0) return JET_errTableInUse;
    return openCursor(session, db, def, grbit, tableid);
}

JET_ERR deleteTable(core::Session& session, const std::shared_ptr<Database>& db, const std::string& name) {
    JET_ERR err = checkObjectName(name);
    if (err < 0) return err;
    if ((err = writable(*db)) < 0) return err;
    VersionStore* vs = VersionStore::of(session);
    TableComponent* tables = TableComponent::of(session);
    if (!vs || !tables) return JET_errInternalError;
    return VersionStore::withTransaction(session, [&]() -> JET_ERR {
        TableDef def;
        JET_ERR e = catalog::findTable(session, *db, name, &def);
        if (e < 0) return e;
        const auto runtime = tables->runtime(db, def.recordTree);
        {
            std::lock_guard<std::mutex> lock(runtime->mutex);
            if (runtime->openCursors > 0) return JET_errTableInUse;
        }
        if ((e = catalog::eraseTable(session, *db, def.name)) < 0) return e;
        if ((e = vs->dropTree(session, *db, def.recordTree)) < 0) return e;
        return vs->dropTree(session, *db, def.longValueTree);
    });
}

JET_ERR renameTable(core::Session& session, const std::shared_ptr<Database>& db, const std::string& from,
                    const std::string& to) {
    JET_ERR err = checkObjectName(from);
    if (err < 0) return err;
    if ((err = checkObjectName(to)) < 0) return err;
    if ((err = writable(*db)) < 0) return err;
    TableComponent* tables = TableComponent::of(session);
    if (!tables) return JET_errInternalError;
    return VersionStore::withTransaction(session, [&]() -> JET_ERR {
        TableDef def;
        JET_ERR e = catalog::findTable(session, *db, from, &def);
        if (e < 0) return e;
        TableDef clash;
        if (!sameName(from, to) && catalog::findTable(session, *db, to, &clash) >= 0) return JET_errTableDuplicate;
        const auto runtime = tables->runtime(db, def.recordTree);
        if (othersOpen(*tables, *runtime, session.handle) > 0) return JET_errTableInUse;
        if ((e = catalog::eraseTable(session, *db, def.name)) < 0) return e;
        def.name = to;
        return catalog::putTable(session, *db, def);
    });
}

JET_ERR fixDDL(core::Session& session, TableCursor& cursor) {
    TableDef def = cursor.schema;
    def.fixedDDL = true;
    const JET_ERR err =
        VersionStore::withTransaction(session, [&]() { return catalog::putTable(session, *cursor.database, def); });
    if (err >= 0) cursor.schema = std::move(def);
    return err;
}

JET_ERR deleteColumn(core::Session& session, TableCursor& cursor, const std::string& name, JET_GRBIT grbit) {
    if (grbit & ~JET_GRBIT(JET_bitDeleteColumnIgnoreTemplateColumns)) return JET_errInvalidGrbit;
    JET_ERR err = ddlCursor(session, cursor);
    if (err < 0) return err;
    TableDef def = cursor.schema;
    bool found = false;
    for (auto it = def.columns.begin(); it != def.columns.end(); ++it) {
        if (sameName(it->name, name)) {
            def.columns.erase(it);
            found = true;
            break;
        }
    }
    if (!found) return JET_errColumnNotFound;
    err = VersionStore::withTransaction(session, [&]() { return catalog::putTable(session, *cursor.database, def); });
    if (err < 0) return err;
    cursor.schema = std::move(def);
    return JET_errSuccess;
}

JET_ERR renameColumn(core::Session& session, TableCursor& cursor, const std::string& from, const std::string& to,
                     JET_GRBIT grbit) {
    if (grbit != 0) return JET_errInvalidGrbit;
    JET_ERR err = checkObjectName(from);
    if (err < 0) return err;
    if ((err = checkObjectName(to)) < 0) return err;
    if ((err = ddlCursor(session, cursor)) < 0) return err;
    TableDef def = cursor.schema;
    ColumnDef* target = nullptr;
    for (auto& c : def.columns) {
        if (sameName(c.name, from)) target = &c;
    }
    if (!target) return JET_errColumnNotFound;
    for (const auto& c : def.columns) {
        if (&c != target && sameName(c.name, to)) return JET_errColumnDuplicate;
    }
    target->name = to;
    err = VersionStore::withTransaction(session, [&]() { return catalog::putTable(session, *cursor.database, def); });
    if (err < 0) return err;
    cursor.schema = std::move(def);
    return JET_errSuccess;
}

JET_ERR setColumnDefaultValue(core::Session& session, const std::shared_ptr<Database>& db,
                              const std::string& table, const std::string& column, const void* data,
                              unsigned long size, JET_GRBIT grbit) {
    if (grbit != 0) return JET_errInvalidGrbit;
    // A default cannot be taken away, only replaced: no data is JET_errNullInvalid, as in ESENT.
    if (data == nullptr || size == 0) return JET_errNullInvalid;
    JET_ERR err = checkObjectName(table);
    if (err < 0) return err;
    if ((err = writable(*db)) < 0) return err;
    return VersionStore::withTransaction(session, [&]() -> JET_ERR {
        TableDef def;
        JET_ERR e = catalog::findTable(session, *db, table, &def);
        if (e < 0) return e;
        ColumnDef* target = nullptr;
        for (auto& c : def.columns) {
            if (sameName(c.name, column)) target = &c;
        }
        if (!target) return JET_errColumnNotFound;
        const std::uint32_t fixed = fixedSizeOf(target->coltyp);
        if (fixed != 0 && size != fixed) return size > fixed ? JET_errDefaultValueTooBig : JET_errInvalidParameter;
        const bool longValue = isLongValueType(target->coltyp);
        if (longValue ? size > JET_cbLVDefaultValueMost : (target->cbMax != 0 && size > target->cbMax))
            return JET_errDefaultValueTooBig;
        target->hasDefault = true;
        target->defaultValue.assign(static_cast<const char*>(data), size);
        return catalog::putTable(session, *db, def);
    });
}

}  // namespace esent::data::tables
