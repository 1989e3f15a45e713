#include "write_ahead_log.h"

#include <chrono>

#include "../platform/path.h"
#include "log_format.h"
#include "log_io.h"

namespace esent::log {

namespace {

std::uint64_t nowMs() {
    using namespace std::chrono;
    return static_cast<std::uint64_t>(
        duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

JET_ERR errorFromHeaderCheck(format::HeaderCheck check) {
    switch (check) {
        case format::HeaderCheck::Ok: return JET_errSuccess;
        case format::HeaderCheck::WrongVersion: return JET_errBadLogVersion;
        case format::HeaderCheck::NotOurs:
        case format::HeaderCheck::Damaged: break;
    }
    return JET_errLogFileCorrupt;
}

// One generation file found at recovery. Only its header is read up front; its records are read
// one generation at a time during replay, so recovery's memory stays at one generation.
struct FoundGeneration {
    std::uint64_t number = 0;
    std::string path;
    format::GenerationHeader header;
    bool isCurrent = false;
};

JET_ERR readHeader(const std::string& path, std::uint64_t expectedNumber, bool isCurrent,
                   FoundGeneration* out) {
    out->path = path;
    out->isCurrent = isCurrent;
    std::unique_ptr<platform::File> file;
    platform::IoStatus status = platform::File::open(path, platform::OpenMode::ReadOnly, &file);
    std::uint8_t bytes[format::kHeaderSize] = {};
    std::size_t read = 0;
    if (status == platform::IoStatus::Ok) status = file->readAt(0, bytes, sizeof(bytes), &read);
    if (status != platform::IoStatus::Ok) return errorFromIo(status, false);
    // A current file shorter than a header is a creation cut short by a crash: start it again.
    if (isCurrent && read < format::kHeaderSize) return JET_errMissingLogFile;
    const JET_ERR err = errorFromHeaderCheck(format::decodeHeader(bytes, read, &out->header));
    if (err < 0) return err;
    if (!isCurrent && out->header.generation != expectedNumber) return JET_errBadLogSignature;
    out->number = out->header.generation;
    return JET_errSuccess;
}

}  // namespace

WriteAheadLog::WriteAheadLog(const LogConfig& config) : config_(config) {}

WriteAheadLog::~WriteAheadLog() {
    if (!closed_) closeDirty();
}

JET_ERR WriteAheadLog::open(const LogConfig& config, const RecordHandlers& handlers,
                            std::unique_ptr<WriteAheadLog>* out, RecoveryInfo* info) {
    std::unique_ptr<WriteAheadLog> log(new WriteAheadLog(config));
    const JET_ERR err = log->recover(handlers, info);
    if (err < 0) {
        log->closed_ = true;
        return err;
    }
    *out = std::move(log);
    return JET_errSuccess;
}

JET_ERR WriteAheadLog::recover(const RecordHandlers& handlers, RecoveryInfo* info) {
    *info = RecoveryInfo{};

    // The checkpoint says where replay starts; without one, at the oldest generation present.
    format::CheckpointData checkpoint;
    bool haveCheckpoint = false;
    const std::string chkPath = checkpointPath(config_);
    if (platform::pathExists(chkPath)) {
        std::vector<std::uint8_t> bytes;
        JET_ERR err = readWholeFile(chkPath, &bytes);
        if (err < 0) return err;
        if (format::decodeCheckpoint(bytes.data(), bytes.size(), &checkpoint) != format::HeaderCheck::Ok) {
            return JET_errCheckpointCorrupt;
        }
        haveCheckpoint = true;
    }

    std::vector<std::uint64_t> archivedNumbers;
    JET_ERR err = listArchivedGenerations(config_, &archivedNumbers);
    if (err < 0) return err;
    platform::removeFile(pendingLogPath(config_));

    std::vector<FoundGeneration> generations;
    for (std::uint64_t number : archivedNumbers) {
        if (haveCheckpoint && number < checkpoint.generation) {
            archives_.push_back({number, 0, true});
            continue;
        }
        FoundGeneration found;
        err = readHeader(archivedLogPath(config_, number), number, false, &found);
        if (err < 0) return err;
        generations.push_back(std::move(found));
    }
    const std::string curPath = currentLogPath(config_);
    if (platform::pathExists(curPath)) {
        FoundGeneration loaded;
        err = readHeader(curPath, 0, true, &loaded);
        if (err == JET_errMissingLogFile) {
            platform::removeFile(curPath);
        } else if (err < 0) {
            return err;
        } else {
            generations.push_back(std::move(loaded));
        }
    }
    info->logExisted = !generations.empty();

    // Generations must follow one another without a gap.
    for (std::size_t i = 1; i < generations.size(); ++i) {
        if (generations[i].number != generations[i - 1].number + 1) return JET_errMissingLogFile;
    }

    Lsn replayFrom = haveCheckpoint ? checkpoint.lsn : 0;
    if (!generations.empty()) {
        if (!haveCheckpoint) replayFrom = generations.front().header.firstLsn;
        if (replayFrom < generations.front().header.firstLsn) return JET_errMissingLogFile;
    }
    info->replayedFrom = replayFrom;
    info->checkpointState = haveCheckpoint ? checkpoint.state : std::string();

    // Replay every intact record from the checkpoint on.
    RecordType lastType = 0;
    bool sawRecord = false;
    Lsn validEnd = replayFrom;
    std::size_t currentValidBytes = format::kHeaderSize;
    std::uint64_t currentFileSize = 0;
    for (std::size_t i = 0; i < generations.size(); ++i) {
        FoundGeneration& gen = generations[i];
        const bool last = i + 1 == generations.size();
        const Lsn first = gen.header.firstLsn;
        if (i > 0 && first != validEnd) return JET_errBadLogSignature;
        std::vector<std::uint8_t> bytes;
        err = readWholeFile(gen.path, &bytes);
        if (err < 0) return err;
        if (bytes.size() < format::kHeaderSize) return JET_errLogFileCorrupt;
        if (gen.isCurrent) currentFileSize = bytes.size();
        const std::uint8_t* records = bytes.data() + format::kHeaderSize;
        const std::size_t size = bytes.size() - format::kHeaderSize;
        std::size_t offset = 0;
        if (replayFrom > first) {
            if (replayFrom - first > size) {
                if (!last) continue;
                return JET_errCheckpointCorrupt;
            }
            offset = static_cast<std::size_t>(replayFrom - first);
        }
        while (offset < size) {
            RecordView view{};
            std::size_t recordBytes = 0;
            if (!format::decodeRecord(records, size, offset, first, &view, &recordBytes)) break;
            if (const RecordHandler* handler = handlers.find(view.type)) {
                err = (*handler)(view);
                if (err < 0) return err;
            }
            lastType = view.type;
            sawRecord = true;
            ++info->recordsReplayed;
            offset += recordBytes;
        }
        validEnd = first + offset;
        if (offset < size) {
            // Damage inside a finished generation is not a torn tail: the log is corrupt.
            if (!last || !gen.isCurrent) return JET_errLogFileCorrupt;
            info->tornBytesDiscarded = size - offset;
        }
        if (gen.isCurrent) currentValidBytes = format::kHeaderSize + offset;
        if (!gen.isCurrent) archives_.push_back({gen.number, first, false});
    }
    info->previousShutdownClean = !sawRecord || lastType == record_type::kCleanTerm;
    checkpointLsn_ = replayFrom;

    // Reopen (and trim) the current generation, or start one after the last finished one.
    const bool haveCurrent = !generations.empty() && generations.back().isCurrent;
    if (haveCurrent) {
        FoundGeneration& gen = generations.back();
        platform::IoStatus status = platform::File::open(gen.path, platform::OpenMode::OpenExisting, &current_);
        if (status == platform::IoStatus::Ok && currentFileSize > currentValidBytes) {
            status = current_->truncate(currentValidBytes);
            if (status == platform::IoStatus::Ok) status = current_->sync();
        }
        if (status != platform::IoStatus::Ok) return errorFromIo(status, true);
        currentGeneration_ = {gen.number, gen.header.firstLsn};
        fileBytes_ = currentValidBytes;
    } else {
        std::uint64_t number = 1;
        if (!generations.empty()) {
            number = generations.back().number + 1;
        } else if (!archives_.empty()) {
            number = archives_.back().number + 1;
        } else if (haveCheckpoint) {
            number = checkpoint.generation + 1;
        }
        err = startGeneration(number, validEnd);
        if (err < 0) return err;
    }
    endLsn_ = validEnd;
    bufferLsn_ = validEnd;
    durableLsn_ = validEnd;
    info->endOfLog = validEnd;
    return JET_errSuccess;
}

// Prepares <base>tmp.log and renames it to <base>.log, so a crash never leaves a current file
// without a valid header.
JET_ERR WriteAheadLog::startGeneration(std::uint64_t number, Lsn firstLsn) {
    format::GenerationHeader header;
    header.generation = number;
    header.firstLsn = firstLsn;
    header.createdMs = nowMs();
    const std::vector<std::uint8_t> bytes = format::encodeHeader(header);
    const std::string pending = pendingLogPath(config_);
    const std::string target = currentLogPath(config_);
    std::unique_ptr<platform::File> file;
    platform::IoStatus status = platform::File::open(pending, platform::OpenMode::OpenOrCreate, &file);
    if (status == platform::IoStatus::Ok) status = file->truncate(0);
    if (status == platform::IoStatus::Ok) status = file->writeAt(0, bytes.data(), bytes.size());
    if (status == platform::IoStatus::Ok) status = file->sync();
    file.reset();
    if (status == platform::IoStatus::Ok) status = platform::replaceFile(pending, target);
    if (status == platform::IoStatus::Ok) status = platform::syncDirectory(config_.logFolder);
    if (status == platform::IoStatus::Ok) {
        status = platform::File::open(target, platform::OpenMode::OpenExisting, &current_);
    }
    if (status != platform::IoStatus::Ok) return errorFromIo(status, true);
    currentGeneration_ = {number, firstLsn};
    fileBytes_ = format::kHeaderSize;
    return JET_errSuccess;
}

JET_ERR WriteAheadLog::append(RecordType type, const void* payload, std::size_t size, Lsn* lsn) {
    if (size > format::kMaxPayload || (size > 0 && payload == nullptr)) return JET_errInvalidParameter;
    std::unique_lock<std::mutex> lock(mutex_);
    if (failure_ < 0) return failure_;
    if (closed_) return JET_errTermInProgress;
    const std::uint64_t recordBytes = format::kRecordFrameSize + size;
    const std::uint64_t used = fileBytes_ + buffer_.size();
    if (used > format::kHeaderSize && used + recordBytes > config_.generationBytes) {
        const JET_ERR err = rollLocked(lock);
        if (err < 0) return err;
    }
    *lsn = endLsn_;
    format::appendRecord(buffer_, endLsn_, type, payload, size);
    endLsn_ += recordBytes;
    if (buffer_.size() >= config_.writeBehindBytes && !flushing_) writeBehindLocked(lock);
    return JET_errSuccess;
}

// Hands the buffer to the OS without syncing. Takes the flusher's role so file offsets stay in
// order; a failure poisons the log like a failed flush.
void WriteAheadLog::writeBehindLocked(std::unique_lock<std::mutex>& lock) {
    flushing_ = true;
    std::vector<std::uint8_t> pending;
    pending.swap(buffer_);
    const std::uint64_t offset = fileBytes_;
    bufferLsn_ += pending.size();
    fileBytes_ += pending.size();
    platform::File* file = current_.get();
    lock.unlock();
    const platform::IoStatus status = file->writeAt(offset, pending.data(), pending.size());
    lock.lock();
    flushing_ = false;
    if (status != platform::IoStatus::Ok) failure_ = errorFromIo(status, true);
    flushed_.notify_all();
}

JET_ERR WriteAheadLog::flush(Lsn lsn) { return flushUntil(lsn + 1); }

JET_ERR WriteAheadLog::flushAll() {
    Lsn end;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        end = endLsn_;
    }
    return flushUntil(end);
}

// Group commit: whoever finds no flush in progress writes and syncs everything buffered so far;
// the others wait and re-check, usually finding their record already covered.
JET_ERR WriteAheadLog::flushUntil(Lsn minimumDurable) {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        if (failure_ < 0) return failure_;
        if (durableLsn_ >= minimumDurable || durableLsn_ >= endLsn_) return JET_errSuccess;
        // (bytes below bufferLsn_ may be written but not yet synced: the sync below covers them)
        if (flushing_) {
            flushed_.wait(lock);
            continue;
        }
        flushing_ = true;
        std::vector<std::uint8_t> pending;
        pending.swap(buffer_);
        const Lsn pendingEnd = bufferLsn_ + pending.size();
        const std::uint64_t offset = fileBytes_;
        bufferLsn_ = pendingEnd;
        fileBytes_ += pending.size();
        platform::File* file = current_.get();
        lock.unlock();
        platform::IoStatus status = platform::IoStatus::Ok;
        if (!pending.empty()) status = file->writeAt(offset, pending.data(), pending.size());
        if (status == platform::IoStatus::Ok) status = file->sync();
        lock.lock();
        flushing_ = false;
        if (status == platform::IoStatus::Ok) {
            durableLsn_ = pendingEnd;
        } else {
            failure_ = errorFromIo(status, true);
        }
        flushed_.notify_all();
    }
}

// Writes the buffer to the current file and syncs it (covering earlier write-behind too),
// holding the lock: rolls only.
JET_ERR WriteAheadLog::writeBufferLocked() {
    platform::IoStatus status = platform::IoStatus::Ok;
    if (!buffer_.empty()) status = current_->writeAt(fileBytes_, buffer_.data(), buffer_.size());
    if (status == platform::IoStatus::Ok) status = current_->sync();
    if (status != platform::IoStatus::Ok) {
        failure_ = errorFromIo(status, true);
        return failure_;
    }
    fileBytes_ += buffer_.size();
    bufferLsn_ += buffer_.size();
    buffer_.clear();
    durableLsn_ = endLsn_;
    return JET_errSuccess;
}

JET_ERR WriteAheadLog::rollLocked(std::unique_lock<std::mutex>& lock) {
    flushed_.wait(lock, [this] { return !flushing_; });
    if (failure_ < 0) return failure_;
    JET_ERR err = writeBufferLocked();
    if (err < 0) return err;
    current_.reset();
    const Generation finished = currentGeneration_;
    platform::IoStatus status = platform::replaceFile(currentLogPath(config_),
                                                      archivedLogPath(config_, finished.number));
    if (status != platform::IoStatus::Ok) {
        failure_ = errorFromIo(status, true);
        return failure_;
    }
    archives_.push_back(finished);
    err = startGeneration(finished.number + 1, endLsn_);
    if (err < 0) {
        failure_ = err;
        return err;
    }
    if (config_.circular) deleteArchivesBefore(checkpointLsn_);
    flushed_.notify_all();
    return JET_errSuccess;
}

JET_ERR WriteAheadLog::forceNewGeneration() {
    std::unique_lock<std::mutex> lock(mutex_);
    if (failure_ < 0) return failure_;
    if (fileBytes_ + buffer_.size() <= format::kHeaderSize) return JET_errSuccess;  // already fresh
    return rollLocked(lock);
}

// Deletes finished generations whose every record lies before `lsn`. Caller holds mutex_.
void WriteAheadLog::deleteArchivesBefore(Lsn lsn) {
    while (!archives_.empty()) {
        const Generation& oldest = archives_.front();
        if (!oldest.beforeCheckpoint) {
            const Lsn end = archives_.size() > 1 ? archives_[1].firstLsn : currentGeneration_.firstLsn;
            if (end > lsn) break;
        }
        platform::removeFile(archivedLogPath(config_, oldest.number));
        archives_.pop_front();
    }
}

std::uint64_t WriteAheadLog::generationContainingLocked(Lsn lsn) const {
    if (lsn >= currentGeneration_.firstLsn) return currentGeneration_.number;
    for (auto it = archives_.rbegin(); it != archives_.rend(); ++it) {
        if (!it->beforeCheckpoint && it->firstLsn <= lsn) return it->number;
    }
    return archives_.empty() ? currentGeneration_.number : archives_.front().number;
}

JET_ERR WriteAheadLog::writeCheckpoint(Lsn lsn, const std::string& state) {
    std::lock_guard<std::mutex> serial(checkpointMutex_);
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (lsn > endLsn_) return JET_errInvalidParameter;
        // Never move back: generations before the current checkpoint may already be deleted.
        if (lsn < checkpointLsn_) lsn = checkpointLsn_;
    }
    // The checkpoint may never point past what a crash would leave on disk.
    JET_ERR err = flushUntil(lsn);
    if (err < 0) return err;
    std::uint64_t generation;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        generation = generationContainingLocked(lsn);
    }
    format::CheckpointData data;
    data.lsn = lsn;
    data.generation = generation;
    data.state = state;
    err = writeFileAtomically(checkpointPath(config_), format::encodeCheckpoint(data));
    if (err < 0) return err;
    std::lock_guard<std::mutex> lock(mutex_);
    checkpointLsn_ = lsn;
    if (config_.circular) deleteArchivesBefore(lsn);
    return JET_errSuccess;
}

JET_ERR WriteAheadLog::closeClean(const void* payload, std::size_t size, const std::string& state) {
    Lsn lsn = 0;
    JET_ERR err = append(record_type::kCleanTerm, payload, size, &lsn);
    if (err >= 0) err = flushAll();
    if (err >= 0) err = writeCheckpoint(lsn, state);
    std::lock_guard<std::mutex> lock(mutex_);
    current_.reset();
    closed_ = true;
    return err;
}

void WriteAheadLog::closeDirty() {
    flushAll();
    std::lock_guard<std::mutex> lock(mutex_);
    current_.reset();
    closed_ = true;
}

Lsn WriteAheadLog::endLsn() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return endLsn_;
}

Lsn WriteAheadLog::durableLsn() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return durableLsn_;
}

Lsn WriteAheadLog::checkpointLsn() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return checkpointLsn_;
}

std::uint64_t WriteAheadLog::currentGeneration() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return currentGeneration_.number;
}

}  // namespace esent::log
