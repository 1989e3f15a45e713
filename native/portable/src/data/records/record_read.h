// Reads through a cursor: JetRetrieveColumn's value rules and JetGetRecordSize.
#pragma once

#include <string>

#include <esent.h>

#include "../../core/session.h"
#include "../tables/table_cursor.h"
#include "record_codec.h"

namespace esent::data {

// The record the read sees: the prepared copy with JET_bitRetrieveCopy, else the current record.
JET_ERR recordForRead(core::Session& session, TableCursor& cursor, bool copy, InlineRecord* record);

// One value: `value` and JET_errSuccess, or JET_wrnColumnNull (no value at itagSequence).
// Defaults apply to itagSequence 1 of a column absent from the record unless ignoreDefault.
JET_ERR columnValue(const TableCursor& cursor, const InlineRecord& record, JET_COLUMNID columnid,
                    unsigned long itagSequence, bool ignoreDefault, std::string* value);

}  // namespace esent::data
