// The write-ahead log's internal contract (native/portable/src/log/write_ahead_log.h), which the
// data store builds on: record replay through handlers, checkpoints, torn tails, generations,
// circular logging. These tests use engine internals and run on the portable engine only.
#include <filesystem>
#include <thread>
#include <fstream>
#include <string>
#include <vector>

#include "../harness.h"
#include "log/log_format.h"
#include "log/write_ahead_log.h"
#include "platform/path.h"

using esent::log::Lsn;
using esent::log::LogConfig;
using esent::log::RecordHandlers;
using esent::log::RecordView;
using esent::log::RecoveryInfo;
using esent::log::WriteAheadLog;
namespace fs = std::filesystem;

namespace {

constexpr esent::log::RecordType kData = esent::log::record_type::kFirstDataRecord;

LogConfig configIn(const harness::TempDir& dir, std::uint64_t generationBytes = 1 << 20, bool circular = false) {
    LogConfig config;
    config.logFolder = dir.folder();
    config.systemFolder = dir.folder();
    config.baseName = "edb";
    config.generationBytes = generationBytes;
    config.circular = circular;
    return config;
}

// Opens the log and collects the payloads of every data record replayed.
struct Opened {
    std::unique_ptr<WriteAheadLog> log;
    RecoveryInfo info;
    std::vector<std::string> replayed;
    JET_ERR err = JET_errSuccess;
};

Opened openLog(const LogConfig& config) {
    Opened opened;
    RecordHandlers handlers;
    handlers.set(kData, [&opened](const RecordView& record) {
        opened.replayed.emplace_back(reinterpret_cast<const char*>(record.data), record.size);
        return JET_ERR(JET_errSuccess);
    });
    opened.err = WriteAheadLog::open(config, handlers, &opened.log, &opened.info);
    return opened;
}

Lsn appendText(WriteAheadLog& log, const std::string& text) {
    Lsn lsn = 0;
    CHECK_ERR(log.append(kData, text.data(), text.size(), &lsn), JET_errSuccess);
    return lsn;
}

}  // namespace

TEST(wal_a_new_log_starts_empty_and_clean) {
    harness::TempDir dir;
    Opened opened = openLog(configIn(dir));
    CHECK_ERR(opened.err, JET_errSuccess);
    CHECK(!opened.info.logExisted);
    CHECK(opened.info.previousShutdownClean);
    CHECK(opened.log->endLsn() == 0);
    CHECK(fs::exists(dir.path() / "edb.log"));
}

TEST(wal_records_after_the_checkpoint_are_replayed_in_order_after_a_crash) {
    harness::TempDir dir;
    {
        Opened opened = openLog(configIn(dir));
        WriteAheadLog& log = *opened.log;
        appendText(log, "before");
        const Lsn checkpoint = appendText(log, "first");
        appendText(log, "second");
        CHECK_ERR(log.writeCheckpoint(checkpoint, "state!"), JET_errSuccess);
        const Lsn last = appendText(log, "third");
        CHECK_ERR(log.flush(last), JET_errSuccess);
        CHECK(log.durableLsn() > last);
        log.closeDirty();
    }
    Opened reopened = openLog(configIn(dir));
    CHECK_ERR(reopened.err, JET_errSuccess);
    CHECK(reopened.info.logExisted);
    CHECK(!reopened.info.previousShutdownClean);
    CHECK(reopened.info.checkpointState == "state!");
    CHECK((reopened.replayed == std::vector<std::string>{"first", "second", "third"}));
}

TEST(wal_a_clean_close_is_seen_as_a_clean_shutdown) {
    harness::TempDir dir;
    {
        Opened opened = openLog(configIn(dir));
        appendText(*opened.log, "data");
        CHECK_ERR(opened.log->closeClean(nullptr, 0, "end"), JET_errSuccess);
    }
    Opened reopened = openLog(configIn(dir));
    CHECK_ERR(reopened.err, JET_errSuccess);
    CHECK(reopened.info.previousShutdownClean);
    CHECK(reopened.replayed.empty());  // the checkpoint sits on the clean-term record
    CHECK(reopened.info.checkpointState == "end");
}

TEST(wal_records_never_flushed_are_lost_whole_and_the_log_continues_after_the_last_intact_one) {
    harness::TempDir dir;
    harness::TempDir crashCopy;
    {
        Opened opened = openLog(configIn(dir));
        WriteAheadLog& log = *opened.log;
        CHECK_ERR(log.flush(appendText(log, "durable")), JET_errSuccess);
        appendText(log, "lazy");  // buffered only
        // What a crash now leaves on disk: a copy of the files.
        for (const auto& entry : fs::directory_iterator(dir.path())) {
            fs::copy_file(entry.path(), crashCopy.path() / entry.path().filename(),
                          fs::copy_options::overwrite_existing);
        }
        log.closeDirty();
    }
    {
        Opened reopened = openLog(configIn(crashCopy));
        CHECK_ERR(reopened.err, JET_errSuccess);
        CHECK((reopened.replayed == std::vector<std::string>{"durable"}));
        CHECK_ERR(reopened.log->flush(appendText(*reopened.log, "after")), JET_errSuccess);
        reopened.log->closeDirty();
    }
    Opened again = openLog(configIn(crashCopy));
    CHECK((again.replayed == std::vector<std::string>{"durable", "after"}));
}

TEST(wal_a_torn_record_is_cut_and_never_replayed) {
    harness::TempDir dir;
    std::uintmax_t intact = 0;
    {
        Opened opened = openLog(configIn(dir));
        CHECK_ERR(opened.log->flush(appendText(*opened.log, "whole")), JET_errSuccess);
        intact = fs::file_size(dir.path() / "edb.log");
        CHECK_ERR(opened.log->flush(appendText(*opened.log, "torn-record-payload")), JET_errSuccess);
        opened.log->closeDirty();
    }
    fs::resize_file(dir.path() / "edb.log", intact + 25);  // the second record, cut short
    Opened reopened = openLog(configIn(dir));
    CHECK_ERR(reopened.err, JET_errSuccess);
    CHECK((reopened.replayed == std::vector<std::string>{"whole"}));
    CHECK(reopened.info.tornBytesDiscarded == 25);
    CHECK(fs::file_size(dir.path() / "edb.log") == intact);
}

TEST(wal_a_flipped_bit_ends_the_log_at_the_damaged_record) {
    harness::TempDir dir;
    std::uintmax_t intact = 0;
    {
        Opened opened = openLog(configIn(dir));
        CHECK_ERR(opened.log->flush(appendText(*opened.log, "one")), JET_errSuccess);
        intact = fs::file_size(dir.path() / "edb.log");
        appendText(*opened.log, "two");
        CHECK_ERR(opened.log->flushAll(), JET_errSuccess);
        opened.log->closeDirty();
    }
    {
        std::fstream file(dir.path() / "edb.log", std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(static_cast<std::streamoff>(intact + esent::log::format::kRecordFrameSize));
        file.put('X');
    }
    Opened reopened = openLog(configIn(dir));
    CHECK((reopened.replayed == std::vector<std::string>{"one"}));
}

TEST(wal_generations_roll_and_recovery_reads_across_them) {
    harness::TempDir dir;
    const std::string payload(1000, 'p');
    {
        Opened opened = openLog(configIn(dir, 8 * 1024));
        for (int i = 0; i < 40; ++i) appendText(*opened.log, payload);
        CHECK_ERR(opened.log->flushAll(), JET_errSuccess);
        CHECK(opened.log->currentGeneration() >= 4);
        opened.log->closeDirty();
    }
    CHECK(harness::countFiles(dir.path(), "edb0", ".log") >= 3);
    Opened reopened = openLog(configIn(dir, 8 * 1024));
    CHECK_ERR(reopened.err, JET_errSuccess);
    CHECK(reopened.replayed.size() == 40);
}

TEST(wal_circular_logging_deletes_generations_wholly_before_the_checkpoint) {
    harness::TempDir dir;
    const std::string payload(1000, 'c');
    Opened opened = openLog(configIn(dir, 8 * 1024, true));
    for (int i = 0; i < 40; ++i) appendText(*opened.log, payload);
    const Lsn keep = appendText(*opened.log, "keep");
    for (int i = 0; i < 3; ++i) appendText(*opened.log, payload);
    CHECK(harness::countFiles(dir.path(), "edb0", ".log") >= 3);
    CHECK_ERR(opened.log->writeCheckpoint(keep, ""), JET_errSuccess);
    CHECK(harness::countFiles(dir.path(), "edb0", ".log") <= 1);
    opened.log->closeDirty();
    Opened reopened = openLog(configIn(dir, 8 * 1024, true));
    CHECK_ERR(reopened.err, JET_errSuccess);
    CHECK(reopened.replayed.size() == 4);
    CHECK(!reopened.replayed.empty() && reopened.replayed.front() == "keep");
}

TEST(wal_force_new_generation_starts_a_file_and_keeps_lsns_continuous) {
    harness::TempDir dir;
    Opened opened = openLog(configIn(dir));
    const Lsn a = appendText(*opened.log, "a");
    CHECK_ERR(opened.log->forceNewGeneration(), JET_errSuccess);
    CHECK(opened.log->currentGeneration() == 2);
    const Lsn b = appendText(*opened.log, "b");
    CHECK(b == a + esent::log::format::kRecordFrameSize + 1);
    CHECK(fs::exists(dir.path() / "edb00001.log"));
    opened.log->closeDirty();
    Opened reopened = openLog(configIn(dir));
    CHECK((reopened.replayed == std::vector<std::string>{"a", "b"}));
}

TEST(wal_a_handler_error_fails_recovery) {
    harness::TempDir dir;
    {
        Opened opened = openLog(configIn(dir));
        CHECK_ERR(opened.log->flush(appendText(*opened.log, "x")), JET_errSuccess);
        opened.log->closeDirty();
    }
    RecordHandlers handlers;
    handlers.set(kData, [](const RecordView&) { return JET_ERR(JET_errDiskIO); });
    std::unique_ptr<WriteAheadLog> log;
    RecoveryInfo info;
    CHECK_ERR(WriteAheadLog::open(configIn(dir), handlers, &log, &info), JET_errDiskIO);
    CHECK(!log);
}

TEST(wal_files_of_another_format_are_refused) {
    harness::TempDir dir;
    {
        std::ofstream out(dir.path() / "edb.log", std::ios::binary);
        out << std::string(4096, '\0');
    }
    CHECK_ERR(openLog(configIn(dir)).err, JET_errLogFileCorrupt);
    harness::TempDir other;
    {
        Opened opened = openLog(configIn(other));
        opened.log->closeDirty();
    }
    {
        // Same magic, a format version from the future.
        std::fstream file(other.path() / "edb.log", std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(8);
        file.put('\x7f');
    }
    CHECK_ERR(openLog(configIn(other)).err, JET_errBadLogVersion);
}

TEST(wal_concurrent_appenders_and_flushers_lose_nothing) {
    harness::TempDir dir;
    {
        Opened opened = openLog(configIn(dir, 64 * 1024));
        WriteAheadLog& log = *opened.log;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&log, t] {
                for (int i = 0; i < 300; ++i) {
                    const std::string text = std::to_string(t) + ":" + std::to_string(i);
                    Lsn lsn = 0;
                    if (log.append(kData, text.data(), text.size(), &lsn) < 0) return;
                    if (i % 5 == 0) log.flush(lsn);
                }
            });
        }
        for (auto& thread : threads) thread.join();
        CHECK_ERR(log.flushAll(), JET_errSuccess);
        log.closeDirty();
    }
    Opened reopened = openLog(configIn(dir, 64 * 1024));
    CHECK(reopened.replayed.size() == 1200);
}

TEST(wal_a_full_log_buffer_reaches_the_file_without_a_flush) {
    harness::TempDir dir;
    LogConfig config = configIn(dir);
    config.writeBehindBytes = 4096;
    Opened opened = openLog(config);
    const std::uintmax_t empty = fs::file_size(dir.path() / "edb.log");
    const std::string payload(100, 'w');
    for (int i = 0; i < 60; ++i) appendText(*opened.log, payload);  // ~7 KB, never flushed
    CHECK(fs::file_size(dir.path() / "edb.log") >= empty + 4096);
    CHECK(opened.log->durableLsn() == 0);  // written is not durable
    CHECK_ERR(opened.log->flushAll(), JET_errSuccess);
    CHECK(opened.log->durableLsn() == opened.log->endLsn());
    opened.log->closeDirty();
}
