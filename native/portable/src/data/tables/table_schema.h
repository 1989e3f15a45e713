// A table's definition as the catalog stores it: its trees and its columns. Definitions are
// values in the database's catalog tree (tree 2), read and written through the version store,
// so DDL is transactional: a definition changed inside a transaction is visible to that
// transaction only, and rolls back with it.
//
// Column ids follow ESE's ranges, so that the class of a column can be read from its id:
// fixed 1..127, variable 128..255, tagged 256..65535.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <esent.h>

#include "../../store/page_format.h"

namespace esent::data {

constexpr JET_COLUMNID kFirstFixedColumn = 1;
constexpr JET_COLUMNID kLastFixedColumn = 127;
constexpr JET_COLUMNID kFirstVariableColumn = 128;
constexpr JET_COLUMNID kLastVariableColumn = 255;
constexpr JET_COLUMNID kFirstTaggedColumn = 256;
constexpr JET_COLUMNID kLastTaggedColumn = 65535;

enum class ColumnClass { Fixed, Variable, Tagged };
inline ColumnClass classOf(JET_COLUMNID id) {
    return id <= kLastFixedColumn ? ColumnClass::Fixed
         : id <= kLastVariableColumn ? ColumnClass::Variable : ColumnClass::Tagged;
}

struct ColumnDef {
    JET_COLUMNID columnid = 0;
    std::string name;            // as given (UTF-8); compared case-insensitively (ASCII)
    JET_COLTYP coltyp = JET_coltypNil;
    std::uint32_t cbMax = 0;     // bytes; the type's size for fixed-size types
    JET_GRBIT grbit = 0;         // JET_bitColumn* as JetGetColumnInfo reports them
    std::uint16_t cp = 0;        // 1252 or 1200 for text, 0 otherwise
    bool hasDefault = false;
    std::string defaultValue;    // ESENT's bytes
};

struct TableDef {
    std::string name;            // as given; compared case-insensitively (ASCII)
    store::TreeId recordTree = 0;     // records, keyed by the record key (records/record_key.h)
    store::TreeId longValueTree = 0;  // separated long values (records/long_values.h)
    std::uint32_t pages = 0;     // JetCreateTable's initial pages and density, reported back
    std::uint32_t density = 0;
    std::vector<ColumnDef> columns;  // sorted by columnid; deleted columns are removed
    // The highest column id ever given out per class: ids of deleted columns are not reused
    // (as in ESE), so a stale JET_COLUMNID never names another column.
    JET_COLUMNID lastFixed = 0;
    JET_COLUMNID lastVariable = 0;
    JET_COLUMNID lastTagged = 0;
    // JET_bitTableCreateFixedDDL: column DDL needs a cursor opened with JET_bitTablePermitDDL.
    bool fixedDDL = false;

    const ColumnDef* column(JET_COLUMNID id) const;
    const ColumnDef* column(std::string_view name) const;  // case-insensitive
};

// The schema functions shared by the table and record layers (table_schema.cpp).
bool isFixedSizeType(JET_COLTYP coltyp);
std::uint32_t fixedSizeOf(JET_COLTYP coltyp);  // 0 for Binary/Text/LongBinary/LongText
bool isLongValueType(JET_COLTYP coltyp);       // LongBinary, LongText
bool isTextType(JET_COLTYP coltyp);            // Text, LongText
bool sameName(std::string_view a, std::string_view b);  // ESE's case-insensitive compare
std::string foldedName(std::string_view name);          // the catalog key of a name
// ESE's object-name rules (JET_cbNameMost, no leading space, no control characters or "!.[]"):
// JET_errInvalidName otherwise.
JET_ERR checkObjectName(std::string_view utf8Name);

std::string encodeTableDef(const TableDef& def);
bool decodeTableDef(std::string_view bytes, TableDef* def);  // false: corrupt

}  // namespace esent::data
