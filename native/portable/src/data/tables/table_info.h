// JetGetTableInfo, JetGetObjectInfo, JetGetTableColumnInfo / JetGetColumnInfo: the answers
// written into the caller's buffer with esent.h's layouts, and the JET_ColInfoList /
// JET_ObjInfoList listings as StaticTable cursors. `Char` is char (A: names in cp 1252 columns,
// UTF-8 bytes) or WCHAR (W: names in cp 1200 columns, UTF-16LE).
// A buffer smaller than the answer: JET_errBufferTooSmall; an unknown info level:
// JET_errInvalidParameter.
#pragma once

#include <string>
#include <vector>

#include <esent.h>

#include "../../core/session.h"
#include "table_cursor.h"

namespace esent::data::tables {

template <typename Char>
JET_ERR writeTableInfo(core::Session& session, TableCursor& cursor, void* result, unsigned long cbMax,
                       unsigned long infoLevel);

// `column`: the column's name (UTF-8), or for the ByColid levels its id in `columnid`.
// `updatable`: the cursor (or the database, for JetGetColumnInfo) allows updates; ESE then adds
// JET_bitColumnUpdatable to every column's grbit.
template <typename Char>
JET_ERR writeColumnInfo(core::Session& session, const TableDef& table, const std::string* column,
                        JET_COLUMNID columnid, void* result, unsigned long cbMax, unsigned long infoLevel,
                        bool updatable);

// JetGetObjectInfo for one table (`name` non-null) or the list of all of them.
template <typename Char>
JET_ERR writeObjectInfo(core::Session& session, Database& db, const std::string* name, void* result,
                        unsigned long cbMax, unsigned long infoLevel);

}  // namespace esent::data::tables
