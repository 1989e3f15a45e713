// Long values (LongBinary / LongText) too large to keep in the record are separated into the
// table's long-value tree in chunks. A chunk's key is the owning record's key, the columnid and
// the value's index (so a record's long values need no id allocator), then the chunk's offset:
// all big-endian, so a value's chunks are adjacent and in order. Everything goes through the
// version store, so long values share the record's isolation, conflicts and rollback.
#pragma once

#include <string>

#include <esent.h>

#include "../../core/session.h"
#include "../tables/table_cursor.h"
#include "record_codec.h"

namespace esent::data {

// Long values above this size are separated (ESE keeps small ones intrinsic).
constexpr std::size_t kIntrinsicLongValueMost = 1024;

// Whether a value of `size` bytes in `col` is stored outside the record.
inline bool storedSeparately(const ColumnDef& col, std::size_t size) {
    return isLongValueType(col.coltyp) && size > kIntrinsicLongValueMost;
}

// The separated value `index` of column `columnid` of the record at `key`, in full.
JET_ERR readLongValue(core::Session& session, TableCursor& cursor, const std::string& key, JET_COLUMNID columnid,
                      std::size_t index, std::uint64_t size, std::string* value);

// The stored form of `record` (which long values are separated) without writing anything. The
// values listed in `references` already hold their size reference and stay separated.
std::string plannedRecord(const TableDef& schema, const InlineRecord& record, const SeparatedSet& references,
                          SeparatedSet* separated);

// Writes the separated values of the record at `key` (previously stored as `oldStored`, empty for
// an insert). A value listed in `references` is still the one at the same place of the record at
// `referenceKey`: the same record keeps its chunks untouched, another one (InsertCopy) gets a
// copy of them, chunk by chunk. Other values are written, and the chunks of old values not kept
// are erased. The caller is inside a transaction.
JET_ERR writeLongValues(core::Session& session, TableCursor& cursor, const std::string& key,
                        const InlineRecord& record, const SeparatedSet& separated, const SeparatedSet& references,
                        const std::string& referenceKey, const std::string& oldStored);

// The size a separated value's reference in the stored record (its 8 bytes) stands for.
std::uint64_t separatedSize(const std::string& reference);

// Bytes [from, from + count) of the separated value `index` of column `columnid` of the record at
// `key`, into `out`, reading only the chunks that hold them. The range must lie inside the value.
JET_ERR readLongValueRange(core::Session& session, TableCursor& cursor, const std::string& key, JET_COLUMNID columnid,
                           std::size_t index, std::uint64_t from, std::size_t count, char* out);

// Erases every chunk of the record stored as `stored` (JetDelete). Inside a transaction.
JET_ERR eraseLongValues(core::Session& session, TableCursor& cursor, const std::string& key, const std::string& stored);

}  // namespace esent::data
