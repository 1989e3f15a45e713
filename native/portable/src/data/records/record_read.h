// Reads through a cursor: JetRetrieveColumn's value rules and JetGetRecordSize.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include <esent.h>

#include "../../core/session.h"
#include "../tables/table_cursor.h"
#include "record_codec.h"

namespace esent::data {

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

// A record as a read sees it (the stored record or the prepared copy), its separated long values
// left in the long-value tree until a retrieval asks for some of their bytes: reading a small
// column of a record with large long values costs the record, not the long values. Not copyable
// (it may point into itself).
class RecordView {
public:
    RecordView() = default;
    RecordView(const RecordView&) = delete;
    RecordView& operator=(const RecordView&) = delete;
    const InlineRecord& values() const { return prepared_ ? *prepared_ : decoded_; }
    // Whether value `index` of the column is in the long-value tree: values() then holds its
    // size reference (separatedSize), and readLongValueRange reads it at key().
    bool separated(JET_COLUMNID columnid, std::size_t index) const { return separated_.count({columnid, index}) != 0; }
    const std::string& key() const { return key_; }
    // The size of value `index` of the column (held or separated).
    std::uint64_t size(JET_COLUMNID columnid, std::size_t index) const;

private:
    friend JET_ERR viewForRead(core::Session&, TableCursor&, bool, RecordView*);
    friend JET_ERR retrieveValue(core::Session&, TableCursor&, const RecordView&, JET_COLUMNID, unsigned long, bool,
                                 std::uint64_t, void*, std::size_t, std::uint64_t*);
    friend JET_ERR recordSize(core::Session&, TableCursor&, bool, JET_RECSIZE*);
    const InlineRecord* prepared_ = nullptr;  // the prepared copy (JET_bitRetrieveCopy)
    InlineRecord decoded_;                    // else the stored record
    SeparatedSet separated_;                  // the values held as references
    std::string key_;                         // the record whose chunks they are
};

// The view of the prepared copy (copy, with an update prepared) or of the current record.
JET_ERR viewForRead(core::Session& session, TableCursor& cursor, bool copy, RecordView* view);

// JetRetrieveColumn's value rules (columnValue) on a view: the value's size from `from` on in
// *available, and as much of it as fits in `cb` bytes copied to `out`. JET_wrnColumnNull (and 0)
// for NULL, JET_wrnBufferTruncated when not all of it fit.
JET_ERR retrieveValue(core::Session& session, TableCursor& cursor, const RecordView& view, JET_COLUMNID columnid,
                      unsigned long itagSequence, bool ignoreDefault, std::uint64_t from, void* out, std::size_t cb,
                      std::uint64_t* available);

// JetGetRecordSize's counts for the current record (or the prepared copy): the bytes and number
// of the values it holds, long values over kIntrinsicLongValueMost counted as separated.
JET_ERR recordSize(core::Session& session, TableCursor& cursor, bool copy, JET_RECSIZE* size);

}  // namespace esent::data
