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

}  // namespace esent::data
