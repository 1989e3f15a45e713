#include "record_read.h"

#include <algorithm>
#include <cstring>

#include "long_values.h"
#include "record_update.h"
#include "record_navigation.h"

namespace esent::data {

namespace {

// Where a column's value comes from: the record's value (inRecord), the column's default, or
// nowhere (nullptr: NULL).
const std::string* valueSource(const TableCursor& cursor, const InlineRecord& record, JET_COLUMNID columnid,
                               unsigned long itagSequence, bool ignoreDefault, bool* inRecord) {
    *inRecord = false;
    auto it = record.find(columnid);
    if (it != record.end()) {
        // The record holds the column: its values, or NULL (no values).
        if (itagSequence == 0 || itagSequence > it->second.size()) return nullptr;
        *inRecord = true;
        return &it->second[itagSequence - 1];
    }
    // ESE ignores JET_bitRetrieveIgnoreDefault for fixed and variable columns.
    const ColumnDef* col = cursor.schema.column(columnid);
    const bool useDefault = !ignoreDefault || classOf(columnid) != ColumnClass::Tagged;
    if (itagSequence == 1 && col && col->hasDefault && useDefault) return &col->defaultValue;
    return nullptr;
}

}  // namespace

JET_ERR columnValue(const TableCursor& cursor, const InlineRecord& record, JET_COLUMNID columnid,
                    unsigned long itagSequence, bool ignoreDefault, std::string* value) {
    bool inRecord = false;
    const std::string* source = valueSource(cursor, record, columnid, itagSequence, ignoreDefault, &inRecord);
    if (!source) return JET_wrnColumnNull;
    *value = *source;
    return JET_errSuccess;
}

JET_ERR viewForRead(core::Session& session, TableCursor& cursor, bool copy, RecordView* view) {
    if (copy && updatePrepared(session, cursor)) {
        view->prepared_ = &cursor.records.copy;
        view->separated_ = cursor.records.references;
        view->key_ = cursor.records.referenceKey;
        return JET_errSuccess;
    }
    std::string bytes;
    const JET_ERR err = currentRecord(session, cursor, &bytes);
    if (err < 0) return err;
    if (!decodeRecord(bytes, &view->decoded_, &view->separated_)) return JET_errDatabaseCorrupted;
    view->key_ = cursor.records.key;
    return JET_errSuccess;
}

std::uint64_t RecordView::size(JET_COLUMNID columnid, std::size_t index) const {
    const std::string& value = values().at(columnid).at(index);
    return separated(columnid, index) ? separatedSize(value) : value.size();
}

JET_ERR retrieveValue(core::Session& session, TableCursor& cursor, const RecordView& view, JET_COLUMNID columnid,
                      unsigned long itagSequence, bool ignoreDefault, std::uint64_t from, void* out, std::size_t cb,
                      std::uint64_t* available) {
    *available = 0;
    bool inRecord = false;
    const std::string* source = valueSource(cursor, view.values(), columnid, itagSequence, ignoreDefault, &inRecord);
    if (!source) return JET_wrnColumnNull;
    const bool separated = inRecord && view.separated(columnid, itagSequence - 1);
    const std::uint64_t size = separated ? separatedSize(*source) : source->size();
    const std::uint64_t start = std::min(from, size);
    *available = size - start;
    const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(*available, cb));
    if (n > 0) {
        if (separated) {
            const JET_ERR err = readLongValueRange(session, cursor, view.key_, columnid, itagSequence - 1, start, n,
                                                   static_cast<char*>(out));
            if (err < 0) return err;
        } else {
            std::memcpy(out, source->data() + start, n);
        }
    }
    return *available > cb ? JET_wrnBufferTruncated : JET_errSuccess;
}

JET_COLUMNID lastDefaultColumn(const TableDef& schema, ColumnClass cls) {
    JET_COLUMNID last = 0;
    for (const ColumnDef& col : schema.columns) {
        if (col.hasDefault && classOf(col.columnid) == cls) last = col.columnid;
    }
    return last;
}

JET_ERR recordSize(core::Session& session, TableCursor& cursor, bool copy, JET_RECSIZE* size) {
    // Long values are counted from their references: none of their bytes is read.
    RecordView view;
    const JET_ERR err = viewForRead(session, cursor, copy, &view);
    if (err < 0) return err;
    *size = JET_RECSIZE{};
    for (const auto& [columnid, values] : view.values()) {
        const ColumnDef* col = cursor.schema.column(columnid);
        const bool longValue = col && isLongValueType(col->coltyp);
        const bool tagged = classOf(columnid) == ColumnClass::Tagged;
        if (tagged) size->cTaggedColumns++; else size->cNonTaggedColumns++;
        if (values.size() > 1) size->cMultiValues += values.size() - 1;
        for (std::size_t i = 0; i < values.size(); ++i) {
            const std::uint64_t bytes = view.size(columnid, i);
            if (longValue && bytes > kIntrinsicLongValueMost) {
                size->cLongValues++;
                size->cbLongValueData += bytes;
                size->cbLongValueOverhead += 16;
                size->cbOverhead += 4;  // the reference kept in the record
            } else {
                size->cbData += bytes;
                size->cbOverhead += tagged ? 4 : 2;
            }
        }
    }
    return JET_errSuccess;
}

}  // namespace esent::data
