// JetAddColumn's validation and the column a definition becomes: its class (and so its id
// range), its normalised cbMax, cp and grbit. Pure functions of the request and the table.
#pragma once

#include <cstring>
#include <string>

#include <esent.h>

#include "table_schema.h"

namespace esent::data {

struct ColumnRequest {
    std::string name;          // UTF-8
    // The caller's raw value: JET_COLTYP is an enum (as in mingw's esent.h), and a value outside
    // it must be refused, not loaded as one (see rawColtyp).
    unsigned long coltyp = 0;
    unsigned long cbMax = 0;
    JET_GRBIT grbit = 0;
    unsigned long cp = 0;
    bool hasDefault = false;   // pvDefault != nullptr && cbDefault > 0
    std::string defaultValue;
};

// Reads a JET_COLTYP field without loading an out-of-range enum value.
inline unsigned long rawColtyp(const JET_COLTYP* field) {
    unsigned int raw = 0;
    static_assert(sizeof(JET_COLTYP) == sizeof raw, "JET_COLTYP is int-sized");
    std::memcpy(&raw, field, sizeof raw);
    return raw;
}

// Validates `request` against `table` and fills `column` (columnid included, the table's last id
// of its class advanced). Returns an error, or JET_errSuccess / JET_wrnColumnMaxTruncated.
// The exclusive-lock and empty-table checks of escrow columns are the caller's.
JET_ERR defineColumn(const ColumnRequest& request, TableDef& table, ColumnDef* column);

}  // namespace esent::data
