// Vocabulary of the write-ahead log, shared by the log itself, the transaction layer and (from
// issue 4 on) the data store.
//
// An LSN (log sequence number) is the byte offset of a record in the endless stream of records
// that the log generations hold one after another: it only grows, it survives restarts, and
// comparing two LSNs orders their records. The first record of the stream has LSN 0.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>

#include <esent.h>

namespace esent::log {

using Lsn = std::uint64_t;
constexpr Lsn kNoLsn = ~Lsn(0);

// Record types. 1-255 belong to the engine's own markers (transaction_records.h); the data store
// takes 256 and up. A type never changes meaning once written: add, never renumber.
using RecordType = std::uint16_t;
namespace record_type {
constexpr RecordType kInit = 1;            // JetInit started a run: {u64 wall-clock ms}
constexpr RecordType kBegin0 = 2;          // level-0 begin: {u64 trxId, u64 snapshotSequence}
constexpr RecordType kCommit0 = 3;         // commit to level 0: {u64 trxId, u64 commitSequence}
constexpr RecordType kRollback0 = 4;       // rollback to level 0: {u64 trxId}
constexpr RecordType kBeginNested = 5;     // begin of level >= 2: {u64 trxId, u8 newLevel}
constexpr RecordType kCommitNested = 6;    // commit of level >= 2: {u64 trxId, u8 levelCommitted}
constexpr RecordType kRollbackNested = 7;  // rollback of level >= 2: {u64 trxId, u8 levelUndone}
constexpr RecordType kCleanTerm = 8;       // JetTerm finished cleanly: {u64 commitSeq, u64 trxId}
constexpr RecordType kFirstDataRecord = 256;
}  // namespace record_type

// A record as recovery hands it to a handler. `data` is valid only during the call.
struct RecordView {
    Lsn lsn;
    RecordType type;
    const std::uint8_t* data;
    std::size_t size;
};

// Called once per record during recovery, in log order. A negative result stops recovery and
// fails JetInit with it.
using RecordHandler = std::function<JET_ERR(const RecordView&)>;

// What recovery calls for each record type; types without a handler are skipped.
class RecordHandlers {
public:
    void set(RecordType type, RecordHandler handler) { handlers_[type] = std::move(handler); }
    const RecordHandler* find(RecordType type) const {
        const auto it = handlers_.find(type);
        return it == handlers_.end() ? nullptr : &it->second;
    }

private:
    std::unordered_map<RecordType, RecordHandler> handlers_;
};

struct LogConfig {
    std::string logFolder;      // absolute, ends with a separator (JET_paramLogFilePath)
    std::string systemFolder;   // absolute, ends with a separator; holds the checkpoint
    std::string baseName;       // three characters (JET_paramBaseName), e.g. "edb"
    std::uint64_t generationBytes = 5120 * 1024;  // JET_paramLogFileSize, in bytes
    bool circular = false;      // JET_paramCircularLog
    // Appended bytes are written to the file (without a sync) once this many are buffered, so a
    // killed process loses at most this much of its lazy commits (JET_paramLogBuffers x 512).
    std::uint64_t writeBehindBytes = 126 * 512;
};

// What JetInit learned from the files it found.
struct RecoveryInfo {
    bool logExisted = false;             // false: a new log stream was started
    bool previousShutdownClean = true;   // last record before this run was a clean-term marker
    Lsn replayedFrom = 0;                // the checkpoint's LSN
    Lsn endOfLog = 0;                    // first LSN this run appends at
    std::uint64_t recordsReplayed = 0;
    std::uint64_t tornBytesDiscarded = 0;  // bytes cut from the current generation's tail
    std::string checkpointState;        // opaque state saved with the last checkpoint
};

}  // namespace esent::log
