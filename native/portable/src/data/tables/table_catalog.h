// Table definitions in the database's catalog tree, read and written through the version store
// so that DDL is transactional. Key: the case-folded table name; value: encodeTableDef.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <esent.h>

#include "../../core/session.h"
#include "../database.h"
#include "table_schema.h"

namespace esent::data::catalog {

// JET_errObjectNotFound when the session cannot see a table of that name.
JET_ERR findTable(core::Session& session, Database& db, std::string_view name, TableDef* def);
// The visible table whose record tree is `recordTree` (stable across renames).
JET_ERR findTableByTree(core::Session& session, Database& db, store::TreeId recordTree, TableDef* def);
// Every visible table, in key order.
JET_ERR listTables(core::Session& session, Database& db, std::vector<TableDef>* tables);

// Writes (session.level >= 1): a put under the def's name, an erase of `name`.
JET_ERR putTable(core::Session& session, Database& db, const TableDef& def);
JET_ERR eraseTable(core::Session& session, Database& db, std::string_view name);

}  // namespace esent::data::catalog
