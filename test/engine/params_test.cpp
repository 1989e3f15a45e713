// System parameters: ids, defaults, set-before-init rules, targets, JET_paramErrorToString.
#include <cstring>
#include <string>

#include "harness.h"

using harness::TempDir;

namespace {

JET_API_PTR numberOf(JET_INSTANCE instance, unsigned long paramid) {
    JET_API_PTR value = 0xDEAD;
    const JET_ERR err = JetGetSystemParameterA(instance, 0, paramid, &value, nullptr, 0);
    if (err != JET_errSuccess) return ~JET_API_PTR(0);
    return value;
}

std::string textOf(JET_INSTANCE instance, unsigned long paramid) {
    char buffer[1024] = {0};
    JET_API_PTR ignored = 0;
    const JET_ERR err = JetGetSystemParameterA(instance, 0, paramid, &ignored, buffer, sizeof(buffer));
    if (err != JET_errSuccess) return "<error " + std::to_string(static_cast<long long>(err)) + ">";
    return buffer;
}

}  // namespace

TEST(a_new_instance_has_esent_defaults) {
    JET_INSTANCE instance = 0;
    CHECK_ERR(JetCreateInstanceA(&instance, harness::uniqueName("defaults").c_str()), JET_errSuccess);
    CHECK(numberOf(instance, JET_paramMaxSessions) == 16);
    CHECK(numberOf(instance, JET_paramMaxOpenTables) == 300);
    CHECK(numberOf(instance, JET_paramMaxCursors) == 1024);
    CHECK(numberOf(instance, JET_paramMaxVerPages) == 64);
    CHECK(numberOf(instance, JET_paramLogFileSize) == 5120);
    CHECK(numberOf(instance, JET_paramCircularLog) == 0);
    CHECK(numberOf(instance, JET_paramCreatePathIfNotExist) == 0);
    CHECK(numberOf(instance, JET_paramCommitDefault) == 0);
    CHECK(numberOf(instance, JET_paramNoInformationEvent) == 0);
    CHECK(numberOf(instance, JET_paramDatabasePageSize) == 8192);
    CHECK(textOf(instance, JET_paramBaseName) == "edb");
    CHECK(textOf(instance, JET_paramRecovery) == "on");
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(a_parameter_set_before_init_reads_back) {
    JET_INSTANCE instance = 0;
    CHECK_ERR(JetCreateInstanceA(&instance, harness::uniqueName("setget").c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramMaxSessions, 5, nullptr), JET_errSuccess);
    CHECK(numberOf(instance, JET_paramMaxSessions) == 5);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramBaseName, 0, "abc"), JET_errSuccess);
    CHECK(textOf(instance, JET_paramBaseName) == "abc");
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramCircularLog, 7, nullptr), JET_errSuccess);
    CHECK(numberOf(instance, JET_paramCircularLog) == 1);  // booleans read back as 0 or 1
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(a_per_instance_parameter_does_not_leak_into_other_instances) {
    JET_INSTANCE a = 0, b = 0;
    CHECK_ERR(JetCreateInstanceA(&a, harness::uniqueName("leak-a").c_str()), JET_errSuccess);
    CHECK_ERR(JetCreateInstanceA(&b, harness::uniqueName("leak-b").c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&a, 0, JET_paramMaxSessions, 3, nullptr), JET_errSuccess);
    CHECK(numberOf(b, JET_paramMaxSessions) == 16);
    CHECK_ERR(JetTerm(a), JET_errSuccess);
    CHECK_ERR(JetTerm(b), JET_errSuccess);
}

TEST(init_time_parameters_are_refused_after_init_but_the_same_value_is_accepted) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramMaxSessions, 20, nullptr), JET_errAlreadyInitialized);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramMaxSessions, 16, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramLogFileSize, 1024, nullptr), JET_errAlreadyInitialized);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramCircularLog, 1, nullptr), JET_errAlreadyInitialized);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramSystemPath, 0, dir.folder("x").c_str()),
              JET_errAlreadyInitialized);
    // These may change at any time.
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramCreatePathIfNotExist, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramCommitDefault, JET_bitCommitLazyFlush, nullptr),
              JET_errSuccess);
    CHECK(numberOf(instance, JET_paramCommitDefault) == JET_bitCommitLazyFlush);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(out_of_range_values_are_invalid_parameters) {
    JET_INSTANCE instance = 0;
    CHECK_ERR(JetCreateInstanceA(&instance, harness::uniqueName("range").c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramBaseName, 0, "toolong"), JET_errInvalidParameter);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramBaseName, 0, "ab"), JET_errInvalidParameter);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramLogFileSize, 10, nullptr), JET_errInvalidParameter);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramMaxSessions, 30001, nullptr), JET_errInvalidParameter);
    CHECK(numberOf(instance, JET_paramMaxSessions) == 16);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(an_unknown_parameter_id_is_an_invalid_parameter) {
    JET_API_PTR value = 0;
    CHECK_ERR(JetSetSystemParameterA(nullptr, 0, 99999, 1, nullptr), JET_errInvalidParameter);
    CHECK_ERR(JetGetSystemParameterA(0, 0, 99999, &value, nullptr, 0), JET_errInvalidParameter);
}

TEST(the_database_page_size_is_global_and_fixed_once_an_instance_exists) {
    // No instance exists between tests.
    CHECK_ERR(JetSetSystemParameterA(nullptr, 0, JET_paramDatabasePageSize, 3000, nullptr), JET_errInvalidParameter);
    CHECK_ERR(JetSetSystemParameterA(nullptr, 0, JET_paramDatabasePageSize, 8192, nullptr), JET_errSuccess);
    JET_INSTANCE instance = 0;
    CHECK_ERR(JetCreateInstanceA(&instance, harness::uniqueName("pagesize").c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(nullptr, 0, JET_paramDatabasePageSize, 4096, nullptr), JET_errAlreadyInitialized);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramDatabasePageSize, 4096, nullptr), JET_errAlreadyInitialized);
    CHECK(numberOf(instance, JET_paramDatabasePageSize) == 8192);
    CHECK(numberOf(0, JET_paramDatabasePageSize) == 8192);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(commit_default_set_with_a_session_applies_to_that_session_only) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0, other = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &other, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(nullptr, sesid, JET_paramCommitDefault, JET_bitCommitLazyFlush, nullptr),
              JET_errSuccess);
    JET_API_PTR value = 99;
    CHECK_ERR(JetGetSystemParameterA(instance, sesid, JET_paramCommitDefault, &value, nullptr, 0), JET_errSuccess);
    CHECK(value == JET_bitCommitLazyFlush);
    CHECK_ERR(JetGetSystemParameterA(instance, other, JET_paramCommitDefault, &value, nullptr, 0), JET_errSuccess);
    CHECK(value == 0);
    CHECK(numberOf(instance, JET_paramCommitDefault) == 0);
    CHECK_ERR(JetSetSystemParameterA(nullptr, sesid, JET_paramCommitDefault, 0x4000, nullptr), JET_errInvalidParameter);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(transaction_level_reads_through_a_session) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    JET_API_PTR level = 99;
    CHECK_ERR(JetBeginTransaction(sesid), JET_errSuccess);
    CHECK_ERR(JetGetSystemParameterA(instance, sesid, JET_paramTransactionLevel, &level, nullptr, 0), JET_errSuccess);
    CHECK(level == 1);
    CHECK_ERR(JetRollback(sesid, 0), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

PORTABLE_TEST(invalid_handles_in_parameter_calls_are_refused) {
    JET_INSTANCE made_up = 0x5eed;
    JET_API_PTR value = 0;
    CHECK_ERR(JetSetSystemParameterA(&made_up, 0, JET_paramMaxSessions, 3, nullptr), JET_errInvalidInstance);
    CHECK_ERR(JetSetSystemParameterA(nullptr, 0x5eed, JET_paramMaxSessions, 3, nullptr), JET_errInvalidSesid);
    CHECK_ERR(JetGetSystemParameterA(0x5eed, 0, JET_paramMaxSessions, &value, nullptr, 0), JET_errInvalidInstance);
}

TEST(folder_parameters_read_back_absolute_with_a_trailing_separator) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    CHECK_ERR(JetCreateInstanceA(&instance, harness::uniqueName("folder").c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramLogFilePath, 0, dir.folder("logs").c_str()), JET_errSuccess);
    const std::string folder = textOf(instance, JET_paramLogFilePath);
    CHECK(folder == dir.folder("logs"));
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(string_parameters_need_a_buffer_and_report_a_small_one) {
    JET_INSTANCE instance = 0;
    CHECK_ERR(JetCreateInstanceA(&instance, harness::uniqueName("buffer").c_str()), JET_errSuccess);
    JET_API_PTR ignored = 0;
    CHECK_ERR(JetGetSystemParameterA(instance, 0, JET_paramBaseName, &ignored, nullptr, 0), JET_errInvalidParameter);
    char small[3] = {'x', 'x', 'x'};
    CHECK_ERR(JetGetSystemParameterA(instance, 0, JET_paramBaseName, &ignored, small, sizeof(small)),
              JET_errBufferTooSmall);
    CHECK(small[2] == '\0');
    WCHAR wideBuffer[8] = {0};
    CHECK_ERR(JetGetSystemParameterW(instance, 0, JET_paramBaseName, &ignored, wideBuffer, sizeof(wideBuffer)),
              JET_errSuccess);
    CHECK(wideBuffer[0] == 'e' && wideBuffer[1] == 'd' && wideBuffer[2] == 'b' && wideBuffer[3] == 0);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(error_to_string_names_and_describes_an_error) {
    JET_API_PTR code = static_cast<JET_API_PTR>(static_cast<JET_ERR>(JET_errOutOfSessions));
    char text[512] = {0};
    CHECK_ERR(JetGetSystemParameterA(0, 0, JET_paramErrorToString, &code, text, sizeof(text)), JET_errSuccess);
    CHECK(std::strncmp(text, "JET_errOutOfSessions, ", 22) == 0);
    CHECK(std::strlen(text) > 22);
    WCHAR wideText[512] = {0};
    code = static_cast<JET_API_PTR>(static_cast<JET_ERR>(JET_errWriteConflict));
    CHECK_ERR(JetGetSystemParameterW(0, 0, JET_paramErrorToString, &code, wideText, sizeof(wideText)), JET_errSuccess);
    const auto expected = harness::wide("JET_errWriteConflict, ");
    CHECK(std::basic_string<WCHAR>(wideText).compare(0, expected.size(), expected) == 0);
}

TEST(error_to_string_is_get_only_and_needs_its_arguments) {
    char text[8] = {0};
    JET_API_PTR code = static_cast<JET_API_PTR>(static_cast<JET_ERR>(JET_errOutOfSessions));
    CHECK_ERR(JetSetSystemParameterA(nullptr, 0, JET_paramErrorToString, 0, "x"), JET_errInvalidParameter);
    CHECK_ERR(JetGetSystemParameterA(0, 0, JET_paramErrorToString, nullptr, text, sizeof(text)), JET_errInvalidParameter);
    CHECK_ERR(JetGetSystemParameterA(0, 0, JET_paramErrorToString, &code, nullptr, 0), JET_errInvalidParameter);
    CHECK_ERR(JetGetSystemParameterA(0, 0, JET_paramErrorToString, &code, text, sizeof(text)), JET_errBufferTooSmall);
    CHECK(std::strlen(text) == sizeof(text) - 1);
}
