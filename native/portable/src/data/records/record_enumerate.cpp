#include "record_enumerate.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "long_values.h"
#include "record_read.h"

namespace esent::data {

namespace {

// JET_bitEnumerateLocal (not implemented by ESENT either: JET_errInvalidGrbit) and
// JET_bitEnumerateAsRefIfNotInRecord (column references, which this engine does not hand out).
constexpr JET_GRBIT kEnumerateLocal = 0x00010000;
constexpr JET_GRBIT kEnumerateAsRefIfNotInRecord = 0x00400000;
constexpr JET_GRBIT kEnumerateBits = JET_bitEnumerateCopy | JET_bitEnumerateIgnoreDefault | kEnumerateLocal |
                                     JET_bitEnumeratePresenceOnly | JET_bitEnumerateTaggedOnly |
                                     JET_bitEnumerateCompressOutput | JET_bitEnumerateIgnoreUserDefinedDefault |
                                     JET_bitEnumerateInRecordOnly | kEnumerateAsRefIfNotInRecord;

JET_ERR checkGrbit(JET_GRBIT grbit, bool columnList) {
    if (grbit & ~kEnumerateBits) return JET_errInvalidGrbit;
    if (grbit & kEnumerateLocal) return JET_errInvalidGrbit;
    if (columnList && (grbit & JET_bitEnumerateTaggedOnly)) return JET_errInvalidGrbit;
    if ((grbit & JET_bitEnumerateInRecordOnly) && (grbit & kEnumerateAsRefIfNotInRecord)) return JET_errInvalidGrbit;
    if (grbit & kEnumerateAsRefIfNotInRecord) return JET_errInvalidGrbit;
    return JET_errSuccess;
}

// The output array and everything hanging from it, allocated through the caller's callback.
class Output {
public:
    Output(JET_PFNREALLOC pfnRealloc, void* context) : realloc_(pfnRealloc), context_(context) {}

    void* allocate(std::size_t cb) { return realloc_(context_, nullptr, static_cast<unsigned long>(cb)); }

    bool allocateColumns(std::size_t n) {
        columns = static_cast<JET_ENUMCOLUMN*>(allocate(sizeof(JET_ENUMCOLUMN) * n));
        if (!columns) return false;
        if (n) std::memset(columns, 0, sizeof(JET_ENUMCOLUMN) * n);
        count = n;
        return true;
    }

    bool allocateValues(JET_ENUMCOLUMN& column, std::size_t n) {
        column.rgEnumColumnValue = static_cast<JET_ENUMCOLUMNVALUE*>(allocate(sizeof(JET_ENUMCOLUMNVALUE) * n));
        if (!column.rgEnumColumnValue) return false;
        std::memset(column.rgEnumColumnValue, 0, sizeof(JET_ENUMCOLUMNVALUE) * n);
        column.cEnumColumnValue = static_cast<unsigned long>(n);
        return true;
    }

    // A copy of `n` bytes of `bytes` in a new block.
    void* copy(const char* bytes, std::size_t n) {
        void* block = allocate(n);
        if (block && n) std::memcpy(block, bytes, n);
        return block;
    }

    void freeAll() {
        for (std::size_t i = 0; columns && i < count; ++i) {
            JET_ENUMCOLUMN& column = columns[i];
            if (column.err == JET_wrnColumnSingleValue) {
                release(column.pvData);
                continue;
            }
            for (unsigned long v = 0; column.rgEnumColumnValue && v < column.cEnumColumnValue; ++v)
                release(column.rgEnumColumnValue[v].pvData);
            release(column.rgEnumColumnValue);
        }
        release(columns);
        columns = nullptr;
        count = 0;
    }

    JET_ENUMCOLUMN* columns = nullptr;
    std::size_t count = 0;

private:
    void release(void* block) {
        if (block) realloc_(context_, block, 0);
    }

    JET_PFNREALLOC realloc_;
    void* context_;
};

// A column's values as the enumeration sees them.
struct ColumnValues {
    bool found = false;                      // the record or, defaults not ignored, the default record holds it
    bool inRecord = false;                   // the values are the record's (else the default's)
    std::vector<const std::string*> values;  // in itagSequence order; empty: NULL
};

// The columns ESE's default record holds: each fixed and variable column up to the last one of
// its class with a default (its default, or NULL), and the tagged columns with a default.
struct DefaultRecord {
    explicit DefaultRecord(const TableDef& schema)
        : lastFixed(lastDefaultColumn(schema, ColumnClass::Fixed)),
          lastVariable(lastDefaultColumn(schema, ColumnClass::Variable)) {}

    bool holds(const ColumnDef& col) const {
        switch (classOf(col.columnid)) {
            case ColumnClass::Fixed: return col.columnid <= lastFixed;
            case ColumnClass::Variable: return col.columnid <= lastVariable;
            default: return col.hasDefault;
        }
    }

    JET_COLUMNID lastFixed, lastVariable;
};

// The record's values of the column; a column it does not hold comes from the default record
// unless JET_bitEnumerateIgnoreDefault.
ColumnValues valuesOf(const ColumnDef& col, const InlineRecord& record, const DefaultRecord& defaults,
                      bool ignoreDefault) {
    ColumnValues out;
    const auto it = record.find(col.columnid);
    if (it != record.end()) {
        out.found = true;
        out.inRecord = true;
        for (const std::string& value : it->second) out.values.push_back(&value);
    } else if (!ignoreDefault && defaults.holds(col)) {
        out.found = true;
        if (col.hasDefault) out.values.push_back(&col.defaultValue);
    }
    return out;
}

// JET_bitEnumerateIgnoreDefault reports a column the record does not hold, of any class, as
// JET_wrnColumnDefault.
bool reportsDefault(const ColumnValues& cv, JET_GRBIT grbit) {
    return (grbit & JET_bitEnumerateIgnoreDefault) && !cv.found;
}

// Fills the entries from a view of the record: a separated long value's bytes are read from the
// long-value tree, only as many as the entry takes (cbDataMost).
class Enumerator {
public:
    Enumerator(core::Session& session, TableCursor& cursor, const RecordView& view, Output& out,
               unsigned long cbDataMost, JET_GRBIT grbit)
        : session_(session), cursor_(cursor), view_(view), out_(out), cbDataMost_(cbDataMost), grbit_(grbit) {}

    // Fills one column entry; `tags` null: all of its values. JET_errOutOfMemory, or the error
    // reading a long value.
    JET_ERR fill(JET_ENUMCOLUMN& e, const ColumnDef& col, const ColumnValues& cv, const JET_ENUMCOLUMNID* tags) {
        const bool allValues = tags == nullptr || tags->ctagSequence == 0;
        const std::size_t count = cv.values.size();
        if (allValues) {
            if (reportsDefault(cv, grbit_)) { e.err = JET_wrnColumnDefault; return JET_errSuccess; }
            if (count == 0) { e.err = JET_wrnColumnNull; return JET_errSuccess; }
            if (grbit_ & JET_bitEnumeratePresenceOnly) { e.err = JET_wrnColumnPresent; return JET_errSuccess; }
            if (count == 1 && (grbit_ & JET_bitEnumerateCompressOutput) && !separated(col, cv, 0) &&
                !storedSeparately(col, cv.values[0]->size())) {
                const std::string& value = *cv.values[0];
                void* block = out_.copy(value.data(), value.size());
                if (!block) return JET_errOutOfMemory;
                e.err = JET_wrnColumnSingleValue;
                e.pvData = block;
                e.cbData = static_cast<unsigned long>(value.size());
                return JET_errSuccess;
            }
        }
        e.err = JET_errSuccess;
        const std::size_t n = allValues ? count : tags->ctagSequence;
        if (!out_.allocateValues(e, n)) return JET_errOutOfMemory;
        for (std::size_t i = 0; i < n; ++i) {
            JET_ENUMCOLUMNVALUE& ev = e.rgEnumColumnValue[i];
            ev.itagSequence = allValues ? static_cast<unsigned long>(i + 1) : tags->rgtagSequence[i];
            if (ev.itagSequence == 0) { ev.err = JET_wrnColumnSkipped; continue; }
            if (ev.itagSequence > count) {
                ev.err = reportsDefault(cv, grbit_) ? JET_wrnColumnDefault : JET_wrnColumnNull;
                continue;
            }
            if (grbit_ & JET_bitEnumeratePresenceOnly) { ev.err = JET_wrnColumnPresent; continue; }
            const JET_ERR err = fillValue(ev, col, cv, ev.itagSequence - 1);
            if (err < 0) return err;
        }
        return JET_errSuccess;
    }

private:
    bool separated(const ColumnDef& col, const ColumnValues& cv, std::size_t index) const {
        return cv.inRecord && view_.separated(col.columnid, index);
    }

    JET_ERR fillValue(JET_ENUMCOLUMNVALUE& ev, const ColumnDef& col, const ColumnValues& cv, std::size_t index) {
        ev.err = JET_errSuccess;
        const std::string& value = *cv.values[index];
        const bool inTree = separated(col, cv, index);
        const std::uint64_t size = inTree ? separatedSize(value) : value.size();
        std::size_t n = static_cast<std::size_t>(size);
        if (storedSeparately(col, size)) {
            if (grbit_ & JET_bitEnumerateInRecordOnly) {
                ev.err = JET_wrnColumnNotInRecord;
                return JET_errSuccess;
            }
            if (size > cbDataMost_) {
                n = cbDataMost_;
                ev.err = JET_wrnColumnTruncated;
            }
        }
        ev.pvData = inTree ? out_.allocate(n) : out_.copy(value.data(), n);
        if (!ev.pvData) return JET_errOutOfMemory;
        ev.cbData = static_cast<unsigned long>(n);
        if (inTree && n > 0)
            return readLongValueRange(session_, cursor_, view_.key(), col.columnid, index, 0, n, static_cast<char*>(ev.pvData));
        return JET_errSuccess;
    }

    core::Session& session_;
    TableCursor& cursor_;
    const RecordView& view_;
    Output& out_;
    unsigned long cbDataMost_;
    JET_GRBIT grbit_;
};

}  // namespace

JET_ERR enumerateColumns(core::Session& session, TableCursor& cursor, unsigned long cEnumColumnId,
                         const JET_ENUMCOLUMNID* rgEnumColumnId, unsigned long* pcEnumColumn,
                         JET_ENUMCOLUMN** prgEnumColumn, JET_PFNREALLOC pfnRealloc, void* pvReallocContext,
                         unsigned long cbDataMost, JET_GRBIT grbit) {
    if (!pcEnumColumn || !prgEnumColumn || !pfnRealloc) return JET_errInvalidParameter;
    *pcEnumColumn = 0;
    *prgEnumColumn = nullptr;
    if (cEnumColumnId > 0 && !rgEnumColumnId) return JET_errInvalidParameter;
    for (unsigned long i = 0; i < cEnumColumnId; ++i) {
        if (rgEnumColumnId[i].ctagSequence > 0 && !rgEnumColumnId[i].rgtagSequence) return JET_errInvalidParameter;
    }
    JET_ERR err = checkGrbit(grbit, cEnumColumnId > 0);
    if (err < 0) return err;
    RecordView view;
    if ((err = viewForRead(session, cursor, (grbit & JET_bitEnumerateCopy) != 0, &view)) < 0) return err;
    const InlineRecord& record = view.values();
    const bool ignoreDefault = (grbit & JET_bitEnumerateIgnoreDefault) != 0;
    const DefaultRecord defaults(cursor.schema);

    Output out(pfnRealloc, pvReallocContext);
    Enumerator enumerator(session, cursor, view, out, cbDataMost, grbit);
    JET_ERR columnError = JET_errSuccess;
    JET_ERR fillError = JET_errSuccess;
    if (cEnumColumnId > 0) {
        if (!out.allocateColumns(cEnumColumnId)) fillError = JET_errOutOfMemory;
        for (unsigned long i = 0; fillError >= 0 && i < cEnumColumnId; ++i) {
            JET_ENUMCOLUMN& e = out.columns[i];
            e.columnid = rgEnumColumnId[i].columnid;
            if (e.columnid == 0) {
                e.err = JET_wrnColumnSkipped;
                continue;
            }
            const ColumnDef* col = cursor.schema.column(e.columnid);
            if (!col) {
                e.err = JET_errColumnNotFound;
                if (columnError == JET_errSuccess) columnError = e.err;
                continue;
            }
            fillError = enumerator.fill(e, *col, valuesOf(*col, record, defaults, ignoreDefault), &rgEnumColumnId[i]);
        }
    } else {
        // Every column the record (or the default record) holds, NULL ones included.
        std::vector<std::pair<const ColumnDef*, ColumnValues>> present;
        for (const ColumnDef& col : cursor.schema.columns) {
            if ((grbit & JET_bitEnumerateTaggedOnly) && classOf(col.columnid) != ColumnClass::Tagged) continue;
            ColumnValues cv = valuesOf(col, record, defaults, ignoreDefault);
            if (cv.found) present.emplace_back(&col, std::move(cv));
        }
        if (!out.allocateColumns(present.size())) fillError = JET_errOutOfMemory;
        for (std::size_t i = 0; fillError >= 0 && i < present.size(); ++i) {
            out.columns[i].columnid = present[i].first->columnid;
            fillError = enumerator.fill(out.columns[i], *present[i].first, present[i].second, nullptr);
        }
    }
    if (fillError < 0) {
        out.freeAll();
        return fillError;
    }
    *pcEnumColumn = static_cast<unsigned long>(out.count);
    *prgEnumColumn = out.columns;
    return columnError;
}

}  // namespace esent::data
