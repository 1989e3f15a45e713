// The prepared copy's separated long values (RecordState::references): JetPrepareUpdate leaves
// them in the long-value tree, and JetSetColumn reads one in full only when it needs its old
// bytes, so an update that does not touch a long value never reads it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include <esent.h>

#include "../../core/session.h"
#include "../tables/table_cursor.h"

namespace esent::data {

// Reads value `index` of the column into the copy in place of its reference (nothing to do for a
// value held inline).
JET_ERR loadReference(core::Session& session, TableCursor& cursor, JET_COLUMNID columnid, std::size_t index);

// The first `most` bytes (fewer if it is shorter) of the copy's value `index` of the column, read
// from the tree for a reference.
JET_ERR copyValuePrefix(core::Session& session, TableCursor& cursor, JET_COLUMNID columnid, std::size_t index,
                        std::uint64_t most, std::string* out);

// Before the copy's value `index` of the column is replaced by a new one: it is no longer a
// reference.
void dropReference(RecordState& rs, JET_COLUMNID columnid, std::size_t index);

// Before the copy's value `index` of the column is removed (the values after it move down one
// index): those values are read in (their chunks are at their old index), and the column's
// references from `index` on are dropped. `index` past the values: nothing.
JET_ERR removeValue(core::Session& session, TableCursor& cursor, JET_COLUMNID columnid, std::size_t index);

// Before all the copy's values of the column are removed or replaced.
void dropColumnReferences(RecordState& rs, JET_COLUMNID columnid);

// Whether the copy's value `index` of the column equals `value`, a reference compared by size
// and then by its bytes.
JET_ERR copyValueEquals(core::Session& session, TableCursor& cursor, JET_COLUMNID columnid, std::size_t index,
                        const std::string& value, bool* equal);

}  // namespace esent::data
