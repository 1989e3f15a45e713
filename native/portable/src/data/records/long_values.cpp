#include "long_values.h"

#include <algorithm>
#include <cstring>

#include "../versions/version_store.h"

namespace esent::data {

namespace {

constexpr std::size_t kChunk = 32 * 1024;

void putBE32(std::string& out, std::uint32_t v) {
    for (int i = 3; i >= 0; --i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

std::string chunkKey(const std::string& recordKey, JET_COLUMNID columnid, std::size_t index, std::size_t offset) {
    std::string key = recordKey;
    putBE32(key, static_cast<std::uint32_t>(columnid));
    putBE32(key, static_cast<std::uint32_t>(index));
    putBE32(key, static_cast<std::uint32_t>(offset));
    return key;
}

std::uint64_t refSize(const std::string& ref) {
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < 8 && i < ref.size(); ++i) v |= std::uint64_t(static_cast<unsigned char>(ref[i])) << (8 * i);
    return v;
}

std::string sizeRef(std::uint64_t size) {
    std::string out(8, '\0');
    for (int i = 0; i < 8; ++i) out[i] = static_cast<char>((size >> (8 * i)) & 0xFF);
    return out;
}

JET_ERR eraseValue(core::Session& session, TableCursor& cursor, const std::string& key, JET_COLUMNID columnid,
                   std::size_t index, std::uint64_t size) {
    VersionStore* vs = VersionStore::of(session);
    if (!vs) return JET_errInternalError;
    for (std::uint64_t offset = 0; offset < size; offset += kChunk) {
        const JET_ERR err = vs->erase(session, *cursor.database, cursor.schema.longValueTree, chunkKey(key, columnid, index, offset));
        if (err < 0 && err != JET_errRecordDeleted) return err;
    }
    return JET_errSuccess;
}

// A chunk of a separated value could not be read. When the record at `key` still holds that
// value the file is damaged. When it does not, the caller read through a reference it took
// earlier (a prepared update's copy) and another session has since changed or deleted the record
// (nothing locks it at transaction level 0): that is a write conflict, not damage.
JET_ERR missingChunk(core::Session& session, TableCursor& cursor, const std::string& key, JET_COLUMNID columnid,
                     std::size_t index) {
    VersionStore* vs = VersionStore::of(session);
    std::string stored;
    if (!vs || !vs->get(session, *cursor.database, cursor.recordTree, key, &stored)) return JET_errWriteConflict;
    InlineRecord record;
    SeparatedSet separated;
    if (!decodeRecord(stored, &record, &separated)) return JET_errDatabaseCorrupted;
    return separated.count({columnid, index}) ? JET_errDatabaseCorrupted : JET_errWriteConflict;
}

// Copies the chunks of a separated value of the record at `from` to the same place of the record
// at `to`, one chunk at a time.
JET_ERR copyValue(core::Session& session, TableCursor& cursor, const std::string& from, const std::string& to,
                  JET_COLUMNID columnid, std::size_t index, std::uint64_t size) {
    VersionStore* vs = VersionStore::of(session);
    if (!vs) return JET_errInternalError;
    std::string chunk;
    for (std::uint64_t offset = 0; offset < size; offset += kChunk) {
        if (!vs->get(session, *cursor.database, cursor.schema.longValueTree, chunkKey(from, columnid, index, offset), &chunk))
            return missingChunk(session, cursor, from, columnid, index);
        const JET_ERR err =
            vs->put(session, *cursor.database, cursor.schema.longValueTree, chunkKey(to, columnid, index, offset), chunk);
        if (err < 0) return err;
    }
    return JET_errSuccess;
}

}  // namespace

std::uint64_t separatedSize(const std::string& reference) { return refSize(reference); }

JET_ERR readLongValue(core::Session& session, TableCursor& cursor, const std::string& key, JET_COLUMNID columnid,
                      std::size_t index, std::uint64_t size, std::string* value) {
    VersionStore* vs = VersionStore::of(session);
    if (!vs) return JET_errInternalError;
    value->clear();
    value->reserve(size);
    for (std::uint64_t offset = 0; offset < size; offset += kChunk) {
        std::string chunk;
        if (!vs->get(session, *cursor.database, cursor.schema.longValueTree, chunkKey(key, columnid, index, offset), &chunk))
            return missingChunk(session, cursor, key, columnid, index);
        value->append(chunk);
    }
    return value->size() == size ? JET_errSuccess : JET_errDatabaseCorrupted;
}

JET_ERR readLongValueRange(core::Session& session, TableCursor& cursor, const std::string& key, JET_COLUMNID columnid,
                           std::size_t index, std::uint64_t from, std::size_t count, char* out) {
    VersionStore* vs = VersionStore::of(session);
    if (!vs) return JET_errInternalError;
    std::string chunk;
    for (std::uint64_t offset = from - from % kChunk; count > 0; offset += kChunk) {
        if (!vs->get(session, *cursor.database, cursor.schema.longValueTree, chunkKey(key, columnid, index, offset), &chunk))
            return missingChunk(session, cursor, key, columnid, index);
        const std::uint64_t skip = from > offset ? from - offset : 0;
        if (skip >= chunk.size()) return JET_errDatabaseCorrupted;
        const std::size_t n = std::min<std::size_t>(count, chunk.size() - skip);
        std::memcpy(out, chunk.data() + skip, n);
        out += n;
        count -= n;
        from += n;
    }
    return JET_errSuccess;
}

std::string plannedRecord(const TableDef& schema, const InlineRecord& record, const SeparatedSet& references,
                          SeparatedSet* separated) {
    separated->clear();
    InlineRecord stored = record;
    for (auto& [columnid, values] : stored) {
        const ColumnDef* col = schema.column(columnid);
        if (!col || !isLongValueType(col->coltyp)) continue;
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (references.count({columnid, i})) {
                separated->insert({columnid, i});
                continue;
            }
            if (!storedSeparately(*col, values[i].size())) continue;
            separated->insert({columnid, i});
            values[i] = sizeRef(values[i].size());
        }
    }
    return encodeRecord(stored, *separated);
}

JET_ERR writeLongValues(core::Session& session, TableCursor& cursor, const std::string& key,
                        const InlineRecord& record, const SeparatedSet& separated, const SeparatedSet& references,
                        const std::string& referenceKey, const std::string& oldStored) {
    VersionStore* vs = VersionStore::of(session);
    if (!vs) return JET_errInternalError;
    InlineRecord old;
    SeparatedSet oldSeparated;
    if (!oldStored.empty() && !decodeRecord(oldStored, &old, &oldSeparated)) return JET_errDatabaseCorrupted;
    const bool sameRecord = key == referenceKey;
    JET_ERR err = JET_errSuccess;
    // Chunks of old values: kept when the record still refers to them at the same place.
    for (const auto& [columnid, index] : oldSeparated) {
        if (sameRecord && references.count({columnid, index})) continue;
        if ((err = eraseValue(session, cursor, key, columnid, index, refSize(old[columnid][index]))) < 0) return err;
    }
    for (const auto& [columnid, index] : separated) {
        const std::string& value = record.at(columnid)[index];
        if (references.count({columnid, index})) {
            if (sameRecord) continue;  // untouched: its chunks were kept
            if ((err = copyValue(session, cursor, referenceKey, key, columnid, index, refSize(value))) < 0) return err;
            continue;
        }
        for (std::size_t offset = 0; offset < value.size(); offset += kChunk) {
            err = vs->put(session, *cursor.database, cursor.schema.longValueTree, chunkKey(key, columnid, index, offset),
                          std::string_view(value).substr(offset, kChunk));
            if (err < 0) return err;
        }
    }
    return JET_errSuccess;
}

JET_ERR eraseLongValues(core::Session& session, TableCursor& cursor, const std::string& key, const std::string& stored) {
    InlineRecord old;
    SeparatedSet separated;
    if (!decodeRecord(stored, &old, &separated)) return JET_errDatabaseCorrupted;
    for (const auto& [columnid, index] : separated) {
        const JET_ERR err = eraseValue(session, cursor, key, columnid, index, refSize(old[columnid][index]));
        if (err < 0) return err;
    }
    return JET_errSuccess;
}

}  // namespace esent::data
