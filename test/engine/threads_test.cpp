// Session thread rules: transaction ownership by thread or context, JetSetSessionContext /
// JetResetSessionContext, JetEndSession from other threads, concurrent calls on one session.
#include <atomic>
#include <thread>

#include "harness.h"

using harness::TempDir;

namespace {

struct Fixture {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    Fixture() {
        CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
        CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    }
    ~Fixture() { JetTerm2(instance, JET_bitTermDirty); }
};

template <typename Body>
JET_ERR onOtherThread(Body body) {
    JET_ERR result = JET_errSuccess;
    std::thread thread([&] { result = body(); });
    thread.join();
    return result;
}

constexpr JET_API_PTR kContext = 0x1234;

}  // namespace

TEST(a_level_0_begin_works_from_any_thread) {
    Fixture f;
    CHECK_ERR(onOtherThread([&] { return JetBeginTransaction(f.sesid); }), JET_errSuccess);
    // The transaction now belongs to that (finished) thread.
    CHECK_ERR(JetCommitTransaction(f.sesid, 0), JET_errSessionSharingViolation);
}

TEST(nested_begin_commit_and_rollback_from_another_thread_are_sharing_violations) {
    Fixture f;
    CHECK_ERR(JetBeginTransaction(f.sesid), JET_errSuccess);
    CHECK_ERR(onOtherThread([&] { return JetBeginTransaction(f.sesid); }), JET_errSessionSharingViolation);
    CHECK_ERR(onOtherThread([&] { return JetCommitTransaction(f.sesid, 0); }), JET_errSessionSharingViolation);
    CHECK_ERR(onOtherThread([&] { return JetRollback(f.sesid, 0); }), JET_errSessionSharingViolation);
    // Calls that do not touch the transaction are allowed from any thread.
    unsigned long version = 0;
    CHECK_ERR(onOtherThread([&] { return JetGetVersion(f.sesid, &version); }), JET_errSuccess);
    // The owner keeps a working session.
    CHECK_ERR(JetBeginTransaction(f.sesid), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(f.sesid, 0), JET_errSuccess);
    CHECK_ERR(JetRollback(f.sesid, 0), JET_errSuccess);
}

TEST(reserved_session_context_values_are_invalid_parameters) {
    Fixture f;
    CHECK_ERR(JetSetSessionContext(f.sesid, 0), JET_errInvalidParameter);
    CHECK_ERR(JetSetSessionContext(f.sesid, ~JET_API_PTR(0)), JET_errInvalidParameter);
}

TEST(a_context_cannot_be_set_twice) {
    Fixture f;
    CHECK_ERR(JetSetSessionContext(f.sesid, kContext), JET_errSuccess);
    CHECK_ERR(JetSetSessionContext(f.sesid, kContext + 1), JET_errSessionContextAlreadySet);
    CHECK_ERR(onOtherThread([&] { return JetSetSessionContext(f.sesid, kContext); }),
              JET_errSessionContextAlreadySet);
    CHECK_ERR(JetResetSessionContext(f.sesid), JET_errSuccess);
}

TEST(only_the_thread_that_set_the_context_resets_it) {
    Fixture f;
    CHECK_ERR(JetResetSessionContext(f.sesid), JET_errSessionContextNotSetByThisThread);
    CHECK_ERR(JetSetSessionContext(f.sesid, kContext), JET_errSuccess);
    CHECK_ERR(onOtherThread([&] { return JetResetSessionContext(f.sesid); }),
              JET_errSessionContextNotSetByThisThread);
    CHECK_ERR(JetResetSessionContext(f.sesid), JET_errSuccess);
    CHECK_ERR(JetResetSessionContext(f.sesid), JET_errSessionContextNotSetByThisThread);
}

TEST(a_transaction_begun_under_a_context_moves_with_the_context) {
    Fixture f;
    CHECK_ERR(JetSetSessionContext(f.sesid, kContext), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(f.sesid), JET_errSuccess);
    CHECK_ERR(JetResetSessionContext(f.sesid), JET_errSuccess);
    // Without the context, even the beginning thread is not the owner.
    CHECK_ERR(JetCommitTransaction(f.sesid, 0), JET_errSessionSharingViolation);
    CHECK_ERR(onOtherThread([&] {
                  JET_ERR err = JetSetSessionContext(f.sesid, kContext);
                  if (err < 0) return err;
                  err = JetBeginTransaction(f.sesid);
                  if (err >= 0) err = JetCommitTransaction(f.sesid, 0);
                  if (err >= 0) err = JetCommitTransaction(f.sesid, 0);
                  const JET_ERR reset = JetResetSessionContext(f.sesid);
                  return err < 0 ? err : reset;
              }),
              JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(f.sesid, 0), JET_errNotInTransaction);
}

TEST(a_different_context_does_not_own_the_transaction) {
    Fixture f;
    CHECK_ERR(JetSetSessionContext(f.sesid, kContext), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(f.sesid), JET_errSuccess);
    CHECK_ERR(JetResetSessionContext(f.sesid), JET_errSuccess);
    CHECK_ERR(JetSetSessionContext(f.sesid, kContext + 1), JET_errSuccess);
    CHECK_ERR(JetRollback(f.sesid, 0), JET_errSessionSharingViolation);
    CHECK_ERR(JetResetSessionContext(f.sesid), JET_errSuccess);
    CHECK_ERR(JetSetSessionContext(f.sesid, kContext), JET_errSuccess);
    CHECK_ERR(JetRollback(f.sesid, 0), JET_errSuccess);
    CHECK_ERR(JetResetSessionContext(f.sesid), JET_errSuccess);
}

TEST(end_session_with_a_context_set_is_session_in_use) {
    Fixture f;
    CHECK_ERR(JetSetSessionContext(f.sesid, kContext), JET_errSuccess);
    CHECK_ERR(JetEndSession(f.sesid, 0), JET_errSessionInUse);
    CHECK_ERR(onOtherThread([&] { return JetEndSession(f.sesid, 0); }), JET_errSessionInUse);
    CHECK_ERR(JetResetSessionContext(f.sesid), JET_errSuccess);
    CHECK_ERR(JetEndSession(f.sesid, 0), JET_errSuccess);
}

TEST(end_session_from_another_thread_refuses_a_transaction_it_does_not_own) {
    Fixture f;
    CHECK_ERR(JetBeginTransaction(f.sesid), JET_errSuccess);
    CHECK_ERR(onOtherThread([&] { return JetEndSession(f.sesid, 0); }), JET_errSessionSharingViolation);
    // The session is still alive and still the owner's.
    CHECK_ERR(JetCommitTransaction(f.sesid, 0), JET_errSuccess);
    CHECK_ERR(JetSetSessionContext(f.sesid, kContext), JET_errSuccess);  // context was released
    CHECK_ERR(JetResetSessionContext(f.sesid), JET_errSuccess);
    CHECK_ERR(onOtherThread([&] { return JetEndSession(f.sesid, 0); }), JET_errSuccess);
}

TEST(end_session_from_another_thread_rolls_back_a_transaction_begun_under_a_context) {
    Fixture f;
    CHECK_ERR(JetSetSessionContext(f.sesid, kContext), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(f.sesid), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(f.sesid), JET_errSuccess);
    CHECK_ERR(JetResetSessionContext(f.sesid), JET_errSuccess);
    CHECK_ERR(onOtherThread([&] { return JetEndSession(f.sesid, 0); }), JET_errSuccess);
    CHECK_ERR(JetTerm(f.instance), JET_errSuccess);
}

TEST(concurrent_calls_on_one_session_either_succeed_or_are_sharing_violations) {
    Fixture f;
    std::atomic<int> unexpected{0};
    std::atomic<int> violations{0};
    auto hammer = [&] {
        unsigned long version = 0;
        for (int i = 0; i < 20000; ++i) {
            const JET_ERR err = JetGetVersion(f.sesid, &version);
            if (err == JET_errSessionSharingViolation) {
                ++violations;
            } else if (err != JET_errSuccess) {
                ++unexpected;
            }
        }
    };
    std::thread a(hammer), b(hammer);
    a.join();
    b.join();
    CHECK(unexpected == 0);
    unsigned long version = 0;
    CHECK_ERR(JetGetVersion(f.sesid, &version), JET_errSuccess);  // never left stuck "in use"
}

TEST(sessions_of_one_instance_work_in_parallel_threads) {
    Fixture f;
    std::atomic<int> failures{0};
    auto worker = [&] {
        JET_SESID sesid = 0;
        if (JetBeginSessionA(f.instance, &sesid, nullptr, nullptr) < 0) {
            ++failures;
            return;
        }
        for (int i = 0; i < 50; ++i) {
            if (JetBeginTransaction(sesid) < 0 || JetBeginTransaction(sesid) < 0 ||
                JetCommitTransaction(sesid, 0) < 0 || JetCommitTransaction(sesid, i % 2 ? JET_bitCommitLazyFlush : 0) < 0) {
                ++failures;
            }
        }
        if (JetEndSession(sesid, 0) < 0) ++failures;
    };
    std::thread threads[4] = {std::thread(worker), std::thread(worker), std::thread(worker), std::thread(worker)};
    for (auto& thread : threads) thread.join();
    CHECK(failures == 0);
    CHECK_ERR(JetTerm(f.instance), JET_errSuccess);
}

PORTABLE_TEST(calls_racing_term_succeed_or_see_term_in_progress_or_an_invalid_session) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    std::atomic<bool> started{false};
    std::atomic<int> unexpected{0};
    std::thread caller([&] {
        unsigned long version = 0;
        for (;;) {
            const JET_ERR err = JetGetVersion(sesid, &version);
            started = true;
            if (err == JET_errInvalidSesid) break;  // the instance is gone
            if (err != JET_errSuccess && err != JET_errTermInProgress) ++unexpected;
        }
    });
    while (!started) std::this_thread::yield();
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
    caller.join();
    CHECK(unexpected == 0);
}
