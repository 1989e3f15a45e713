// Snapshot isolation over the page store: the instance's version store.
//
// The page store's trees hold only committed data. Everything a transaction changes lives here
// until its level-0 commit, which (in commitLevel0, under Instance::commitMutex) logs the changes
// as redo records, applies them to the trees and keeps the before-images as versions tagged with
// the commit sequence, so that older snapshots still read what they saw. Rolling back a level
// drops that level's changes; nothing reaches the log or the file before commit, so recovery
// only ever redoes whole committed transactions.
//
// Every caller is the one thread inside an API call on `session` (api/api_guard.h).
//
// Visibility (DESIGN.md §3): inside a transaction a read sees the versions committed at or before
// session.snapshotSequence plus the session's own changes; at level 0 a read sees the newest
// committed data (each read is its own short transaction).
//
// Writes need session.level >= 1 (callers wrap level-0 updates in their own transaction, see
// withTransaction). A write fails with JET_errWriteConflict (-1102) when another transaction has
// an uncommitted change, lock or escrow delta on the key, or when a change to the key was
// committed after this transaction's snapshot; with JET_errTransReadOnly (-1110) in a read-only
// transaction. A failed write changes nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include <esent.h>

#include "../../core/instance_component.h"
#include "../../core/session.h"
#include "../../store/cursor.h"
#include "../../store/page_format.h"
#include "../database.h"

namespace esent::data {

// An escrow delta on one counter column of a record (JetEscrowUpdate). The record layer
// interprets the record bytes (records/escrow_field.h); the version store only orders deltas.
struct EscrowDelta {
    JET_COLUMNID columnid = 0;
    std::uint32_t size = 4;      // 4 (Long) or 8 (LongLong)
    std::int64_t delta = 0;
    bool deleteOnZero = false;   // JET_bitColumnDeleteOnZero / Finalize: the record goes at 0
};

class VersionStore : public core::InstanceComponent {
public:
    explicit VersionStore(core::Instance& instance);
    ~VersionStore() override;
    static VersionStore* of(core::Session& session);

    // ---- reads ----
    bool get(core::Session& session, Database& db, store::TreeId tree, std::string_view key,
             std::string* value);
    // The visible entry nearest `key` in the direction of `mode` (EQ, GE, GT, LE, LT); false when
    // there is none. An absent tree (created by an uncommitted transaction of another session, or
    // dropped) reads as empty.
    bool seek(core::Session& session, Database& db, store::TreeId tree, std::string_view key,
              store::SeekMode mode, std::string* foundKey, std::string* value);
    bool first(core::Session& session, Database& db, store::TreeId tree, std::string* foundKey,
               std::string* value);
    bool last(core::Session& session, Database& db, store::TreeId tree, std::string* foundKey,
              std::string* value);
    // True when another transaction holds an uncommitted change or lock on the key (what
    // JetGetLock and JET_prepReplace would fail on).
    bool lockedByOther(core::Session& session, Database& db, store::TreeId tree, std::string_view key);

    // ---- writes (session.level >= 1) ----
    JET_ERR put(core::Session& session, Database& db, store::TreeId tree, std::string_view key,
                std::string_view value);
    // Erasing a key the session cannot see is JET_errRecordDeleted (-1017).
    JET_ERR erase(core::Session& session, Database& db, store::TreeId tree, std::string_view key);
    // A write lock without a change (JetGetLock write, JET_prepReplace): held until the level it
    // was taken in is committed into level 0 or rolled back.
    JET_ERR lock(core::Session& session, Database& db, store::TreeId tree, std::string_view key);
    // Escrow deltas of different transactions commute, pending or committed after this
    // transaction's snapshot; a delta conflicts with another transaction's uncommitted put, erase
    // or lock and with any other change committed after the snapshot. The caller has already
    // checked that the record is visible. `before` receives the counter as the record holds it
    // now, as ESENT reports it: the newest committed value plus every transaction's uncommitted
    // deltas (not the session's snapshot value, which reads return).
    JET_ERR escrow(core::Session& session, Database& db, store::TreeId tree, std::string_view key,
                   const EscrowDelta& delta, std::int64_t* before);

    // ---- trees (catalog objects: a table's record tree, its long-value tree) ----
    // A new id, never handed out before for this database (in this process or in the file).
    store::TreeId reserveTree(Database& db);
    // Created in the file at commit; until then reads see it empty and writes go to the versions.
    JET_ERR createTree(core::Session& session, Database& db, store::TreeId tree);
    // Dropped from the file at commit (with everything in it).
    JET_ERR dropTree(core::Session& session, Database& db, store::TreeId tree);

    // Runs `body` (returning JET_ERR) in the session's transaction, or at level 0 in a
    // transaction of its own that is committed on success and rolled back on failure (ESENT's
    // level-0 updates and DDL). `lazy`: commit with JET_bitCommitLazyFlush.
    template <typename Body>
    static JET_ERR withTransaction(core::Session& session, Body body, bool lazy = false);

    // ---- diagnostics (tests) ----
    struct Stats {
        std::uint64_t versions = 0;        // before-images kept for older snapshots
        std::uint64_t trackedKeys = 0;     // keys with a lock, escrow or before-image
        std::uint64_t recordsLogged = 0;   // kTrxChanges records appended by this instance
        std::uint64_t recordsReplayed = 0;  // kTrxChanges records applied by recovery
    };
    Stats stats();
    // Redo records are split to stay below this many bytes (tests lower it).
    void setRecordBytesLimit(std::size_t bytes);

    // ---- InstanceComponent ----
    void registerRecordHandlers(log::RecordHandlers& handlers) override;
    JET_ERR afterRecovery(const log::RecoveryInfo& info) override;
    void afterBegin(core::Session& session) override;
    JET_ERR commitLevel0(core::Session& session, std::uint64_t commitSequence) override;
    void afterCommit(core::Session& session, std::uint64_t commitSequence) override;
    void beforeRollback(core::Session& session) override;
    void beforeEndSession(core::Session& session) override;
    void beforeTerm(bool dirty) override;

    struct State;  // version_state.h

private:
    enum class WriteKind { Put, Erase, Lock };
    JET_ERR writeKey(core::Session& session, Database& db, store::TreeId tree, std::string_view key,
                     WriteKind kind, std::string_view value);
    JET_ERR changeTree(core::Session& session, Database& db, store::TreeId tree, bool create);
    // Drops committed versions no open snapshot can read any more (commitMutex held).
    void collectGarbageLocked();
    void collectGarbage();

    core::Instance& instance_;
    std::unique_ptr<State> state_;
    std::size_t recordBytesLimit_ = std::size_t(1) << 20;
    std::uint64_t recordsReplayed_ = 0;
};

// Implemented in version_store_transaction.cpp with core::beginTransaction/commitTransaction.
JET_ERR beginInternalTransaction(core::Session& session);
JET_ERR commitInternalTransaction(core::Session& session, bool lazy);
void rollbackInternalTransaction(core::Session& session);

template <typename Body>
JET_ERR VersionStore::withTransaction(core::Session& session, Body body, bool lazy) {
    if (session.level > 0) return body();
    JET_ERR err = beginInternalTransaction(session);
    if (err < 0) return err;
    err = body();
    if (err < 0) {
        rollbackInternalTransaction(session);
        return err;
    }
    const JET_ERR commitErr = commitInternalTransaction(session, lazy);
    if (commitErr < 0) {
        rollbackInternalTransaction(session);
        return commitErr;
    }
    return err;  // keeps a warning of the body
}

}  // namespace esent::data
