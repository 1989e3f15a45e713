// Cursor movement over a table's records (JetMove, bookmarks, a new cursor's first position).
// Records are visited in record-key order as the session sees them through the version store;
// a StaticTable cursor walks its rows (key = 4-byte big-endian row number).
#pragma once

#include <string>

#include <esent.h>

#include "../../core/session.h"
#include "../tables/table_cursor.h"

namespace esent::data {

// Puts a new cursor on the first record (ESENT does this at JetOpenTable and JetDupCursor):
// JET_errNoCurrentRecord when the table is empty (the cursor is then before the first record).
JET_ERR positionOnFirst(core::Session& session, TableCursor& cursor);

// JetMove semantics (cRow: JET_MoveFirst, JET_MoveLast, or a signed count).
JET_ERR moveCursor(core::Session& session, TableCursor& cursor, long cRow, JET_GRBIT grbit);

// The record under the cursor as the session sees it now: JET_errNoCurrentRecord when the cursor
// is not on a record or the record has gone (deleted by this session).
JET_ERR currentRecord(core::Session& session, TableCursor& cursor, std::string* record);

// JetGotoBookmark: cancels the prepared update; JET_errRecordDeleted when no such record is
// visible (the cursor then stays where it was).
JET_ERR gotoKey(core::Session& session, TableCursor& cursor, const std::string& key);

}  // namespace esent::data
