// How a subsystem (the data store of issue 4, later indexes and temp tables) plugs into every
// instance without the core knowing it: register a factory once per process, and each JetInit
// creates one component per factory and calls it at these points, in this order:
//
//   JetInit:   registerRecordHandlers (before recovery reads the log)
//              afterRecovery          (every record replayed; may append and checkpoint)
//   running:   afterBegin / beforeCommit / commitLevel0 / afterCommit / beforeRollback
//              (transactions.cpp),
//              beforeEndSession (the session's transactions are already rolled back),
//              oldestLsnNeeded (whenever the checkpoint advances)
//   JetTerm:   beforeTerm (clean: no transaction is open; dirty: they are abandoned)
//
// Hooks run on the calling thread of the API call, with no engine lock held; a session's hooks
// never run concurrently for that session.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>

#include <esent.h>

#include "../log/log_types.h"

namespace esent::core {

class Instance;
class Session;

class InstanceComponent {
public:
    virtual ~InstanceComponent() = default;

    virtual void registerRecordHandlers(log::RecordHandlers&) {}
    virtual JET_ERR afterRecovery(const log::RecoveryInfo&) { return JET_errSuccess; }

    // session.level is the new level.
    virtual void afterBegin(Session&) {}
    // session.level is the level being committed; an error fails the commit, level unchanged.
    virtual JET_ERR beforeCommit(Session&) { return JET_errSuccess; }
    // A level-0 commit, called with Instance::commitMutex held, after the commit sequence is
    // taken and before the kCommit0 record is appended: the place to log and publish the
    // transaction's changes, so that they take effect in commit-sequence order and a new
    // snapshot (taken under the same mutex) sees all of them or none. An error fails the commit
    // and the transaction stays open at level 1.
    virtual JET_ERR commitLevel0(Session&, std::uint64_t /*commitSequence*/) { return JET_errSuccess; }
    // session.level is the level committed into; commitSequence is 0 for a nested commit.
    virtual void afterCommit(Session&, std::uint64_t /*commitSequence*/) {}
    // session.level is the level about to be undone. Rollback cannot fail.
    virtual void beforeRollback(Session&) {}
    virtual void beforeEndSession(Session&) {}

    // The oldest LSN recovery would still need for this component (log::kNoLsn: none).
    virtual log::Lsn oldestLsnNeeded() { return log::kNoLsn; }

    virtual void beforeTerm(bool /*dirty*/) {}
};

using ComponentFactory = std::function<std::unique_ptr<InstanceComponent>(Instance&)>;

// Adds a factory for all instances initialised from now on. Call once per process, e.g. from a
// static initialiser of the subsystem.
void registerComponentFactory(ComponentFactory factory);
// Creates the components of one instance (lifecycle.cpp).
std::vector<std::unique_ptr<InstanceComponent>> createComponents(Instance& instance);

}  // namespace esent::core
