// A cursor on a table (JET_TABLEID). The table layer (tables/) opens, duplicates and closes
// cursors and keeps their schema current; the record layer (records/) moves them and updates
// through them. Engine JET_TABLEID values are keys in TableCursors, never pointers, and are never
// reused, so a closed or made-up id is JET_errInvalidTableId (-1310), never a crash.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <esent.h>

#include "../database.h"
#include "../records/record_state.h"
#include "table_schema.h"

namespace esent::core { class Session; }

namespace esent::data {

// A read-only table built in memory: the rows of JET_ColInfoList / JET_ObjInfoList listings.
// Records are encoded with records/record_codec.h; keys are the row numbers.
struct StaticTable {
    TableDef schema;
    std::vector<std::string> records;
};

// What every cursor on one table shares, process-wide for its database (not versioned).
struct TableRuntime {
    std::mutex mutex;
    std::uint64_t nextRecordKey = 0;   // records/record_key.h; 0: not yet read from the tree
    std::int64_t nextAutoIncrement = 0;  // 0: not yet read from the table
    JET_SESID exclusiveOwner = 0;      // JET_bitTableDenyRead / the cursor JetCreateTable returns
    int openCursors = 0;
};

struct TableCursor {
    JET_TABLEID handle = 0;
    JET_SESID sesid = 0;
    core::Session* session = nullptr;        // valid while the cursor is open
    std::shared_ptr<Database> database;      // null for a StaticTable cursor
    JET_DBID dbid = 0;
    std::shared_ptr<TableRuntime> runtime;   // null for a StaticTable cursor
    std::shared_ptr<const StaticTable> staticTable;  // listings only
    store::TreeId recordTree = 0;            // identifies the table (stable across renames)
    TableDef schema;                         // refreshed by tables::refreshSchema
    JET_GRBIT openGrbit = 0;                 // JET_bitTableReadOnly, DenyRead, ...
    int openedAtLevel = 0;                   // rollback of this level closes the cursor
    RecordState records;                     // position and prepared update (records/)
};

// The open cursors of one instance (owned by the table component).
class TableCursors {
public:
    // A new cursor with a fresh handle (never reused).
    std::shared_ptr<TableCursor> add(std::shared_ptr<TableCursor> cursor);
    // The cursor `handle` if `sesid` opened it: JET_errInvalidTableId otherwise.
    JET_ERR find(JET_SESID sesid, JET_TABLEID handle, std::shared_ptr<TableCursor>* out);
    void remove(JET_TABLEID handle);
    std::vector<std::shared_ptr<TableCursor>> ofSession(JET_SESID sesid);

private:
    std::mutex mutex_;
    std::map<JET_TABLEID, std::shared_ptr<TableCursor>> cursors_;
};

}  // namespace esent::data
