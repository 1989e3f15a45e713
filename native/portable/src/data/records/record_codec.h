// The bytes of a record in a table's record tree (the record layer owns the format). The table
// layer uses encodeInlineRecord to build the rows of listings (StaticTable).
//
// Format (ours, not ESE's): 'R', u32 column count, then per column in columnid order: u32
// columnid, u32 value count, and per value u32 length + bytes (all little-endian). A column
// held with no values is NULL in the record (ESE's NULL bit, or a tagged column's null entry); a
// column absent from the record reads as its current default (records/record_read.h), or NULL
// without one. A present value may be zero-length. A length with bit 31 set
// marks a long value separated into the table's long-value tree: its bytes are then the value's
// u64 size (records/long_values.h).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include <esent.h>

namespace esent::data {

// Column values of one record: for each column, its values in itagSequence order (1, 2, ...);
// no values: NULL; a column absent from the map: its default, if any. Every value is held inline
// (no separated long values).
using InlineRecord = std::map<JET_COLUMNID, std::vector<std::string>>;
std::string encodeInlineRecord(const InlineRecord& record);
// False when the bytes are not a record (corrupt).
bool decodeRecord(std::string_view bytes, InlineRecord* record);

// The separated values of a stored record: (columnid, index in the column's values).
using SeparatedSet = std::set<std::pair<JET_COLUMNID, std::size_t>>;
std::string encodeRecord(const InlineRecord& record, const SeparatedSet& separated);
// Separated values come back as their 8-byte size reference, listed in `separated`.
bool decodeRecord(std::string_view bytes, InlineRecord* record, SeparatedSet* separated);

// Record keys: 4-byte big-endian sequential numbers (ESE's DBK), also the bookmarks.
std::string recordKey(std::uint32_t number);
std::uint32_t recordNumber(std::string_view key);  // 0 for a malformed key

}  // namespace esent::data
