#include "table_open.h"

#include "table_component.h"

#if __has_include("../records/record_navigation.h")
#include "../records/record_navigation.h"
#define ESENT_HAVE_RECORD_NAVIGATION 1
#endif

namespace esent::data::tables {

namespace {

// ESENT positions a new cursor on the first record (ESENT-NOTES.md); the record layer does it.
JET_ERR position(core::Session& session, TableCursor& cursor) {
#ifdef ESENT_HAVE_RECORD_NAVIGATION
    const JET_ERR err = positionOnFirst(session, cursor);
    return err < 0 && err != JET_errNoCurrentRecord && err != JET_errRecordNotFound ? err : JET_errSuccess;
#else
    (void)session;
    (void)cursor;
    return JET_errSuccess;
#endif
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
    tables->cursors().add(cursor);
    const JET_ERR err = position(session, *cursor);
    if (err < 0) {
        tables->release(cursor);
        return err;
    }
    *out = cursor->handle;
    return JET_errSuccess;
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
    tables->cursors().add(cursor);
    const JET_ERR err = position(session, *cursor);
    if (err < 0) {
        tables->release(cursor);
        return err;
    }
    *out = cursor->handle;
    return JET_errSuccess;
}

}  // namespace esent::data::tables
