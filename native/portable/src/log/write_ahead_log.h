// The write-ahead log of one instance: what JetInit opens in JET_paramLogFilePath and every
// durable change goes through.
//
// Contract for the layers above (transactions now, the data store in issue 4):
//   - open() recovers: it reads the checkpoint, replays every intact record from the checkpoint's
//     LSN on through the given handlers, cuts a torn tail, and reports whether the previous run
//     ended with a clean-term record.
//   - append() frames a record into the in-memory tail and returns its LSN. Nothing is durable
//     until a flush covers it.
//   - flush(lsn) returns once the record at `lsn` (and everything before it) is on stable storage.
//     Independently, a full log buffer (LogConfig::writeBehindBytes) is written to the file
//     without a sync, so a killed process (not a power cut) loses little of its lazy commits.
//     Concurrent flushers are grouped: one thread writes and syncs everything appended so far
//     while the others wait for it (group commit).
//   - writeCheckpoint(lsn, state) records, atomically, that recovery need not look before `lsn`.
//     With circular logging, finished generations wholly before the checkpoint are deleted. A
//     checkpoint never moves back: an `lsn` below the current one keeps the current one.
//   - Generations roll when the current file would grow past LogConfig::generationBytes (a record
//     never spans two files), or on forceNewGeneration() (JET_bitForceNewLog).
//   - After an I/O failure the log refuses all further appends and flushes with the same error:
//     the instance must be terminated, as ESENT does after a log write failure.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <esent.h>

#include "../platform/file_system.h"
#include "log_types.h"

namespace esent::log {

class WriteAheadLog {
public:
    // Opens (or creates) the log described by `config`, running recovery first.
    static JET_ERR open(const LogConfig& config, const RecordHandlers& handlers,
                        std::unique_ptr<WriteAheadLog>* out, RecoveryInfo* info);

    ~WriteAheadLog();
    WriteAheadLog(const WriteAheadLog&) = delete;
    WriteAheadLog& operator=(const WriteAheadLog&) = delete;

    JET_ERR append(RecordType type, const void* payload, std::size_t size, Lsn* lsn);
    JET_ERR flush(Lsn lsn);
    JET_ERR flushAll();
    JET_ERR forceNewGeneration();
    JET_ERR writeCheckpoint(Lsn lsn, const std::string& state);

    // Writes a clean-term record, flushes, checkpoints at it and closes the files.
    JET_ERR closeClean(const void* payload, std::size_t size, const std::string& state);
    // Flushes what it can and closes without the clean-term record: the next open must recover.
    void closeDirty();

    Lsn endLsn() const;        // the LSN the next record will get
    Lsn durableLsn() const;    // every byte below this is on stable storage
    Lsn checkpointLsn() const;
    std::uint64_t currentGeneration() const;
    const LogConfig& config() const { return config_; }

private:
    struct Generation {
        std::uint64_t number;
        Lsn firstLsn;
        // Finished before the checkpoint recovery started from: never read, bounds unknown.
        bool beforeCheckpoint = false;
    };

    explicit WriteAheadLog(const LogConfig& config);
    JET_ERR recover(const RecordHandlers& handlers, RecoveryInfo* info);
    JET_ERR startGeneration(std::uint64_t number, Lsn firstLsn);
    JET_ERR flushUntil(Lsn minimumDurable);
    void writeBehindLocked(std::unique_lock<std::mutex>& lock);
    JET_ERR rollLocked(std::unique_lock<std::mutex>& lock);
    JET_ERR writeBufferLocked();
    void deleteArchivesBefore(Lsn lsn);
    std::uint64_t generationContainingLocked(Lsn lsn) const;

    const LogConfig config_;

    mutable std::mutex mutex_;
    std::condition_variable flushed_;
    std::unique_ptr<platform::File> current_;
    Generation currentGeneration_{1, 0};
    std::uint64_t fileBytes_ = 0;       // bytes of the current file already written
    std::vector<std::uint8_t> buffer_;  // appended, not yet written
    Lsn bufferLsn_ = 0;                 // LSN of buffer_[0]; bytes below it are in the file
    Lsn endLsn_ = 0;
    Lsn durableLsn_ = 0;
    bool flushing_ = false;
    JET_ERR failure_ = JET_errSuccess;
    std::deque<Generation> archives_;   // finished generations still on disk, oldest first

    std::mutex checkpointMutex_;        // serialises checkpoint file writes
    Lsn checkpointLsn_ = 0;
    bool closed_ = false;
};

}  // namespace esent::log
