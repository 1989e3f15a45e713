#include "instance.h"

#include <algorithm>

#include "session.h"

namespace esent::core {

JET_ERR Instance::enterCall() {
    std::lock_guard<std::mutex> lock(mutex);
    switch (state) {
        case InstanceState::Running: ++activeCalls; return JET_errSuccess;
        case InstanceState::Terminating: return JET_errTermInProgress;
        case InstanceState::Initializing: return JET_errInitInProgress;
        case InstanceState::Created: break;
    }
    return JET_errNotInitialized;
}

void Instance::leaveCall() {
    std::lock_guard<std::mutex> lock(mutex);
    if (--activeCalls == 0) idle.notify_all();
}

JET_ERR Instance::advanceCheckpoint() {
    if (!log) return JET_errSuccess;
    log::Lsn bound = log->endLsn();
    {
        std::lock_guard<std::mutex> lock(mutex);
        for (const auto& session : sessions) {
            if (session) bound = std::min(bound, session->begin0Lsn.load());
        }
    }
    for (const auto& component : components) bound = std::min(bound, component->oldestLsnNeeded());
    return log->writeCheckpoint(bound, counters.encode());
}

}  // namespace esent::core
