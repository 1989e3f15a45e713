// ESENT's rules for a new column (Microsoft's JetAddColumn and JET_COLUMNDEF documentation,
// ESENT-NOTES.md). Class: long values and JET_bitColumnTagged are tagged; fixed-size types and
// JET_bitColumnFixed are fixed; Binary and Text are variable.
#include "column_rules.h"

#include <algorithm>

namespace esent::data {

namespace {

constexpr JET_GRBIT kAddColumnGrbits =
    JET_bitColumnFixed | JET_bitColumnTagged | JET_bitColumnNotNULL | JET_bitColumnVersion |
    JET_bitColumnAutoincrement | JET_bitColumnMultiValued | JET_bitColumnEscrowUpdate |
    JET_bitColumnUnversioned | JET_bitColumnFinalize | JET_bitColumnDeleteOnZero |
    JET_bitColumnCompressed | JET_bitColumnMaybeNull;

bool validType(unsigned long t) {
    // Spelled out to the last type: mingw's JET_coltypMax (the win32 lane's engine build) is 18.
    return t > JET_coltypNil && t <= JET_coltypUnsignedLongLong && t != JET_coltypSLV;
}

}  // namespace

JET_ERR defineColumn(const ColumnRequest& request, TableDef& table, ColumnDef* column) {
    JET_ERR err = checkObjectName(request.name);
    if (err < 0) return err;
    if (!validType(request.coltyp)) return JET_errInvalidColumnType;
    const auto coltyp = static_cast<JET_COLTYP>(request.coltyp);
    JET_GRBIT grbit = request.grbit;
    if (grbit & ~kAddColumnGrbits) return JET_errInvalidParameter;
    // JET_bitColumnUserDefinedDefault needs callbacks, which this engine does not have.
    if ((grbit & JET_bitColumnFixed) && (grbit & JET_bitColumnTagged)) return JET_errInvalidParameter;
    const bool longValue = isLongValueType(coltyp);
    if (longValue && (grbit & JET_bitColumnFixed)) return JET_errInvalidParameter;
    const bool tagged = longValue || (grbit & JET_bitColumnTagged);
    if ((grbit & JET_bitColumnMultiValued) && !tagged) return JET_errMultiValuedColumnMustBeTagged;
    if (tagged && (grbit & JET_bitColumnNotNULL)) return JET_errTaggedNotNULL;

    if (grbit & JET_bitColumnVersion) {
        if (coltyp != JET_coltypLong || tagged || (grbit & (JET_bitColumnAutoincrement | JET_bitColumnEscrowUpdate)))
            return JET_errInvalidParameter;
    }
    if (grbit & JET_bitColumnAutoincrement) {
        if ((coltyp != JET_coltypLong && coltyp != JET_coltypCurrency && coltyp != JET_coltypLongLong) || tagged ||
            (grbit & JET_bitColumnEscrowUpdate))
            return JET_errInvalidParameter;
    }
    if (grbit & (JET_bitColumnFinalize | JET_bitColumnDeleteOnZero)) {
        if (!(grbit & JET_bitColumnEscrowUpdate)) return JET_errInvalidParameter;
    }
    if (grbit & JET_bitColumnEscrowUpdate) {
        // Escrow counters are fixed Long (or LongLong) columns with a default value.
        if ((coltyp != JET_coltypLong && coltyp != JET_coltypLongLong) || tagged) return JET_errInvalidParameter;
        if (!request.hasDefault) return JET_errInvalidParameter;
    }
    for (const auto& existing : table.columns) {
        if (sameName(existing.name, request.name)) return JET_errColumnDuplicate;
        if ((grbit & JET_bitColumnVersion) && (existing.grbit & JET_bitColumnVersion)) return JET_errColumnRedundant;
        if ((grbit & JET_bitColumnAutoincrement) && (existing.grbit & JET_bitColumnAutoincrement))
            return JET_errColumnRedundant;
    }

    ColumnDef out;
    out.name = request.name;
    out.coltyp = coltyp;
    JET_ERR warning = JET_errSuccess;
    const std::uint32_t fixedSize = fixedSizeOf(coltyp);
    if (fixedSize != 0) {
        out.cbMax = fixedSize;
    } else if (longValue) {
        out.cbMax = static_cast<std::uint32_t>(request.cbMax);  // 0: no limit
    } else {
        // Binary and Text hold at most JET_cbColumnMost bytes; 0 means that maximum.
        std::uint32_t cb = static_cast<std::uint32_t>(request.cbMax);
        if (cb == 0) cb = JET_cbColumnMost;
        if (request.cbMax > JET_cbColumnMost) {
            cb = JET_cbColumnMost;
            warning = JET_wrnColumnMaxTruncated;
        }
        out.cbMax = cb;
    }
    if (isTextType(coltyp)) {
        const unsigned long cp = request.cp == 0 ? 1252 : request.cp;
        if (cp != 1252 && cp != 1200) return JET_errInvalidCodePage;
        out.cp = static_cast<std::uint16_t>(cp);
    }
    if (request.hasDefault) {
        const std::size_t size = request.defaultValue.size();
        if (fixedSize != 0 && size != fixedSize) {
            if (size > fixedSize) return JET_errDefaultValueTooBig;
            return JET_errInvalidParameter;
        }
        if (longValue ? size > JET_cbLVDefaultValueMost : (out.cbMax != 0 && size > out.cbMax))
            return JET_errDefaultValueTooBig;
        out.hasDefault = true;
        out.defaultValue = request.defaultValue;
    }

    // Column ids: fixed 1..127, variable 128..255, tagged 256..; never reused within a table.
    JET_COLUMNID id = 0;
    if (tagged) {
        id = table.lastTagged == 0 ? kFirstTaggedColumn : table.lastTagged + 1;
        if (id > kFirstTaggedColumn + JET_ccolTaggedMost - 1) return JET_errTooManyColumns;
        table.lastTagged = id;
        grbit |= JET_bitColumnTagged;
        grbit &= ~JET_bitColumnFixed;
    } else if (fixedSize != 0 || (grbit & JET_bitColumnFixed)) {
        id = table.lastFixed == 0 ? kFirstFixedColumn : table.lastFixed + 1;
        if (id > kLastFixedColumn) return JET_errTooManyColumns;
        table.lastFixed = id;
        grbit |= JET_bitColumnFixed;
    } else {
        id = table.lastVariable == 0 ? kFirstVariableColumn : table.lastVariable + 1;
        if (id > kLastVariableColumn) return JET_errTooManyColumns;
        table.lastVariable = id;
    }
    // JET_bitColumnUpdatable is not stored: JetGetColumnInfo reports it when the cursor may update.
    grbit &= ~(JET_bitColumnUnversioned | JET_bitColumnUpdatable);
    out.grbit = grbit;
    out.columnid = id;
    table.columns.push_back(out);
    std::sort(table.columns.begin(), table.columns.end(),
              [](const ColumnDef& a, const ColumnDef& b) { return a.columnid < b.columnid; });
    *column = std::move(out);
    return warning;
}

}  // namespace esent::data
