#include "record_read.h"

#include "long_values.h"
#include "record_update.h"
#include "record_navigation.h"

namespace esent::data {

JET_ERR recordForRead(core::Session& session, TableCursor& cursor, bool copy, InlineRecord* record) {
    if (copy && updatePrepared(session, cursor)) {
        *record = cursor.records.copy;
        return JET_errSuccess;
    }
    std::string bytes;
    const JET_ERR err = currentRecord(session, cursor, &bytes);
    if (err < 0) return err;
    return loadRecord(session, cursor, cursor.records.key, bytes, record);
}

JET_ERR columnValue(const TableCursor& cursor, const InlineRecord& record, JET_COLUMNID columnid,
                    unsigned long itagSequence, bool ignoreDefault, std::string* value) {
    auto it = record.find(columnid);
    if (it != record.end()) {
        // The record holds the column: its values, or NULL (no values).
        if (itagSequence == 0 || itagSequence > it->second.size()) return JET_wrnColumnNull;
        *value = it->second[itagSequence - 1];
        return JET_errSuccess;
    }
    // ESE ignores JET_bitRetrieveIgnoreDefault for fixed and variable columns.
    const ColumnDef* col = cursor.schema.column(columnid);
    const bool useDefault = !ignoreDefault || classOf(columnid) != ColumnClass::Tagged;
    if (itagSequence == 1 && col && col->hasDefault && useDefault) {
        *value = col->defaultValue;
        return JET_errSuccess;
    }
    return JET_wrnColumnNull;
}

JET_COLUMNID lastDefaultColumn(const TableDef& schema, ColumnClass cls) {
    JET_COLUMNID last = 0;
    for (const ColumnDef& col : schema.columns) {
        if (col.hasDefault && classOf(col.columnid) == cls) last = col.columnid;
    }
    return last;
}

JET_ERR recordSize(core::Session& session, TableCursor& cursor, bool copy, JET_RECSIZE* size) {
    InlineRecord record;
    const JET_ERR err = recordForRead(session, cursor, copy, &record);
    if (err < 0) return err;
    *size = JET_RECSIZE{};
    for (const auto& [columnid, values] : record) {
        const ColumnDef* col = cursor.schema.column(columnid);
        const bool longValue = col && isLongValueType(col->coltyp);
        const bool tagged = classOf(columnid) == ColumnClass::Tagged;
        if (tagged) size->cTaggedColumns++; else size->cNonTaggedColumns++;
        if (values.size() > 1) size->cMultiValues += values.size() - 1;
        for (const std::string& v : values) {
            if (longValue && v.size() > kIntrinsicLongValueMost) {
                size->cLongValues++;
                size->cbLongValueData += v.size();
                size->cbLongValueOverhead += 16;
                size->cbOverhead += 4;  // the reference kept in the record
            } else {
                size->cbData += v.size();
                size->cbOverhead += tagged ? 4 : 2;
            }
        }
    }
    return JET_errSuccess;
}

}  // namespace esent::data
