// The version store's life with its instance: creation, lookup from a session, per-session
// clean-up, and the diagnostics tests read. The rest is split by idea: version_reads.cpp,
// version_writes.cpp, version_commit.cpp, version_recovery.cpp, version_records.cpp.
#include "version_store.h"

#include "../../core/instance.h"
#include "version_state.h"

namespace esent::data {

VersionStore::VersionStore(core::Instance& instance) : instance_(instance), state_(std::make_unique<State>()) {}

VersionStore::~VersionStore() = default;

VersionStore* VersionStore::of(core::Session& session) {
    return session.instance->component<VersionStore>();
}

void VersionStore::afterBegin(core::Session& session) {
    // A transaction that ended by rollback leaves versions its snapshot held back.
    if (session.level == 1) collectGarbage();
}

void VersionStore::beforeEndSession(core::Session& session) {
    // Its transactions are rolled back already.
    std::lock_guard<std::mutex> lock(state_->mutex);
    state_->sessions.erase(session.handle);
}

void VersionStore::beforeTerm(bool) {
    // Clean: no transaction is open. Dirty: open ones are abandoned, as a crash would.
    std::lock_guard<std::mutex> commit(instance_.commitMutex);
    std::lock_guard<std::mutex> lock(state_->mutex);
    state_->history.clear();
    state_->sessions.clear();
    state_->databases.clear();
}

VersionStore::Stats VersionStore::stats() {
    Stats stats;
    std::lock_guard<std::mutex> commit(instance_.commitMutex);
    stats.recordsLogged = state_->recordsLogged;
    stats.recordsReplayed = recordsReplayed_;
    std::lock_guard<std::mutex> lock(state_->mutex);
    for (auto& [db, versions] : state_->databases) {
        std::lock_guard<std::mutex> keys(versions->mutex);
        stats.trackedKeys += versions->keys.size();
        for (const auto& entry : versions->keys) stats.versions += entry.second.history.size();
    }
    return stats;
}

void VersionStore::setRecordBytesLimit(std::size_t bytes) {
    std::lock_guard<std::mutex> commit(instance_.commitMutex);
    recordBytesLimit_ = bytes;
}

}  // namespace esent::data
