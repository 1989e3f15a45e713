// Making cursors: on a catalog table (JetOpenTable, JetCreateTable, JetDupCursor) and on an
// in-memory StaticTable (the listings). A new cursor is positioned on the first record.
#pragma once

#include <memory>

#include <esent.h>

#include "../../core/session.h"
#include "table_cursor.h"

namespace esent::data::tables {

// Registers a cursor of `session` on `def` (lock checks are the caller's), counts it in the
// table's runtime and, with JET_bitTableDenyRead in `grbit`, takes the exclusive lock.
JET_ERR openCursor(core::Session& session, const std::shared_ptr<Database>& database, const TableDef& def,
                   JET_GRBIT grbit, JET_TABLEID* out);
JET_ERR openStaticCursor(core::Session& session, std::shared_ptr<const StaticTable> table, JET_TABLEID* out);

}  // namespace esent::data::tables
