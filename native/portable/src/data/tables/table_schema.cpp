// TableDef helpers and the catalog value format: a version byte, then the fields in order,
// integers little-endian, strings as a 4-byte length and the bytes.
#include "table_schema.h"

#include <cstring>

namespace esent::data {

namespace {

constexpr unsigned char kFormatVersion = 1;

unsigned char fold(unsigned char c) { return (c >= 'a' && c <= 'z') ? c - 'a' + 'A' : c; }

void putU64(std::string& out, std::uint64_t v) {
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
void putString(std::string& out, const std::string& s) {
    putU64(out, s.size());
    out += s;
}

struct Reader {
    std::string_view bytes;
    std::size_t at = 0;
    bool ok = true;
    std::uint64_t u64() {
        if (bytes.size() - at < 8) { ok = false; return 0; }
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i) v |= std::uint64_t(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
        at += 8;
        return v;
    }
    std::string str() {
        const std::uint64_t n = u64();
        if (!ok || bytes.size() - at < n) { ok = false; return {}; }
        std::string s(bytes.substr(at, n));
        at += n;
        return s;
    }
};

}  // namespace

const ColumnDef* TableDef::column(JET_COLUMNID id) const {
    for (const auto& c : columns) {
        if (c.columnid == id) return &c;
    }
    return nullptr;
}

const ColumnDef* TableDef::column(std::string_view wanted) const {
    for (const auto& c : columns) {
        if (sameName(c.name, wanted)) return &c;
    }
    return nullptr;
}

bool isFixedSizeType(JET_COLTYP coltyp) { return fixedSizeOf(coltyp) != 0; }

std::uint32_t fixedSizeOf(JET_COLTYP coltyp) {
    switch (coltyp) {
        case JET_coltypBit:
        case JET_coltypUnsignedByte: return 1;
        case JET_coltypShort:
        case JET_coltypUnsignedShort: return 2;
        case JET_coltypLong:
        case JET_coltypUnsignedLong:
        case JET_coltypIEEESingle: return 4;
        case JET_coltypCurrency:
        case JET_coltypIEEEDouble:
        case JET_coltypDateTime:
        case JET_coltypLongLong:
        case JET_coltypUnsignedLongLong: return 8;
        case JET_coltypGUID: return 16;
        default: return 0;
    }
}

bool isLongValueType(JET_COLTYP coltyp) {
    return coltyp == JET_coltypLongBinary || coltyp == JET_coltypLongText;
}

bool isTextType(JET_COLTYP coltyp) { return coltyp == JET_coltypText || coltyp == JET_coltypLongText; }

bool sameName(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (fold(static_cast<unsigned char>(a[i])) != fold(static_cast<unsigned char>(b[i]))) return false;
    }
    return true;
}

JET_ERR checkObjectName(std::string_view name) {
    if (name.empty() || name.size() > JET_cbNameMost) return JET_errInvalidName;
    if (name.front() == ' ') return JET_errInvalidName;
    for (const char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == '!' || c == '.' || c == '[' || c == ']') return JET_errInvalidName;
    }
    return JET_errSuccess;
}

std::string foldedName(std::string_view name) {
    std::string out(name);
    for (auto& c : out) c = static_cast<char>(fold(static_cast<unsigned char>(c)));
    return out;
}

std::string encodeTableDef(const TableDef& def) {
    std::string out;
    out.push_back(static_cast<char>(kFormatVersion));
    putString(out, def.name);
    putU64(out, def.recordTree);
    putU64(out, def.longValueTree);
    putU64(out, def.pages);
    putU64(out, def.density);
    putU64(out, def.lastFixed);
    putU64(out, def.lastVariable);
    putU64(out, def.lastTagged);
    putU64(out, def.fixedDDL ? 1 : 0);
    putU64(out, def.columns.size());
    for (const auto& c : def.columns) {
        putU64(out, c.columnid);
        putString(out, c.name);
        putU64(out, static_cast<std::uint64_t>(c.coltyp));
        putU64(out, c.cbMax);
        putU64(out, c.grbit);
        putU64(out, c.cp);
        putU64(out, c.hasDefault ? 1 : 0);
        putString(out, c.defaultValue);
    }
    return out;
}

bool decodeTableDef(std::string_view bytes, TableDef* def) {
    if (bytes.empty() || static_cast<unsigned char>(bytes[0]) != kFormatVersion) return false;
    Reader r{bytes, 1};
    TableDef out;
    out.name = r.str();
    out.recordTree = r.u64();
    out.longValueTree = r.u64();
    out.pages = static_cast<std::uint32_t>(r.u64());
    out.density = static_cast<std::uint32_t>(r.u64());
    out.lastFixed = static_cast<JET_COLUMNID>(r.u64());
    out.lastVariable = static_cast<JET_COLUMNID>(r.u64());
    out.lastTagged = static_cast<JET_COLUMNID>(r.u64());
    out.fixedDDL = r.u64() != 0;
    const std::uint64_t count = r.u64();
    if (!r.ok || count > 65536) return false;
    for (std::uint64_t i = 0; i < count && r.ok; ++i) {
        ColumnDef c;
        c.columnid = static_cast<JET_COLUMNID>(r.u64());
        c.name = r.str();
        c.coltyp = static_cast<JET_COLTYP>(r.u64());
        c.cbMax = static_cast<std::uint32_t>(r.u64());
        c.grbit = static_cast<JET_GRBIT>(r.u64());
        c.cp = static_cast<std::uint16_t>(r.u64());
        c.hasDefault = r.u64() != 0;
        c.defaultValue = r.str();
        out.columns.push_back(std::move(c));
    }
    if (!r.ok || r.at != bytes.size()) return false;
    *def = std::move(out);
    return true;
}

}  // namespace esent::data
