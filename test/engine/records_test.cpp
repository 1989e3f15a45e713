// Records through the JET API: insert, retrieve, replace, delete, every column kind, NULL vs
// zero-length vs default, multi-valued columns, autoincrement, version and escrow columns, long
// values, navigation and bookmarks, and commits surviving a restart.
// ESENT facts relied on: fixed columns need exactly their size (JET_errInvalidBufferSize), a
// missing value is JET_wrnColumnNull with cbActual 0, a short buffer JET_wrnBufferTruncated with
// the full size, JetSetColumn without a prepared update JET_errUpdateNotPrepared, NULL set in a
// NOT NULL column is refused by JetSetColumn and a NOT NULL column never set by JetUpdate (both
// JET_errNullInvalid), JetMove past either end JET_errNoCurrentRecord.
#include "record_fixture.h"

#include <cstdlib>
#include <vector>

using records_fixture::Engine;
using records_fixture::retrieveBytes;
using records_fixture::retrieveLong;

TEST(records_insert_retrieve_replace_delete_fixed_variable_tagged) {
    Engine e;
    e.insert(1, "one");
    e.insert(2, "two");
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.fixedLong) == 1);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.text) == "one");
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveNext, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.fixedLong) == 2);

    // Replace the second record: tagged and binary values, text cleared to NULL.
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.tagged, "tag", 3, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.binary, "\x01\x02", 2, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.text, nullptr, 0, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.tagged) == "tag");
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.binary) == std::string("\x01\x02", 2));
    JET_ERR err = 0;
    retrieveBytes(e.sesid, e.tableid, e.c.text, &err);
    CHECK_ERR(err, JET_wrnColumnNull);

    CHECK_ERR(JetDelete(e.sesid, e.tableid), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MovePrevious, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.fixedLong) == 1);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveNext, 0), JET_errNoCurrentRecord);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveLast, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.fixedLong) == 1);
}

TEST(records_deleted_record_leaves_the_cursor_in_the_gap) {
    Engine e;
    for (int i = 1; i <= 3; ++i) e.insert(i);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveNext, 0), JET_errSuccess);
    CHECK_ERR(JetDelete(e.sesid, e.tableid), JET_errSuccess);
    std::int32_t v = 0;
    CHECK_ERR(JetRetrieveColumn(e.sesid, e.tableid, e.c.fixedLong, &v, sizeof v, nullptr, 0, nullptr), JET_errRecordDeleted);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveNext, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.fixedLong) == 3);
}

TEST(records_value_rules_sizes_null_zero_length_default) {
    Engine e;
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.fixedLong, "1234", 4, 0, nullptr), JET_errUpdateNotPrepared);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepInsert), JET_errSuccess);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepInsert), JET_errAlreadyPrepared);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.fixedLong, "12", 2, 0, nullptr), JET_errInvalidBufferSize);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.text, std::string(21, 'x').data(), 21, 0, nullptr), JET_errColumnTooBig);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, 9999, "x", 1, 0, nullptr), JET_errColumnNotFound);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.autoInc, "1234", 4, 0, nullptr), JET_errInvalidColumnType);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.bit, "\x07", 1, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.binary, nullptr, 0, JET_bitSetZeroLength, nullptr), JET_errSuccess);
    // A NOT NULL column never set is refused at JetUpdate, and the failed update stays prepared.
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errNullInvalid);
    const std::int16_t nn = 5;
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.notNull, &nn, sizeof nn, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errUpdateNotPrepared);

    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    JET_ERR err = 0;
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.bit) == "\xFF");  // ESE normalises true
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.binary, &err).empty());
    CHECK_ERR(err, JET_errSuccess);  // zero-length, not NULL
    unsigned long cb = 99;
    CHECK_ERR(JetRetrieveColumn(e.sesid, e.tableid, e.c.tagged, nullptr, 0, &cb, 0, nullptr), JET_wrnColumnNull);
    CHECK(cb == 0);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.withDefault) == 42);
    // A fixed column's default is stored in the record at insert.
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.withDefault, JET_errSuccess, JET_bitRetrieveIgnoreDefault) == 42);

    // Truncation reports the full size.
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.text, "abcdef", 6, 0, nullptr), JET_errSuccess);
    const std::int32_t seven = 7;
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.withDefault, &seven, 4, 0, nullptr), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.withDefault, JET_errSuccess, JET_bitRetrieveCopy) == 7);
    // JET_bitSetRevertToDefaultValue is for tagged columns: a fixed column is set to NULL.
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.withDefault, nullptr, 0, JET_bitSetRevertToDefaultValue, nullptr), JET_errSuccess);
    retrieveLong(e.sesid, e.tableid, e.c.withDefault, JET_wrnColumnNull, JET_bitRetrieveCopy);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.withDefault, &seven, 4, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    char small[3];
    CHECK_ERR(JetRetrieveColumn(e.sesid, e.tableid, e.c.text, small, sizeof small, &cb, 0, nullptr), JET_wrnBufferTruncated);
    CHECK(cb == 6 && std::memcmp(small, "abc", 3) == 0);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepCancel), JET_errUpdateNotPrepared);
}

TEST(records_multi_valued_columns) {
    Engine e;
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepInsert), JET_errSuccess);
    const std::int16_t nn = 1;
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.notNull, &nn, sizeof nn, 0, nullptr), JET_errSuccess);
    JET_SETINFO si;
    std::memset(&si, 0, sizeof si);
    si.cbStruct = sizeof si;
    si.itagSequence = 0;  // appends
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.multi, "a", 1, 0, &si), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.multi, "b", 1, 0, &si), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.multi, "c", 1, 0, &si), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.multi, "a", 1, JET_bitSetUniqueMultiValues, &si), JET_errMultiValuedDuplicate);
    si.itagSequence = 2;
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.multi, nullptr, 0, 0, &si), JET_errSuccess);  // deletes "b"
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.multi, nullptr, 1) == "a");
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.multi, nullptr, 2) == "c");
    JET_ERR err = 0;
    retrieveBytes(e.sesid, e.tableid, e.c.multi, &err, 3);
    CHECK_ERR(err, JET_wrnColumnNull);

    JET_RETRIEVECOLUMN rc[2];
    std::memset(rc, 0, sizeof rc);
    char b1[4], b2[4];
    rc[0].columnid = e.c.multi; rc[0].pvData = b1; rc[0].cbData = 4; rc[0].itagSequence = 2;
    rc[1].columnid = e.c.tagged; rc[1].pvData = b2; rc[1].cbData = 4; rc[1].itagSequence = 1;
    CHECK_ERR(JetRetrieveColumns(e.sesid, e.tableid, rc, 2), JET_wrnColumnNull);
    CHECK(rc[0].err == JET_errSuccess && rc[0].cbActual == 1 && b1[0] == 'c');
    CHECK(rc[1].err == JET_wrnColumnNull);
}

TEST(records_autoincrement_and_version_columns) {
    Engine e;
    e.insert(1);
    // A cancelled insert still consumed its value.
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepInsert), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.autoInc, JET_errSuccess, JET_bitRetrieveCopy) == 2);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepCancel), JET_errSuccess);
    e.insert(3);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.autoInc) == 1);
    const std::int32_t v0 = retrieveLong(e.sesid, e.tableid, e.c.version);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.version) == v0 + 1);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveNext, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.autoInc) == 3);
}

TEST(records_escrow_update) {
    Engine e;
    e.insert(1);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.escrow) == 0);  // written with its default at insert
    std::int32_t delta = 5, old = -1;
    unsigned long cbOld = 0;
    // ESENT: escrow updates need a transaction.
    CHECK_ERR(JetEscrowUpdate(e.sesid, e.tableid, e.c.escrow, &delta, 4, &old, 4, &cbOld, 0), JET_errNotInTransaction);
    CHECK(old == -1 && cbOld == 0);
    CHECK_ERR(JetBeginTransaction(e.sesid), JET_errSuccess);
    CHECK_ERR(JetEscrowUpdate(e.sesid, e.tableid, e.c.escrow, &delta, 4, &old, 4, &cbOld, 0), JET_errSuccess);
    CHECK(old == 0 && cbOld == 4);
    CHECK_ERR(JetEscrowUpdate(e.sesid, e.tableid, e.c.escrow, &delta, 4, &old, 4, &cbOld, 0), JET_errSuccess);
    CHECK(old == 5);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.escrow) == 10);
    // No buffer for the previous value is fine; one too small for it is JET_errInvalidBufferSize.
    CHECK_ERR(JetEscrowUpdate(e.sesid, e.tableid, e.c.escrow, &delta, 4, nullptr, 4, nullptr, 0), JET_errSuccess);
    std::int16_t small = 0;
    CHECK_ERR(JetEscrowUpdate(e.sesid, e.tableid, e.c.escrow, &delta, 4, &small, 2, nullptr, 0), JET_errInvalidBufferSize);
    CHECK_ERR(JetEscrowUpdate(e.sesid, e.tableid, e.c.escrow, &delta, 2, nullptr, 0, nullptr, 0), JET_errInvalidBufferSize);
    // Columns that are not escrow counters: JET_errInvalidOperation.
    CHECK_ERR(JetEscrowUpdate(e.sesid, e.tableid, e.c.fixedLong, &delta, 4, nullptr, 0, nullptr, 0), JET_errInvalidOperation);
    CHECK_ERR(JetEscrowUpdate(e.sesid, e.tableid, e.c.binary, &delta, 4, nullptr, 0, nullptr, 0), JET_errInvalidOperation);
    CHECK_ERR(JetEscrowUpdate(e.sesid, e.tableid, e.c.tagged, &delta, 4, nullptr, 0, nullptr, 0), JET_errInvalidOperation);
    CHECK_ERR(JetEscrowUpdate(e.sesid, e.tableid, 9999, &delta, 4, nullptr, 0, nullptr, 0), JET_errColumnNotFound);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.escrow) == 15);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.fixedLong) == 1);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
    CHECK_ERR(JetEscrowUpdate(e.sesid, e.tableid, e.c.escrow, &delta, 4, nullptr, 0, nullptr, 0), JET_errAlreadyPrepared);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepCancel), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(e.sesid, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.escrow) == 15);
}

TEST(records_null_in_a_not_null_column_is_refused_by_set_column) {
    Engine e;
    const JET_COLUMNID varNotNull = records_fixture::addColumn(e.sesid, e.tableid, "vnn", JET_coltypBinary, JET_bitColumnNotNULL);
    const std::int16_t nn = 3;
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepInsert), JET_errSuccess);
    // Fixed NOT NULL column: no data, and zero length (a fixed column has no zero-length value).
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.notNull, nullptr, 0, 0, nullptr), JET_errNullInvalid);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.notNull, nullptr, 0, JET_bitSetZeroLength, nullptr), JET_errNullInvalid);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.notNull, nullptr, 2, 0, nullptr), JET_errNullInvalid);  // no data: no bytes
    // Variable NOT NULL column: NULL refused, zero length allowed.
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, varNotNull, nullptr, 0, 0, nullptr), JET_errNullInvalid);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, varNotNull, "", 0, 0, nullptr), JET_errNullInvalid);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, varNotNull, nullptr, 0, JET_bitSetZeroLength, nullptr), JET_errSuccess);
    // The refusals left nothing behind: the update still needs the fixed column.
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errNullInvalid);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.notNull, &nn, sizeof nn, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.notNull, nullptr, 0, 0, nullptr), JET_errNullInvalid);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.notNull, nullptr, 1, JET_bitRetrieveCopy) == std::string("\x03\x00", 2));

    // Nullable columns: a fixed column set to zero length is NULL; no data with a size is NULL.
    const std::int32_t one = 1;
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.fixedLong, &one, 4, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.fixedLong, nullptr, 0, JET_bitSetZeroLength, nullptr), JET_errSuccess);
    retrieveLong(e.sesid, e.tableid, e.c.fixedLong, JET_wrnColumnNull, JET_bitRetrieveCopy);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.text, "abc", 3, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.text, nullptr, 3, 0, nullptr), JET_errSuccess);
    JET_ERR err = 0;
    retrieveBytes(e.sesid, e.tableid, e.c.text, &err, 1, JET_bitRetrieveCopy);
    CHECK_ERR(err, JET_wrnColumnNull);
    // A long value: appending no bytes gives a new value zero length and leaves one that exists.
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, nullptr, 0, JET_bitSetAppendLV, nullptr), JET_errSuccess);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary, &err, 1, JET_bitRetrieveCopy).empty());
    CHECK_ERR(err, JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, "xy", 2, JET_bitSetAppendLV, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, nullptr, 0, JET_bitSetAppendLV, nullptr), JET_errSuccess);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary, nullptr, 1, JET_bitRetrieveCopy) == "xy");
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, nullptr, 0, JET_bitSetSizeLV, nullptr), JET_errSuccess);
    retrieveBytes(e.sesid, e.tableid, e.c.longBinary, &err, 1, JET_bitRetrieveCopy);
    CHECK_ERR(err, JET_wrnColumnNull);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);

    // A replace may not clear it either.
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.notNull, nullptr, 0, 0, nullptr), JET_errNullInvalid);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, varNotNull, nullptr, 0, JET_bitSetRevertToDefaultValue, nullptr), JET_errNullInvalid);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.notNull) == std::string("\x03\x00", 2));
    CHECK(retrieveBytes(e.sesid, e.tableid, varNotNull, &err).empty());
    CHECK_ERR(err, JET_errSuccess);
}

TEST(records_version_column_set_by_insert_refused_by_replace) {
    Engine e;
    const std::int16_t nn = 1;
    const std::int32_t id = 7, version = 41;
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepInsert), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.fixedLong, &id, 4, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.notNull, &nn, 2, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.version, &version, 4, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.autoInc, &version, 4, 0, nullptr), JET_errInvalidColumnType);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.version) == 41);
    // A replace may not set it, and moves it on by one.
    for (unsigned long prep : {JET_prepReplace, JET_prepReplaceNoLock}) {
        CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, prep), JET_errSuccess);
        CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.version, &version, 4, 0, nullptr), JET_errInvalidColumnType);
        CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepCancel), JET_errSuccess);
    }
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.version) == 42);
    // An insert that does not set it starts it at 0.
    e.insert(8);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveLast, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.version) == 0);
}

TEST(records_long_values_append_size_offset) {
    Engine e;
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepInsert), JET_errSuccess);
    const std::int16_t nn = 1;
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.notNull, &nn, sizeof nn, 0, nullptr), JET_errSuccess);
    std::string chunk(1 << 20, '\0');
    for (std::size_t i = 0; i < chunk.size(); ++i) chunk[i] = static_cast<char>(i * 7);
    for (int i = 0; i < 3; ++i)
        CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, chunk.data(), static_cast<unsigned long>(chunk.size()),
                               JET_bitSetAppendLV, nullptr), JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    const std::string all = retrieveBytes(e.sesid, e.tableid, e.c.longBinary);
    CHECK(all.size() == 3 * chunk.size() && all.substr(2 * chunk.size()) == chunk);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary, nullptr, 1, 0, 5) == all.substr(5));

    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, nullptr, 10, JET_bitSetSizeLV, nullptr), JET_errSuccess);
    JET_SETINFO si{sizeof(JET_SETINFO), 12, 1};
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, "xy", 2, JET_bitSetOverwriteLV, &si), JET_errColumnNoChunk);
    si.ibLongValue = 8;
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, "xyz", 3, JET_bitSetOverwriteLV, &si), JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary) == all.substr(0, 8) + "xyz");
}

TEST(records_move_bookmarks_and_dup_cursor) {
    Engine e;
    std::vector<std::string> bookmarks;
    for (int i = 1; i <= 5; ++i) bookmarks.push_back(e.insert(i));
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, e.tableid, 3, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.fixedLong) == 4);
    CHECK_ERR(JetMove(e.sesid, e.tableid, -2, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.fixedLong) == 2);
    CHECK_ERR(JetMove(e.sesid, e.tableid, -5, 0), JET_errNoCurrentRecord);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveNext, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.fixedLong) == 1);

    CHECK_ERR(JetGotoBookmark(e.sesid, e.tableid, &bookmarks[3][0], static_cast<unsigned long>(bookmarks[3].size())), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.fixedLong) == 4);
    char bm[JET_cbBookmarkMost];
    unsigned long cb = 0;
    CHECK_ERR(JetGetBookmark(e.sesid, e.tableid, bm, sizeof bm, &cb), JET_errSuccess);
    CHECK(std::string(bm, cb) == bookmarks[3]);
    std::string missing = bookmarks[4];
    missing[3] = static_cast<char>(missing[3] + 10);
    CHECK_ERR(JetGotoBookmark(e.sesid, e.tableid, &missing[0], static_cast<unsigned long>(missing.size())), JET_errRecordDeleted);

    // A prepared update is cancelled by a move.
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveLast, 0), JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errUpdateNotPrepared);

    JET_TABLEID dup = 0;
    CHECK_ERR(JetDupCursor(e.sesid, e.tableid, &dup, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, dup, e.c.fixedLong) == 1);  // a new cursor is on the first record
    CHECK_ERR(JetMove(e.sesid, dup, JET_MoveNext, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, dup, e.c.fixedLong) == 2);
    CHECK_ERR(JetCloseTable(e.sesid, dup), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, dup, JET_MoveNext, 0), JET_errInvalidTableId);
}

TEST(records_goto_bookmark_of_a_deleted_record_is_record_deleted) {
    Engine e;
    std::vector<std::string> bookmarks;
    for (int i = 1; i <= 3; ++i) bookmarks.push_back(e.insert(i));
    CHECK_ERR(JetGotoBookmark(e.sesid, e.tableid, &bookmarks[1][0], 4), JET_errSuccess);
    CHECK_ERR(JetDelete(e.sesid, e.tableid), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    // A prepared update is cancelled even though the bookmark leads nowhere; the cursor stays.
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
    CHECK_ERR(JetGotoBookmark(e.sesid, e.tableid, &bookmarks[1][0], 4), JET_errRecordDeleted);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errUpdateNotPrepared);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.fixedLong) == 1);
    // A bookmark of another length or of a record never there: the same.
    CHECK_ERR(JetGotoBookmark(e.sesid, e.tableid, &bookmarks[2][0], 3), JET_errRecordDeleted);
    std::string never = bookmarks[2];
    never[3] = static_cast<char>(never[3] + 100);
    CHECK_ERR(JetGotoBookmark(e.sesid, e.tableid, &never[0], 4), JET_errRecordDeleted);
    CHECK_ERR(JetGotoBookmark(e.sesid, e.tableid, nullptr, 0), JET_errInvalidBookmark);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.fixedLong) == 1);
    CHECK_ERR(JetGotoBookmark(e.sesid, e.tableid, &bookmarks[2][0], 4), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.fixedLong) == 3);
}

TEST(records_read_only_transaction_refuses_updates_when_prepared) {
    Engine e;
    e.insert(1);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    // Prepared before the read-only transaction: JetSetColumn is refused inside it.
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepInsert), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction2(e.sesid, JET_bitTransactionReadOnly), JET_errSuccess);
    const std::int32_t v = 5;
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.fixedLong, &v, 4, 0, nullptr), JET_errTransReadOnly);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepCancel), JET_errSuccess);
    // ESENT refuses every kind of JetPrepareUpdate at once, before looking at anything else.
    for (unsigned long prep : {JET_prepInsert, JET_prepReplace, JET_prepReplaceNoLock, JET_prepInsertCopy})
        CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, prep), JET_errTransReadOnly);
    CHECK_ERR(JetDelete(e.sesid, e.tableid), JET_errTransReadOnly);
    CHECK_ERR(JetEscrowUpdate(e.sesid, e.tableid, e.c.escrow, const_cast<std::int32_t*>(&v), 4, nullptr, 0, nullptr, 0),
              JET_errTransReadOnly);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepCancel), JET_errUpdateNotPrepared);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.fixedLong) == 1);
    CHECK_ERR(JetCommitTransaction(e.sesid, 0), JET_errSuccess);
    // Also with no current record.
    CHECK_ERR(JetBeginTransaction2(e.sesid, JET_bitTransactionReadOnly), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveNext, 0), JET_errNoCurrentRecord);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errTransReadOnly);
    CHECK_ERR(JetDelete(e.sesid, e.tableid), JET_errTransReadOnly);
    CHECK_ERR(JetRollback(e.sesid, 0), JET_errSuccess);
    // A read-only cursor is refused first.
    JET_TABLEID ro = 0;
    CHECK_ERR(JetOpenTableA(e.sesid, e.dbid, "t", nullptr, 0, JET_bitTableReadOnly, &ro), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction2(e.sesid, JET_bitTransactionReadOnly), JET_errSuccess);
    CHECK_ERR(JetPrepareUpdate(e.sesid, ro, JET_prepInsert), JET_errPermissionDenied);
    CHECK_ERR(JetCommitTransaction(e.sesid, 0), JET_errSuccess);
    CHECK_ERR(JetCloseTable(e.sesid, ro), JET_errSuccess);
}

namespace {

// JET_PFNREALLOC as ESENT's callers write it: (NULL, cb) allocates, even 0 bytes; (p, 0) frees.
void* JET_API enumRealloc(void*, void* pv, unsigned long cb) {
    if (pv == nullptr) return std::malloc(cb ? cb : 1);
    if (cb == 0) {
        std::free(pv);
        return nullptr;
    }
    return std::realloc(pv, cb);
}

void freeEnumeration(unsigned long count, JET_ENUMCOLUMN* columns) {
    for (unsigned long i = 0; i < count; ++i) {
        if (columns[i].err == JET_wrnColumnSingleValue) {
            std::free(columns[i].pvData);
            continue;
        }
        for (unsigned long v = 0; v < columns[i].cEnumColumnValue; ++v) std::free(columns[i].rgEnumColumnValue[v].pvData);
        std::free(columns[i].rgEnumColumnValue);
    }
    std::free(columns);
}

std::string valueOf(const JET_ENUMCOLUMNVALUE& v) {
    return v.pvData ? std::string(static_cast<const char*>(v.pvData), v.cbData) : std::string();
}

// A realloc that fails once `budget` blocks were handed out; counts what is still held.
struct Budget {
    int budget = 0;
    int held = 0;
};
void* JET_API budgetRealloc(void* context, void* pv, unsigned long cb) {
    auto* b = static_cast<Budget*>(context);
    if (pv != nullptr && cb == 0) {
        --b->held;
        std::free(pv);
        return nullptr;
    }
    if (b->budget-- <= 0) return nullptr;
    ++b->held;
    return std::malloc(cb ? cb : 1);
}

}  // namespace

TEST(records_enumerate_tag_sequences_compressed_output_and_long_value_cap) {
    Engine e;
    const std::string big(5000, 'L');  // stored outside the record
    const std::int16_t nn = 1;
    const std::int32_t id = 9;
    JET_SETINFO si{sizeof(JET_SETINFO), 0, 0};
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepInsert), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.fixedLong, &id, 4, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.notNull, &nn, 2, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.text, "hello world", 11, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.binary, nullptr, 0, JET_bitSetZeroLength, nullptr), JET_errSuccess);
    for (const char* v : {"a", "bb", "ccc"}) CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.multi, v, static_cast<unsigned long>(std::strlen(v)), 0, &si), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, big.data(), static_cast<unsigned long>(big.size()), 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);

    unsigned long count = 0;
    JET_ENUMCOLUMN* columns = nullptr;
    // Chosen values of a column, in the order asked; 0 is skipped, past the end NULL.
    unsigned long tags[] = {3, 0, 1, 7};
    JET_ENUMCOLUMNID ids[4];
    std::memset(ids, 0, sizeof ids);
    ids[0].columnid = e.c.multi; ids[0].ctagSequence = 4; ids[0].rgtagSequence = tags;
    ids[1].columnid = 0;
    ids[2].columnid = e.c.tagged; ids[2].ctagSequence = 1; ids[2].rgtagSequence = tags + 2;
    ids[3].columnid = e.c.tagged;
    CHECK_ERR(JetEnumerateColumns(e.sesid, e.tableid, 4, ids, &count, &columns, enumRealloc, nullptr, 0, 0), JET_errSuccess);
    CHECK(count == 4);
    if (count == 4) {
        CHECK(columns[0].columnid == e.c.multi && columns[0].err == JET_errSuccess && columns[0].cEnumColumnValue == 4);
        const JET_ENUMCOLUMNVALUE* v = columns[0].rgEnumColumnValue;
        CHECK(v[0].itagSequence == 3 && v[0].err == JET_errSuccess && valueOf(v[0]) == "ccc");
        CHECK(v[1].itagSequence == 0 && v[1].err == JET_wrnColumnSkipped && v[1].pvData == nullptr);
        CHECK(v[2].itagSequence == 1 && v[2].err == JET_errSuccess && valueOf(v[2]) == "a");
        CHECK(v[3].itagSequence == 7 && v[3].err == JET_wrnColumnNull && v[3].pvData == nullptr);
        CHECK(columns[1].columnid == 0 && columns[1].err == JET_wrnColumnSkipped);
        // A NULL column with chosen values: each value is NULL; without, the column is.
        CHECK(columns[2].err == JET_errSuccess && columns[2].cEnumColumnValue == 1 &&
              columns[2].rgEnumColumnValue[0].err == JET_wrnColumnNull);
        CHECK(columns[3].err == JET_wrnColumnNull && columns[3].cEnumColumnValue == 0);
    }
    freeEnumeration(count, columns);

    // cbDataMost caps only the long value stored outside the record (0: none of it); values in the
    // record come back whole. Compressed output puts a single in-record value in the entry.
    JET_ENUMCOLUMNID some[4];
    std::memset(some, 0, sizeof some);
    some[0].columnid = e.c.text;
    some[1].columnid = e.c.longBinary;
    some[2].columnid = e.c.multi;
    some[3].columnid = e.c.binary;
    for (unsigned long cbMost : {0ul, 4ul, 100000ul}) {
        CHECK_ERR(JetEnumerateColumns(e.sesid, e.tableid, 4, some, &count, &columns, enumRealloc, nullptr, cbMost,
                                      JET_bitEnumerateCompressOutput), JET_errSuccess);
        CHECK(count == 4);
        if (count != 4) continue;
        CHECK(columns[0].err == JET_wrnColumnSingleValue &&
              std::string(static_cast<char*>(columns[0].pvData), columns[0].cbData) == "hello world");
        CHECK(columns[1].err == JET_errSuccess && columns[1].cEnumColumnValue == 1);
        const JET_ENUMCOLUMNVALUE& lv = columns[1].rgEnumColumnValue[0];
        if (cbMost < big.size()) {
            CHECK(lv.err == JET_wrnColumnTruncated && lv.cbData == cbMost && valueOf(lv) == big.substr(0, cbMost));
        } else {
            CHECK(lv.err == JET_errSuccess && valueOf(lv) == big);
        }
        CHECK(columns[2].err == JET_errSuccess && columns[2].cEnumColumnValue == 3);
        CHECK(columns[3].err == JET_wrnColumnSingleValue && columns[3].cbData == 0 && columns[3].pvData != nullptr);
        freeEnumeration(count, columns);
    }

    // JET_bitEnumerateInRecordOnly: the separated value is only reported.
    CHECK_ERR(JetEnumerateColumns(e.sesid, e.tableid, 1, some + 1, &count, &columns, enumRealloc, nullptr, 100,
                                  JET_bitEnumerateInRecordOnly), JET_errSuccess);
    CHECK(count == 1 && columns[0].cEnumColumnValue == 1 && columns[0].rgEnumColumnValue[0].err == JET_wrnColumnNotInRecord &&
          columns[0].rgEnumColumnValue[0].cbData == 0);
    freeEnumeration(count, columns);

    // Every column: the long value capped too. JET_bitEnumerateIgnoreDefault still lists the fixed
    // column's default, stored in the record at insert.
    CHECK_ERR(JetEnumerateColumns(e.sesid, e.tableid, 0, nullptr, &count, &columns, enumRealloc, nullptr, 10,
                                  JET_bitEnumerateIgnoreDefault), JET_errSuccess);
    bool sawLong = false, sawDefault = false;
    JET_COLUMNID previous = 0;
    for (unsigned long i = 0; i < count; ++i) {
        CHECK(columns[i].columnid > previous);
        previous = columns[i].columnid;
        if (columns[i].columnid == e.c.withDefault)
            sawDefault = columns[i].err == JET_errSuccess && columns[i].cEnumColumnValue == 1 &&
                         valueOf(columns[i].rgEnumColumnValue[0]) == std::string("\x2a\0\0\0", 4);
        if (columns[i].columnid == e.c.longBinary) {
            sawLong = columns[i].rgEnumColumnValue[0].err == JET_wrnColumnTruncated && columns[i].rgEnumColumnValue[0].cbData == 10;
        }
    }
    CHECK(sawLong && sawDefault);
    freeEnumeration(count, columns);

    // A column that does not exist: its entry says so and so does the call; the array is the caller's.
    JET_ENUMCOLUMNID bad[2];
    std::memset(bad, 0, sizeof bad);
    bad[0].columnid = e.c.text;
    bad[1].columnid = 9999;
    CHECK_ERR(JetEnumerateColumns(e.sesid, e.tableid, 2, bad, &count, &columns, enumRealloc, nullptr, 0, 0), JET_errColumnNotFound);
    CHECK(count == 2 && columns != nullptr);
    if (count == 2) CHECK(columns[0].err == JET_errSuccess && columns[1].err == JET_errColumnNotFound);
    freeEnumeration(count, columns);

    // Flags ESENT refuses.
    CHECK_ERR(JetEnumerateColumns(e.sesid, e.tableid, 1, some, &count, &columns, enumRealloc, nullptr, 0, JET_bitEnumerateTaggedOnly),
              JET_errInvalidGrbit);
    CHECK_ERR(JetEnumerateColumns(e.sesid, e.tableid, 0, nullptr, &count, &columns, enumRealloc, nullptr, 0, 0x00010000),
              JET_errInvalidGrbit);
    CHECK_ERR(JetEnumerateColumns(e.sesid, e.tableid, 0, nullptr, &count, &columns, enumRealloc, nullptr, 0, 0x40000000),
              JET_errInvalidGrbit);
    CHECK(count == 0 && columns == nullptr);

    // A realloc that fails: JET_errOutOfMemory, and every block handed out is given back.
    for (int budget = 0; budget < 12; ++budget) {
        Budget b;
        b.budget = budget;
        const JET_ERR err = JetEnumerateColumns(e.sesid, e.tableid, 4, some, &count, &columns, budgetRealloc, &b, 16, 0);
        if (err == JET_errSuccess) {
            freeEnumeration(count, columns);
            break;
        }
        CHECK_ERR(err, JET_errOutOfMemory);
        CHECK(b.held == 0 && count == 0 && columns == nullptr);
    }
}

TEST(records_enumerate_and_record_size) {
    Engine e;
    e.insert(9, "hello");
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    unsigned long count = 0;
    JET_ENUMCOLUMN* columns = nullptr;
    CHECK_ERR(JetEnumerateColumns(e.sesid, e.tableid, 0, nullptr, &count, &columns, enumRealloc, nullptr, 0, 0), JET_errSuccess);
    bool sawText = false;
    for (unsigned long i = 0; i < count; ++i) {
        if (columns[i].columnid == e.c.text && columns[i].err == JET_errSuccess && columns[i].cEnumColumnValue == 1)
            sawText = std::string(static_cast<char*>(columns[i].rgEnumColumnValue[0].pvData), columns[i].rgEnumColumnValue[0].cbData) == "hello";
        for (unsigned long v = 0; v < columns[i].cEnumColumnValue; ++v) std::free(columns[i].rgEnumColumnValue[v].pvData);
        std::free(columns[i].rgEnumColumnValue);
    }
    std::free(columns);
    CHECK(sawText);
    JET_RECSIZE size;
    std::memset(&size, 0, sizeof size);
    CHECK_ERR(JetGetRecordSize(e.sesid, e.tableid, &size, 0), JET_errSuccess);
    CHECK(size.cbData >= 5 + 4 + 2 && size.cNonTaggedColumns >= 3);
}

TEST(records_commits_survive_restart_and_crash) {
    std::string path;
    JET_COLUMNID col = 0;
    {
        Engine e;
        path = e.path;
        e.insert(11);
        CHECK_ERR(JetCloseTable(e.sesid, e.tableid), JET_errSuccess);
        col = e.c.fixedLong;
        // Clean term, then restart and check, then a dirty term with a new commit.
        CHECK_ERR(JetTerm(e.instance), JET_errSuccess);
        e.running = false;
        JET_INSTANCE inst = 0;
        JET_SESID ses = 0;
        JET_DBID db = 0;
        JET_TABLEID t = 0;
        CHECK_ERR(harness::startInstanceIn(e.dir, &inst), JET_errSuccess);
        CHECK_ERR(JetBeginSessionA(inst, &ses, nullptr, nullptr), JET_errSuccess);
        CHECK_ERR(JetAttachDatabaseA(ses, path.c_str(), 0), JET_errSuccess);
        CHECK_ERR(JetOpenDatabaseA(ses, path.c_str(), nullptr, &db, 0), JET_errSuccess);
        CHECK_ERR(JetOpenTableA(ses, db, "t", nullptr, 0, 0, &t), JET_errSuccess);
        CHECK(retrieveLong(ses, t, col) == 11);
        const std::int32_t v = 12;
        const std::int16_t nn = 1;
        CHECK_ERR(JetBeginTransaction(ses), JET_errSuccess);
        CHECK_ERR(JetPrepareUpdate(ses, t, JET_prepInsert), JET_errSuccess);
        CHECK_ERR(JetSetColumn(ses, t, col, &v, 4, 0, nullptr), JET_errSuccess);
        CHECK_ERR(JetSetColumn(ses, t, e.c.notNull, &nn, 2, 0, nullptr), JET_errSuccess);
        CHECK_ERR(JetUpdate(ses, t, nullptr, 0, nullptr), JET_errSuccess);
        CHECK_ERR(JetCommitTransaction(ses, 0), JET_errSuccess);
        // An uncommitted insert is lost by the crash.
        CHECK_ERR(JetBeginTransaction(ses), JET_errSuccess);
        const std::int32_t lost = 13;
        CHECK_ERR(JetPrepareUpdate(ses, t, JET_prepInsert), JET_errSuccess);
        CHECK_ERR(JetSetColumn(ses, t, col, &lost, 4, 0, nullptr), JET_errSuccess);
        CHECK_ERR(JetSetColumn(ses, t, e.c.notNull, &nn, 2, 0, nullptr), JET_errSuccess);
        CHECK_ERR(JetUpdate(ses, t, nullptr, 0, nullptr), JET_errSuccess);
        CHECK_ERR(JetTerm2(inst, JET_bitTermDirty), JET_errSuccess);

        CHECK_ERR(harness::startInstanceIn(e.dir, &inst), JET_errSuccess);
        CHECK_ERR(JetBeginSessionA(inst, &ses, nullptr, nullptr), JET_errSuccess);
        CHECK_ERR(JetAttachDatabaseA(ses, path.c_str(), 0), JET_errSuccess);
        CHECK_ERR(JetOpenDatabaseA(ses, path.c_str(), nullptr, &db, 0), JET_errSuccess);
        CHECK_ERR(JetOpenTableA(ses, db, "t", nullptr, 0, 0, &t), JET_errSuccess);
        std::vector<std::int32_t> seen;
        JET_ERR err = JetMove(ses, t, JET_MoveFirst, 0);
        while (err == JET_errSuccess) {
            seen.push_back(retrieveLong(ses, t, col));
            err = JetMove(ses, t, JET_MoveNext, 0);
        }
        CHECK(seen == std::vector<std::int32_t>({11, 12}));
        CHECK_ERR(JetTerm(inst), JET_errSuccess);
    }
}

TEST(records_listing_cursor_refuses_updates_and_bad_handles) {
    Engine e;
    CHECK_ERR(JetPrepareUpdate(e.sesid, 12345, JET_prepInsert), JET_errInvalidTableId);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errNoCurrentRecord);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, 77), JET_errInvalidParameter);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errNoCurrentRecord);
    CHECK_ERR(JetDelete(e.sesid, e.tableid), JET_errNoCurrentRecord);
    CHECK_ERR(JetGetLock(e.sesid, e.tableid, JET_bitWriteLock), JET_errNotInTransaction);
    CHECK_ERR(JetDupCursor(e.sesid, e.tableid, nullptr, 0), JET_errInvalidParameter);
}

TEST(records_too_big_and_separated_long_values) {
    Engine e;
    JET_COLUMNID tags[10];
    for (int i = 0; i < 10; ++i)
        tags[i] = records_fixture::addColumn(e.sesid, e.tableid, ("big" + std::to_string(i)).c_str(), JET_coltypBinary,
                                             JET_bitColumnTagged);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepInsert), JET_errSuccess);
    const std::int16_t nn = 1;
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.notNull, &nn, sizeof nn, 0, nullptr), JET_errSuccess);
    const std::string v(255, 'v');
    for (JET_COLUMNID id : tags) CHECK_ERR(JetSetColumn(e.sesid, e.tableid, id, v.data(), 255, 0, nullptr), JET_errSuccess);
    // 2550 bytes of tagged data plus two intrinsic long values of 1000 bytes: over a 4 KiB page.
    const std::string lv(1000, 'l');
    JET_SETINFO si{sizeof(JET_SETINFO), 0, 0};
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, lv.data(), 1000, 0, &si), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, lv.data(), 1000, 0, &si), JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errRecordTooBig);
    // A large long value is separated and does not count.
    si.itagSequence = 1;
    const std::string large(100000, 'L');
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, large.data(), 100000, 0, &si), JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary) == large);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary, nullptr, 2) == lv);
    // Replace another column: the long value is kept; then delete.
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, tags[0], "x", 1, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary) == large);
    CHECK_ERR(JetDelete(e.sesid, e.tableid), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errNoCurrentRecord);
}

TEST(records_listing_cursor_navigates_and_refuses_updates) {
    Engine e;
    JET_COLUMNLIST list;
    std::memset(&list, 0, sizeof list);
    list.cbStruct = sizeof list;
    CHECK_ERR(JetGetTableColumnInfoA(e.sesid, e.tableid, nullptr, &list, sizeof list, JET_ColInfoList), JET_errSuccess);
    CHECK(list.cRecord == 12);
    int rows = 0;
    bool sawText = false;
    JET_ERR err = JetMove(e.sesid, list.tableid, JET_MoveFirst, 0);
    while (err == JET_errSuccess) {
        ++rows;
        char name[64];
        unsigned long cb = 0;
        CHECK(JetRetrieveColumn(e.sesid, list.tableid, list.columnidcolumnname, name, sizeof name, &cb, 0, nullptr) >= 0);
        if (std::string(name, cb) == "text") sawText = true;
        err = JetMove(e.sesid, list.tableid, JET_MoveNext, 0);
    }
    CHECK_ERR(err, JET_errNoCurrentRecord);
    CHECK(rows == 12 && sawText);
    CHECK_ERR(JetMove(e.sesid, list.tableid, JET_MoveFirst, 0), JET_errSuccess);
    CHECK_ERR(JetPrepareUpdate(e.sesid, list.tableid, JET_prepInsert), JET_errPermissionDenied);
    CHECK_ERR(JetDelete(e.sesid, list.tableid), JET_errPermissionDenied);
    CHECK_ERR(JetCloseTable(e.sesid, list.tableid), JET_errSuccess);
}

TEST(records_rollback_cancels_an_update_prepared_in_its_level) {
    Engine e;
    CHECK_ERR(JetBeginTransaction(e.sesid), JET_errSuccess);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepInsert), JET_errSuccess);
    CHECK_ERR(JetRollback(e.sesid, 0), JET_errSuccess);
    const std::int32_t v = 1;
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.fixedLong, &v, 4, 0, nullptr), JET_errUpdateNotPrepared);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepInsert), JET_errSuccess);
}


// Column defaults as ESE keeps them: a new record starts from the table's default record, so the
// defaults of fixed and variable columns are stored in it (JET_bitRetrieveIgnoreDefault has no
// effect on those columns); tagged defaults are not stored, and show while the column is absent
// unless JET_bitRetrieveIgnoreDefault. Setting NULL stores NULL, for a tagged column with a
// default too, unless JET_bitSetRevertToDefaultValue (tagged columns only). A fixed or variable
// column past a record's last one shows the current default: columns added later, and columns
// of a record written before.
namespace {

struct DefaultsTable {
    JET_TABLEID tableid = 0;
    JET_COLUMNID fixed = 0, variable = 0, plain = 0, tagged = 0, multi = 0;
};

DefaultsTable createDefaultsTable(Engine& e) {
    DefaultsTable d;
    CHECK_ERR(JetCreateTableA(e.sesid, e.dbid, "d", 0, 0, &d.tableid), JET_errSuccess);
    const std::int32_t five = 5;
    d.fixed = records_fixture::addColumn(e.sesid, d.tableid, "f", JET_coltypLong, 0, 0, &five, 4);
    d.variable = records_fixture::addColumn(e.sesid, d.tableid, "v", JET_coltypBinary, 0, 0, "dv", 2);
    d.plain = records_fixture::addColumn(e.sesid, d.tableid, "p", JET_coltypLong);
    d.tagged = records_fixture::addColumn(e.sesid, d.tableid, "t", JET_coltypBinary, JET_bitColumnTagged, 0, "td", 2);
    d.multi = records_fixture::addColumn(e.sesid, d.tableid, "m", JET_coltypBinary,
                                         JET_bitColumnTagged | JET_bitColumnMultiValued, 0, "md", 2);
    return d;
}

std::string insertEmpty(Engine& e, JET_TABLEID tableid) {
    char bookmark[JET_cbBookmarkMost];
    unsigned long cb = 0;
    CHECK_ERR(JetPrepareUpdate(e.sesid, tableid, JET_prepInsert), JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, tableid, bookmark, sizeof bookmark, &cb), JET_errSuccess);
    return std::string(bookmark, cb);
}

void gotoBookmark(Engine& e, JET_TABLEID tableid, const std::string& bookmark) {
    CHECK_ERR(JetGotoBookmark(e.sesid, tableid, const_cast<char*>(bookmark.data()), static_cast<unsigned long>(bookmark.size())),
              JET_errSuccess);
}

// The value and the error of a retrieval ("" for NULL).
std::string valueAt(Engine& e, JET_TABLEID tableid, JET_COLUMNID col, JET_ERR expect, JET_GRBIT grbit = 0,
                    unsigned long itag = 1) {
    JET_ERR err = 0;
    const std::string v = retrieveBytes(e.sesid, tableid, col, &err, itag, grbit);
    CHECK_ERR(err, expect);
    return err == JET_wrnColumnNull ? std::string() : v;
}

JET_TABLEID reopen(Engine& e, JET_TABLEID tableid, const char* name) {
    CHECK_ERR(JetCloseTable(e.sesid, tableid), JET_errSuccess);
    JET_TABLEID t = 0;
    CHECK_ERR(JetOpenTableA(e.sesid, e.dbid, name, nullptr, 0, 0, &t), JET_errSuccess);
    return t;
}

}  // namespace

TEST(records_fixed_and_variable_defaults_are_stored_at_insert_tagged_ones_are_not) {
    Engine e;
    DefaultsTable d = createDefaultsTable(e);
    const std::string five("\x05\0\0\0", 4);
    // The copy buffer of an insert already holds the fixed and variable defaults.
    CHECK_ERR(JetPrepareUpdate(e.sesid, d.tableid, JET_prepInsert), JET_errSuccess);
    CHECK(valueAt(e, d.tableid, d.fixed, JET_errSuccess, JET_bitRetrieveCopy | JET_bitRetrieveIgnoreDefault) == five);
    valueAt(e, d.tableid, d.tagged, JET_wrnColumnNull, JET_bitRetrieveCopy | JET_bitRetrieveIgnoreDefault);
    CHECK_ERR(JetPrepareUpdate(e.sesid, d.tableid, JET_prepCancel), JET_errSuccess);
    const std::string old = insertEmpty(e, d.tableid);
    gotoBookmark(e, d.tableid, old);
    for (const JET_GRBIT grbit : {JET_GRBIT(0), JET_GRBIT(JET_bitRetrieveIgnoreDefault)}) {
        CHECK(valueAt(e, d.tableid, d.fixed, JET_errSuccess, grbit) == five);
        CHECK(valueAt(e, d.tableid, d.variable, JET_errSuccess, grbit) == "dv");
        valueAt(e, d.tableid, d.plain, JET_wrnColumnNull, grbit);
    }
    CHECK(valueAt(e, d.tableid, d.tagged, JET_errSuccess) == "td");
    valueAt(e, d.tableid, d.tagged, JET_wrnColumnNull, JET_bitRetrieveIgnoreDefault);
    CHECK(valueAt(e, d.tableid, d.multi, JET_errSuccess) == "md");
    valueAt(e, d.tableid, d.multi, JET_wrnColumnNull, 0, 2);

    // A new default: the old record keeps its stored fixed and variable values and shows the
    // new tagged default; a new record stores the new defaults.
    CHECK_ERR(JetCloseTable(e.sesid, d.tableid), JET_errSuccess);
    const std::int32_t six = 6;
    CHECK_ERR(JetSetColumnDefaultValueA(e.sesid, e.dbid, "d", "f", &six, 4, 0), JET_errSuccess);
    CHECK_ERR(JetSetColumnDefaultValueA(e.sesid, e.dbid, "d", "v", "nv", 2, 0), JET_errSuccess);
    CHECK_ERR(JetSetColumnDefaultValueA(e.sesid, e.dbid, "d", "t", "nt", 2, 0), JET_errSuccess);
    CHECK_ERR(JetOpenTableA(e.sesid, e.dbid, "d", nullptr, 0, 0, &d.tableid), JET_errSuccess);
    gotoBookmark(e, d.tableid, old);
    CHECK(valueAt(e, d.tableid, d.fixed, JET_errSuccess) == five);
    CHECK(valueAt(e, d.tableid, d.variable, JET_errSuccess) == "dv");
    CHECK(valueAt(e, d.tableid, d.tagged, JET_errSuccess) == "nt");
    gotoBookmark(e, d.tableid, insertEmpty(e, d.tableid));
    CHECK(valueAt(e, d.tableid, d.fixed, JET_errSuccess, JET_bitRetrieveIgnoreDefault) == std::string("\x06\0\0\0", 4));
    CHECK(valueAt(e, d.tableid, d.variable, JET_errSuccess, JET_bitRetrieveIgnoreDefault) == "nv");
    valueAt(e, d.tableid, d.tagged, JET_wrnColumnNull, JET_bitRetrieveIgnoreDefault);

    // JetEnumerateColumns: the stored default is in the record; with JET_bitEnumerateIgnoreDefault
    // a column the record does not hold is JET_wrnColumnDefault: the tagged column, and "p",
    // after the last fixed column with a default (the record's last fixed column).
    JET_ENUMCOLUMNID ids[3];
    std::memset(ids, 0, sizeof ids);
    ids[0].columnid = d.fixed;
    ids[1].columnid = d.plain;
    ids[2].columnid = d.tagged;
    unsigned long count = 0;
    JET_ENUMCOLUMN* columns = nullptr;
    CHECK_ERR(JetEnumerateColumns(e.sesid, d.tableid, 3, ids, &count, &columns, enumRealloc, nullptr, 0,
                                  JET_bitEnumerateIgnoreDefault), JET_errSuccess);
    CHECK(count == 3);
    if (count == 3) {
        CHECK(columns[0].err == JET_errSuccess && columns[0].cEnumColumnValue == 1);
        CHECK(columns[1].err == JET_wrnColumnDefault);
        CHECK(columns[2].err == JET_wrnColumnDefault);
    }
    freeEnumeration(count, columns);
}

TEST(records_explicit_null_is_stored_and_revert_to_default_is_for_tagged_columns) {
    Engine e;
    DefaultsTable d = createDefaultsTable(e);
    CHECK_ERR(JetPrepareUpdate(e.sesid, d.tableid, JET_prepInsert), JET_errSuccess);
    for (const JET_COLUMNID col : {d.fixed, d.variable, d.tagged, d.multi})
        CHECK_ERR(JetSetColumn(e.sesid, d.tableid, col, nullptr, 0, 0, nullptr), JET_errSuccess);
    for (const JET_COLUMNID col : {d.fixed, d.variable, d.tagged, d.multi})
        valueAt(e, d.tableid, col, JET_wrnColumnNull, JET_bitRetrieveCopy);
    std::string bookmark(JET_cbBookmarkMost, '\0');
    unsigned long cb = 0;
    CHECK_ERR(JetUpdate(e.sesid, d.tableid, &bookmark[0], JET_cbBookmarkMost, &cb), JET_errSuccess);
    bookmark.resize(cb);
    gotoBookmark(e, d.tableid, bookmark);
    for (const JET_COLUMNID col : {d.fixed, d.variable, d.tagged, d.multi}) valueAt(e, d.tableid, col, JET_wrnColumnNull);

    CHECK_ERR(JetPrepareUpdate(e.sesid, d.tableid, JET_prepReplace), JET_errSuccess);
    // JET_bitSetRevertToDefaultValue: a tagged column's NULL entry goes and the default shows
    // again; a fixed or variable column stays NULL.
    for (const JET_COLUMNID col : {d.fixed, d.variable, d.tagged})
        CHECK_ERR(JetSetColumn(e.sesid, d.tableid, col, nullptr, 0, JET_bitSetRevertToDefaultValue, nullptr), JET_errSuccess);
    valueAt(e, d.tableid, d.fixed, JET_wrnColumnNull, JET_bitRetrieveCopy);
    valueAt(e, d.tableid, d.variable, JET_wrnColumnNull, JET_bitRetrieveCopy);
    CHECK(valueAt(e, d.tableid, d.tagged, JET_errSuccess, JET_bitRetrieveCopy) == "td");
    // Values removed one by one: the last one leaves a NULL entry.
    JET_SETINFO si{sizeof(JET_SETINFO), 0, 0};
    CHECK_ERR(JetSetColumn(e.sesid, d.tableid, d.multi, "a", 1, 0, &si), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, d.tableid, d.multi, "b", 1, 0, &si), JET_errSuccess);
    CHECK(valueAt(e, d.tableid, d.multi, JET_errSuccess, JET_bitRetrieveCopy, 2) == "b");
    CHECK_ERR(JetSetColumn(e.sesid, d.tableid, d.multi, nullptr, 0, 0, nullptr), JET_errSuccess);
    CHECK(valueAt(e, d.tableid, d.multi, JET_errSuccess, JET_bitRetrieveCopy) == "b");
    CHECK_ERR(JetSetColumn(e.sesid, d.tableid, d.multi, nullptr, 0, 0, nullptr), JET_errSuccess);
    valueAt(e, d.tableid, d.multi, JET_wrnColumnNull, JET_bitRetrieveCopy);
    CHECK_ERR(JetUpdate(e.sesid, d.tableid, nullptr, 0, nullptr), JET_errSuccess);
    valueAt(e, d.tableid, d.fixed, JET_wrnColumnNull);
    CHECK(valueAt(e, d.tableid, d.tagged, JET_errSuccess) == "td");
    valueAt(e, d.tableid, d.tagged, JET_wrnColumnNull, JET_bitRetrieveIgnoreDefault);
    valueAt(e, d.tableid, d.multi, JET_wrnColumnNull);

    // JetEnumerateColumns of every column lists the NULL ones the record holds.
    unsigned long count = 0;
    JET_ENUMCOLUMN* columns = nullptr;
    CHECK_ERR(JetEnumerateColumns(e.sesid, d.tableid, 0, nullptr, &count, &columns, enumRealloc, nullptr, 0, 0), JET_errSuccess);
    JET_ERR fixedErr = 1, taggedErr = 1, multiErr = 1;
    for (unsigned long i = 0; i < count; ++i) {
        if (columns[i].columnid == d.fixed) fixedErr = columns[i].err;
        if (columns[i].columnid == d.tagged) taggedErr = columns[i].err;
        if (columns[i].columnid == d.multi) multiErr = columns[i].err;
    }
    CHECK(fixedErr == JET_wrnColumnNull && taggedErr == JET_errSuccess && multiErr == JET_wrnColumnNull);
    freeEnumeration(count, columns);
}

TEST(records_columns_added_later_show_their_default_in_older_records) {
    Engine e;
    JET_TABLEID tableid = 0;
    CHECK_ERR(JetCreateTableA(e.sesid, e.dbid, "later", 0, 0, &tableid), JET_errSuccess);
    const JET_COLUMNID first = records_fixture::addColumn(e.sesid, tableid, "first", JET_coltypLong);
    const std::int32_t one = 1;
    CHECK_ERR(JetPrepareUpdate(e.sesid, tableid, JET_prepInsert), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, tableid, first, &one, 4, 0, nullptr), JET_errSuccess);
    std::string old(JET_cbBookmarkMost, '\0');
    unsigned long cb = 0;
    CHECK_ERR(JetUpdate(e.sesid, tableid, &old[0], JET_cbBookmarkMost, &cb), JET_errSuccess);
    old.resize(cb);

    const std::int32_t eleven = 11;
    const JET_COLUMNID g = records_fixture::addColumn(e.sesid, tableid, "g", JET_coltypLong, 0, 0, &eleven, 4);
    const JET_COLUMNID w = records_fixture::addColumn(e.sesid, tableid, "w", JET_coltypBinary, 0, 0, "ww", 2);
    const JET_COLUMNID u = records_fixture::addColumn(e.sesid, tableid, "u", JET_coltypBinary, JET_bitColumnTagged, 0, "uu", 2);
    const JET_COLUMNID h = records_fixture::addColumn(e.sesid, tableid, "h", JET_coltypLong);
    gotoBookmark(e, tableid, old);
    // Past the record's last fixed and variable column: the default, JET_bitRetrieveIgnoreDefault or not.
    for (const JET_GRBIT grbit : {JET_GRBIT(0), JET_GRBIT(JET_bitRetrieveIgnoreDefault)}) {
        CHECK(valueAt(e, tableid, g, JET_errSuccess, grbit) == std::string("\x0b\0\0\0", 4));
        CHECK(valueAt(e, tableid, w, JET_errSuccess, grbit) == "ww");
        valueAt(e, tableid, h, JET_wrnColumnNull, grbit);
    }
    CHECK(valueAt(e, tableid, u, JET_errSuccess) == "uu");
    valueAt(e, tableid, u, JET_wrnColumnNull, JET_bitRetrieveIgnoreDefault);

    // JetEnumerateColumns: the defaults are listed; JET_bitEnumerateIgnoreDefault reports every
    // column the record does not hold as JET_wrnColumnDefault.
    JET_ENUMCOLUMNID ids[4];
    std::memset(ids, 0, sizeof ids);
    ids[0].columnid = first;
    ids[1].columnid = g;
    ids[2].columnid = w;
    ids[3].columnid = u;
    unsigned long count = 0;
    JET_ENUMCOLUMN* columns = nullptr;
    CHECK_ERR(JetEnumerateColumns(e.sesid, tableid, 4, ids, &count, &columns, enumRealloc, nullptr, 0,
                                  JET_bitEnumerateIgnoreDefault), JET_errSuccess);
    CHECK(count == 4);
    if (count == 4) {
        CHECK(columns[0].err == JET_errSuccess);
        CHECK(columns[1].err == JET_wrnColumnDefault && columns[2].err == JET_wrnColumnDefault &&
              columns[3].err == JET_wrnColumnDefault);
    }
    freeEnumeration(count, columns);
    CHECK_ERR(JetEnumerateColumns(e.sesid, tableid, 4, ids, &count, &columns, enumRealloc, nullptr, 0, 0), JET_errSuccess);
    CHECK(count == 4);
    if (count == 4) {
        CHECK(columns[1].err == JET_errSuccess && columns[1].cEnumColumnValue == 1 &&
              valueOf(columns[1].rgEnumColumnValue[0]) == std::string("\x0b\0\0\0", 4));
        CHECK(columns[3].err == JET_errSuccess && valueOf(columns[3].rgEnumColumnValue[0]) == "uu");
    }
    freeEnumeration(count, columns);

    // A new default shows in the older record while the column is past its last one; a replace
    // that sets a later column stores the defaults of the columns in between.
    CHECK_ERR(JetCloseTable(e.sesid, tableid), JET_errSuccess);
    const std::int32_t twelve = 12, thirteen = 13, two = 2;
    CHECK_ERR(JetSetColumnDefaultValueA(e.sesid, e.dbid, "later", "g", &twelve, 4, 0), JET_errSuccess);
    CHECK_ERR(JetOpenTableA(e.sesid, e.dbid, "later", nullptr, 0, 0, &tableid), JET_errSuccess);
    gotoBookmark(e, tableid, old);
    CHECK(valueAt(e, tableid, g, JET_errSuccess) == std::string("\x0c\0\0\0", 4));
    CHECK_ERR(JetPrepareUpdate(e.sesid, tableid, JET_prepReplace), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, tableid, h, &two, 4, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, tableid, nullptr, 0, nullptr), JET_errSuccess);
    tableid = reopen(e, tableid, "later");
    CHECK_ERR(JetCloseTable(e.sesid, tableid), JET_errSuccess);
    CHECK_ERR(JetSetColumnDefaultValueA(e.sesid, e.dbid, "later", "g", &thirteen, 4, 0), JET_errSuccess);
    CHECK_ERR(JetOpenTableA(e.sesid, e.dbid, "later", nullptr, 0, 0, &tableid), JET_errSuccess);
    gotoBookmark(e, tableid, old);
    CHECK(valueAt(e, tableid, g, JET_errSuccess) == std::string("\x0c\0\0\0", 4));
    CHECK(valueAt(e, tableid, h, JET_errSuccess) == std::string("\x02\0\0\0", 4));
    CHECK(valueAt(e, tableid, w, JET_errSuccess) == "ww");  // the variable columns were not extended
}

TEST(records_long_value_slices_read_only_what_is_asked_for) {
    Engine e;
    std::string value(100000, '\0');
    for (std::size_t i = 0; i < value.size(); ++i) value[i] = static_cast<char>((i * 131 + i / 7) & 0xff);
    const std::int16_t nn = 1;
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepInsert), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.notNull, &nn, sizeof nn, 0, nullptr), JET_errSuccess);
    const std::int32_t seven = 7;
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.fixedLong, &seven, sizeof seven, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, value.data(), static_cast<unsigned long>(value.size()), 0,
                           nullptr),
              JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    // Offsets inside, at and across the engine's chunk boundaries, and at and past the end.
    for (const unsigned long ib : {0ul, 1ul, 32767ul, 32768ul, 65530ul, 99990ul, 100000ul, 250000ul}) {
        char buffer[40000];
        unsigned long cb = 0;
        JET_RETINFO info{sizeof(JET_RETINFO), ib, 1, 0};
        const unsigned long left = ib < value.size() ? static_cast<unsigned long>(value.size() - ib) : 0;
        for (const unsigned long want : {7ul, 40000ul}) {
            const JET_ERR err = JetRetrieveColumn(e.sesid, e.tableid, e.c.longBinary, buffer, want, &cb, 0, &info);
            CHECK_ERR(err, left > want ? JET_wrnBufferTruncated : JET_errSuccess);
            CHECK(cb == left);
            const std::size_t n = std::min<std::size_t>(left, want);
            CHECK(n == 0 || value.compare(ib, n, buffer, n) == 0);
        }
    }
    // JetRetrieveColumns reads the record once for columns of both kinds, slices included.
    std::int32_t id = -1;
    char slice[16];
    JET_RETRIEVECOLUMN columns[2] = {};
    columns[0].columnid = e.c.fixedLong;
    columns[0].pvData = &id;
    columns[0].cbData = sizeof id;
    columns[0].itagSequence = 1;
    columns[1].columnid = e.c.longBinary;
    columns[1].pvData = slice;
    columns[1].cbData = sizeof slice;
    columns[1].ibLongValue = 50000;
    columns[1].itagSequence = 1;
    CHECK_ERR(JetRetrieveColumns(e.sesid, e.tableid, columns, 2), JET_wrnBufferTruncated);
    CHECK(columns[0].err == JET_errSuccess && id == 7);
    CHECK(columns[1].err == JET_wrnBufferTruncated && columns[1].cbActual == 50000);
    CHECK(value.compare(50000, sizeof slice, slice, sizeof slice) == 0);
}

// Long values a replace does not touch: JetPrepareUpdate leaves them in the long-value tree, the
// update keeps their chunks, and the operations that need their old bytes still see them.
namespace {

std::string patterned(std::size_t size, unsigned seed) {
    std::string value(size, '\0');
    for (std::size_t i = 0; i < size; ++i) value[i] = static_cast<char>((i * 131 + i / 7 + seed * 17) & 0xff);
    return value;
}

// Inserts a record with `id` and `lv` in the long-value column; leaves the cursor on it.
void insertWithLongValue(Engine& e, std::int32_t id, const std::string& lv) {
    const std::int16_t nn = 1;
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepInsert), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.notNull, &nn, sizeof nn, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.fixedLong, &id, sizeof id, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, lv.data(), static_cast<unsigned long>(lv.size()), 0, nullptr),
              JET_errSuccess);
    char bookmark[JET_cbBookmarkMost];
    unsigned long cb = 0;
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, bookmark, sizeof bookmark, &cb), JET_errSuccess);
    CHECK_ERR(JetGotoBookmark(e.sesid, e.tableid, bookmark, cb), JET_errSuccess);
}

void replaceId(JET_SESID sesid, JET_TABLEID tableid, JET_COLUMNID col, std::int32_t id) {
    CHECK_ERR(JetPrepareUpdate(sesid, tableid, JET_prepReplace), JET_errSuccess);
    CHECK_ERR(JetSetColumn(sesid, tableid, col, &id, sizeof id, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetUpdate(sesid, tableid, nullptr, 0, nullptr), JET_errSuccess);
}

}  // namespace

TEST(records_replace_of_another_column_keeps_an_untouched_long_value) {
    Engine e;
    const std::string lv = patterned(300000, 1);
    insertWithLongValue(e, 1, lv);
    replaceId(e.sesid, e.tableid, e.c.fixedLong, 2);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.fixedLong) == 2);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary) == lv);

    // In the prepared copy: a slice of the untouched value (JET_bitRetrieveCopy) and its size.
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary, nullptr, 1, JET_bitRetrieveCopy, 200000) == lv.substr(200000));
    char slice[10];
    unsigned long cb = 0;
    JET_RETINFO info{sizeof(JET_RETINFO), 65530, 1, 0};
    CHECK_ERR(JetRetrieveColumn(e.sesid, e.tableid, e.c.longBinary, slice, sizeof slice, &cb, JET_bitRetrieveCopy, &info),
              JET_wrnBufferTruncated);
    CHECK(cb == lv.size() - 65530 && lv.compare(65530, sizeof slice, slice, sizeof slice) == 0);
    JET_RECSIZE copySize{}, storedSize{};
    CHECK_ERR(JetGetRecordSize(e.sesid, e.tableid, &copySize, JET_bitRecordSizeInCopyBuffer), JET_errSuccess);
    CHECK_ERR(JetGetRecordSize(e.sesid, e.tableid, &storedSize, 0), JET_errSuccess);
    CHECK(copySize.cLongValues == 1 && copySize.cbLongValueData == lv.size());
    CHECK(storedSize.cbLongValueData == lv.size() && copySize.cbData == storedSize.cbData);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepCancel), JET_errSuccess);

    // A replace rolled back, one that replaced the value too, and one committed.
    CHECK_ERR(JetBeginTransaction(e.sesid), JET_errSuccess);
    replaceId(e.sesid, e.tableid, e.c.fixedLong, 3);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary) == lv);
    const std::string other = patterned(70000, 2);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, other.data(), static_cast<unsigned long>(other.size()), 0,
                           nullptr),
              JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary) == other);
    CHECK_ERR(JetRollback(e.sesid, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.fixedLong) == 2);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary) == lv);
    CHECK_ERR(JetBeginTransaction(e.sesid), JET_errSuccess);
    replaceId(e.sesid, e.tableid, e.c.fixedLong, 4);
    CHECK_ERR(JetCommitTransaction(e.sesid, 0), JET_errSuccess);
    replaceId(e.sesid, e.tableid, e.c.fixedLong, 5);  // level 0

    // After a restart.
    CHECK_ERR(JetCloseTable(e.sesid, e.tableid), JET_errSuccess);
    CHECK_ERR(JetTerm(e.instance), JET_errSuccess);
    e.running = false;
    JET_INSTANCE inst = 0;
    JET_SESID ses = 0;
    JET_DBID db = 0;
    JET_TABLEID t = 0;
    CHECK_ERR(harness::startInstanceIn(e.dir, &inst), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(inst, &ses, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetAttachDatabaseA(ses, e.path.c_str(), 0), JET_errSuccess);
    CHECK_ERR(JetOpenDatabaseA(ses, e.path.c_str(), nullptr, &db, 0), JET_errSuccess);
    CHECK_ERR(JetOpenTableA(ses, db, "t", nullptr, 0, 0, &t), JET_errSuccess);
    CHECK_ERR(JetMove(ses, t, JET_MoveFirst, 0), JET_errSuccess);
    CHECK(retrieveLong(ses, t, e.c.fixedLong) == 5);
    CHECK(retrieveBytes(ses, t, e.c.longBinary) == lv);
    replaceId(ses, t, e.c.fixedLong, 6);
    CHECK(retrieveBytes(ses, t, e.c.longBinary) == lv);
    CHECK_ERR(JetMove(ses, t, JET_MoveNext, 0), JET_errNoCurrentRecord);
    CHECK_ERR(JetTerm(inst), JET_errSuccess);
}

TEST(records_untouched_long_value_appended_overwritten_and_resized_by_a_replace) {
    Engine e;
    std::string expect = patterned(100000, 3);
    insertWithLongValue(e, 1, expect);
    auto replaceLv = [&](const void* data, unsigned long cb, JET_GRBIT grbit, unsigned long ib) {
        CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
        JET_SETINFO si{sizeof(JET_SETINFO), ib, 1};
        CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, data, cb, grbit, &si), JET_errSuccess);
        CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary, nullptr, 1, JET_bitRetrieveCopy) == expect);
        CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
        CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary) == expect);
    };
    const std::string tail = patterned(40000, 4);
    expect += tail;
    replaceLv(tail.data(), static_cast<unsigned long>(tail.size()), JET_bitSetAppendLV, 0);
    expect.replace(32760, 5, "hello");
    replaceLv("hello", 5, JET_bitSetOverwriteLV, 32760);
    expect.replace(70000, 3, "abc");
    replaceLv("abc", 3, 0, 70000);  // an offset alone overwrites too
    expect.resize(200000, '\0');
    replaceLv(nullptr, 200000, JET_bitSetSizeLV, 0);
    expect.resize(50000);
    replaceLv(nullptr, 50000, JET_bitSetSizeLV, 0);
    expect.resize(500);  // no longer separated
    replaceLv(nullptr, 500, JET_bitSetSizeLV, 0);
    // An overwrite past the end of an untouched value is refused; the value stays.
    const std::string big = patterned(5000, 5);
    expect = big;
    replaceLv(big.data(), static_cast<unsigned long>(big.size()), 0, 0);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
    JET_SETINFO si{sizeof(JET_SETINFO), 6000, 1};
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, "x", 1, JET_bitSetOverwriteLV, &si), JET_errColumnNoChunk);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary) == big);
    // Set to NULL: the chunks go, a new value can be written.
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, nullptr, 0, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    JET_ERR err = JET_errSuccess;
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary, &err).empty());
    CHECK_ERR(err, JET_wrnColumnNull);
}

TEST(records_insert_copy_copies_an_untouched_long_value) {
    Engine e;
    const std::string lv = patterned(150000, 6);
    insertWithLongValue(e, 1, lv);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepInsertCopy), JET_errSuccess);
    const std::int32_t two = 2;
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.fixedLong, &two, sizeof two, 0, nullptr), JET_errSuccess);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary, nullptr, 1, JET_bitRetrieveCopy, 100000) == lv.substr(100000));
    char bookmark[JET_cbBookmarkMost];
    unsigned long cb = 0;
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, bookmark, sizeof bookmark, &cb), JET_errSuccess);
    // The original changes and goes; the copy keeps its own chunks.
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.fixedLong) == 1);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, "x", 1, JET_bitSetOverwriteLV, nullptr), JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary) == "x" + lv.substr(1));
    CHECK_ERR(JetGotoBookmark(e.sesid, e.tableid, bookmark, cb), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.fixedLong) == 2);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary) == lv);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    CHECK_ERR(JetDelete(e.sesid, e.tableid), JET_errSuccess);
    CHECK_ERR(JetGotoBookmark(e.sesid, e.tableid, bookmark, cb), JET_errSuccess);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary) == lv);
    // An InsertCopy inside a transaction, rolled back, leaves the copied record alone.
    CHECK_ERR(JetBeginTransaction(e.sesid), JET_errSuccess);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepInsertCopy), JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetRollback(e.sesid, 0), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    CHECK(retrieveBytes(e.sesid, e.tableid, e.c.longBinary) == lv);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveNext, 0), JET_errNoCurrentRecord);
}

TEST(records_multi_valued_long_values_keep_their_bytes_when_one_is_removed) {
    Engine e;
    const JET_COLUMNID mlv = records_fixture::addColumn(e.sesid, e.tableid, "mlv", JET_coltypLongBinary,
                                                        JET_bitColumnTagged | JET_bitColumnMultiValued);
    std::vector<std::string> values;
    for (unsigned i = 0; i < 4; ++i) values.push_back(patterned(40000 + i * 1000, 10 + i));
    values[2] = "small";  // one held in the record
    const std::int16_t nn = 1;
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepInsert), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.notNull, &nn, sizeof nn, 0, nullptr), JET_errSuccess);
    JET_SETINFO append{sizeof(JET_SETINFO), 0, 0};
    for (const std::string& v : values)
        CHECK_ERR(JetSetColumn(e.sesid, e.tableid, mlv, v.data(), static_cast<unsigned long>(v.size()), 0, &append),
                  JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    auto check = [&](JET_GRBIT grbit) {
        for (std::size_t i = 0; i < values.size(); ++i)
            CHECK(retrieveBytes(e.sesid, e.tableid, mlv, nullptr, static_cast<unsigned long>(i + 1), grbit) == values[i]);
        JET_ERR err = JET_errSuccess;
        retrieveBytes(e.sesid, e.tableid, mlv, &err, static_cast<unsigned long>(values.size() + 1), grbit);
        CHECK_ERR(err, JET_wrnColumnNull);
    };
    // A duplicate of an untouched value is found by its bytes.
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
    JET_SETINFO si{sizeof(JET_SETINFO), 0, 0};
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, mlv, values[1].data(), static_cast<unsigned long>(values[1].size()),
                           JET_bitSetUniqueMultiValues, &si),
              JET_errMultiValuedDuplicate);
    // Remove the second value: the ones after it move down.
    si.itagSequence = 2;
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, mlv, nullptr, 0, 0, &si), JET_errSuccess);
    values.erase(values.begin() + 1);
    check(JET_bitRetrieveCopy);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    check(0);
    // Remove the first, append to the (moved) last one and add one, then a replace touching none.
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
    si.itagSequence = 1;
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, mlv, nullptr, 0, 0, &si), JET_errSuccess);
    values.erase(values.begin());
    si.itagSequence = 2;
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, mlv, "++", 2, JET_bitSetAppendLV, &si), JET_errSuccess);
    values[1] += "++";
    const std::string added = patterned(33000, 20);
    si.itagSequence = 0;
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, mlv, added.data(), static_cast<unsigned long>(added.size()), 0, &si),
              JET_errSuccess);
    values.push_back(added);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    check(0);
    replaceId(e.sesid, e.tableid, e.c.fixedLong, 9);
    check(0);
    CHECK_ERR(JetDelete(e.sesid, e.tableid), JET_errSuccess);
}

TEST(records_enumerate_reads_only_cb_data_most_of_a_separated_long_value) {
    Engine e;
    const std::string lv = patterned(200000, 7);
    insertWithLongValue(e, 1, lv);
    JET_ENUMCOLUMNID which{e.c.longBinary, 0, nullptr};
    for (const bool copy : {false, true}) {
        if (copy) CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
        const JET_GRBIT grbit = copy ? JET_bitEnumerateCopy : 0;
        for (const unsigned long most : {0ul, 10ul, 40000ul, 300000ul}) {
            unsigned long count = 0;
            JET_ENUMCOLUMN* columns = nullptr;
            CHECK_ERR(JetEnumerateColumns(e.sesid, e.tableid, 1, &which, &count, &columns, enumRealloc, nullptr, most,
                                          grbit | JET_bitEnumerateCompressOutput),
                      JET_errSuccess);
            CHECK(count == 1 && columns[0].err == JET_errSuccess && columns[0].cEnumColumnValue == 1);
            const JET_ENUMCOLUMNVALUE& v = columns[0].rgEnumColumnValue[0];
            const std::size_t n = std::min<std::size_t>(most, lv.size());
            CHECK_ERR(v.err, most < lv.size() ? JET_wrnColumnTruncated : JET_errSuccess);
            CHECK(v.cbData == n && valueOf(v) == lv.substr(0, n));
            freeEnumeration(count, columns);
        }
        // Every column: the long value capped, the others whole.
        unsigned long count = 0;
        JET_ENUMCOLUMN* columns = nullptr;
        CHECK_ERR(JetEnumerateColumns(e.sesid, e.tableid, 0, nullptr, &count, &columns, enumRealloc, nullptr, 5, grbit),
                  JET_errSuccess);
        bool sawLv = false;
        for (unsigned long i = 0; i < count; ++i) {
            if (columns[i].columnid == e.c.fixedLong)
                CHECK(columns[i].cEnumColumnValue == 1 && columns[i].rgEnumColumnValue[0].cbData == 4);
            if (columns[i].columnid != e.c.longBinary) continue;
            sawLv = true;
            CHECK(valueOf(columns[i].rgEnumColumnValue[0]) == lv.substr(0, 5));
        }
        CHECK(sawLv);
        freeEnumeration(count, columns);
    }
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepCancel), JET_errSuccess);
}
