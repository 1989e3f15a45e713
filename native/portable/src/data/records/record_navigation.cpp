#include "record_navigation.h"

#include "../versions/version_store.h"
#include "record_codec.h"

namespace esent::data {

namespace {

using Position = RecordState::Position;

// The entry nearest `key` in direction `mode`, over the version store or a StaticTable.
bool seekEntry(core::Session& session, TableCursor& cursor, const std::string& key, store::SeekMode mode,
               std::string* found, std::string* value) {
    if (cursor.staticTable) {
        const auto& rows = cursor.staticTable->records;
        const std::int64_t n = static_cast<std::int64_t>(rows.size());
        const std::int64_t at = static_cast<std::int64_t>(recordNumber(key));
        std::int64_t pick = -1;
        switch (mode) {
            case store::SeekMode::EQ: pick = at; break;
            case store::SeekMode::GE: pick = at; break;
            case store::SeekMode::GT: pick = at + 1; break;
            case store::SeekMode::LE: pick = at < n ? at : n - 1; break;
            case store::SeekMode::LT: pick = (at <= n ? at : n) - 1; break;
        }
        if (pick < 0 || pick >= n) return false;
        *found = recordKey(static_cast<std::uint32_t>(pick));
        if (value) *value = rows[static_cast<std::size_t>(pick)];
        return true;
    }
    VersionStore* vs = VersionStore::of(session);
    if (!vs || !cursor.database) return false;
    std::string v;
    return vs->seek(session, *cursor.database, cursor.recordTree, key, mode, found, value ? value : &v);
}

bool firstEntry(core::Session& session, TableCursor& cursor, std::string* found) {
    return seekEntry(session, cursor, std::string(4, '\0'), store::SeekMode::GE, found, nullptr);
}

bool lastEntry(core::Session& session, TableCursor& cursor, std::string* found) {
    return seekEntry(session, cursor, std::string(4, '\xFF'), store::SeekMode::LE, found, nullptr);
}

}  // namespace

JET_ERR positionOnFirst(core::Session& session, TableCursor& cursor) {
    cursor.records.cancelUpdate();
    std::string key;
    if (!firstEntry(session, cursor, &key)) {
        cursor.records.position = Position::BeforeFirst;
        cursor.records.key.clear();
        return JET_errNoCurrentRecord;
    }
    cursor.records.position = Position::OnRecord;
    cursor.records.key = key;
    return JET_errSuccess;
}

JET_ERR moveCursor(core::Session& session, TableCursor& cursor, long cRow, JET_GRBIT grbit) {
    if (grbit & ~static_cast<JET_GRBIT>(JET_bitMoveKeyNE)) return JET_errInvalidGrbit;
    RecordState& rs = cursor.records;
    rs.cancelUpdate();  // ESENT: a move cancels a prepared update
    std::string key;
    if (static_cast<unsigned long>(cRow) == static_cast<unsigned long>(JET_MoveFirst)) {
        if (!firstEntry(session, cursor, &key)) {
            rs.position = Position::BeforeFirst;
            return JET_errNoCurrentRecord;
        }
        rs.position = Position::OnRecord;
        rs.key = key;
        return JET_errSuccess;
    }
    if (cRow == JET_MoveLast) {
        if (!lastEntry(session, cursor, &key)) {
            rs.position = Position::AfterLast;
            return JET_errNoCurrentRecord;
        }
        rs.position = Position::OnRecord;
        rs.key = key;
        return JET_errSuccess;
    }
    if (cRow == 0) {
        std::string record;
        return currentRecord(session, cursor, &record);
    }
    long steps = cRow > 0 ? cRow : -cRow;
    const bool forward = cRow > 0;
    while (steps-- > 0) {
        bool ok = false;
        if (forward) {
            if (rs.position == Position::BeforeFirst) ok = firstEntry(session, cursor, &key);
            else if (rs.position != Position::AfterLast)
                ok = seekEntry(session, cursor, rs.key, store::SeekMode::GT, &key, nullptr);
            if (!ok) {
                rs.position = Position::AfterLast;
                rs.key.clear();
                return JET_errNoCurrentRecord;
            }
        } else {
            if (rs.position == Position::AfterLast) ok = lastEntry(session, cursor, &key);
            else if (rs.position != Position::BeforeFirst)
                ok = seekEntry(session, cursor, rs.key, store::SeekMode::LT, &key, nullptr);
            if (!ok) {
                rs.position = Position::BeforeFirst;
                rs.key.clear();
                return JET_errNoCurrentRecord;
            }
        }
        rs.position = Position::OnRecord;
        rs.key = key;
    }
    return JET_errSuccess;
}

JET_ERR currentRecord(core::Session& session, TableCursor& cursor, std::string* record) {
    const RecordState& rs = cursor.records;
    // ESE keeps a deleted record under the cursor, flagged: reads of it are JET_errRecordDeleted.
    if (rs.position == Position::Gap) return JET_errRecordDeleted;
    if (rs.position != Position::OnRecord) return JET_errNoCurrentRecord;
    std::string found;
    if (!seekEntry(session, cursor, rs.key, store::SeekMode::EQ, &found, record)) return JET_errRecordDeleted;
    return JET_errSuccess;
}

JET_ERR gotoKey(core::Session& session, TableCursor& cursor, const std::string& key) {
    // As ESENT: the prepared update is cancelled first; a bookmark of no record the cursor can
    // see (never there, deleted, not yet committed) is JET_errRecordDeleted, the cursor stays.
    cursor.records.cancelUpdate();
    std::string found, value;
    if (key.size() != 4 || !seekEntry(session, cursor, key, store::SeekMode::EQ, &found, &value))
        return JET_errRecordDeleted;
    cursor.records.position = Position::OnRecord;
    cursor.records.key = found;
    return JET_errSuccess;
}

}  // namespace esent::data
