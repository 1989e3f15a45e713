#include "prepared_copy.h"

#include <algorithm>

#include "long_values.h"

namespace esent::data {

JET_ERR loadReference(core::Session& session, TableCursor& cursor, JET_COLUMNID columnid, std::size_t index) {
    RecordState& rs = cursor.records;
    if (!rs.references.count({columnid, index})) return JET_errSuccess;
    std::string& slot = rs.copy.at(columnid).at(index);
    std::string value;
    const JET_ERR err = readLongValue(session, cursor, rs.referenceKey, columnid, index, separatedSize(slot), &value);
    if (err < 0) return err;
    slot = std::move(value);
    rs.references.erase({columnid, index});
    return JET_errSuccess;
}

JET_ERR copyValuePrefix(core::Session& session, TableCursor& cursor, JET_COLUMNID columnid, std::size_t index,
                        std::uint64_t most, std::string* out) {
    RecordState& rs = cursor.records;
    const std::string& held = rs.copy.at(columnid).at(index);
    if (!rs.references.count({columnid, index})) {
        *out = held.substr(0, static_cast<std::size_t>(std::min<std::uint64_t>(most, held.size())));
        return JET_errSuccess;
    }
    out->assign(static_cast<std::size_t>(std::min<std::uint64_t>(most, separatedSize(held))), '\0');
    if (out->empty()) return JET_errSuccess;
    return readLongValueRange(session, cursor, rs.referenceKey, columnid, index, 0, out->size(), &(*out)[0]);
}

void dropReference(RecordState& rs, JET_COLUMNID columnid, std::size_t index) { rs.references.erase({columnid, index}); }

JET_ERR removeValue(core::Session& session, TableCursor& cursor, JET_COLUMNID columnid, std::size_t index) {
    RecordState& rs = cursor.records;
    const auto it = rs.copy.find(columnid);
    if (it == rs.copy.end() || index >= it->second.size()) return JET_errSuccess;
    for (std::size_t i = index + 1; i < it->second.size(); ++i) {
        const JET_ERR err = loadReference(session, cursor, columnid, i);
        if (err < 0) return err;
    }
    dropReference(rs, columnid, index);
    return JET_errSuccess;
}

void dropColumnReferences(RecordState& rs, JET_COLUMNID columnid) {
    auto it = rs.references.lower_bound({columnid, 0});
    while (it != rs.references.end() && it->first == columnid) it = rs.references.erase(it);
}

JET_ERR copyValueEquals(core::Session& session, TableCursor& cursor, JET_COLUMNID columnid, std::size_t index,
                        const std::string& value, bool* equal) {
    RecordState& rs = cursor.records;
    const std::string& held = rs.copy.at(columnid).at(index);
    if (!rs.references.count({columnid, index})) {
        *equal = held == value;
        return JET_errSuccess;
    }
    *equal = false;
    if (separatedSize(held) != value.size()) return JET_errSuccess;
    std::string bytes;
    const JET_ERR err = readLongValue(session, cursor, rs.referenceKey, columnid, index, value.size(), &bytes);
    if (err < 0) return err;
    *equal = bytes == value;
    return JET_errSuccess;
}

}  // namespace esent::data
