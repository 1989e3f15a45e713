// What the record layer (records/, api_record.cpp, api_cursor.cpp) uses from the table layer:
// finding a session's cursor, keeping its schema current, duplicating and closing cursors, and
// the per-table runtime. Every caller is the one thread inside an API call on `session`.
#pragma once

#include <memory>

#include <esent.h>

#include "../../core/session.h"
#include "table_cursor.h"

namespace esent::data::tables {

// The cursor `tableid` of this session: JET_errInvalidTableId (-1310) for an unknown, closed or
// another session's handle.
JET_ERR findCursor(core::Session& session, JET_TABLEID tableid, std::shared_ptr<TableCursor>* out);

// Re-reads the cursor's TableDef as the session sees it now (its transaction's snapshot plus its
// own DDL, or the newest committed definition at level 0). Call it at the start of an entry point
// that uses cursor.schema. JET_errObjectNotFound when the table is not visible any more (its
// creation was rolled back). A StaticTable cursor keeps its schema.
JET_ERR refreshSchema(core::Session& session, TableCursor& cursor);

// JetDupCursor: a new cursor of the same session on the same table (same schema, not exclusive),
// positioned on the first record like a newly opened one. `grbit` must be 0 (the caller checks).
JET_ERR duplicateCursor(core::Session& session, TableCursor& source, JET_TABLEID* out);

// JetCloseTable: cancels nothing itself (the record layer's state is dropped with the cursor).
JET_ERR closeCursor(core::Session& session, JET_TABLEID tableid);

// The runtime shared by every cursor on the table `recordTree` of `database` (created on first
// use, kept while the database is attached).
std::shared_ptr<TableRuntime> runtimeOf(core::Session& session, const std::shared_ptr<Database>& database,
                                        store::TreeId recordTree);

}  // namespace esent::data::tables
