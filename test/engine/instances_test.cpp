// Instances: creation, names, JetInit / JetTerm and their ESENT errors, path collisions.
#include <cctype>
#include <filesystem>
#include <vector>

#include "harness.h"

using harness::TempDir;

TEST(create_instance_needs_an_out_pointer) {
    CHECK_ERR(JetCreateInstanceA(nullptr, "no-pointer"), JET_errInvalidParameter);
}

TEST(two_instances_with_the_same_name_collide) {
    JET_INSTANCE a = 0, b = 0;
    const std::string name = harness::uniqueName("same");
    CHECK_ERR(JetCreateInstanceA(&a, name.c_str()), JET_errSuccess);
    CHECK_ERR(JetCreateInstanceA(&b, name.c_str()), JET_errInstanceNameInUse);
    CHECK_ERR(JetCreateInstance2A(&b, name.c_str(), "display", 0), JET_errInstanceNameInUse);
    CHECK_ERR(JetCreateInstanceW(&b, harness::wide(name).c_str()), JET_errInstanceNameInUse);
    CHECK_ERR(JetTerm(a), JET_errSuccess);
}

TEST(instance_names_are_case_sensitive) {
    JET_INSTANCE a = 0, b = 0;
    const std::string name = harness::uniqueName("CaseName");
    std::string lower = name;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CHECK_ERR(JetCreateInstanceA(&a, name.c_str()), JET_errSuccess);
    CHECK_ERR(JetCreateInstanceA(&b, lower.c_str()), JET_errSuccess);
    CHECK_ERR(JetTerm(a), JET_errSuccess);
    CHECK_ERR(JetTerm(b), JET_errSuccess);
}

TEST(two_unnamed_instances_collide) {
    JET_INSTANCE a = 0, b = 0;
    CHECK_ERR(JetCreateInstanceA(&a, nullptr), JET_errSuccess);
    CHECK_ERR(JetCreateInstanceA(&b, nullptr), JET_errInstanceNameInUse);
    CHECK_ERR(JetTerm(a), JET_errSuccess);
    CHECK_ERR(JetCreateInstanceA(&b, nullptr), JET_errSuccess);
    CHECK_ERR(JetTerm(b), JET_errSuccess);
}

TEST(term_of_a_never_initialised_instance_succeeds_and_frees_it) {
    JET_INSTANCE a = 0, b = 0;
    const std::string name = harness::uniqueName("fresh");
    CHECK_ERR(JetCreateInstance2A(&a, name.c_str(), "Fresh instance", 0), JET_errSuccess);
    CHECK_ERR(JetTerm(a), JET_errSuccess);
    CHECK_ERR(JetCreateInstanceA(&b, name.c_str()), JET_errSuccess);  // the name is free again
    CHECK_ERR(JetTerm(b), JET_errSuccess);
}

PORTABLE_TEST(a_handle_that_was_never_handed_out_is_an_invalid_instance) {
    CHECK_ERR(JetTerm(0x5eed), JET_errInvalidInstance);
    JET_SESID sesid = 0;
    CHECK_ERR(JetBeginSessionA(0x5eed, &sesid, nullptr, nullptr), JET_errInvalidInstance);
    JET_INSTANCE made_up = 0x5eed;
    CHECK_ERR(JetInit(&made_up), JET_errInvalidInstance);
}

PORTABLE_TEST(a_terminated_instance_handle_is_invalid) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errInvalidInstance);
    JET_SESID sesid = 0;
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errInvalidInstance);
}

TEST(begin_session_before_init_is_not_initialized) {
    JET_INSTANCE instance = 0;
    CHECK_ERR(JetCreateInstanceA(&instance, harness::uniqueName("uninit").c_str()), JET_errSuccess);
    JET_SESID sesid = 0;
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errNotInitialized);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(init_twice_is_already_initialized_and_the_instance_keeps_running) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    JET_INSTANCE again = instance;
    CHECK_ERR(JetInit(&again), JET_errAlreadyInitialized);
    CHECK(again == instance);
    JET_SESID sesid = 0;
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetEndSession(sesid, 0), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(init2_and_init3_initialise_too) {
    TempDir dir;
    JET_INSTANCE a = 0, b = 0;
    CHECK_ERR(harness::createInstanceIn(dir, &a, "a"), JET_errSuccess);
    CHECK_ERR(harness::createInstanceIn(dir, &b, "b"), JET_errSuccess);
    CHECK_ERR(JetInit2(&a, 0), JET_errSuccess);
    CHECK_ERR(JetInit3A(&b, nullptr, 0), JET_errSuccess);
    CHECK_ERR(JetTerm2(a, JET_bitTermComplete), JET_errSuccess);
    CHECK_ERR(JetTerm(b), JET_errSuccess);
}

TEST(the_same_system_path_is_system_path_in_use) {
    TempDir dir;
    JET_INSTANCE a = 0, b = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &a, "a"), JET_errSuccess);
    CHECK_ERR(harness::createInstanceIn(dir, &b, "b"), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&b, 0, JET_paramSystemPath, 0, dir.folder("a").c_str()), JET_errSuccess);
    CHECK_ERR(JetInit(&b), JET_errSystemPathInUse);
    CHECK(b == 0);  // a failed JetInit frees the instance
    CHECK_ERR(JetTerm(a), JET_errSuccess);
}

TEST(the_same_log_path_is_log_file_path_in_use) {
    TempDir dir;
    JET_INSTANCE a = 0, b = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &a, "a"), JET_errSuccess);
    CHECK_ERR(harness::createInstanceIn(dir, &b, "b"), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&b, 0, JET_paramLogFilePath, 0, dir.folder("a").c_str()), JET_errSuccess);
    CHECK_ERR(JetInit(&b), JET_errLogFilePathInUse);
    CHECK_ERR(JetTerm(a), JET_errSuccess);
}

TEST(the_same_temp_path_is_temp_path_in_use) {
    TempDir dir;
    JET_INSTANCE a = 0, b = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &a, "a"), JET_errSuccess);
    CHECK_ERR(harness::createInstanceIn(dir, &b, "b"), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&b, 0, JET_paramTempPath, 0, (dir.folder("a") + "tmp.edb").c_str()),
              JET_errSuccess);
    CHECK_ERR(JetInit(&b), JET_errTempPathInUse);
    CHECK_ERR(JetTerm(a), JET_errSuccess);
}

TEST(a_failed_init_frees_the_instance_and_its_name) {
    TempDir dir;
    JET_INSTANCE a = 0, b = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &a, "a"), JET_errSuccess);
    const std::string name = harness::uniqueName("freed");
    CHECK_ERR(JetCreateInstanceA(&b, name.c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&b, 0, JET_paramSystemPath, 0, dir.folder("a").c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&b, 0, JET_paramLogFilePath, 0, dir.folder("b").c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&b, 0, JET_paramTempPath, 0, (dir.folder("b") + "t.edb").c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&b, 0, JET_paramCreatePathIfNotExist, 1, nullptr), JET_errSuccess);
    CHECK_ERR(JetInit(&b), JET_errSystemPathInUse);
    JET_INSTANCE c = 0;
    CHECK_ERR(JetCreateInstanceA(&c, name.c_str()), JET_errSuccess);
    CHECK_ERR(JetTerm(c), JET_errSuccess);
    CHECK_ERR(JetTerm(a), JET_errSuccess);
}

TEST(a_missing_log_folder_without_create_path_fails_init) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    CHECK_ERR(harness::createInstanceIn(dir, &instance, "missing/deeper"), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramCreatePathIfNotExist, 0, nullptr), JET_errSuccess);
    CHECK_ERR(JetInit(&instance), JET_errInvalidPath);
    CHECK(!std::filesystem::exists(dir.path() / "missing"));
}

TEST(create_path_if_not_exist_creates_the_folders) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance, "nested/one/two"), JET_errSuccess);
    CHECK(std::filesystem::is_directory(dir.path() / "nested" / "one" / "two"));
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(term_with_an_open_transaction_is_too_many_active_users_and_the_instance_stays_usable) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(sesid), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errTooManyActiveUsers);
    CHECK_ERR(JetTerm2(instance, JET_bitTermComplete), JET_errTooManyActiveUsers);
    CHECK_ERR(JetCommitTransaction(sesid, 0), JET_errSuccess);  // still usable
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(open_sessions_without_transactions_do_not_block_term) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID a = 0, b = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &a, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &b, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(b), JET_errSuccess);
    CHECK_ERR(JetRollback(b, 0), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

PORTABLE_TEST(sessions_of_a_terminated_instance_are_invalid) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(sesid), JET_errInvalidSesid);
    CHECK_ERR(JetEndSession(sesid, 0), JET_errInvalidSesid);
}

TEST(term_dirty_terminates_despite_an_open_transaction) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(sesid), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(sesid), JET_errSuccess);
    CHECK_ERR(JetTerm2(instance, JET_bitTermDirty), JET_errSuccess);
    // The same folders can be used again: recovery runs and succeeds.
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(wide_entry_points_create_and_init_instances) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    const std::string name = harness::uniqueName("wide");
    CHECK_ERR(JetCreateInstance2W(&instance, harness::wide(name).c_str(), harness::wide("Wide").c_str(), 0),
              JET_errSuccess);
    JET_INSTANCE same = 0;
    CHECK_ERR(JetCreateInstanceA(&same, name.c_str()), JET_errInstanceNameInUse);
    const auto folder = harness::wide(dir.folder());
    CHECK_ERR(JetSetSystemParameterW(&instance, 0, JET_paramSystemPath, 0, folder.c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterW(&instance, 0, JET_paramLogFilePath, 0, folder.c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterW(&instance, 0, JET_paramTempPath, 0,
                                     harness::wide(dir.folder() + "tmp.edb").c_str()),
              JET_errSuccess);
    CHECK_ERR(JetInit3W(&instance, nullptr, 0), JET_errSuccess);
    JET_SESID sesid = 0;
    CHECK_ERR(JetBeginSessionW(instance, &sesid, harness::wide("user").c_str(), harness::wide("").c_str()),
              JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(init_without_an_instance_allocates_one_and_returns_it) {
    TempDir dir;
    // Such an instance has the default paths, the current directory: run it inside `dir`.
    JET_INSTANCE instance = JET_instanceNil;
    const std::string cwd = std::filesystem::current_path().string();
    std::filesystem::current_path(dir.path());
    CHECK_ERR(JetInit(&instance), JET_errSuccess);
    CHECK(instance != 0 && instance != JET_instanceNil);
    // Single-instance mode: no second instance, created or implicit.
    JET_INSTANCE other = 0;
    CHECK_ERR(JetCreateInstanceA(&other, "other"), JET_errRunningInOneInstanceMode);
    CHECK_ERR(JetInit(nullptr), JET_errAlreadyInitialized);
    JET_SESID sesid = 0;
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(sesid), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(sesid, 0), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
    CHECK(std::filesystem::exists(dir.path() / "edb.log"));
    std::filesystem::current_path(cwd);
}

TEST(init_without_a_handle_pointer_is_refused_in_multi_instance_mode) {
    JET_INSTANCE created = 0;
    CHECK_ERR(JetCreateInstanceA(&created, harness::uniqueName("multi").c_str()), JET_errSuccess);
    CHECK_ERR(JetInit(nullptr), JET_errRunningInMultiInstanceMode);
    CHECK_ERR(JetTerm(created), JET_errSuccess);
}

TEST(instances_without_recovery_may_share_system_and_log_paths) {
    TempDir dir;
    JET_INSTANCE a = 0, b = 0;
    CHECK_ERR(harness::createInstanceIn(dir, &a, "shared"), JET_errSuccess);
    CHECK_ERR(harness::createInstanceIn(dir, &b, "shared"), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&a, 0, JET_paramRecovery, 0, "off"), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&b, 0, JET_paramRecovery, 0, "OFF"), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&b, 0, JET_paramTempPath, 0, (dir.folder("shared") + "b.edb").c_str()),
              JET_errSuccess);
    CHECK_ERR(JetInit(&a), JET_errSuccess);
    CHECK_ERR(JetInit(&b), JET_errSuccess);
    CHECK_ERR(JetTerm(a), JET_errSuccess);
    CHECK_ERR(JetTerm(b), JET_errSuccess);
}

TEST(wide_paths_with_non_ascii_characters_work) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    CHECK_ERR(JetCreateInstanceA(&instance, harness::uniqueName("unicode").c_str()), JET_errSuccess);
    // "<dir>/données-中文/" as UTF-16.
    std::basic_string<WCHAR> folder = harness::wide(dir.folder());
    for (char16_t unit : std::u16string(u"donn\u00e9es-\u4e2d\u6587")) folder.push_back(static_cast<WCHAR>(unit));
    folder.push_back(static_cast<WCHAR>(std::filesystem::path::preferred_separator));
    CHECK_ERR(JetSetSystemParameterW(&instance, 0, JET_paramSystemPath, 0, folder.c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterW(&instance, 0, JET_paramLogFilePath, 0, folder.c_str()), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterW(&instance, 0, JET_paramTempPath, 0, (folder + harness::wide("tmp.edb")).c_str()),
              JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramCreatePathIfNotExist, 1, nullptr), JET_errSuccess);
    CHECK_ERR(JetInit(&instance), JET_errSuccess);
    WCHAR readBack[512] = {0};
    JET_API_PTR ignored = 0;
    CHECK_ERR(JetGetSystemParameterW(instance, 0, JET_paramLogFilePath, &ignored, readBack, sizeof(readBack)),
              JET_errSuccess);
    CHECK(std::basic_string<WCHAR>(readBack) == folder);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
    const std::filesystem::path expected =
        dir.path() / std::filesystem::u8path(u8"donn\u00e9es-\u4e2d\u6587") / "edb.log";
    CHECK(std::filesystem::exists(expected));
}

TEST(max_instances_defaults_to_16_and_the_17th_is_too_many_instances) {
    std::vector<JET_INSTANCE> instances(16);
    for (JET_INSTANCE& instance : instances) {
        CHECK_ERR(JetCreateInstanceA(&instance, harness::uniqueName("many").c_str()), JET_errSuccess);
    }
    JET_INSTANCE extra = 0;
    CHECK_ERR(JetCreateInstanceA(&extra, harness::uniqueName("many").c_str()), JET_errTooManyInstances);
    for (JET_INSTANCE instance : instances) CHECK_ERR(JetTerm(instance), JET_errSuccess);
}
