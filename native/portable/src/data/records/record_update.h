// Updates through a cursor: JetPrepareUpdate, JetSetColumn, JetUpdate, JetDelete,
// JetEscrowUpdate, JetGetLock. Arguments are validated by the callers in api/ only for pointer
// shapes; the ESENT rules for columns, prep modes and conflicts are here.
#pragma once

#include <cstdint>
#include <string>

#include <esent.h>

#include "../../core/session.h"
#include "../tables/table_cursor.h"

namespace esent::data {

// Whether the cursor still has a prepared update (a rollback of its level cancels it).
bool updatePrepared(core::Session& session, TableCursor& cursor);
JET_ERR prepareUpdate(core::Session& session, TableCursor& cursor, unsigned long prep);
// `data` null means a NULL value (unless JET_bitSetZeroLength).
JET_ERR setColumn(core::Session& session, TableCursor& cursor, JET_COLUMNID columnid, const void* data,
                  unsigned long size, JET_GRBIT grbit, unsigned long ibLongValue, unsigned long itagSequence);
// On success `bookmark` is the record's bookmark (its key).
JET_ERR update(core::Session& session, TableCursor& cursor, std::string* bookmark);
JET_ERR deleteRecord(core::Session& session, TableCursor& cursor);
// Inside a transaction only. `oldSize` is the caller's buffer for the previous value (0: none);
// `before` receives the counter as the record holds it now, other sessions' uncommitted deltas
// included, as ESENT reports it.
JET_ERR escrowUpdate(core::Session& session, TableCursor& cursor, JET_COLUMNID columnid, const void* delta,
                     unsigned long size, unsigned long oldSize, std::int64_t* before, std::uint32_t* columnSize,
                     JET_GRBIT grbit);
JET_ERR getLock(core::Session& session, TableCursor& cursor, JET_GRBIT grbit);

}  // namespace esent::data
