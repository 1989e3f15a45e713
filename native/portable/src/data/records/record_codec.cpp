#include "record_codec.h"

namespace esent::data {

namespace {

void putU32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

bool getU32(std::string_view bytes, std::size_t* at, std::uint32_t* v) {
    if (bytes.size() - *at < 4 || *at > bytes.size()) return false;
    std::uint32_t r = 0;
    for (int i = 0; i < 4; ++i) r |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[*at + i])) << (8 * i);
    *at += 4;
    *v = r;
    return true;
}

}  // namespace

std::string encodeInlineRecord(const InlineRecord& record) { return encodeRecord(record, SeparatedSet()); }

bool decodeRecord(std::string_view bytes, InlineRecord* record) { return decodeRecord(bytes, record, nullptr); }

std::string encodeRecord(const InlineRecord& record, const SeparatedSet& separated) {
    std::string out;
    out.push_back('R');
    putU32(out, static_cast<std::uint32_t>(record.size()));
    for (const auto& [columnid, values] : record) {
        putU32(out, static_cast<std::uint32_t>(columnid));
        putU32(out, static_cast<std::uint32_t>(values.size()));
        for (std::size_t i = 0; i < values.size(); ++i) {
            const std::string& value = values[i];
            const bool ref = separated.count({columnid, i}) != 0;
            putU32(out, static_cast<std::uint32_t>(value.size()) | (ref ? 0x80000000u : 0u));
            out.append(value);
        }
    }
    return out;
}

bool decodeRecord(std::string_view bytes, InlineRecord* record, SeparatedSet* separated) {
    record->clear();
    if (separated) separated->clear();
    if (bytes.empty() || bytes[0] != 'R') return false;
    std::size_t at = 1;
    std::uint32_t columns = 0;
    if (!getU32(bytes, &at, &columns)) return false;
    for (std::uint32_t c = 0; c < columns; ++c) {
        std::uint32_t columnid = 0, count = 0;
        if (!getU32(bytes, &at, &columnid) || !getU32(bytes, &at, &count)) return false;
        if (count > bytes.size()) return false;
        std::vector<std::string>& values = (*record)[columnid];
        for (std::uint32_t i = 0; i < count; ++i) {
            std::uint32_t length = 0;
            if (!getU32(bytes, &at, &length)) return false;
            if (length & 0x80000000u) {
                length &= 0x7FFFFFFFu;
                if (separated) separated->insert({columnid, i});
            }
            if (bytes.size() - at < length) return false;
            values.emplace_back(bytes.substr(at, length));
            at += length;
        }
    }
    return at == bytes.size();
}

std::string recordKey(std::uint32_t number) {
    std::string key(4, '\0');
    for (int i = 0; i < 4; ++i) key[i] = static_cast<char>((number >> (8 * (3 - i))) & 0xFF);
    return key;
}

std::uint32_t recordNumber(std::string_view key) {
    if (key.size() != 4) return 0;
    std::uint32_t r = 0;
    for (int i = 0; i < 4; ++i) r = (r << 8) | static_cast<unsigned char>(key[i]);
    return r;
}

}  // namespace esent::data
