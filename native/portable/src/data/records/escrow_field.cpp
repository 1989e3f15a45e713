#include "escrow_field.h"

#include "record_codec.h"

namespace esent::data {

namespace {

std::int64_t fromBytes(const std::string& bytes, std::uint32_t size) {
    std::uint64_t v = 0;
    for (std::uint32_t i = 0; i < size && i < bytes.size(); ++i) v |= std::uint64_t(static_cast<unsigned char>(bytes[i])) << (8 * i);
    if (size == 4) return static_cast<std::int32_t>(static_cast<std::uint32_t>(v));
    return static_cast<std::int64_t>(v);
}

std::string toBytes(std::int64_t value, std::uint32_t size) {
    std::string out(size, '\0');
    const auto v = static_cast<std::uint64_t>(value);
    for (std::uint32_t i = 0; i < size; ++i) out[i] = static_cast<char>((v >> (8 * i)) & 0xFF);
    return out;
}

}  // namespace

std::int64_t readEscrowField(const std::string& record, const EscrowDelta& field) {
    InlineRecord values;
    if (!decodeRecord(record, &values)) return 0;
    auto it = values.find(field.columnid);
    if (it == values.end() || it->second.empty()) return 0;
    return fromBytes(it->second[0], field.size);
}

std::int64_t applyEscrowDelta(std::string& record, const EscrowDelta& delta) {
    InlineRecord values;
    SeparatedSet separated;  // long-value references are kept as they are
    if (!decodeRecord(record, &values, &separated)) return 0;
    std::vector<std::string>& column = values[delta.columnid];
    const std::int64_t before = column.empty() ? 0 : fromBytes(column[0], delta.size);
    // Two's-complement wrap at the column's width.
    std::int64_t after = static_cast<std::int64_t>(static_cast<std::uint64_t>(before) + static_cast<std::uint64_t>(delta.delta));
    if (delta.size == 4) after = static_cast<std::int32_t>(static_cast<std::uint32_t>(after));
    column.assign(1, toBytes(after, delta.size));
    record = encodeRecord(values, separated);
    return after;
}

}  // namespace esent::data
