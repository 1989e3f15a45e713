#include "table_info.h"

#include <algorithm>
#include <cstring>

#include "../../util/utf.h"
#include "../records/record_codec.h"
#include "table_catalog.h"
#include "table_open.h"

namespace esent::data::tables {

namespace {

// What ESENT reports for every column and table of a database created with the defaults.
constexpr unsigned short kCountry = 1;
constexpr unsigned short kLangid = 0x409;
constexpr unsigned long kDefaultDensity = 80;
// JET_bitTableInfoUpdatable | JET_bitTableInfoBookmark | JET_bitTableInfoRollback
constexpr JET_GRBIT kTableInfoGrbit = 0x7;

std::string le(std::uint64_t v, int width) {
    std::string out;
    for (int i = 0; i < width; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
    return out;
}

template <typename Char>
std::string nameBytes(const std::string& utf8);
template <>
std::string nameBytes<char>(const std::string& utf8) { return utf8; }
template <>
std::string nameBytes<WCHAR>(const std::string& utf8) {
    const std::u16string wide = util::utf8ToUtf16(utf8);
    std::string out;
    for (const char16_t u : wide) out += le(u, 2);
    return out;
}
template <typename Char>
std::uint16_t nameCp() { return sizeof(Char) == 1 ? 1252 : 1200; }

// Copies a NUL-terminated name into the caller's buffer of cbMax bytes.
template <typename Char>
JET_ERR putName(void* result, unsigned long cbMax, const std::string& utf8) {
    std::basic_string<Char> text;
    if constexpr (sizeof(Char) == 1) {
        text = utf8;
    } else {
        const std::u16string wide = util::utf8ToUtf16(utf8);
        text.assign(wide.begin(), wide.end());
    }
    const std::size_t bytes = (text.size() + 1) * sizeof(Char);
    if (cbMax < bytes) return JET_errBufferTooSmall;
    std::memcpy(result, text.c_str(), bytes);
    return JET_errSuccess;
}

template <typename Char, std::size_t N>
void copyName(Char (&dest)[N], const std::string& utf8) {
    std::basic_string<Char> text;
    if constexpr (sizeof(Char) == 1) {
        text = utf8;
    } else {
        const std::u16string wide = util::utf8ToUtf16(utf8);
        text.assign(wide.begin(), wide.end());
    }
    const std::size_t n = std::min(text.size(), N - 1);
    std::memcpy(dest, text.data(), n * sizeof(Char));
    dest[n] = 0;
}

JET_OBJECTINFO objectInfo(const TableDef&) {
    JET_OBJECTINFO info;
    std::memset(&info, 0, sizeof info);
    info.cbStruct = sizeof info;
    info.objtyp = JET_objtypTable;
    info.grbit = kTableInfoGrbit;
    // cRecord and cPage are statistics ESENT only updates in JetComputeStats: 0 until then.
    return info;
}

void fillColumnDef(const ColumnDef& c, JET_COLUMNDEF* def) {
    std::memset(def, 0, sizeof *def);
    def->cbStruct = sizeof *def;
    def->columnid = c.columnid;
    def->coltyp = c.coltyp;
    def->wCountry = kCountry;
    def->langid = kLangid;
    def->cp = c.cp;
    def->cbMax = c.cbMax;
    def->grbit = c.grbit;
}

ColumnDef listColumn(JET_COLUMNID id, const char* name, JET_COLTYP coltyp, std::uint16_t cp = 0) {
    ColumnDef c;
    c.columnid = id;
    c.name = name;
    c.coltyp = coltyp;
    c.cbMax = isLongValueType(coltyp) ? 0 : (fixedSizeOf(coltyp) ? fixedSizeOf(coltyp) : JET_cbColumnMost);
    c.grbit = (id >= kFirstTaggedColumn ? JET_bitColumnTagged : id <= kLastFixedColumn ? JET_bitColumnFixed : 0);
    c.cp = cp;
    return c;
}

// JET_COLUMNLIST's columns (fixed 1.., variable 128.., tagged 256).
enum ColumnListId : JET_COLUMNID {
    kPresentationOrder = 1, kColumnId, kColtyp, kCountryId, kLangidId, kCpId, kCollate, kCbMax, kGrbit,
    kColumnName = 128, kBaseTableName, kBaseColumnName,
    kDefault = 256,
};

template <typename Char>
JET_ERR columnList(core::Session& session, const TableDef& table, bool byColumnid, JET_GRBIT extra,
                   void* result, unsigned long cbMax) {
    if (cbMax < sizeof(JET_COLUMNLIST)) return JET_errBufferTooSmall;
    const std::uint16_t cp = nameCp<Char>();
    auto list = std::make_shared<StaticTable>();
    list->schema.name = "ColumnList";
    list->schema.columns = {
        listColumn(kPresentationOrder, "PresentationOrder", JET_coltypLong),
        listColumn(kColumnId, "ColumnId", JET_coltypLong),
        listColumn(kColtyp, "ColumnType", JET_coltypLong),
        listColumn(kCountryId, "CountryCode", JET_coltypShort),
        listColumn(kLangidId, "LanguageId", JET_coltypShort),
        listColumn(kCpId, "CodePage", JET_coltypShort),
        listColumn(kCollate, "Collate", JET_coltypShort),
        listColumn(kCbMax, "ColumnSize", JET_coltypLong),
        listColumn(kGrbit, "Grbit", JET_coltypLong),
        listColumn(kColumnName, "ColumnName", JET_coltypText, cp),
        listColumn(kBaseTableName, "BaseTableName", JET_coltypText, cp),
        listColumn(kBaseColumnName, "BaseColumnName", JET_coltypText, cp),
        listColumn(kDefault, "DefaultValue", JET_coltypLongBinary),
    };
    list->schema.lastFixed = kGrbit;
    list->schema.lastVariable = kBaseColumnName;
    list->schema.lastTagged = kDefault;
    std::vector<const ColumnDef*> columns;
    for (const auto& c : table.columns) columns.push_back(&c);
    if (!byColumnid) {
        std::stable_sort(columns.begin(), columns.end(), [](const ColumnDef* a, const ColumnDef* b) {
            return foldedName(a->name) < foldedName(b->name);
        });
    }
    std::uint32_t order = 0;
    for (const ColumnDef* c : columns) {
        InlineRecord row;
        row[kPresentationOrder] = {le(order++, 4)};
        row[kColumnId] = {le(c->columnid, 4)};
        row[kColtyp] = {le(static_cast<std::uint32_t>(c->coltyp), 4)};
        row[kCountryId] = {le(kCountry, 2)};
        row[kLangidId] = {le(kLangid, 2)};
        row[kCpId] = {le(c->cp, 2)};
        row[kCollate] = {le(0, 2)};
        row[kCbMax] = {le(c->cbMax, 4)};
        row[kGrbit] = {le(c->grbit | extra, 4)};
        row[kColumnName] = {nameBytes<Char>(c->name)};
        row[kBaseTableName] = {nameBytes<Char>(table.name)};
        row[kBaseColumnName] = {nameBytes<Char>(c->name)};
        if (c->hasDefault) row[kDefault] = {c->defaultValue};
        list->records.push_back(encodeInlineRecord(row));
    }
    JET_TABLEID tableid = 0;
    const JET_ERR err = openStaticCursor(session, list, &tableid);
    if (err < 0) return err;
    JET_COLUMNLIST out;
    std::memset(&out, 0, sizeof out);
    out.cbStruct = sizeof out;
    out.tableid = tableid;
    out.cRecord = static_cast<unsigned long>(list->records.size());
    out.columnidPresentationOrder = kPresentationOrder;
    out.columnidcolumnname = kColumnName;
    out.columnidcolumnid = kColumnId;
    out.columnidcoltyp = kColtyp;
    out.columnidCountry = kCountryId;
    out.columnidLangid = kLangidId;
    out.columnidCp = kCpId;
    out.columnidCollate = kCollate;
    out.columnidcbMax = kCbMax;
    out.columnidgrbit = kGrbit;
    out.columnidDefault = kDefault;
    out.columnidBaseTableName = kBaseTableName;
    out.columnidBaseColumnName = kBaseColumnName;
    out.columnidDefinitionName = 0;  // ESE's listing has no such column
    std::memcpy(result, &out, sizeof out);
    return JET_errSuccess;
}

// JET_OBJECTLIST's columns.
enum ObjectListId : JET_COLUMNID {
    kObjtyp = 1, kDtCreate, kDtUpdate, kObjGrbit, kFlags, kCRecord, kCPage,
    kContainerName = 128, kObjectName,
};

template <typename Char>
JET_ERR objectList(core::Session& session, Database& db, void* result, unsigned long cbMax) {
    if (cbMax < sizeof(JET_OBJECTLIST)) return JET_errBufferTooSmall;
    std::vector<TableDef> tables;
    JET_ERR err = catalog::listTables(session, db, &tables);
    if (err < 0) return err;
    const std::uint16_t cp = nameCp<Char>();
    auto list = std::make_shared<StaticTable>();
    list->schema.name = "ObjectList";
    list->schema.columns = {
        listColumn(kObjtyp, "ObjectType", JET_coltypLong),
        listColumn(kDtCreate, "DateCreated", JET_coltypDateTime),
        listColumn(kDtUpdate, "DateUpdated", JET_coltypDateTime),
        listColumn(kObjGrbit, "Grbit", JET_coltypLong),
        listColumn(kFlags, "Flags", JET_coltypLong),
        listColumn(kCRecord, "RecordCount", JET_coltypLong),
        listColumn(kCPage, "PageCount", JET_coltypLong),
        listColumn(kContainerName, "ContainerName", JET_coltypText, cp),
        listColumn(kObjectName, "ObjectName", JET_coltypText, cp),
    };
    list->schema.lastFixed = kCPage;
    list->schema.lastVariable = kObjectName;
    std::sort(tables.begin(), tables.end(),
              [](const TableDef& a, const TableDef& b) { return foldedName(a.name) < foldedName(b.name); });
    for (const auto& t : tables) {
        const JET_OBJECTINFO info = objectInfo(t);
        InlineRecord row;
        row[kObjtyp] = {le(info.objtyp, 4)};
        row[kDtCreate] = {le(0, 8)};
        row[kDtUpdate] = {le(0, 8)};
        row[kObjGrbit] = {le(info.grbit, 4)};
        row[kFlags] = {le(info.flags, 4)};
        row[kCRecord] = {le(info.cRecord, 4)};
        row[kCPage] = {le(info.cPage, 4)};
        row[kContainerName] = {nameBytes<Char>("Tables")};
        row[kObjectName] = {nameBytes<Char>(t.name)};
        list->records.push_back(encodeInlineRecord(row));
    }
    JET_TABLEID tableid = 0;
    err = openStaticCursor(session, list, &tableid);
    if (err < 0) return err;
    JET_OBJECTLIST out;
    std::memset(&out, 0, sizeof out);
    out.cbStruct = sizeof out;
    out.tableid = tableid;
    out.cRecord = static_cast<unsigned long>(list->records.size());
    out.columnidcontainername = kContainerName;
    out.columnidobjectname = kObjectName;
    out.columnidobjtyp = kObjtyp;
    out.columniddtCreate = kDtCreate;
    out.columniddtUpdate = kDtUpdate;
    out.columnidgrbit = kObjGrbit;
    out.columnidflags = kFlags;
    out.columnidcRecord = kCRecord;
    out.columnidcPage = kCPage;
    std::memcpy(result, &out, sizeof out);
    return JET_errSuccess;
}

}  // namespace

template <typename Char>
JET_ERR writeTableInfo(core::Session&, TableCursor& cursor, void* result, unsigned long cbMax,
                       unsigned long infoLevel) {
    if (result == nullptr) return JET_errInvalidParameter;
    const TableDef& def = cursor.schema;
    switch (infoLevel) {
        case JET_TblInfo: {
            if (cbMax < sizeof(JET_OBJECTINFO)) return JET_errBufferTooSmall;
            const JET_OBJECTINFO info = objectInfo(def);
            std::memcpy(result, &info, sizeof info);
            return JET_errSuccess;
        }
        case JET_TblInfoName:
            return putName<Char>(result, cbMax, def.name);
        case JET_TblInfoTemplateTableName:
            return putName<Char>(result, cbMax, std::string());
        case JET_TblInfoDbid: {
            if (cbMax < sizeof(JET_DBID)) return JET_errBufferTooSmall;
            const JET_DBID dbid = cursor.dbid;
            std::memcpy(result, &dbid, sizeof dbid);
            return JET_errSuccess;
        }
        case JET_TblInfoSpaceAlloc: {
            if (cbMax < 2 * sizeof(unsigned long)) return JET_errBufferTooSmall;
            const unsigned long alloc[2] = {def.pages, def.density == 0 ? kDefaultDensity : def.density};
            std::memcpy(result, alloc, sizeof alloc);
            return JET_errSuccess;
        }
        case JET_TblInfoSpaceOwned:
        case JET_TblInfoSpaceAvailable: {
            if (cbMax < sizeof(unsigned long)) return JET_errBufferTooSmall;
            const unsigned long pages = infoLevel == JET_TblInfoSpaceOwned ? std::max<unsigned long>(def.pages, 1) : 0;
            std::memcpy(result, &pages, sizeof pages);
            return JET_errSuccess;
        }
        default:
            return JET_errInvalidParameter;
    }
}

template <typename Char>
JET_ERR writeColumnInfo(core::Session& session, const TableDef& table, const std::string* column,
                        JET_COLUMNID columnid, void* result, unsigned long cbMax, unsigned long infoLevel,
                        bool updatable) {
    const JET_GRBIT extra = updatable ? JET_GRBIT(JET_bitColumnUpdatable) : 0;
    if (result == nullptr) return JET_errInvalidParameter;
    const unsigned long grbits = infoLevel & 0xf0000000UL;
    const unsigned long level = infoLevel & ~0xf0000000UL;
    if (level == JET_ColInfoList || level == JET_ColInfoListCompact || level == JET_ColInfoListSortColumnid) {
        const bool byColumnid = level == JET_ColInfoListSortColumnid || (grbits & JET_ColInfoGrbitSortByColumnid);
        return columnList<Char>(session, table, byColumnid, extra, result, cbMax);
    }
    const ColumnDef* c = nullptr;
    if (level == JET_ColInfoByColid || level == JET_ColInfoBaseByColid) {
        c = table.column(columnid);
    } else if (level == JET_ColInfo || level == JET_ColInfoBase) {
        if (column == nullptr) return JET_errInvalidParameter;
        c = table.column(*column);
    } else {
        return JET_errInvalidParameter;
    }
    if (level == JET_ColInfo || level == JET_ColInfoByColid) {
        if (cbMax < sizeof(JET_COLUMNDEF)) return JET_errBufferTooSmall;
        if (!c) return JET_errColumnNotFound;
        JET_COLUMNDEF def;
        fillColumnDef(*c, &def);
        def.grbit |= extra;
        std::memcpy(result, &def, sizeof def);
        return JET_errSuccess;
    }
    using Base = std::conditional_t<sizeof(Char) == 1, JET_COLUMNBASE_A, JET_COLUMNBASE_W>;
    if (cbMax < sizeof(Base)) return JET_errBufferTooSmall;
    if (!c) return JET_errColumnNotFound;
    Base base;
    std::memset(&base, 0, sizeof base);
    base.cbStruct = sizeof base;
    base.columnid = c->columnid;
    base.coltyp = c->coltyp;
    base.wCountry = kCountry;
    base.langid = kLangid;
    base.cp = c->cp;
    base.cbMax = c->cbMax;
    base.grbit = c->grbit | extra;
    copyName(base.szBaseTableName, table.name);
    copyName(base.szBaseColumnName, c->name);
    std::memcpy(result, &base, sizeof base);
    return JET_errSuccess;
}

template <typename Char>
JET_ERR writeObjectInfo(core::Session& session, Database& db, const std::string* name, void* result,
                        unsigned long cbMax, unsigned long infoLevel) {
    if (result == nullptr) return JET_errInvalidParameter;
    switch (infoLevel) {
        case JET_ObjInfo:
        case JET_ObjInfoNoStats: {
            if (name == nullptr) return JET_errInvalidParameter;
            if (cbMax < sizeof(JET_OBJECTINFO)) return JET_errBufferTooSmall;
            TableDef def;
            const JET_ERR err = catalog::findTable(session, db, *name, &def);
            if (err < 0) return err;
            const JET_OBJECTINFO info = objectInfo(def);
            std::memcpy(result, &info, sizeof info);
            return JET_errSuccess;
        }
        case JET_ObjInfoList:
        case JET_ObjInfoListNoStats:
            return objectList<Char>(session, db, result, cbMax);
        default:
            return JET_errInvalidParameter;
    }
}

template JET_ERR writeTableInfo<char>(core::Session&, TableCursor&, void*, unsigned long, unsigned long);
template JET_ERR writeTableInfo<WCHAR>(core::Session&, TableCursor&, void*, unsigned long, unsigned long);
template JET_ERR writeColumnInfo<char>(core::Session&, const TableDef&, const std::string*, JET_COLUMNID, void*,
                                       unsigned long, unsigned long, bool);
template JET_ERR writeColumnInfo<WCHAR>(core::Session&, const TableDef&, const std::string*, JET_COLUMNID, void*,
                                        unsigned long, unsigned long, bool);
template JET_ERR writeObjectInfo<char>(core::Session&, Database&, const std::string*, void*, unsigned long,
                                       unsigned long);
template JET_ERR writeObjectInfo<WCHAR>(core::Session&, Database&, const std::string*, void*, unsigned long,
                                        unsigned long);

}  // namespace esent::data::tables
