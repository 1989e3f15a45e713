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
    CHECK(numberOf(instance, JET_paramDatabasePageSize) == 4096);
    CHECK(numberOf(instance, JET_paramEnableAdvanced) == 1);
    CHECK(numberOf(instance, JET_paramConfiguration) == JET_configDefault);
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
    // Leave ESENT's default for the tests that follow.
    CHECK_ERR(JetSetSystemParameterA(nullptr, 0, JET_paramDatabasePageSize, 4096, nullptr), JET_errSuccess);
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

// ---- Rules from ESE's parameter table and SetConfiguration (jetapi.cxx) ----

TEST(the_database_page_size_defaults_to_4096) {
    CHECK(numberOf(0, JET_paramDatabasePageSize) == 4096);
}

// ESE's smallest page is 4096 (daedef.hxx); older ESENT documentation also lists 2048, so this is
// checked against the portable engine only.
PORTABLE_TEST(a_page_size_below_4096_is_an_invalid_parameter) {
    CHECK_ERR(JetSetSystemParameterA(nullptr, 0, JET_paramDatabasePageSize, 2048, nullptr), JET_errInvalidParameter);
    CHECK(numberOf(0, JET_paramDatabasePageSize) == 4096);
}

TEST(configuration_default_puts_every_other_parameter_back_to_its_default) {
    JET_INSTANCE instance = 0;
    CHECK_ERR(JetCreateInstanceA(&instance, harness::uniqueName("config-reset").c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramMaxSessions, 40, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramLogFileSize, 1024, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramCircularLog, 1, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramBaseName, 0, "abc"), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramCommitDefault, JET_bitCommitLazyFlush, nullptr),
              JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramEnableAdvanced, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramConfiguration, JET_configDefault, nullptr), JET_errSuccess);
    CHECK(numberOf(instance, JET_paramConfiguration) == JET_configDefault);
    CHECK(numberOf(instance, JET_paramMaxSessions) == 16);
    CHECK(numberOf(instance, JET_paramLogFileSize) == 5120);
    CHECK(numberOf(instance, JET_paramCircularLog) == 0);
    CHECK(numberOf(instance, JET_paramCommitDefault) == 0);
    CHECK(numberOf(instance, JET_paramEnableAdvanced) == 1);
    CHECK(textOf(instance, JET_paramBaseName) == "edb");
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(configuration_remove_quotas_raises_the_resource_quotas_and_accumulates) {
    JET_INSTANCE instance = 0;
    CHECK_ERR(JetCreateInstanceA(&instance, harness::uniqueName("config-quotas").c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramLogFileSize, 1024, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramConfiguration, JET_configRemoveQuotas, nullptr),
              JET_errSuccess);
    // Without JET_configDefault nothing is reset, and the bits join those in force.
    CHECK(numberOf(instance, JET_paramConfiguration) == (JET_configDefault | JET_configRemoveQuotas));
    CHECK(numberOf(instance, JET_paramMaxSessions) == 30000);
    CHECK(numberOf(instance, JET_paramMaxOpenTables) == 2147483647);
    CHECK(numberOf(instance, JET_paramMaxCursors) == 2147483647);
    CHECK(numberOf(instance, JET_paramMaxVerPages) == 2147483647);
    CHECK(numberOf(instance, JET_paramLogFileSize) == 1024);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

PORTABLE_TEST(configuration_sets_apply_eses_settings) {
    JET_INSTANCE instance = 0;
    CHECK_ERR(JetCreateInstanceA(&instance, harness::uniqueName("config-sets").c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramConfiguration,
                                     JET_configDefault | JET_configLowDiskFootprint, nullptr),
              JET_errSuccess);
    CHECK(numberOf(instance, JET_paramConfiguration) == (JET_configDefault | JET_configLowDiskFootprint));
    CHECK(numberOf(instance, JET_paramCircularLog) == 1);
    CHECK(numberOf(instance, JET_paramLogFileSize) == 64);
    CHECK(numberOf(instance, JET_paramDbExtensionSize) == 16);
    CHECK(numberOf(instance, JET_paramCheckpointDepthMax) == 512 * 1024);
    CHECK(numberOf(instance, JET_paramMaxSessions) == 16);
    // JET_configLowMemory: ESE's small-configuration defaults.
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramConfiguration, JET_configLowMemory, nullptr),
              JET_errSuccess);
    CHECK(numberOf(instance, JET_paramLogBuffers) == 1);
    CHECK(numberOf(instance, JET_paramNoInformationEvent) == 1);
    CHECK(numberOf(instance, JET_paramMaxSessions) == 30000);
    // The legacy configuration 0 reads back as 0 and means the small configuration.
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramConfiguration, 0, nullptr), JET_errSuccess);
    CHECK(numberOf(instance, JET_paramConfiguration) == 0);
    CHECK(numberOf(instance, JET_paramLogFileSize) == 64);
    CHECK(numberOf(instance, JET_paramMaxOpenTables) == 2147483647);
    CHECK(numberOf(instance, JET_paramCircularLog) == 0);  // reset, and the disk set is not applied
    // Global parameters are not reset through an instance.
    CHECK(numberOf(instance, JET_paramMaxInstances) == 16);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(configuration_outside_the_known_bits_is_an_invalid_parameter) {
    JET_INSTANCE instance = 0;
    CHECK_ERR(JetCreateInstanceA(&instance, harness::uniqueName("config-range").c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramConfiguration, JET_configMask + 1, nullptr),
              JET_errInvalidParameter);
    CHECK(numberOf(instance, JET_paramConfiguration) == JET_configDefault);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(configuration_is_refused_after_init_even_when_unchanged) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramConfiguration, JET_configDefault, nullptr),
              JET_errAlreadyInitialized);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramConfiguration, JET_configRemoveQuotas, nullptr),
              JET_errAlreadyInitialized);
    CHECK(numberOf(instance, JET_paramConfiguration) == JET_configDefault);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

PORTABLE_TEST(process_wide_configuration_resets_the_global_parameters_while_no_instance_exists) {
    CHECK_ERR(JetSetSystemParameterA(nullptr, 0, JET_paramDatabasePageSize, 8192, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(nullptr, 0, JET_paramMaxSessions, 40, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(nullptr, 0, JET_paramConfiguration, JET_configDefault, nullptr), JET_errSuccess);
    CHECK(numberOf(0, JET_paramDatabasePageSize) == 4096);
    CHECK(numberOf(0, JET_paramMaxSessions) == 16);
    JET_INSTANCE instance = 0;
    CHECK_ERR(JetCreateInstanceA(&instance, harness::uniqueName("config-global").c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(nullptr, 0, JET_paramConfiguration, JET_configDefault, nullptr),
              JET_errAlreadyInitialized);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(with_enable_advanced_off_advanced_parameters_are_ignored_with_success) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    CHECK_ERR(JetCreateInstanceA(&instance, harness::uniqueName("advanced").c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramEnableAdvanced, 0, nullptr), JET_errSuccess);
    CHECK(numberOf(instance, JET_paramEnableAdvanced) == 0);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramMaxSessions, 40, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramMaxOpenTables, 500, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramMaxCursors, 2000, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramMaxVerPages, 128, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramLogBuffers, 256, nullptr), JET_errSuccess);
    // Ignored before any check: even a value out of range succeeds.
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramMaxSessions, 30001, nullptr), JET_errSuccess);
    CHECK(numberOf(instance, JET_paramMaxSessions) == 16);
    CHECK(numberOf(instance, JET_paramMaxOpenTables) == 300);
    CHECK(numberOf(instance, JET_paramMaxCursors) == 1024);
    CHECK(numberOf(instance, JET_paramMaxVerPages) == 64);
    CHECK(numberOf(instance, JET_paramLogBuffers) == 126);
    // Parameters that are not advanced still apply.
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramLogFileSize, 1024, nullptr), JET_errSuccess);
    CHECK(numberOf(instance, JET_paramLogFileSize) == 1024);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramEnableAdvanced, 1, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramMaxSessions, 40, nullptr), JET_errSuccess);
    CHECK(numberOf(instance, JET_paramMaxSessions) == 40);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(with_enable_advanced_off_an_advanced_set_after_init_is_ignored_not_refused) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramEnableAdvanced, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramMaxSessions, 40, nullptr), JET_errSuccess);
    CHECK(numberOf(instance, JET_paramMaxSessions) == 16);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramLogFileSize, 1024, nullptr), JET_errAlreadyInitialized);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

PORTABLE_TEST(init_and_term_grbits_outside_the_known_ones_are_ignored_as_in_ese) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    CHECK_ERR(JetCreateInstanceA(&instance, harness::uniqueName("grbits").c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramSystemPath, 0, dir.folder("sys").c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramLogFilePath, 0, dir.folder("logs").c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramCreatePathIfNotExist, 1, nullptr), JET_errSuccess);
    CHECK_ERR(JetInit2(&instance, 0x40000000), JET_errSuccess);
    CHECK_ERR(JetTerm2(instance, 0x40000000), JET_errSuccess);
}
