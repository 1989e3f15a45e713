#include "table_open.h"

#include "table_component.h"

#include "../records/record_navigation.h"

namespace esent::data::tables {

namespace {

// Registers the new cursor and positions it on the first record, as ESENT does (ESENT-NOTES.md;
// an empty table leaves it before the first); a failure takes the cursor back.
JET_ERR addPositioned(core::Session& session, TableComponent& tables, const std::shared_ptr<TableCursor>& cursor,
                      JET_TABLEID* out) {
    tables.cursors().add(cursor);
    const JET_ERR err = positionOnFirst(session, *cursor);
    if (err < 0 && err != JET_errNoCurrentRecord && err != JET_errRecordNotFound) {
        tables.release(cursor);
        return err;
    }
    *out = cursor->handle;
    return JET_errSuccess;
}

}  // namespace

JET_ERR openCursor(core::Session& session, const std::shared_ptr<Database>& database, const TableDef& def,
                   JET_GRBIT grbit, JET_TABLEID* out) {
    TableComponent* tables = TableComponent::of(session);
    if (!tables) return JET_errInternalError;
    auto cursor = std::make_shared<TableCursor>();
    cursor->sesid = session.handle;
    cursor->session = &session;
    cursor->database = database;
    cursor->dbid = database->dbid;
    cursor->runtime = tables->runtime(database, def.recordTree);
    cursor->recordTree = def.recordTree;
    cursor->schema = def;
    cursor->openGrbit = grbit;
    cursor->openedAtLevel = session.level;
    {
        std::lock_guard<std::mutex> lock(cursor->runtime->mutex);
        ++cursor->runtime->openCursors;
        if (grbit & JET_bitTableDenyRead) cursor->runtime->exclusiveOwner = session.handle;
    }
    return addPositioned(session, *tables, cursor, out);
}

JET_ERR openStaticCursor(core::Session& session, std::shared_ptr<const StaticTable> table, JET_TABLEID* out) {
    TableComponent* tables = TableComponent::of(session);
    if (!tables) return JET_errInternalError;
    auto cursor = std::make_shared<TableCursor>();
    cursor->sesid = session.handle;
    cursor->session = &session;
    cursor->schema = table->schema;
    cursor->staticTable = std::move(table);
    cursor->openGrbit = JET_bitTableReadOnly;
    // Listings are temporary tables: ESENT does not close them on rollback.
    cursor->openedAtLevel = 0;
    return addPositioned(session, *tables, cursor, out);
}

}  // namespace esent::data::tables
