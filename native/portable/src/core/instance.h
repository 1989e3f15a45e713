// An instance (JET_INSTANCE): its parameters, lifecycle state, sessions and log.
//
// Lifecycle: Created (JetCreateInstance) -> Running (JetInit) -> gone (JetTerm). Initializing
// and Terminating are the moments in between; a failed JetInit frees the instance, as ESENT does.
// Every session call holds the instance "busy" (enterCall/leaveCall) so that JetTerm can wait
// for calls in flight and then knows no session is inside the engine.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include <esent.h>

#include "../log/write_ahead_log.h"
#include "instance_component.h"
#include "system_params.h"
#include "transaction_counters.h"

namespace esent::core {

class Session;

enum class InstanceState { Created, Initializing, Running, Terminating };

// What recovery found at JetInit, kept for diagnostics and tests.
struct RecoverySummary {
    bool ran = false;  // false when JET_paramRecovery is "off"
    log::RecoveryInfo log;
    std::uint64_t committedTransactions = 0;   // level-0 commits replayed
    std::uint64_t abandonedTransactions = 0;   // begun, never committed: rolled back by recovery
};

class Instance {
public:
    Instance(JET_INSTANCE handle, bool named, std::string name, std::string displayName,
             const ParamTable& defaults)
        : handle(handle), named(named), name(std::move(name)), displayName(std::move(displayName)),
          params(defaults) {}

    const JET_INSTANCE handle;
    const bool named;               // two unnamed instances collide like two equal names
    const std::string name;         // UTF-8
    const std::string displayName;
    bool implicit = false;          // allocated by JetInit without JetCreateInstance (set once)
    JET_GRBIT initGrbit = 0;        // the grbit of the JetInit2/3 that started this run

    // Guarded by Registry::mutex (parameters are read and written under it).
    ParamTable params;
    // Resolved at JetInit; guarded by Registry::mutex.
    std::string systemFolder;
    std::string logFolder;
    std::string tempPath;
    bool logging = false;

    // Guarded by mutex.
    std::mutex mutex;
    std::condition_variable idle;
    InstanceState state = InstanceState::Created;
    int activeCalls = 0;
    std::vector<std::shared_ptr<Session>> sessions;

    // Set during JetInit, before state becomes Running; cleared only after Terminating waited
    // for every call to leave. Null when logging is off.
    std::unique_ptr<log::WriteAheadLog> log;
    RecoverySummary recovery;
    // Subsystems plugged into this instance (instance_component.h); fixed from JetInit to JetTerm.
    std::vector<std::unique_ptr<InstanceComponent>> components;

    TransactionCounters counters;
    // Serialises "take the next commit sequence" with "append the commit record".
    std::mutex commitMutex;
    std::uint64_t checkpointGeneration = 0;  // generation of the last checkpoint (commitMutex)
    // The snapshotSequence of every open level-0 transaction (commitMutex): taken and dropped
    // under the same mutex as commit sequences, so the version store knows which committed
    // versions a snapshot may still read.
    std::multiset<std::uint64_t> openSnapshots;

    // The component of type T plugged into this instance, or nullptr.
    template <typename T>
    T* component() const {
        for (const auto& candidate : components) {
            if (auto* found = dynamic_cast<T*>(candidate.get())) return found;
        }
        return nullptr;
    }

    // Marks a session call in progress. Fails with JET_errTermInProgress while terminating and
    // JET_errNotInitialized before JetInit.
    JET_ERR enterCall();
    void leaveCall();

    // Moves the checkpoint up to the oldest LSN still needed: the oldest open transaction's
    // begin, or what a component still needs, or else the end of the log. Called after a
    // generation roll and at JET_bitForceNewLog.
    JET_ERR advanceCheckpoint();
};

}  // namespace esent::core
