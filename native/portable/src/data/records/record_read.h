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
// A column the record holds gives its values (none: NULL). A column absent from the record gives
// its current default at itagSequence 1: always for fixed and variable columns (ESE's columns
// past the record's last one), for tagged columns unless ignoreDefault.
JET_ERR columnValue(const TableCursor& cursor, const InlineRecord& record, JET_COLUMNID columnid,
                    unsigned long itagSequence, bool ignoreDefault, std::string* value);

// The last column of the class (fixed or variable) with a default value, 0 if none. ESE's
// default record holds every column of the class up to it, with its default or NULL; an insert
// starts from those columns.
JET_COLUMNID lastDefaultColumn(const TableDef& schema, ColumnClass cls);

// JetGetRecordSize's counts for the current record (or the prepared copy): the bytes and number
// of the values it holds, long values over kIntrinsicLongValueMost counted as separated.
JET_ERR recordSize(core::Session& session, TableCursor& cursor, bool copy, JET_RECSIZE* size);

}  // namespace esent::data
