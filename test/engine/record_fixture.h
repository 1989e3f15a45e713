// Shared set-up of the record tests (records_test.cpp, isolation_test.cpp): an instance with a
// session and a database holding one table "t" with a column of each kind.
#pragma once

#include "harness.h"

#include <cstdint>
#include <cstring>
#include <string>

namespace records_fixture {

struct Columns {
    JET_COLUMNID fixedLong = 0, bit = 0, text = 0, binary = 0, tagged = 0, multi = 0, longBinary = 0,
                 withDefault = 0, notNull = 0, autoInc = 0, version = 0, escrow = 0;
};

inline JET_COLUMNID addColumn(JET_SESID sesid, JET_TABLEID tableid, const char* name, JET_COLTYP coltyp,
                              JET_GRBIT grbit = 0, unsigned long cbMax = 0, const void* def = nullptr,
                              unsigned long cbDef = 0) {
    JET_COLUMNDEF column;
    std::memset(&column, 0, sizeof column);
    column.cbStruct = sizeof column;
    column.coltyp = coltyp;
    column.grbit = grbit;
    column.cbMax = cbMax;
    column.cp = (coltyp == JET_coltypText || coltyp == JET_coltypLongText) ? 1252 : 0;
    JET_COLUMNID id = 0;
    CHECK_ERR(JetAddColumnA(sesid, tableid, name, &column, def, cbDef, &id), JET_errSuccess);
    return id;
}

struct Engine {
    harness::TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    JET_DBID dbid = 0;
    JET_TABLEID tableid = 0;
    Columns c;
    bool running = false;
    std::string path;

    Engine() {
        path = dir.file("records.edb");
        CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
        CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
        CHECK_ERR(JetCreateDatabaseA(sesid, path.c_str(), nullptr, &dbid, 0), JET_errSuccess);
        running = true;
        CHECK_ERR(JetCreateTableA(sesid, dbid, "t", 0, 0, &tableid), JET_errSuccess);
        const std::int32_t def = 42, zero = 0;
        c.fixedLong = addColumn(sesid, tableid, "long", JET_coltypLong, JET_bitColumnFixed);
        c.bit = addColumn(sesid, tableid, "bit", JET_coltypBit);
        c.text = addColumn(sesid, tableid, "text", JET_coltypText, 0, 20);
        c.binary = addColumn(sesid, tableid, "binary", JET_coltypBinary);
        c.tagged = addColumn(sesid, tableid, "tagged", JET_coltypBinary, JET_bitColumnTagged);
        c.multi = addColumn(sesid, tableid, "multi", JET_coltypBinary, JET_bitColumnTagged | JET_bitColumnMultiValued);
        c.longBinary = addColumn(sesid, tableid, "lv", JET_coltypLongBinary);
        c.withDefault = addColumn(sesid, tableid, "def", JET_coltypLong, 0, 0, &def, sizeof def);
        c.notNull = addColumn(sesid, tableid, "nn", JET_coltypShort, JET_bitColumnNotNULL);
        c.autoInc = addColumn(sesid, tableid, "ai", JET_coltypLong, JET_bitColumnAutoincrement);
        c.version = addColumn(sesid, tableid, "ver", JET_coltypLong, JET_bitColumnVersion);
        c.escrow = addColumn(sesid, tableid, "esc", JET_coltypLong, JET_bitColumnEscrowUpdate, 0, &zero, sizeof zero);
    }
    ~Engine() {
        if (running) JetTerm2(instance, JET_bitTermDirty);
    }

    // Inserts a record with `id` in "long" and the NOT NULL column set; returns its bookmark.
    std::string insert(std::int32_t id, const std::string& text = "", JET_TABLEID table = 0) {
        if (!table) table = tableid;
        const std::int16_t nn = 1;
        CHECK_ERR(JetPrepareUpdate(sesid, table, JET_prepInsert), JET_errSuccess);
        CHECK_ERR(JetSetColumn(sesid, table, c.fixedLong, &id, sizeof id, 0, nullptr), JET_errSuccess);
        CHECK_ERR(JetSetColumn(sesid, table, c.notNull, &nn, sizeof nn, 0, nullptr), JET_errSuccess);
        if (!text.empty())
            CHECK_ERR(JetSetColumn(sesid, table, c.text, text.data(), static_cast<unsigned long>(text.size()), 0, nullptr),
                      JET_errSuccess);
        char bookmark[JET_cbBookmarkMost];
        unsigned long cb = 0;
        CHECK_ERR(JetUpdate(sesid, table, bookmark, sizeof bookmark, &cb), JET_errSuccess);
        return std::string(bookmark, cb);
    }
};

inline std::int32_t retrieveLong(JET_SESID sesid, JET_TABLEID tableid, JET_COLUMNID col, JET_ERR expect = JET_errSuccess,
                                 JET_GRBIT grbit = 0) {
    std::int32_t v = -1;
    unsigned long cb = 0;
    CHECK_ERR(JetRetrieveColumn(sesid, tableid, col, &v, sizeof v, &cb, grbit, nullptr), expect);
    return v;
}

inline std::string retrieveBytes(JET_SESID sesid, JET_TABLEID tableid, JET_COLUMNID col, JET_ERR* err = nullptr,
                                 unsigned long itag = 1, JET_GRBIT grbit = 0, unsigned long ib = 0) {
    std::string out(8 << 20, '\0');
    unsigned long cb = 0;
    JET_RETINFO info;
    std::memset(&info, 0, sizeof info);
    info.cbStruct = sizeof info;
    info.itagSequence = itag;
    info.ibLongValue = ib;
    const JET_ERR e = JetRetrieveColumn(sesid, tableid, col, &out[0], static_cast<unsigned long>(out.size()), &cb, grbit, &info);
    if (err) *err = e;
    out.resize(e < 0 ? 0 : cb);
    return out;
}

}  // namespace records_fixture
