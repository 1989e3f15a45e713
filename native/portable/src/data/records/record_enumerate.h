// JetEnumerateColumns: the values of a record's columns in memory the caller's realloc callback
// allocates, with ESENT's rules:
//   - no column list: every column the record holds, NULL ones (JET_wrnColumnNull) included,
//     and unless JET_bitEnumerateIgnoreDefault every column ESE's default record holds (the
//     defaults, and the fixed and variable columns before the last default of their class), in
//     columnid order; JET_bitEnumerateTaggedOnly keeps the tagged ones. A list: its columns in
//     its order; columnid 0 is JET_wrnColumnSkipped, a column that does not exist gets
//     JET_errColumnNotFound in its entry and the call returns that error (the array is still
//     handed out, for the caller to free).
//   - rgtagSequence picks values: itagSequence 0 is JET_wrnColumnSkipped, past the last value
//     JET_wrnColumnNull. Without it a NULL column is JET_wrnColumnNull with no values.
//   - JET_bitEnumerateIgnoreDefault: a listed column the record does not hold (any class) is
//     JET_wrnColumnDefault, as are its values asked for by rgtagSequence past the last.
//   - JET_bitEnumerateCompressOutput: a column with exactly one value kept in the record (no
//     rgtagSequence) comes back in the JET_ENUMCOLUMN itself with JET_wrnColumnSingleValue.
//   - cbDataMost caps only long values stored outside the record (records/long_values.h):
//     at most cbDataMost bytes (0: none), JET_wrnColumnTruncated when cut; values in the record
//     always come back whole; only the bytes handed out are read from the long-value tree.
//     JET_bitEnumerateInRecordOnly gives those values JET_wrnColumnNotInRecord and no data.
//   - every block, even of zero bytes, is allocated with pfnRealloc(context, NULL, cb); a NULL
//     result is JET_errOutOfMemory (everything allocated so far is freed with (p, 0)).
#pragma once

#include <esent.h>

#include "../../core/session.h"
#include "../tables/table_cursor.h"

namespace esent::data {

JET_ERR enumerateColumns(core::Session& session, TableCursor& cursor, unsigned long cEnumColumnId,
                         const JET_ENUMCOLUMNID* rgEnumColumnId, unsigned long* pcEnumColumn,
                         JET_ENUMCOLUMN** prgEnumColumn, JET_PFNREALLOC pfnRealloc, void* pvReallocContext,
                         unsigned long cbDataMost, JET_GRBIT grbit);

}  // namespace esent::data
