// The databases of one instance (an InstanceComponent): attach, create, open, close, detach,
// the log records that let recovery find the attached files, and their checkpoints.
//
// Durability: a writable attachment is logged (database_records.h) before the file is touched,
// and the file's header says "dirty shutdown" from then until a detach or a clean JetTerm
// checkpoints it "clean". Recovery replays the attachment records from the instance checkpoint
// on, opens each file at its own checkpoint (data records of later slices are redone from each
// file's checkpointLsn(), see fileToRedo), then checkpoints it and, unless JetInit3 had
// JET_bitKeepDbAttachedAtEndOfRecovery, detaches it (ESENT's default).
//
// Checkpoints of the files run at detach, at clean JetTerm, and after a commit once the dirty
// pages or the log since the oldest file checkpoint pass a threshold; each such round logs the
// attach list again so the instance checkpoint (oldestLsnNeeded) can move past older records.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <esent.h>

#include "../core/instance.h"
#include "../core/instance_component.h"
#include "../core/session.h"
#include "database.h"

namespace esent::data {

// What JetGetDatabaseInfo and JetGetDatabaseFileInfo report.
struct DatabaseFacts {
    std::string path;
    std::uint32_t pageSize = 0;
    std::uint64_t pageCount = 0;
    std::uint64_t fileBytes = 0;
    std::uint32_t state = JET_dbstateCleanShutdown;
    bool readOnly = false;
    DatabaseHeader header;
};
DatabaseFacts factsOf(Database& database);

class DatabaseComponent : public core::InstanceComponent {
public:
    explicit DatabaseComponent(core::Instance& instance) : instance_(instance) {}
    static DatabaseComponent* of(core::Session& session);

    // `path` is absolute UTF-8.
    JET_ERR create(core::Session& session, const std::string& path, JET_GRBIT grbit, JET_DBID* dbid);
    JET_ERR attach(core::Session& session, const std::string& path, JET_GRBIT grbit);
    JET_ERR open(core::Session& session, const std::string& path, JET_GRBIT grbit, JET_DBID* dbid);
    JET_ERR close(core::Session& session, JET_DBID dbid);
    // `path` null: every database of the instance.
    JET_ERR detach(core::Session& session, const std::string* path, JET_GRBIT grbit);

    // The database `session` has open as `dbid`, or null (JET_errInvalidDatabaseId).
    std::shared_ptr<Database> openedBy(const core::Session& session, JET_DBID dbid);

    // During recovery only: the file a data record of `dbid` at `lsn` must be redone into, or
    // null when that database is not being recovered or already holds the record.
    store::DatabaseFile* fileToRedo(JET_DBID dbid, log::Lsn lsn);

    // InstanceComponent
    void registerRecordHandlers(log::RecordHandlers& handlers) override;
    JET_ERR afterRecovery(const log::RecoveryInfo& info) override;
    void afterCommit(core::Session& session, std::uint64_t commitSequence) override;
    void beforeEndSession(core::Session& session) override;
    log::Lsn oldestLsnNeeded() override;
    void beforeTerm(bool dirty) override;

private:
    struct Recovering {
        std::string path;
        std::unique_ptr<store::DatabaseFile> file;
    };

    std::shared_ptr<Database> findLocked(const std::string& path) const;
    JET_DBID nextDbidLocked() const;
    std::uint32_t configuredPageSize() const;
    log::Lsn endLsn() const;
    JET_ERR logAndFlush(log::RecordType type, const std::vector<std::uint8_t>& payload, log::Lsn* lsn);
    JET_ERR checkpointLocked(Database& database, std::uint32_t state);
    JET_ERR detachLocked(const std::shared_ptr<Database>& database);
    void addLocked(const std::shared_ptr<Database>& database);
    JET_ERR checkpointAllLocked();

    JET_ERR redoAttach(JET_DBID dbid, const std::string& path);
    void redoDetach(JET_DBID dbid, log::Lsn lsn);

    core::Instance& instance_;
    std::mutex mutex_;
    std::vector<std::shared_ptr<Database>> databases_;
    std::map<JET_DBID, Recovering> recovering_;  // JetInit only
};

}  // namespace esent::data
