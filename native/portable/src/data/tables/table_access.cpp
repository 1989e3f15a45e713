#include "table_access.h"

#include "../../core/session.h"
#include "table_catalog.h"
#include "table_component.h"
#include "table_open.h"

namespace esent::data::tables {

JET_ERR findCursor(core::Session& session, JET_TABLEID tableid, std::shared_ptr<TableCursor>* out) {
    TableComponent* tables = TableComponent::of(session);
    if (!tables) return JET_errInvalidTableId;
    return tables->cursors().find(session.handle, tableid, out);
}

JET_ERR refreshSchema(core::Session& session, TableCursor& cursor) {
    if (cursor.staticTable || !cursor.database) return JET_errSuccess;
    TableDef def;
    // Usually the table still has the name the cursor knows: one catalog read. After a rename
    // (or a rollback of one) the table is found by its record tree, which never changes.
    JET_ERR err = catalog::findTable(session, *cursor.database, cursor.schema.name, &def);
    if (err < 0 || def.recordTree != cursor.recordTree) {
        err = catalog::findTableByTree(session, *cursor.database, cursor.recordTree, &def);
        if (err < 0) return err;
    }
    cursor.schema = std::move(def);
    return JET_errSuccess;
}

JET_ERR duplicateCursor(core::Session& session, TableCursor& source, JET_TABLEID* out) {
    if (source.staticTable) {
        return openStaticCursor(session, source.staticTable, out);
    }
    return openCursor(session, source.database, source.schema, 0, out);
}

JET_ERR closeCursor(core::Session& session, JET_TABLEID tableid) {
    TableComponent* tables = TableComponent::of(session);
    if (!tables) return JET_errInvalidTableId;
    std::shared_ptr<TableCursor> cursor;
    const JET_ERR err = tables->cursors().find(session.handle, tableid, &cursor);
    if (err < 0) return err;
    tables->release(cursor);
    return JET_errSuccess;
}

std::shared_ptr<TableRuntime> runtimeOf(core::Session& session, const std::shared_ptr<Database>& database,
                                        store::TreeId recordTree) {
    TableComponent* tables = TableComponent::of(session);
    return tables ? tables->runtime(database, recordTree) : nullptr;
}

}  // namespace esent::data::tables
