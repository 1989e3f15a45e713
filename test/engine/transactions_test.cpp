// Transactions: nesting, commit and rollback rules, grbits.
#include "harness.h"

using harness::TempDir;

namespace {

// A running instance with one session, terminated (dirty if need be) at the end of the test.
struct Fixture {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    Fixture() {
        CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
        CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    }
    ~Fixture() { JetTerm2(instance, JET_bitTermDirty); }
    JET_API_PTR level() const {
        JET_API_PTR value = 99;
        JetGetSystemParameterA(instance, sesid, JET_paramTransactionLevel, &value, nullptr, 0);
        return value;
    }
};

}  // namespace

TEST(transactions_nest_seven_levels_and_the_eighth_is_trans_too_deep) {
    Fixture f;
    for (int i = 0; i < 7; ++i) CHECK_ERR(JetBeginTransaction(f.sesid), JET_errSuccess);
    CHECK(f.level() == 7);
    CHECK_ERR(JetBeginTransaction(f.sesid), JET_errTransTooDeep);
    CHECK_ERR(JetBeginTransaction2(f.sesid, 0), JET_errTransTooDeep);
    CHECK(f.level() == 7);
    for (int i = 0; i < 7; ++i) CHECK_ERR(JetCommitTransaction(f.sesid, 0), JET_errSuccess);
    CHECK(f.level() == 0);
}

TEST(commit_and_rollback_outside_a_transaction_are_not_in_transaction) {
    Fixture f;
    CHECK_ERR(JetCommitTransaction(f.sesid, 0), JET_errNotInTransaction);
    CHECK_ERR(JetCommitTransaction(f.sesid, JET_bitCommitLazyFlush), JET_errNotInTransaction);
    CHECK_ERR(JetRollback(f.sesid, 0), JET_errNotInTransaction);
    CHECK_ERR(JetRollback(f.sesid, JET_bitRollbackAll), JET_errNotInTransaction);
}

TEST(invalid_grbits_are_checked_before_the_transaction_level) {
    Fixture f;
    CHECK_ERR(JetCommitTransaction(f.sesid, 0x100), JET_errInvalidGrbit);
    CHECK_ERR(JetRollback(f.sesid, 0x100), JET_errInvalidGrbit);
    CHECK_ERR(JetBeginTransaction(f.sesid), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(f.sesid, 0x100), JET_errInvalidGrbit);
    CHECK_ERR(JetRollback(f.sesid, 0x2), JET_errInvalidGrbit);
    CHECK(f.level() == 1);
}

TEST(wait_and_force_new_log_commits_are_allowed_at_level_0_but_only_alone) {
    Fixture f;
    CHECK_ERR(JetCommitTransaction(f.sesid, JET_bitWaitLastLevel0Commit), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(f.sesid, JET_bitWaitAllLevel0Commit), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(f.sesid, JET_bitForceNewLog), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(f.sesid, JET_bitWaitLastLevel0Commit | JET_bitCommitLazyFlush), JET_errInvalidGrbit);
    CHECK_ERR(JetCommitTransaction(f.sesid, JET_bitWaitAllLevel0Commit | JET_bitCommitLazyFlush), JET_errInvalidGrbit);
    CHECK_ERR(JetCommitTransaction(f.sesid, JET_bitForceNewLog | JET_bitWaitAllLevel0Commit), JET_errInvalidGrbit);
}

TEST(a_lazy_commit_is_flushed_by_wait_last_level_0_commit) {
    Fixture f;
    CHECK_ERR(JetBeginTransaction(f.sesid), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(f.sesid, JET_bitCommitLazyFlush), JET_errSuccess);
    CHECK(f.level() == 0);
    CHECK_ERR(JetCommitTransaction(f.sesid, JET_bitWaitLastLevel0Commit), JET_errSuccess);
}

TEST(rollback_undoes_one_level_and_rollback_all_every_level) {
    Fixture f;
    for (int i = 0; i < 3; ++i) CHECK_ERR(JetBeginTransaction(f.sesid), JET_errSuccess);
    CHECK_ERR(JetRollback(f.sesid, 0), JET_errSuccess);
    CHECK(f.level() == 2);
    CHECK_ERR(JetBeginTransaction(f.sesid), JET_errSuccess);
    CHECK_ERR(JetRollback(f.sesid, JET_bitRollbackAll), JET_errSuccess);
    CHECK(f.level() == 0);
    CHECK_ERR(JetCommitTransaction(f.sesid, 0), JET_errNotInTransaction);
}

TEST(a_read_only_transaction_begins_and_commits) {
    Fixture f;
    CHECK_ERR(JetBeginTransaction2(f.sesid, JET_bitTransactionReadOnly), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(f.sesid, 0), JET_errSuccess);
}

TEST(commit_default_lazy_flush_applies_to_sessions_begun_after_it) {
    Fixture f;
    CHECK_ERR(JetSetSystemParameterA(&f.instance, 0, JET_paramCommitDefault, JET_bitCommitLazyFlush, nullptr),
              JET_errSuccess);
    JET_SESID lazy = 0;
    CHECK_ERR(JetBeginSessionA(f.instance, &lazy, nullptr, nullptr), JET_errSuccess);
    for (int i = 0; i < 100; ++i) {
        CHECK_ERR(JetBeginTransaction(lazy), JET_errSuccess);
        CHECK_ERR(JetCommitTransaction(lazy, 0), JET_errSuccess);
    }
    CHECK_ERR(JetCommitTransaction(lazy, JET_bitWaitAllLevel0Commit), JET_errSuccess);
}

TEST(interleaved_transactions_of_several_sessions_commit_and_term_cleanly) {
    Fixture f;
    JET_SESID a = 0, b = 0;
    CHECK_ERR(JetBeginSessionA(f.instance, &a, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(f.instance, &b, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(a), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(b), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(a), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(b, 0), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(a, 0), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(a, 0), JET_errSuccess);
    CHECK_ERR(JetTerm(f.instance), JET_errSuccess);
}
