// The write-ahead log as the API shows it: files in the log and system folders, recovery after
// clean and dirty shutdowns, generations, circular logging, JET_paramRecovery "off".
#include <filesystem>
#include <fstream>

#include "harness.h"

using harness::TempDir;
namespace fs = std::filesystem;

namespace {

JET_ERR commitMany(JET_SESID sesid, int count, JET_GRBIT grbit) {
    for (int i = 0; i < count; ++i) {
        JET_ERR err = JetBeginTransaction(sesid);
        if (err >= 0) err = JetCommitTransaction(sesid, grbit);
        if (err < 0) return err;
    }
    return JET_errSuccess;
}

// Archived generations: <base> followed by hex digits and ".log".
int archivedGenerations(const fs::path& folder, const std::string& base) {
    return harness::countFiles(folder, base, ".log") - (fs::exists(folder / (base + ".log")) ? 1 : 0);
}

}  // namespace

TEST(init_creates_the_log_in_the_log_folder_and_the_checkpoint_in_the_system_folder) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    CHECK_ERR(harness::createInstanceIn(dir, &instance, "system"), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramLogFilePath, 0, dir.folder("logs").c_str()), JET_errSuccess);
    CHECK_ERR(JetInit(&instance), JET_errSuccess);
    CHECK(fs::exists(dir.path() / "logs" / "edb.log"));
    CHECK(fs::exists(dir.path() / "system" / "edb.chk"));
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(the_base_name_names_the_log_files) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    CHECK_ERR(harness::createInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramBaseName, 0, "abc"), JET_errSuccess);
    CHECK_ERR(JetInit(&instance), JET_errSuccess);
    CHECK(fs::exists(dir.path() / "abc.log"));
    CHECK(fs::exists(dir.path() / "abc.chk"));
    CHECK(!fs::exists(dir.path() / "edb.log"));
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(recovery_off_runs_without_a_log) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::createInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramRecovery, 0, "off"), JET_errSuccess);
    CHECK_ERR(JetInit(&instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(commitMany(sesid, 3, 0), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
    CHECK(harness::countFiles(dir.path(), "edb", ".log") == 0);
    CHECK(!fs::exists(dir.path() / "edb.chk"));
}

TEST(a_clean_shutdown_reopens) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    for (int run = 0; run < 3; ++run) {
        CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
        CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
        CHECK_ERR(commitMany(sesid, 5, 0), JET_errSuccess);
        CHECK_ERR(JetTerm(instance), JET_errSuccess);
    }
}

TEST(a_dirty_shutdown_recovers_at_the_next_init) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(commitMany(sesid, 5, 0), JET_errSuccess);
    CHECK_ERR(commitMany(sesid, 5, JET_bitCommitLazyFlush), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(sesid), JET_errSuccess);
    CHECK_ERR(JetTerm2(instance, JET_bitTermDirty), JET_errSuccess);
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(commitMany(sesid, 2, 0), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

PORTABLE_TEST(a_torn_log_tail_is_cut_at_recovery) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(commitMany(sesid, 5, 0), JET_errSuccess);
    CHECK_ERR(JetTerm2(instance, JET_bitTermDirty), JET_errSuccess);
    const fs::path log = dir.path() / "edb.log";
    const auto intact = fs::file_size(log);
    {
        // Half a record frame: what a crash in the middle of a write leaves.
        std::ofstream out(log, std::ios::binary | std::ios::app);
        const char garbage[13] = {40, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        out.write(garbage, sizeof(garbage));
    }
    CHECK(fs::file_size(log) == intact + 13);
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
    // Recovery cut the 13 bytes; the run then added exactly its init marker (20-byte frame + 8)
    // and clean-term marker (20 + 16).
    CHECK(fs::file_size(log) == intact + 28 + 36);
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

PORTABLE_TEST(a_log_file_that_is_not_ours_is_refused_with_a_clear_error) {
    TempDir dir;
    {
        std::ofstream out(dir.path() / "edb.log", std::ios::binary);
        const std::string notOurs(8192, '\x5a');
        out.write(notOurs.data(), static_cast<std::streamsize>(notOurs.size()));
    }
    JET_INSTANCE instance = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errLogFileCorrupt);
    CHECK(fs::file_size(dir.path() / "edb.log") == 8192);  // left untouched
}

PORTABLE_TEST(a_checkpoint_that_is_not_ours_is_refused) {
    TempDir dir;
    {
        std::ofstream out(dir.path() / "edb.chk", std::ios::binary);
        out << "definitely not a checkpoint";
    }
    JET_INSTANCE instance = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errCheckpointCorrupt);
}

TEST(force_new_log_starts_a_new_generation) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(commitMany(sesid, 2, 0), JET_errSuccess);
    const int before = archivedGenerations(dir.path(), "edb");
    CHECK_ERR(JetCommitTransaction(sesid, JET_bitForceNewLog), JET_errSuccess);
    CHECK(archivedGenerations(dir.path(), "edb") == before + 1);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

PORTABLE_TEST(generations_roll_at_the_log_file_size_and_are_kept_without_circular_logging) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::createInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramLogFileSize, 64, nullptr), JET_errSuccess);
    CHECK_ERR(JetInit(&instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(commitMany(sesid, 4000, JET_bitCommitLazyFlush), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(sesid, JET_bitWaitAllLevel0Commit), JET_errSuccess);
    CHECK(archivedGenerations(dir.path(), "edb") >= 3);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
    // Every generation is replayable: a restart reads them from the checkpoint on.
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

PORTABLE_TEST(circular_logging_deletes_generations_behind_the_checkpoint) {
    TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::createInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramLogFileSize, 64, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramCircularLog, 1, nullptr), JET_errSuccess);
    CHECK_ERR(JetInit(&instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(commitMany(sesid, 4000, JET_bitCommitLazyFlush), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(sesid, JET_bitWaitAllLevel0Commit), JET_errSuccess);
    CHECK(archivedGenerations(dir.path(), "edb") <= 2);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}
