// A session (JET_SESID): ESENT's unit of transactions. Its fields are touched only by the one
// thread inside an API call on it (SessionCall in api/api_guard.h guarantees there is one), or by
// JetTerm after every call on the instance has left.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>

#include <esent.h>

#include "../log/log_types.h"

namespace esent::core {

class Instance;

// ESENT allows levels 1 to 7; the 8th nested begin is JET_errTransTooDeep.
constexpr int kMaxTransactionLevel = 7;

// JetSetSessionContext's reserved values: 0 means "none", ~0 marks a session being ended.
constexpr JET_API_PTR kNoContext = 0;
constexpr JET_API_PTR kEndingContext = ~JET_API_PTR(0);

class Session {
public:
    Session(JET_SESID handle, std::shared_ptr<Instance> instance, JET_GRBIT commitDefault)
        : handle(handle), instance(std::move(instance)), commitDefault(commitDefault) {}

    const JET_SESID handle;
    const std::shared_ptr<Instance> instance;

    // One API call at a time (JET_errSessionSharingViolation otherwise).
    std::atomic<bool> inCall{false};

    // JetSetSessionContext: the context value and the thread that set it.
    JET_API_PTR context = kNoContext;
    std::uint64_t contextThread = 0;

    // Transaction state.
    int level = 0;
    bool ownerIsContext = false;   // the level-0 begin happened with a context set
    JET_API_PTR owner = 0;         // that context, or the beginning thread's token
    std::uint64_t trxId = 0;       // unique per instance, assigned at the level-0 begin
    std::uint64_t snapshotSequence = 0;  // last commit sequence visible at the level-0 begin
    bool readOnly = false;         // JET_bitTransactionReadOnly at the level-0 begin
    // LSN of the level-0 begin record; the checkpoint never passes an open transaction's begin.
    std::atomic<log::Lsn> begin0Lsn{log::kNoLsn};
    // LSN of this session's last level-0 commit record (JET_bitWaitLastLevel0Commit).
    log::Lsn lastCommit0Lsn = log::kNoLsn;
    // JET_paramCommitDefault: the instance's value when the session began, or what was set for
    // this session (JetSetSystemParameter with its sesid). Atomic: any thread may set it.
    std::atomic<JET_GRBIT> commitDefault;

    // ESENT's check for nested begin, commit and rollback: the caller must be the thread (or hold
    // the context) that began the level-0 transaction.
    bool callerOwnsTransaction() const;
    // Records the caller as the owner of a new level-0 transaction.
    void takeTransactionOwnership();
};

}  // namespace esent::core
