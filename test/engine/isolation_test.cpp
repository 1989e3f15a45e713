// Isolation of records between sessions (DESIGN.md §3, ESENT-NOTES.md): snapshot reads from the
// level-0 begin, own changes visible, eager write conflicts (JET_errWriteConflict -1102),
// Replace's lock at JetPrepareUpdate, ReplaceNoLock checked at JetUpdate, escrow deltas that
// commute, and rollback.
#include "record_fixture.h"

using records_fixture::Engine;
using records_fixture::retrieveLong;

namespace {

// A second session on the same database with its own cursor on "t".
struct Other {
    JET_SESID sesid = 0;
    JET_DBID dbid = 0;
    JET_TABLEID tableid = 0;
    explicit Other(Engine& e) {
        CHECK_ERR(JetBeginSessionA(e.instance, &sesid, nullptr, nullptr), JET_errSuccess);
        CHECK_ERR(JetOpenDatabaseA(sesid, e.path.c_str(), nullptr, &dbid, 0), JET_errSuccess);
        CHECK_ERR(JetOpenTableA(sesid, dbid, "t", nullptr, 0, 0, &tableid), JET_errSuccess);
    }
};

int countRecords(JET_SESID sesid, JET_TABLEID tableid) {
    int n = 0;
    JET_ERR err = JetMove(sesid, tableid, JET_MoveFirst, 0);
    while (err == JET_errSuccess) {
        ++n;
        err = JetMove(sesid, tableid, JET_MoveNext, 0);
    }
    return n;
}

void replaceLong(JET_SESID sesid, JET_TABLEID tableid, JET_COLUMNID col, std::int32_t v, unsigned long prep,
                 JET_ERR expectUpdate = JET_errSuccess) {
    CHECK_ERR(JetPrepareUpdate(sesid, tableid, prep), JET_errSuccess);
    CHECK_ERR(JetSetColumn(sesid, tableid, col, &v, sizeof v, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetUpdate(sesid, tableid, nullptr, 0, nullptr), expectUpdate);
}

}  // namespace

TEST(isolation_snapshot_reads_and_own_changes) {
    Engine e;
    e.insert(1);
    CHECK_ERR(JetCloseTable(e.sesid, e.tableid), JET_errSuccess);
    CHECK_ERR(JetOpenTableA(e.sesid, e.dbid, "t", nullptr, 0, 0, &e.tableid), JET_errSuccess);
    Other o(e);
    CHECK_ERR(JetBeginTransaction(o.sesid), JET_errSuccess);
    CHECK(countRecords(o.sesid, o.tableid) == 1);

    CHECK_ERR(JetBeginTransaction(e.sesid), JET_errSuccess);
    e.insert(2);
    CHECK(countRecords(e.sesid, e.tableid) == 2);  // own change
    CHECK(countRecords(o.sesid, o.tableid) == 1);  // uncommitted: invisible
    CHECK_ERR(JetCommitTransaction(e.sesid, 0), JET_errSuccess);
    CHECK(countRecords(o.sesid, o.tableid) == 1);  // committed after o's snapshot
    CHECK_ERR(JetCommitTransaction(o.sesid, 0), JET_errSuccess);
    CHECK(countRecords(o.sesid, o.tableid) == 2);  // level 0 reads the newest data

    // Rollback drops the change.
    CHECK_ERR(JetBeginTransaction(e.sesid), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    CHECK_ERR(JetDelete(e.sesid, e.tableid), JET_errSuccess);
    CHECK(countRecords(e.sesid, e.tableid) == 1);
    CHECK_ERR(JetRollback(e.sesid, 0), JET_errSuccess);
    CHECK(countRecords(e.sesid, e.tableid) == 2);
}

TEST(isolation_replace_lock_and_write_conflicts) {
    Engine e;
    e.insert(1);
    CHECK_ERR(JetCloseTable(e.sesid, e.tableid), JET_errSuccess);
    CHECK_ERR(JetOpenTableA(e.sesid, e.dbid, "t", nullptr, 0, 0, &e.tableid), JET_errSuccess);
    Other o(e);
    CHECK_ERR(JetBeginTransaction(e.sesid), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(o.sesid), JET_errSuccess);
    // Replace inside a transaction locks at once, even after a cancel.
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplace), JET_errSuccess);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepCancel), JET_errSuccess);
    CHECK_ERR(JetPrepareUpdate(o.sesid, o.tableid, JET_prepReplace), JET_errWriteConflict);
    CHECK_ERR(JetDelete(o.sesid, o.tableid), JET_errWriteConflict);
    CHECK_ERR(JetGetLock(o.sesid, o.tableid, JET_bitWriteLock), JET_errWriteConflict);
    // ReplaceNoLock prepares, and fails at JetUpdate; the update stays prepared.
    CHECK_ERR(JetPrepareUpdate(o.sesid, o.tableid, JET_prepReplaceNoLock), JET_errSuccess);
    CHECK_ERR(JetUpdate(o.sesid, o.tableid, nullptr, 0, nullptr), JET_errWriteConflict);
    CHECK_ERR(JetPrepareUpdate(o.sesid, o.tableid, JET_prepCancel), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(e.sesid, 0), JET_errSuccess);
    // A version committed after o's snapshot still conflicts.
    CHECK_ERR(JetGetLock(e.sesid, e.tableid, JET_bitWriteLock), JET_errNotInTransaction);
    replaceLong(e.sesid, e.tableid, e.c.fixedLong, 5, JET_prepReplace);
    CHECK_ERR(JetPrepareUpdate(o.sesid, o.tableid, JET_prepReplace), JET_errWriteConflict);
    CHECK_ERR(JetRollback(o.sesid, 0), JET_errSuccess);
    CHECK(retrieveLong(o.sesid, o.tableid, e.c.fixedLong) == 5);

    // Level-0 replace of a record whose bytes changed since prepare: -1102 at JetUpdate.
    CHECK_ERR(JetPrepareUpdate(o.sesid, o.tableid, JET_prepReplace), JET_errSuccess);
    replaceLong(e.sesid, e.tableid, e.c.fixedLong, 6, JET_prepReplace);
    CHECK_ERR(JetUpdate(o.sesid, o.tableid, nullptr, 0, nullptr), JET_errWriteConflict);
}

TEST(isolation_a_committed_write_lock_conflicts_with_older_snapshots) {
    Engine e;
    e.insert(1);
    CHECK_ERR(JetCloseTable(e.sesid, e.tableid), JET_errSuccess);
    CHECK_ERR(JetOpenTableA(e.sesid, e.dbid, "t", nullptr, 0, 0, &e.tableid), JET_errSuccess);
    Other o(e);
    CHECK_ERR(JetBeginTransaction(o.sesid), JET_errSuccess);
    CHECK(retrieveLong(o.sesid, o.tableid, e.c.fixedLong) == 1);
    // e locks the record and commits without changing a byte of it.
    CHECK_ERR(JetBeginTransaction(e.sesid), JET_errSuccess);
    CHECK_ERR(JetGetLock(e.sesid, e.tableid, JET_bitWriteLock), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(e.sesid, 0), JET_errSuccess);
    // o's snapshot is older than that commit: its updates of the record conflict, its reads do not.
    CHECK(retrieveLong(o.sesid, o.tableid, e.c.fixedLong) == 1);
    CHECK_ERR(JetPrepareUpdate(o.sesid, o.tableid, JET_prepReplace), JET_errWriteConflict);
    CHECK_ERR(JetGetLock(o.sesid, o.tableid, JET_bitWriteLock), JET_errWriteConflict);
    CHECK_ERR(JetRollback(o.sesid, 0), JET_errSuccess);
    // A transaction begun after the commit may update it.
    CHECK_ERR(JetBeginTransaction(o.sesid), JET_errSuccess);
    CHECK_ERR(JetPrepareUpdate(o.sesid, o.tableid, JET_prepReplace), JET_errSuccess);
    CHECK_ERR(JetPrepareUpdate(o.sesid, o.tableid, JET_prepCancel), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(o.sesid, 0), JET_errSuccess);
}

TEST(isolation_escrow_deltas_commute_and_conflict_with_replace) {
    Engine e;
    e.insert(1);
    CHECK_ERR(JetCloseTable(e.sesid, e.tableid), JET_errSuccess);
    CHECK_ERR(JetOpenTableA(e.sesid, e.dbid, "t", nullptr, 0, 0, &e.tableid), JET_errSuccess);
    Other o(e);
    const std::int32_t one = 1, ten = 10;
    CHECK_ERR(JetBeginTransaction(e.sesid), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(o.sesid), JET_errSuccess);
    CHECK_ERR(JetEscrowUpdate(e.sesid, e.tableid, e.c.escrow, const_cast<std::int32_t*>(&one), 4, nullptr, 0, nullptr, 0), JET_errSuccess);
    CHECK_ERR(JetEscrowUpdate(o.sesid, o.tableid, e.c.escrow, const_cast<std::int32_t*>(&ten), 4, nullptr, 0, nullptr, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.escrow) == 1);
    CHECK(retrieveLong(o.sesid, o.tableid, e.c.escrow) == 10);
    // An escrow delta pending blocks another session's replace.
    CHECK_ERR(JetPrepareUpdate(o.sesid, o.tableid, JET_prepReplace), JET_errWriteConflict);
    CHECK_ERR(JetCommitTransaction(e.sesid, 0), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(o.sesid, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.escrow) == 11);
}

namespace {

std::int32_t escrow(JET_SESID sesid, JET_TABLEID tableid, JET_COLUMNID col, std::int32_t delta,
                    JET_ERR expect = JET_errSuccess) {
    std::int32_t old = -12345;
    unsigned long cb = 0;
    CHECK_ERR(JetEscrowUpdate(sesid, tableid, col, &delta, sizeof delta, &old, sizeof old, &cb, 0), expect);
    return old;
}

}  // namespace

TEST(isolation_escrow_previous_value_is_the_current_total_with_every_pending_delta) {
    Engine e;
    e.insert(1);
    CHECK_ERR(JetCloseTable(e.sesid, e.tableid), JET_errSuccess);
    CHECK_ERR(JetOpenTableA(e.sesid, e.dbid, "t", nullptr, 0, 0, &e.tableid), JET_errSuccess);
    Other o(e);
    CHECK_ERR(JetBeginTransaction(e.sesid), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(o.sesid), JET_errSuccess);
    // ESENT returns the counter as the record holds it: other sessions' uncommitted deltas
    // included. Reads still see each session's own snapshot.
    CHECK(escrow(e.sesid, e.tableid, e.c.escrow, 1) == 0);
    CHECK(escrow(o.sesid, o.tableid, e.c.escrow, 10) == 1);
    CHECK(escrow(e.sesid, e.tableid, e.c.escrow, 2) == 11);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.escrow) == 3);
    CHECK(retrieveLong(o.sesid, o.tableid, e.c.escrow) == 10);
    // A nested level rolled back takes its deltas out of the total.
    CHECK_ERR(JetBeginTransaction(e.sesid), JET_errSuccess);
    CHECK(escrow(e.sesid, e.tableid, e.c.escrow, 100) == 13);
    CHECK_ERR(JetRollback(e.sesid, 0), JET_errSuccess);
    CHECK(escrow(o.sesid, o.tableid, e.c.escrow, 5) == 13);
    CHECK_ERR(JetRollback(e.sesid, 0), JET_errSuccess);
    CHECK(escrow(o.sesid, o.tableid, e.c.escrow, 0) == 15);
    CHECK_ERR(JetCommitTransaction(o.sesid, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.escrow) == 15);
    // A delta committed after a snapshot is in the total that snapshot's transaction is given.
    CHECK_ERR(JetBeginTransaction(e.sesid), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.escrow) == 15);
    CHECK_ERR(JetBeginTransaction(o.sesid), JET_errSuccess);
    CHECK(escrow(o.sesid, o.tableid, e.c.escrow, 7) == 15);
    CHECK_ERR(JetCommitTransaction(o.sesid, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.escrow) == 15);
    CHECK(escrow(e.sesid, e.tableid, e.c.escrow, 1) == 22);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.escrow) == 16);
    CHECK_ERR(JetCommitTransaction(e.sesid, 0), JET_errSuccess);
    CHECK(retrieveLong(e.sesid, e.tableid, e.c.escrow) == 23);
}

TEST(isolation_escrow_conflicts_with_changes_committed_after_the_snapshot) {
    Engine e;
    e.insert(1);
    e.insert(2);
    CHECK_ERR(JetCloseTable(e.sesid, e.tableid), JET_errSuccess);
    CHECK_ERR(JetOpenTableA(e.sesid, e.dbid, "t", nullptr, 0, 0, &e.tableid), JET_errSuccess);
    Other o(e);
    // A replace committed after o began: o's delta conflicts (only deltas commute).
    CHECK_ERR(JetBeginTransaction(o.sesid), JET_errSuccess);
    CHECK_ERR(JetMove(o.sesid, o.tableid, JET_MoveFirst, 0), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    replaceLong(e.sesid, e.tableid, e.c.fixedLong, 5, JET_prepReplace);
    escrow(o.sesid, o.tableid, e.c.escrow, 1, JET_errWriteConflict);
    // A delete committed after o began: the same, and nothing is lost silently at commit.
    CHECK_ERR(JetMove(o.sesid, o.tableid, JET_MoveNext, 0), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveNext, 0), JET_errSuccess);
    CHECK_ERR(JetDelete(e.sesid, e.tableid), JET_errSuccess);
    escrow(o.sesid, o.tableid, e.c.escrow, 1, JET_errWriteConflict);
    CHECK_ERR(JetCommitTransaction(o.sesid, 0), JET_errSuccess);
    CHECK(countRecords(o.sesid, o.tableid) == 1);
    // A delta committed after o began does not conflict with o's own delta or o's replace.
    CHECK_ERR(JetBeginTransaction(o.sesid), JET_errSuccess);
    CHECK_ERR(JetMove(o.sesid, o.tableid, JET_MoveFirst, 0), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(e.sesid), JET_errSuccess);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    escrow(e.sesid, e.tableid, e.c.escrow, 3);
    CHECK_ERR(JetCommitTransaction(e.sesid, 0), JET_errSuccess);
    CHECK(escrow(o.sesid, o.tableid, e.c.escrow, 4) == 3);
    CHECK_ERR(JetPrepareUpdate(o.sesid, o.tableid, JET_prepReplace), JET_errWriteConflict);
    CHECK_ERR(JetCommitTransaction(o.sesid, 0), JET_errSuccess);
    CHECK(retrieveLong(o.sesid, o.tableid, e.c.escrow) == 7);
}

TEST(isolation_goto_bookmark_of_an_uncommitted_or_deleted_record_is_record_deleted) {
    Engine e;
    const std::string first = e.insert(1);
    CHECK_ERR(JetCloseTable(e.sesid, e.tableid), JET_errSuccess);
    CHECK_ERR(JetOpenTableA(e.sesid, e.dbid, "t", nullptr, 0, 0, &e.tableid), JET_errSuccess);
    Other o(e);
    CHECK_ERR(JetBeginTransaction(e.sesid), JET_errSuccess);
    std::string second = e.insert(2);
    CHECK_ERR(JetGotoBookmark(o.sesid, o.tableid, &second[0], 4), JET_errRecordDeleted);
    CHECK_ERR(JetGotoBookmark(e.sesid, e.tableid, &second[0], 4), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(e.sesid, 0), JET_errSuccess);
    // Deleted by another session after this one's snapshot: still there for it.
    CHECK_ERR(JetBeginTransaction(o.sesid), JET_errSuccess);
    CHECK_ERR(JetGotoBookmark(o.sesid, o.tableid, &second[0], 4), JET_errSuccess);
    CHECK_ERR(JetDelete(e.sesid, e.tableid), JET_errSuccess);
    CHECK_ERR(JetGotoBookmark(o.sesid, o.tableid, &second[0], 4), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(o.sesid, 0), JET_errSuccess);
    CHECK_ERR(JetGotoBookmark(o.sesid, o.tableid, &second[0], 4), JET_errRecordDeleted);
    retrieveLong(o.sesid, o.tableid, e.c.fixedLong, JET_errRecordDeleted);  // the cursor stayed on it
    std::string bookmark = first;
    CHECK_ERR(JetGotoBookmark(o.sesid, o.tableid, &bookmark[0], 4), JET_errSuccess);
    CHECK(retrieveLong(o.sesid, o.tableid, e.c.fixedLong) == 1);
}

// At level 0 nothing locks a record prepared for replace: when another session deletes it, the
// prepared copy's untouched long value can no longer be read, which is a write conflict, never
// reported as a damaged file.
PORTABLE_TEST(isolation_a_prepared_copy_of_a_record_deleted_meanwhile_reads_as_a_write_conflict) {
    Engine e;
    std::string big(100000, 'q');
    const std::int16_t nn = 1;
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepInsert), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.notNull, &nn, sizeof nn, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, big.data(), static_cast<unsigned long>(big.size()), 0,
                           nullptr),
              JET_errSuccess);
    CHECK_ERR(JetUpdate(e.sesid, e.tableid, nullptr, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetCloseTable(e.sesid, e.tableid), JET_errSuccess);
    CHECK_ERR(JetOpenTableA(e.sesid, e.dbid, "t", nullptr, 0, 0, &e.tableid), JET_errSuccess);
    Other o(e);
    CHECK_ERR(JetMove(e.sesid, e.tableid, JET_MoveFirst, 0), JET_errSuccess);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepReplaceNoLock), JET_errSuccess);
    CHECK_ERR(JetMove(o.sesid, o.tableid, JET_MoveFirst, 0), JET_errSuccess);
    CHECK_ERR(JetDelete(o.sesid, o.tableid), JET_errSuccess);
    char buffer[16];
    unsigned long cb = 0;
    CHECK_ERR(JetRetrieveColumn(e.sesid, e.tableid, e.c.longBinary, buffer, sizeof buffer, &cb, JET_bitRetrieveCopy,
                                nullptr),
              JET_errWriteConflict);
    CHECK_ERR(JetSetColumn(e.sesid, e.tableid, e.c.longBinary, "x", 1, JET_bitSetAppendLV, nullptr), JET_errWriteConflict);
    CHECK_ERR(JetPrepareUpdate(e.sesid, e.tableid, JET_prepCancel), JET_errSuccess);
}
