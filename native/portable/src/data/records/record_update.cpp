#include "record_update.h"

#include <algorithm>
#include <cstring>

#include "../versions/version_store.h"
#include "long_values.h"
#include "prepared_copy.h"
#include "record_codec.h"
#include "record_navigation.h"
#include "record_read.h"

namespace esent::data {

namespace {

// JET_cbLongValueMost-style cap on one long value (ESENT: 2 GiB - 1).
constexpr std::uint64_t kLongValueMost = 0x7FFFFFFFull;

std::string littleEndian(std::int64_t value, std::uint32_t size) {
    std::string out(size, '\0');
    const auto v = static_cast<std::uint64_t>(value);
    for (std::uint32_t i = 0; i < size; ++i) out[i] = static_cast<char>((v >> (8 * i)) & 0xFF);
    return out;
}

std::int64_t fromLittleEndian(const std::string& bytes) {
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < bytes.size() && i < 8; ++i) v |= std::uint64_t(static_cast<unsigned char>(bytes[i])) << (8 * i);
    if (bytes.size() == 4) return static_cast<std::int32_t>(static_cast<std::uint32_t>(v));
    return static_cast<std::int64_t>(v);
}

JET_ERR writable(const TableCursor& cursor) {
    if (cursor.staticTable || !cursor.database || !cursor.runtime) return JET_errPermissionDenied;
    if (cursor.openGrbit & JET_bitTableReadOnly) return JET_errPermissionDenied;
    if (cursor.database->readOnly) return JET_errPermissionDenied;
    return JET_errSuccess;
}

// ESENT checks, before anything else, that the cursor can update (JET_errPermissionDenied) and
// that the session is not in a JET_bitTransactionReadOnly transaction (JET_errTransReadOnly).
JET_ERR updatable(const core::Session& session, const TableCursor& cursor) {
    const JET_ERR err = writable(cursor);
    if (err < 0) return err;
    if (session.level > 0 && session.readOnly) return JET_errTransReadOnly;
    return JET_errSuccess;
}

// Visits every record the session sees, in key order.
template <typename Visit>
void forEachRecord(core::Session& session, TableCursor& cursor, Visit visit) {
    VersionStore* vs = VersionStore::of(session);
    if (!vs) return;
    std::string key, value;
    bool ok = vs->first(session, *cursor.database, cursor.recordTree, &key, &value);
    while (ok) {
        visit(key, value);
        const std::string at = key;
        ok = vs->seek(session, *cursor.database, cursor.recordTree, at, store::SeekMode::GT, &key, &value);
    }
}

// Autoincrement values are taken at JetPrepareUpdate(Insert) and never given back; the counter
// starts after the highest value in the table.
std::int64_t takeAutoIncrement(core::Session& session, TableCursor& cursor, JET_COLUMNID columnid) {
    TableRuntime& rt = *cursor.runtime;
    std::lock_guard<std::mutex> lock(rt.mutex);
    if (rt.nextAutoIncrement == 0) {
        std::int64_t most = 0;
        forEachRecord(session, cursor, [&](const std::string&, const std::string& bytes) {
            InlineRecord r;
            if (!decodeRecord(bytes, &r)) return;
            auto it = r.find(columnid);
            if (it != r.end() && !it->second.empty()) most = std::max(most, fromLittleEndian(it->second[0]));
        });
        rt.nextAutoIncrement = most + 1;
    }
    return rt.nextAutoIncrement++;
}

std::string takeRecordKey(core::Session& session, TableCursor& cursor) {
    TableRuntime& rt = *cursor.runtime;
    std::lock_guard<std::mutex> lock(rt.mutex);
    if (rt.nextRecordKey == 0) {
        std::string key, value;
        VersionStore* vs = VersionStore::of(session);
        const bool any = vs && vs->seek(session, *cursor.database, cursor.recordTree, std::string(4, '\xFF'),
                                         store::SeekMode::LE, &key, &value);
        rt.nextRecordKey = any ? std::uint64_t(recordNumber(key)) + 1 : 1;
    }
    return recordKey(static_cast<std::uint32_t>(rt.nextRecordKey++));
}

std::uint32_t maxSizeOf(const ColumnDef& col) {
    if (isFixedSizeType(col.coltyp)) return fixedSizeOf(col.coltyp);
    if (isLongValueType(col.coltyp)) return col.cbMax ? col.cbMax : static_cast<std::uint32_t>(kLongValueMost);
    return col.cbMax ? col.cbMax : JET_cbColumnMost;
}

// The stored record (long values above kIntrinsicLongValueMost separated) must fit on a page
// as in ESE: JET_errRecordTooBig otherwise. ESE's exact bound is the page minus its page and
// node headers; this keeps the same order of magnitude (about 4000 bytes for 4 KiB pages).
std::size_t recordMost(const TableCursor& cursor) {
    return cursor.database->file().pageSize() - 96;
}

// ESE holds a record's fixed columns, and its variable columns, up to the last one of each class
// the record holds, each with a value or NULL; the columns after it read as their current
// default. Holding one more (fixed or variable) first adds the columns of its class between the
// record's last one and it, with their current default or NULL, as ESE bursts defaults into a
// record it extends. Tagged columns are held one by one.
void holdColumn(const TableDef& schema, InlineRecord& record, JET_COLUMNID columnid) {
    const ColumnClass cls = classOf(columnid);
    if (cls == ColumnClass::Tagged) return;
    JET_COLUMNID held = 0;  // the record's last column of the class, 0: none
    for (const auto& entry : record) {
        if (classOf(entry.first) == cls) held = entry.first;
    }
    for (const ColumnDef& col : schema.columns) {
        if (classOf(col.columnid) != cls || col.columnid <= held || col.columnid > columnid) continue;
        record[col.columnid] = col.hasDefault ? std::vector<std::string>{col.defaultValue} : std::vector<std::string>();
    }
}

// JetSetColumn with no value at itagSequence `itag`. A fixed or variable column is held as NULL
// (JET_bitSetRevertToDefaultValue does not apply to them). A tagged column loses that value; a
// column with a default left with no value keeps a NULL entry (so reads give NULL, not the
// default) unless JET_bitSetRevertToDefaultValue, which removes the entry and brings the default
// back. A column with no value at itagSequence 1 and a default gets that NULL entry too.
JET_ERR setNull(core::Session& session, TableCursor& cursor, const ColumnDef& col, unsigned long itag,
                bool revertToDefault) {
    InlineRecord& record = cursor.records.copy;
    if (classOf(col.columnid) != ColumnClass::Tagged) {
        holdColumn(cursor.schema, record, col.columnid);
        dropColumnReferences(cursor.records, col.columnid);
        record[col.columnid].clear();
        return JET_errSuccess;
    }
    const auto it = record.find(col.columnid);
    const bool keepNullEntry = col.hasDefault && !revertToDefault;
    if (it == record.end()) {
        if (itag == 1 && keepNullEntry) record[col.columnid];
        return JET_errSuccess;
    }
    std::vector<std::string>& values = it->second;
    if (values.empty()) {
        if (revertToDefault) record.erase(it);
        return JET_errSuccess;
    }
    if (itag == 0 || itag > values.size()) return JET_errSuccess;
    const JET_ERR err = removeValue(session, cursor, col.columnid, itag - 1);
    if (err < 0) return err;
    values.erase(values.begin() + (itag - 1));
    if (values.empty() && !keepNullEntry) record.erase(it);
    return JET_errSuccess;
}

}  // namespace

bool updatePrepared(core::Session& session, TableCursor& cursor) {
    RecordState& rs = cursor.records;
    if (!rs.prepared) return false;
    // ESENT: rolling back the level an update was prepared in cancels it.
    if (rs.preparedLevel > 0 && (session.level < rs.preparedLevel || session.trxId != rs.preparedTrxId)) {
        rs.cancelUpdate();
        return false;
    }
    return true;
}

JET_ERR prepareUpdate(core::Session& session, TableCursor& cursor, unsigned long prep) {
    RecordState& rs = cursor.records;
    if (prep == JET_prepCancel) {
        if (!updatePrepared(session, cursor)) return JET_errUpdateNotPrepared;
        rs.cancelUpdate();
        return JET_errSuccess;
    }
    if (prep != JET_prepInsert && prep != JET_prepReplace && prep != JET_prepReplaceNoLock &&
        prep != JET_prepInsertCopy)
        return JET_errInvalidParameter;
    JET_ERR err = updatable(session, cursor);
    if (err < 0) return err;
    if (updatePrepared(session, cursor)) return JET_errAlreadyPrepared;
    // A copy's separated long values stay references to the record's chunks (prepared_copy.h).
    InlineRecord copy;
    SeparatedSet references;
    std::string original;
    if (prep != JET_prepInsert) {
        if ((err = currentRecord(session, cursor, &original)) < 0) return err;
        if (!decodeRecord(original, &copy, &references)) return JET_errDatabaseCorrupted;
    }
    if (prep == JET_prepReplace && session.level > 0) {
        // Inside a transaction Replace takes the write lock now (ESENT-NOTES.md).
        VersionStore* vs = VersionStore::of(session);
        if (!vs) return JET_errInternalError;
        if ((err = vs->lock(session, *cursor.database, cursor.recordTree, rs.key)) < 0) return err;
    }
    if (prep == JET_prepInsert) {
        // ESE starts an insert from the table's default record: every fixed and variable column
        // up to the last one of its class with a default, holding its default or NULL (escrow
        // columns, which always have a default, included). Tagged defaults stay out.
        for (const ColumnClass cls : {ColumnClass::Fixed, ColumnClass::Variable}) {
            const JET_COLUMNID last = lastDefaultColumn(cursor.schema, cls);
            if (last != 0) holdColumn(cursor.schema, copy, last);
        }
    }
    if (prep == JET_prepInsert || prep == JET_prepInsertCopy) {
        for (const ColumnDef& col : cursor.schema.columns) {
            const std::uint32_t size = fixedSizeOf(col.coltyp);
            if (!(col.grbit & (JET_bitColumnAutoincrement | JET_bitColumnVersion))) continue;
            const std::int64_t value =
                (col.grbit & JET_bitColumnAutoincrement) ? takeAutoIncrement(session, cursor, col.columnid) : 0;
            holdColumn(cursor.schema, copy, col.columnid);
            copy[col.columnid] = {littleEndian(value, size ? size : 4)};
        }
    }
    rs.prepared = true;
    rs.prep = prep;
    rs.preparedLevel = session.level;
    rs.preparedTrxId = session.trxId;
    rs.copy = std::move(copy);
    rs.references = std::move(references);
    rs.referenceKey = prep == JET_prepInsert ? std::string() : rs.key;
    rs.originalKey = prep == JET_prepInsert || prep == JET_prepInsertCopy ? std::string() : rs.key;
    rs.originalBytes = std::move(original);
    return JET_errSuccess;
}

JET_ERR setColumn(core::Session& session, TableCursor& cursor, JET_COLUMNID columnid, const void* data,
                  unsigned long size, JET_GRBIT grbit, unsigned long ib, unsigned long itag) {
    RecordState& rs = cursor.records;
    constexpr JET_GRBIT kSetCompressed = 0x00020000, kSetUncompressed = 0x00010000;  // accepted, no effect
    constexpr JET_GRBIT known = kSetCompressed | kSetUncompressed | JET_bitSetAppendLV | JET_bitSetOverwriteLV | JET_bitSetSizeLV |
                                JET_bitSetZeroLength | JET_bitSetSeparateLV | JET_bitSetUniqueMultiValues |
                                JET_bitSetUniqueNormalizedMultiValues | JET_bitSetRevertToDefaultValue |
                                JET_bitSetIntrinsicLV;
    JET_ERR err = updatable(session, cursor);
    if (err < 0) return err;
    if (size > kLongValueMost) return JET_errInvalidParameter;
    if (!updatePrepared(session, cursor)) return JET_errUpdateNotPrepared;
    if (grbit & ~known) return JET_errInvalidGrbit;
    const ColumnDef* col = cursor.schema.column(columnid);
    if (!col) return JET_errColumnNotFound;
    // No data means no bytes (a NULL value unless JET_bitSetZeroLength), except for
    // JET_bitSetSizeLV, which takes only a size.
    if (data == nullptr && !(grbit & JET_bitSetSizeLV)) size = 0;
    // A version column may be set by an insert, not by a replace; autoincrement never.
    if (col->grbit & JET_bitColumnAutoincrement) return JET_errInvalidColumnType;
    const bool replacing = rs.prep == JET_prepReplace || rs.prep == JET_prepReplaceNoLock;
    if ((col->grbit & JET_bitColumnVersion) && replacing) return JET_errInvalidColumnType;
    const ColumnClass cls = classOf(columnid);
    const bool tagged = cls == ColumnClass::Tagged;
    const bool lv = isLongValueType(col->coltyp);
    if (!tagged) itag = 1;  // fixed and variable columns hold one value

    const auto held = rs.copy.find(columnid);
    const std::vector<std::string> none;
    const std::vector<std::string>& values = held != rs.copy.end() ? held->second : none;
    const bool existing = itag >= 1 && itag <= values.size();

    // What the call sets, as ESENT decides it: no bytes are NULL unless JET_bitSetZeroLength (a
    // fixed column has no zero-length value: NULL either way); for a long value, no bytes with
    // JET_bitSetAppendLV or JET_bitSetOverwriteLV alone change nothing of a value that exists
    // and give a new value zero length, JET_bitSetZeroLength (with or without JET_bitSetSizeLV)
    // gives zero length, and any other flags with no bytes give NULL.
    bool isNull = false;
    if (size == 0) {
        if (lv) {
            const JET_GRBIT op = grbit & (JET_bitSetAppendLV | JET_bitSetOverwriteLV | JET_bitSetSizeLV | JET_bitSetZeroLength);
            if (op == JET_bitSetAppendLV || op == JET_bitSetOverwriteLV) {
                if (op == JET_bitSetOverwriteLV && !existing && ib > 0) return JET_errColumnNoChunk;
                if (existing) return JET_errSuccess;
                grbit = (grbit & ~op) | JET_bitSetZeroLength;
                ib = 0;
            } else {
                isNull = op != JET_bitSetZeroLength && op != (JET_bitSetZeroLength | JET_bitSetSizeLV);
            }
        } else {
            isNull = cls == ColumnClass::Fixed || !(grbit & JET_bitSetZeroLength);
        }
    }
    // ESENT refuses NULL in a NOT NULL column at once (JetUpdate checks the columns never set).
    if (isNull && (col->grbit & JET_bitColumnNotNULL)) return JET_errNullInvalid;

    if (isNull) return setNull(session, cursor, *col, itag, (grbit & JET_bitSetRevertToDefaultValue) != 0);

    const std::string incoming = data && !(grbit & JET_bitSetSizeLV) ? std::string(static_cast<const char*>(data), size) : std::string();
    std::string value;
    // The old bytes of a value still in the long-value tree are read only by the operations that
    // keep some of them.
    if (lv && (grbit & JET_bitSetSizeLV)) {
        if (size > kLongValueMost) return JET_errColumnTooBig;
        if (existing && (err = copyValuePrefix(session, cursor, columnid, itag - 1, size, &value)) < 0) return err;
        value.resize(size, '\0');
    } else if (lv && (grbit & JET_bitSetAppendLV)) {
        if (existing && (err = loadReference(session, cursor, columnid, itag - 1)) < 0) return err;
        value = existing ? values[itag - 1] : std::string();
        value += incoming;
    } else if (lv && ((grbit & JET_bitSetOverwriteLV) || ib > 0)) {
        if (existing && (err = loadReference(session, cursor, columnid, itag - 1)) < 0) return err;
        value = existing ? values[itag - 1] : std::string();
        if (ib > value.size()) return JET_errColumnNoChunk;
        if (value.size() < ib + incoming.size()) value.resize(ib + incoming.size(), '\0');
        value.replace(ib, incoming.size(), incoming);
    } else {
        value = incoming;
    }

    if (isFixedSizeType(col->coltyp)) {
        if (value.size() != fixedSizeOf(col->coltyp)) return JET_errInvalidBufferSize;
        if (col->coltyp == JET_coltypBit) value[0] = value[0] ? '\xFF' : '\0';  // ESE stores true as 0xFF
    } else if (value.size() > maxSizeOf(*col)) {
        return JET_errColumnTooBig;
    }

    if ((grbit & (JET_bitSetUniqueMultiValues | JET_bitSetUniqueNormalizedMultiValues)) && tagged) {
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i + 1 == itag) continue;
            bool equal = false;
            if ((err = copyValueEquals(session, cursor, columnid, i, value, &equal)) < 0) return err;
            if (equal) return JET_errMultiValuedDuplicate;
        }
    }
    if (!tagged) {
        holdColumn(cursor.schema, rs.copy, columnid);
        dropColumnReferences(rs, columnid);
        rs.copy[columnid].assign(1, std::move(value));
    } else if (existing) {
        dropReference(rs, columnid, itag - 1);
        rs.copy[columnid][itag - 1] = std::move(value);
    } else {
        rs.copy[columnid].push_back(std::move(value));  // itagSequence 0 or past the end appends
    }
    return JET_errSuccess;
}

JET_ERR update(core::Session& session, TableCursor& cursor, std::string* bookmark) {
    RecordState& rs = cursor.records;
    if (!updatePrepared(session, cursor)) return JET_errUpdateNotPrepared;
    JET_ERR err = writable(cursor);
    if (err < 0) return err;
    VersionStore* vs = VersionStore::of(session);
    if (!vs) return JET_errInternalError;
    for (const ColumnDef& col : cursor.schema.columns) {
        if (!(col.grbit & JET_bitColumnNotNULL)) continue;
        auto it = rs.copy.find(col.columnid);
        if ((it == rs.copy.end() || it->second.empty()) && !col.hasDefault) return JET_errNullInvalid;
    }
    const bool insert = rs.prep == JET_prepInsert || rs.prep == JET_prepInsertCopy;
    // The record written is the prepared copy itself, not a copy of it (its long values may be
    // large); only a replace that bumps a version column writes a changed copy. The prepared copy
    // stays as it was, so a failed update stays prepared.
    const InlineRecord* written = &rs.copy;
    InlineRecord versioned;
    std::string key;
    if (insert) {
        key = takeRecordKey(session, cursor);
    } else {
        key = rs.originalKey;
        for (const ColumnDef& col : cursor.schema.columns) {
            if (!(col.grbit & JET_bitColumnVersion)) continue;
            if (written == &rs.copy) {
                versioned = rs.copy;
                written = &versioned;
            }
            holdColumn(cursor.schema, versioned, col.columnid);
            auto& v = versioned[col.columnid];
            const std::int64_t now = v.empty() ? 0 : fromLittleEndian(v[0]);
            v.assign(1, littleEndian(now + 1, 4));
        }
    }
    const InlineRecord& record = *written;
    SeparatedSet separated;
    const std::string bytes = plannedRecord(cursor.schema, record, rs.references, &separated);
    if (bytes.size() > recordMost(cursor)) return JET_errRecordTooBig;
    Database& db = *cursor.database;
    err = VersionStore::withTransaction(session, [&]() -> JET_ERR {
        if (!insert) {
            // Replace without a lock (ReplaceNoLock, level 0): the record must be unchanged
            // and not locked by another session.
            std::string now;
            if (!vs->get(session, db, cursor.recordTree, key, &now)) return JET_errRecordDeleted;
            if (now != rs.originalBytes) return JET_errWriteConflict;
            if (vs->lockedByOther(session, db, cursor.recordTree, key)) return JET_errWriteConflict;
        }
        JET_ERR e = vs->put(session, db, cursor.recordTree, key, bytes);
        if (e < 0) return e;
        return writeLongValues(session, cursor, key, record, separated, rs.references, rs.referenceKey,
                               insert ? std::string() : rs.originalBytes);
    });
    if (err < 0) return err;  // the update stays prepared
    rs.cancelUpdate();
    if (bookmark) *bookmark = key;
    return err;
}

JET_ERR deleteRecord(core::Session& session, TableCursor& cursor) {
    JET_ERR err = updatable(session, cursor);
    if (err < 0) return err;
    std::string record;
    if ((err = currentRecord(session, cursor, &record)) < 0) return err;
    VersionStore* vs = VersionStore::of(session);
    if (!vs) return JET_errInternalError;
    const std::string key = cursor.records.key;
    err = VersionStore::withTransaction(session, [&]() -> JET_ERR {
        JET_ERR e = vs->erase(session, *cursor.database, cursor.recordTree, key);
        if (e < 0) return e;
        return eraseLongValues(session, cursor, key, record);
    });
    if (err < 0) return err;
    cursor.records.cancelUpdate();
    cursor.records.position = RecordState::Position::Gap;
    return err;
}

JET_ERR escrowUpdate(core::Session& session, TableCursor& cursor, JET_COLUMNID columnid, const void* delta,
                     unsigned long size, unsigned long oldSize, std::int64_t* before, std::uint32_t* columnSize,
                     JET_GRBIT grbit) {
    // ESENT's order: a transaction, an updatable cursor, the column, no prepared update, the
    // sizes, then a fixed escrow column (JET_errInvalidOperation for any other column).
    if (session.level == 0) return JET_errNotInTransaction;
    JET_ERR err = updatable(session, cursor);
    if (err < 0) return err;
    if (grbit & ~static_cast<JET_GRBIT>(JET_bitEscrowNoRollback)) return JET_errInvalidGrbit;
    const ColumnDef* col = cursor.schema.column(columnid);
    if (!col) return JET_errColumnNotFound;
    if (updatePrepared(session, cursor)) return JET_errAlreadyPrepared;
    if (classOf(columnid) != ColumnClass::Fixed) return JET_errInvalidOperation;
    const std::uint32_t width = maxSizeOf(*col);
    if (delta == nullptr || size != width) return JET_errInvalidBufferSize;
    if (oldSize != 0 && oldSize < width) return JET_errInvalidBufferSize;
    if (!(col->grbit & JET_bitColumnEscrowUpdate)) return JET_errInvalidOperation;
    std::string record;
    if ((err = currentRecord(session, cursor, &record)) < 0) return err;
    VersionStore* vs = VersionStore::of(session);
    if (!vs) return JET_errInternalError;
    EscrowDelta d;
    d.columnid = columnid;
    d.size = width;
    d.delta = fromLittleEndian(std::string(static_cast<const char*>(delta), size));
    d.deleteOnZero = (col->grbit & (JET_bitColumnDeleteOnZero | JET_bitColumnFinalize)) != 0;
    const std::string key = cursor.records.key;
    *columnSize = width;
    return VersionStore::withTransaction(session, [&]() -> JET_ERR {
        return vs->escrow(session, *cursor.database, cursor.recordTree, key, d, before);
    });
}

JET_ERR getLock(core::Session& session, TableCursor& cursor, JET_GRBIT grbit) {
    if (grbit != JET_bitReadLock && grbit != JET_bitWriteLock) return JET_errInvalidGrbit;
    if (session.level == 0) return JET_errNotInTransaction;
    if (cursor.staticTable) return JET_errPermissionDenied;
    std::string record;
    JET_ERR err = currentRecord(session, cursor, &record);
    if (err < 0) return err;
    VersionStore* vs = VersionStore::of(session);
    if (!vs) return JET_errInternalError;
    if (grbit == JET_bitReadLock)
        return vs->lockedByOther(session, *cursor.database, cursor.recordTree, cursor.records.key)
                   ? JET_errWriteConflict : JET_errSuccess;
    return vs->lock(session, *cursor.database, cursor.recordTree, cursor.records.key);
}

}  // namespace esent::data
