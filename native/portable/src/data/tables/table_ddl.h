// DDL on tables and columns: every change is a catalog write through the version store, at
// level 0 in a transaction of its own that is committed (and flushed) before returning, inside a
// user transaction nested in it so that it rolls back with it. Names are UTF-8.
#pragma once

#include <memory>
#include <string>

#include <esent.h>

#include "../../core/session.h"
#include "column_rules.h"
#include "table_cursor.h"

namespace esent::data::tables {

// JetCreateTable: the new table and an exclusive cursor on it (other sessions' JetOpenTable
// gets JET_errTableLocked until it is closed).
JET_ERR createTable(core::Session& session, const std::shared_ptr<Database>& db, const std::string& name,
                    unsigned long pages, unsigned long density, JET_TABLEID* tableid);
// Adds the columns of JetCreateTableColumnIndex to a table the session just created.
JET_ERR addColumn(core::Session& session, TableCursor& cursor, const ColumnRequest& request,
                  JET_COLUMNID* columnid);
// Marks the table JET_bitTableCreateFixedDDL (JetCreateTableColumnIndex, after its columns).
JET_ERR fixDDL(core::Session& session, TableCursor& cursor);
JET_ERR openTable(core::Session& session, const std::shared_ptr<Database>& db, const std::string& name,
                  JET_GRBIT grbit, JET_TABLEID* tableid);
JET_ERR deleteTable(core::Session& session, const std::shared_ptr<Database>& db, const std::string& name);
JET_ERR renameTable(core::Session& session, const std::shared_ptr<Database>& db, const std::string& from,
                    const std::string& to);
JET_ERR deleteColumn(core::Session& session, TableCursor& cursor, const std::string& name, JET_GRBIT grbit);
JET_ERR renameColumn(core::Session& session, TableCursor& cursor, const std::string& from, const std::string& to,
                     JET_GRBIT grbit);
JET_ERR setColumnDefaultValue(core::Session& session, const std::shared_ptr<Database>& db,
                              const std::string& table, const std::string& column, const void* data,
                              unsigned long size, JET_GRBIT grbit);

}  // namespace esent::data::tables
