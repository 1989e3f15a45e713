// Sessions: JetBeginSession, JetDupSession, JetEndSession, JetGetVersion and the session limit.
#include <vector>

#include "harness.h"

using harness::TempDir;

TEST(max_sessions_defaults_to_16_and_the_17th_is_out_of_sessions) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    std::vector<JET_SESID> sessions(16);
    for (JET_SESID& sesid : sessions) CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    JET_SESID extra = 0;
    CHECK_ERR(JetBeginSessionA(instance, &extra, nullptr, nullptr), JET_errOutOfSessions);
    CHECK_ERR(JetDupSession(sessions[0], &extra), JET_errOutOfSessions);
    CHECK_ERR(JetEndSession(sessions[3], 0), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &extra, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(duplicated_sessions_count_against_max_sessions) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    CHECK_ERR(harness::createInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramMaxSessions, 2, nullptr), JET_errSuccess);
    CHECK_ERR(JetInit(&instance), JET_errSuccess);
    JET_SESID a = 0, b = 0, c = 0;
    CHECK_ERR(JetBeginSessionA(instance, &a, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetDupSession(a, &b), JET_errSuccess);
    CHECK(b != a);
    CHECK_ERR(JetDupSession(a, &c), JET_errOutOfSessions);
    CHECK_ERR(JetBeginTransaction(b), JET_errSuccess);  // a duplicate is a session of its own
    CHECK_ERR(JetCommitTransaction(a, 0), JET_errNotInTransaction);
    CHECK_ERR(JetCommitTransaction(b, 0), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

PORTABLE_TEST(out_pointers_are_required) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, nullptr, nullptr, nullptr), JET_errInvalidParameter);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetDupSession(sesid, nullptr), JET_errInvalidParameter);
    CHECK_ERR(JetGetVersion(sesid, nullptr), JET_errInvalidParameter);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(get_version_reports_a_version) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    unsigned long version = 0;
    CHECK_ERR(JetGetVersion(sesid, &version), JET_errSuccess);
    CHECK(version != 0);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

PORTABLE_TEST(an_ended_or_made_up_session_is_an_invalid_sesid) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetEndSession(sesid, 0), JET_errSuccess);
    CHECK_ERR(JetEndSession(sesid, 0), JET_errInvalidSesid);
    CHECK_ERR(JetBeginTransaction(sesid), JET_errInvalidSesid);
    CHECK_ERR(JetBeginTransaction(JET_sesidNil), JET_errInvalidSesid);
    CHECK_ERR(JetBeginTransaction(0), JET_errInvalidSesid);
    CHECK_ERR(JetCommitTransaction(0x1234, 0), JET_errInvalidSesid);
    CHECK_ERR(JetRollback(instance, 0), JET_errInvalidSesid);  // an instance handle is not a session
    unsigned long version = 0;
    CHECK_ERR(JetGetVersion(0x1234, &version), JET_errInvalidSesid);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(end_session_rolls_back_every_level) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(sesid), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(sesid), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(sesid), JET_errSuccess);
    CHECK_ERR(JetEndSession(sesid, 0), JET_errSuccess);
    // No transaction is left open: a plain JetTerm succeeds.
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}
