#include "database_component.h"

#include <algorithm>

#include "../core/registry.h"
#include "../platform/file_system.h"
#include "../platform/path.h"
#include "attachment_registry.h"
#include "components.h"
#include "database_records.h"
#include "store_errors.h"

namespace esent::data {

namespace {

// Checkpoint triggers: dirty pages held for the files, and log written since the oldest file
// checkpoint (what a crash would make recovery redo).
constexpr std::uint64_t kDirtyBytesLimit = std::uint64_t(32) << 20;
// The log a checkpoint may lag behind when JET_paramCheckpointDepthMax is 0 (ESENT's default is
// 20 MiB); a smaller setting checkpoints more often, and circular logging then keeps less log.
constexpr std::uint64_t kDefaultCheckpointDepth = std::uint64_t(20) << 20;

}  // namespace

DatabaseFacts factsOf(Database& database) {
    DatabaseFacts facts;
    const store::DatabaseStats stats = database.file().stats();
    facts.path = database.path;
    facts.pageSize = stats.pageSize;
    facts.pageCount = stats.pageCount;
    facts.fileBytes = stats.fileBytes;
    facts.readOnly = database.readOnly;
    // A file attached for writing is inconsistent on disk until it is detached (as in ESENT).
    facts.state = database.readOnly ? JET_dbstateCleanShutdown : JET_dbstateDirtyShutdown;
    facts.header = database.header;
    return facts;
}

DatabaseComponent* DatabaseComponent::of(core::Session& session) {
    // Every instance gets a DatabaseComponent: components.cpp registers it (and is linked in
    // with the database entry points through this reference).
    (void)dataComponentsRegistered();
    return session.instance->component<DatabaseComponent>();
}

std::shared_ptr<Database> DatabaseComponent::findLocked(const std::string& path) const {
    for (const auto& database : databases_) {
        if (platform::samePath(database->path, path)) return database;
    }
    return nullptr;
}

JET_DBID DatabaseComponent::nextDbidLocked() const {
    // ESE reuses the lowest free slot; 0 is never handed out by us.
    for (JET_DBID candidate = 1;; ++candidate) {
        const bool used = std::any_of(databases_.begin(), databases_.end(),
                                      [&](const auto& database) { return database->dbid == candidate; });
        if (!used) return candidate;
    }
}

std::uint32_t DatabaseComponent::configuredPageSize() const {
    std::lock_guard<std::mutex> lock(core::Registry::get().mutex);
    return static_cast<std::uint32_t>(instance_.params.number(JET_paramDatabasePageSize));
}

log::Lsn DatabaseComponent::endLsn() const {
    return instance_.log ? instance_.log->endLsn() : 0;
}

JET_ERR DatabaseComponent::logAndFlush(log::RecordType type, const std::vector<std::uint8_t>& payload,
                                       log::Lsn* lsn) {
    *lsn = log::kNoLsn;
    if (!instance_.log) return JET_errSuccess;
    JET_ERR err = instance_.log->append(type, payload.data(), payload.size(), lsn);
    if (err >= 0) err = instance_.log->flush(*lsn);
    return err;
}

JET_ERR DatabaseComponent::checkpointLocked(Database& database, std::uint32_t state) {
    return withStoreErrors([&]() -> JET_ERR {
        std::lock_guard<std::mutex> apply(database.applyMutex);
        // Write-ahead: the file must not get ahead of the durable log (a lazy or not yet flushed
        // commit), or after a crash it would hold changes the log lost, at LSNs reused later.
        if (instance_.log) {
            const JET_ERR err = instance_.log->flushAll();
            if (err < 0) return err;
        }
        writeState(database.file(), state);
        database.file().checkpoint(endLsn());
        return JET_errSuccess;
    });
}

void DatabaseComponent::addLocked(const std::shared_ptr<Database>& database) {
    databases_.push_back(database);
    publishAttachment(database->path, instance_.handle, database);
}

JET_ERR DatabaseComponent::create(core::Session& session, const std::string& path, JET_GRBIT grbit,
                                  JET_DBID* dbid) {
    if (session.level > 0) return JET_errInTransaction;
    std::lock_guard<std::mutex> lock(mutex_);
    if (findLocked(path)) return JET_errDatabaseDuplicate;
    const JET_INSTANCE owner = attachmentOwner(path);
    if (owner != 0 && owner != instance_.handle) return JET_errDatabaseSharingViolation;
    if (platform::pathExists(path)) {
        if ((grbit & JET_bitDbOverwriteExisting) == 0) return JET_errDatabaseDuplicate;
        if (platform::removeFile(path) != platform::IoStatus::Ok) return JET_errFileAccessDenied;
    }
    if (!claimAttachment(path, instance_.handle)) return JET_errDatabaseSharingViolation;

    const JET_DBID newDbid = nextDbidLocked();
    // Logged first: recovery then knows the file even if we crash half-way through creating it.
    log::Lsn attachLsn = log::kNoLsn;
    JET_ERR err = logAndFlush(records::kDbAttach, records::encodeAttach({newDbid, path}), &attachLsn);
    std::shared_ptr<Database> database;
    if (err >= 0) {
        err = withStoreErrors([&]() -> JET_ERR {
            store::DatabaseOptions options;
            options.pageSize = configuredPageSize();
            options.initialLsn = endLsn();
            auto file = store::DatabaseFile::create(path, options);
            const DatabaseHeader header = initializeHeader(*file);
            file->checkpoint(endLsn());
            database = std::make_shared<Database>(newDbid, path, std::move(file), false, header);
            return JET_errSuccess;
        });
    }
    if (err < 0) {
        releaseAttachment(path, instance_.handle);
        log::Lsn ignored = 0;
        if (attachLsn != log::kNoLsn) logAndFlush(records::kDbDetach, records::encodeDetach(newDbid), &ignored);
        return err;
    }
    database->coveredSince = attachLsn;
    database->opens[session.handle] = 1;
    addLocked(database);
    *dbid = newDbid;
    return JET_errSuccess;
}

JET_ERR DatabaseComponent::attach(core::Session& session, const std::string& path, JET_GRBIT grbit) {
    if (session.level > 0) return JET_errInTransaction;
    std::lock_guard<std::mutex> lock(mutex_);
    if (findLocked(path)) return JET_wrnDatabaseAttached;
    const JET_INSTANCE owner = attachmentOwner(path);
    if (owner != 0 && owner != instance_.handle) return JET_errDatabaseSharingViolation;
    if (!platform::pathExists(path)) return JET_errFileNotFound;

    const bool readOnly = (grbit & JET_bitDbReadOnly) != 0;
    std::unique_ptr<store::DatabaseFile> file;
    DatabaseHeader header;
    JET_ERR err = withStoreErrors([&]() -> JET_ERR {
        store::DatabaseOptions options;
        options.pageSize = 0;
        options.readOnly = readOnly;
        file = store::DatabaseFile::open(path, options);
        // No header: a crash in the middle of JetCreateDatabase that recovery never saw.
        if (!readHeader(*file, &header)) return JET_errDatabaseDirtyShutdown;
        if (header.state != JET_dbstateCleanShutdown) return JET_errDatabaseDirtyShutdown;
        return JET_errSuccess;
    });
    if (err < 0) return err;
    if (!claimAttachment(path, instance_.handle)) return JET_errDatabaseSharingViolation;

    const JET_DBID newDbid = nextDbidLocked();
    log::Lsn attachLsn = log::kNoLsn;
    if (!readOnly) {
        err = logAndFlush(records::kDbAttach, records::encodeAttach({newDbid, path}), &attachLsn);
        if (err >= 0) {
            err = withStoreErrors([&]() -> JET_ERR {
                writeState(*file, JET_dbstateDirtyShutdown);
                file->checkpoint(endLsn());
                return JET_errSuccess;
            });
        }
        if (err < 0) {
            releaseAttachment(path, instance_.handle);
            return err;
        }
    }
    auto database = std::make_shared<Database>(newDbid, path, std::move(file), readOnly, header);
    database->coveredSince = attachLsn;
    addLocked(database);
    return JET_errSuccess;
}

JET_ERR DatabaseComponent::open(core::Session& session, const std::string& path, JET_GRBIT,
                                JET_DBID* dbid) {
    std::lock_guard<std::mutex> lock(mutex_);
    const auto database = findLocked(path);
    if (!database) return JET_errDatabaseNotFound;
    ++database->opens[session.handle];
    *dbid = database->dbid;
    return JET_errSuccess;
}

JET_ERR DatabaseComponent::close(core::Session& session, JET_DBID dbid) {
    std::lock_guard<std::mutex> lock(mutex_);
    for (const auto& database : databases_) {
        if (database->dbid != dbid) continue;
        const auto it = database->opens.find(session.handle);
        if (it == database->opens.end()) break;
        if (--it->second == 0) database->opens.erase(it);
        return JET_errSuccess;
    }
    return JET_errInvalidDatabaseId;
}

std::shared_ptr<Database> DatabaseComponent::openedBy(const core::Session& session, JET_DBID dbid) {
    std::lock_guard<std::mutex> lock(mutex_);
    for (const auto& database : databases_) {
        if (database->dbid == dbid && database->opens.count(session.handle) != 0) return database;
    }
    return nullptr;
}

JET_ERR DatabaseComponent::detachLocked(const std::shared_ptr<Database>& database) {
    if (!database->readOnly) {
        JET_ERR err = checkpointLocked(*database, JET_dbstateCleanShutdown);
        if (err < 0) return err;
        log::Lsn lsn = 0;
        err = logAndFlush(records::kDbDetach, records::encodeDetach(database->dbid), &lsn);
        if (err < 0) return err;
    }
    databases_.erase(std::remove(databases_.begin(), databases_.end(), database), databases_.end());
    releaseAttachment(database->path, instance_.handle);
    return JET_errSuccess;
}

JET_ERR DatabaseComponent::detach(core::Session& session, const std::string* path, JET_GRBIT) {
    if (session.level > 0) return JET_errInTransaction;
    JET_ERR err = JET_errSuccess;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        std::vector<std::shared_ptr<Database>> targets;
        if (path) {
            const auto database = findLocked(*path);
            if (!database) return JET_errDatabaseNotFound;
            targets.push_back(database);
        } else {
            targets = databases_;
        }
        for (const auto& database : targets) {
            if (!database->opens.empty()) return JET_errDatabaseInUse;
        }
        for (const auto& database : targets) {
            err = detachLocked(database);
            if (err < 0) break;
        }
    }
    // The detached files no longer hold the instance checkpoint back.
    if (err >= 0) err = instance_.advanceCheckpoint();
    return err;
}

JET_ERR DatabaseComponent::checkpointAllLocked() {
    std::vector<records::Attachment> list;
    for (const auto& database : databases_) {
        if (!database->readOnly) list.push_back({database->dbid, database->path});
    }
    if (list.empty()) return JET_errSuccess;
    log::Lsn listLsn = log::kNoLsn;
    if (instance_.log) {
        const auto payload = records::encodeAttachList(list);
        const JET_ERR err = instance_.log->append(records::kDbAttachList, payload.data(), payload.size(), &listLsn);
        if (err < 0) return err;
    }
    for (const auto& database : databases_) {
        if (database->readOnly) continue;
        const JET_ERR err = checkpointLocked(*database, JET_dbstateDirtyShutdown);
        if (err < 0) return err;
        database->coveredSince = listLsn;
    }
    return JET_errSuccess;
}

void DatabaseComponent::afterCommit(core::Session&, std::uint64_t commitSequence) {
    if (commitSequence == 0) return;
    bool checkpointed = false;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        bool needed = false;
        std::uint64_t depth = instance_.params.number(JET_paramCheckpointDepthMax);
        if (depth == 0) depth = kDefaultCheckpointDepth;
        for (const auto& database : databases_) {
            if (database->readOnly) continue;
            const store::DatabaseStats stats = database->file().stats();
            const log::Lsn end = endLsn();
            if (stats.pagesSinceCheckpoint * stats.pageSize >= kDirtyBytesLimit ||
                (end > stats.checkpointLsn && end - stats.checkpointLsn >= depth)) {
                needed = true;
            }
        }
        if (needed) checkpointed = checkpointAllLocked() >= 0;
    }
    // Best effort: a failed checkpoint only means more log to replay after a crash.
    if (checkpointed) instance_.advanceCheckpoint();
}

void DatabaseComponent::beforeEndSession(core::Session& session) {
    // JetEndSession closes the databases the session opened.
    std::lock_guard<std::mutex> lock(mutex_);
    for (const auto& database : databases_) database->opens.erase(session.handle);
}

log::Lsn DatabaseComponent::oldestLsnNeeded() {
    std::lock_guard<std::mutex> lock(mutex_);
    log::Lsn oldest = log::kNoLsn;
    for (const auto& database : databases_) {
        if (database->readOnly) continue;
        oldest = std::min(oldest, database->coveredSince);
        oldest = std::min(oldest, database->file().checkpointLsn());
    }
    return oldest;
}

void DatabaseComponent::beforeTerm(bool dirty) {
    std::lock_guard<std::mutex> lock(mutex_);
    for (const auto& database : databases_) {
        // Dirty: the files keep their last checkpoint and "dirty shutdown"; recovery redoes them.
        if (!dirty && !database->readOnly) checkpointLocked(*database, JET_dbstateCleanShutdown);
        releaseAttachment(database->path, instance_.handle);
    }
    databases_.clear();
}

// ------------------------------------------------------------------ recovery

void DatabaseComponent::registerRecordHandlers(log::RecordHandlers& handlers) {
    handlers.set(records::kDbAttach, [this](const log::RecordView& record) -> JET_ERR {
        records::Attachment attachment;
        if (!records::decodeAttach(record, &attachment)) return JET_errLogFileCorrupt;
        return redoAttach(attachment.dbid, attachment.path);
    });
    handlers.set(records::kDbAttachList, [this](const log::RecordView& record) -> JET_ERR {
        std::vector<records::Attachment> list;
        if (!records::decodeAttachList(record, &list)) return JET_errLogFileCorrupt;
        for (const auto& attachment : list) {
            const JET_ERR err = redoAttach(attachment.dbid, attachment.path);
            if (err < 0) return err;
        }
        return JET_errSuccess;
    });
    handlers.set(records::kDbDetach, [this](const log::RecordView& record) -> JET_ERR {
        JET_DBID dbid = 0;
        if (!records::decodeDetach(record, &dbid)) return JET_errLogFileCorrupt;
        redoDetach(dbid, record.lsn);
        return JET_errSuccess;
    });
}

JET_ERR DatabaseComponent::redoAttach(JET_DBID dbid, const std::string& path) {
    const auto same = recovering_.find(dbid);
    if (same != recovering_.end()) {
        if (platform::samePath(same->second.path, path)) return JET_errSuccess;
        recovering_.erase(same);
    }
    for (auto it = recovering_.begin(); it != recovering_.end(); ++it) {
        if (platform::samePath(it->second.path, path)) {
            recovering_.erase(it);
            break;
        }
    }
    // A file deleted since it was attached has nothing left to recover (ESE would need
    // JET_bitReplayIgnoreMissingDB; we always skip it).
    if (!platform::pathExists(path)) return JET_errSuccess;
    return withStoreErrors([&]() -> JET_ERR {
        store::DatabaseOptions options;
        options.pageSize = 0;  // whatever the file has
        auto file = store::DatabaseFile::open(path, options);
        DatabaseHeader header;
        if (!readHeader(*file, &header)) initializeHeader(*file);
        recovering_[dbid] = Recovering{path, std::move(file)};
        return JET_errSuccess;
    });
}

void DatabaseComponent::redoDetach(JET_DBID dbid, log::Lsn lsn) {
    const auto it = recovering_.find(dbid);
    if (it == recovering_.end()) return;
    try {
        writeState(*it->second.file, JET_dbstateCleanShutdown);
        it->second.file->checkpoint(lsn);
    } catch (const store::StoreError&) {
        // The file stays "dirty": the next attach reports it instead of trusting it.
    }
    recovering_.erase(it);
}

store::DatabaseFile* DatabaseComponent::fileToRedo(JET_DBID dbid, log::Lsn lsn) {
    const auto it = recovering_.find(dbid);
    if (it == recovering_.end()) return nullptr;
    return lsn >= it->second.file->checkpointLsn() ? it->second.file.get() : nullptr;
}

JET_ERR DatabaseComponent::afterRecovery(const log::RecoveryInfo& info) {
    const bool keep = (instance_.initGrbit & JET_bitKeepDbAttachedAtEndOfRecovery) != 0;
    std::map<JET_DBID, Recovering> recovered;
    recovered.swap(recovering_);
    std::lock_guard<std::mutex> lock(mutex_);
    JET_ERR err = JET_errSuccess;
    std::vector<records::Attachment> kept;
    for (auto& [dbid, entry] : recovered) {
        if (err < 0) break;
        err = withStoreErrors([&]() -> JET_ERR {
            if (!keep) {
                writeState(*entry.file, JET_dbstateCleanShutdown);
                entry.file->checkpoint(info.endOfLog);
                return JET_errSuccess;
            }
            if (!claimAttachment(entry.path, instance_.handle)) return JET_errDatabaseSharingViolation;
            entry.file->checkpoint(info.endOfLog);
            DatabaseHeader header;
            readHeader(*entry.file, &header);
            auto database = std::make_shared<Database>(dbid, entry.path, std::move(entry.file), false, header);
            addLocked(database);
            kept.push_back({dbid, entry.path});
            return JET_errSuccess;
        });
    }
    if (err >= 0 && !kept.empty() && instance_.log) {
        // Logged again so that the checkpoint JetInit writes next still covers them.
        log::Lsn listLsn = 0;
        err = logAndFlush(records::kDbAttachList, records::encodeAttachList(kept), &listLsn);
        for (const auto& database : databases_) database->coveredSince = listLsn;
    }
    if (err < 0) {
        for (const auto& database : databases_) releaseAttachment(database->path, instance_.handle);
        databases_.clear();
    }
    return err;
}

}  // namespace esent::data
