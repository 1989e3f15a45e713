#include "transactions.h"

#include <algorithm>
#include <vector>

#include "instance.h"
#include "registry.h"
#include "transaction_records.h"
#include "../util/thread_token.h"

namespace esent::core {

namespace {

constexpr JET_GRBIT kRollbackGrbits = JET_bitRollbackAll | JET_bitRollbackRedoCallback;

JET_ERR appendRecord(Instance& instance, log::RecordType type, const std::vector<std::uint8_t>& payload,
                     log::Lsn* lsn) {
    if (!instance.log) {
        *lsn = log::kNoLsn;
        return JET_errSuccess;
    }
    return instance.log->append(type, payload.data(), payload.size(), lsn);
}

// The transaction's snapshot no longer holds versions back.
void dropSnapshotLocked(Instance& instance, std::uint64_t snapshot) {
    const auto it = instance.openSnapshots.find(snapshot);
    if (it != instance.openSnapshots.end()) instance.openSnapshots.erase(it);
}

void endLevel0(Session& session) {
    session.level = 0;
    session.begin0Lsn.store(log::kNoLsn);
    session.readOnly = false;
    if (!session.ownerIsContext) session.owner = 0;
}

// After a generation roll the checkpoint can move forward (and circular logging trim).
JET_ERR checkpointIfRolled(Instance& instance) {
    if (!instance.log) return JET_errSuccess;
    {
        std::lock_guard<std::mutex> lock(instance.commitMutex);
        const std::uint64_t generation = instance.log->currentGeneration();
        if (generation == instance.checkpointGeneration) return JET_errSuccess;
        instance.checkpointGeneration = generation;
    }
    return instance.advanceCheckpoint();
}

void rollbackOneLevel(Session& session) {
    Instance& instance = *session.instance;
    for (const auto& component : instance.components) component->beforeRollback(session);
    log::Lsn lsn;
    // A rollback always succeeds in memory. Should its record be lost, recovery reaches the same
    // verdict: a transaction without a commit record never happened.
    if (session.level > 1) {
        appendRecord(instance, log::record_type::kRollbackNested,
                     records::encodeTrxLevel(session.trxId, session.level), &lsn);
        --session.level;
    } else {
        appendRecord(instance, log::record_type::kRollback0, records::encodeTrxOnly(session.trxId), &lsn);
        {
            std::lock_guard<std::mutex> lock(instance.commitMutex);
            dropSnapshotLocked(instance, session.snapshotSequence);
        }
        endLevel0(session);
    }
}

}  // namespace

JET_ERR beginTransaction(Session& session, JET_GRBIT grbit) {
    if (session.level >= kMaxTransactionLevel) return JET_errTransTooDeep;
    if (session.level > 0 && !session.callerOwnsTransaction()) return JET_errSessionSharingViolation;
    Instance& instance = *session.instance;
    log::Lsn lsn;
    if (session.level == 0) {
        const std::uint64_t trxId = instance.counters.newTrxId();
        std::uint64_t snapshot;
        {
            // A commit publishes its changes under this mutex: the snapshot sees all or none.
            std::lock_guard<std::mutex> lock(instance.commitMutex);
            snapshot = instance.counters.lastCommitSequence();
            instance.openSnapshots.insert(snapshot);
        }
        const JET_ERR err = appendRecord(instance, log::record_type::kBegin0,
                                         records::encodeTrx(trxId, snapshot), &lsn);
        if (err < 0) {
            std::lock_guard<std::mutex> lock(instance.commitMutex);
            dropSnapshotLocked(instance, snapshot);
            return err;
        }
        session.takeTransactionOwnership();
        session.trxId = trxId;
        session.snapshotSequence = snapshot;
        session.readOnly = (grbit & JET_bitTransactionReadOnly) != 0;
        session.begin0Lsn.store(lsn);
    } else {
        const JET_ERR err = appendRecord(instance, log::record_type::kBeginNested,
                                         records::encodeTrxLevel(session.trxId, session.level + 1), &lsn);
        if (err < 0) return err;
    }
    ++session.level;
    for (const auto& component : instance.components) component->afterBegin(session);
    return JET_errSuccess;
}

JET_ERR commitTransaction(Session& session, JET_GRBIT grbit) {
    if ((grbit & ~kCommitGrbits) != 0) return JET_errInvalidGrbit;
    Instance& instance = *session.instance;

    // These three wait for the log and are allowed outside a transaction; each must be alone.
    if (grbit & JET_bitForceNewLog) {
        if (grbit != JET_bitForceNewLog) return JET_errInvalidGrbit;
        if (!instance.log) return JET_errSuccess;
        JET_ERR err = instance.log->forceNewGeneration();
        if (err >= 0) err = instance.log->flushAll();
        if (err >= 0) err = checkpointIfRolled(instance);
        return err;
    }
    if (grbit & JET_bitWaitAllLevel0Commit) {
        if (grbit != JET_bitWaitAllLevel0Commit) return JET_errInvalidGrbit;
        return instance.log ? instance.log->flushAll() : JET_errSuccess;
    }
    if (grbit & JET_bitWaitLastLevel0Commit) {
        if (grbit != JET_bitWaitLastLevel0Commit) return JET_errInvalidGrbit;
        if (!instance.log || session.lastCommit0Lsn == log::kNoLsn) return JET_errSuccess;
        return instance.log->flush(session.lastCommit0Lsn);
    }

    if (session.level == 0) return JET_errNotInTransaction;
    if (!session.callerOwnsTransaction()) return JET_errSessionSharingViolation;
    for (const auto& component : instance.components) {
        const JET_ERR err = component->beforeCommit(session);
        if (err < 0) return err;
    }

    log::Lsn lsn;
    if (session.level > 1) {
        const JET_ERR err = appendRecord(instance, log::record_type::kCommitNested,
                                         records::encodeTrxLevel(session.trxId, session.level), &lsn);
        if (err < 0) return err;
        --session.level;
        for (const auto& component : instance.components) component->afterCommit(session, 0);
        return JET_errSuccess;
    }

    std::uint64_t sequence;
    {
        // Commit sequences must appear in the log in the order they are taken.
        std::lock_guard<std::mutex> lock(instance.commitMutex);
        sequence = instance.counters.newCommitSequence();
        for (const auto& component : instance.components) {
            const JET_ERR err = component->commitLevel0(session, sequence);
            if (err < 0) return err;
        }
        const JET_ERR err = appendRecord(instance, log::record_type::kCommit0,
                                         records::encodeTrx(session.trxId, sequence), &lsn);
        if (err < 0) return err;
        dropSnapshotLocked(instance, session.snapshotSequence);
    }
    session.lastCommit0Lsn = lsn;
    endLevel0(session);
    for (const auto& component : instance.components) component->afterCommit(session, sequence);

    const bool lazy = ((grbit | session.commitDefault.load()) & JET_bitCommitLazyFlush) != 0;
    JET_ERR err = JET_errSuccess;
    if (!lazy && instance.log) err = instance.log->flush(lsn);
    // The commit stands whatever happens to the checkpoint: a checkpoint left behind only means
    // more to replay, and the next roll tries again.
    if (err >= 0) checkpointIfRolled(instance);
    return err;
}

JET_ERR rollbackTransaction(Session& session, JET_GRBIT grbit) {
    if ((grbit & ~kRollbackGrbits) != 0) return JET_errInvalidGrbit;
    if (session.level == 0) return JET_errNotInTransaction;
    if (!session.callerOwnsTransaction()) return JET_errSessionSharingViolation;
    do {
        rollbackOneLevel(session);
    } while ((grbit & JET_bitRollbackAll) != 0 && session.level > 0);
    return JET_errSuccess;
}

JET_ERR endSession(Session& session) {
    if (session.context != kNoContext) return JET_errSessionInUse;
    // Lock the session against JetSetSessionContext for the rest of its life.
    session.context = kEndingContext;
    session.contextThread = util::currentThreadToken();
    if (session.level > 0) {
        // A transaction begun under a context may be ended by whoever ends the session; one
        // begun by a thread without a context only by that thread.
        if (session.ownerIsContext) session.owner = kEndingContext;
        const JET_ERR err = rollbackTransaction(session, JET_bitRollbackAll);
        if (err < 0) {
            session.context = kNoContext;
            session.contextThread = 0;
            return err;
        }
    }
    Instance& instance = *session.instance;
    for (const auto& component : instance.components) component->beforeEndSession(session);
    Registry::get().removeSession(session.handle);
    std::lock_guard<std::mutex> lock(instance.mutex);
    auto& sessions = instance.sessions;
    sessions.erase(std::remove_if(sessions.begin(), sessions.end(),
                                  [&](const std::shared_ptr<Session>& s) { return s.get() == &session; }),
                   sessions.end());
    return JET_errSuccess;
}

}  // namespace esent::core
