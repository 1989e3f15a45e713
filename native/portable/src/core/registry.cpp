#include "registry.h"

namespace esent::core {

Registry& Registry::get() {
    // Never destroyed: handles may be used from threads that outlive static destruction.
    static Registry* registry = new Registry();
    return *registry;
}

std::shared_ptr<Instance> Registry::findInstance(JET_INSTANCE handle) {
    std::lock_guard<std::mutex> lock(mutex);
    const auto it = instances_.find(handle);
    return it == instances_.end() ? nullptr : it->second;
}

std::shared_ptr<Session> Registry::findSession(JET_SESID handle) {
    std::lock_guard<std::mutex> lock(mutex);
    const auto it = sessions_.find(handle);
    return it == sessions_.end() ? nullptr : it->second;
}

std::shared_ptr<Instance> Registry::findImplicitInstance() {
    std::lock_guard<std::mutex> lock(mutex);
    for (auto& entry : instances_) {
        if (entry.second->implicit) return entry.second;
    }
    return nullptr;
}

Registry::Mode Registry::modeLocked() const {
    if (instances_.empty()) return Mode::None;
    for (const auto& entry : instances_) {
        if (entry.second->implicit) return Mode::SingleInstance;
    }
    return Mode::MultiInstance;
}

JET_ERR Registry::createInstance(const char* name, const char* displayName, bool byInit,
                                 std::shared_ptr<Instance>* out) {
    std::lock_guard<std::mutex> lock(mutex);
    const Mode mode = modeLocked();
    if (mode == Mode::SingleInstance) {
        return byInit ? JET_errAlreadyInitialized : JET_errRunningInOneInstanceMode;
    }
    const bool implicit = byInit && mode == Mode::None;
    if (instances_.size() >= globals.number(JET_paramMaxInstances)) return JET_errTooManyInstances;
    for (auto& entry : instances_) {
        const Instance& other = *entry.second;
        if (name == nullptr ? !other.named : (other.named && other.name == name)) {
            return JET_errInstanceNameInUse;
        }
    }
    const JET_INSTANCE handle = nextInstance_++;
    auto instance = std::make_shared<Instance>(handle, name != nullptr, name ? name : "",
                                               displayName ? displayName : (name ? name : ""), globals);
    instance->implicit = implicit;
    instances_.emplace(handle, instance);
    *out = std::move(instance);
    return JET_errSuccess;
}

void Registry::removeInstance(JET_INSTANCE handle) {
    std::lock_guard<std::mutex> lock(mutex);
    instances_.erase(handle);
}

std::shared_ptr<Session> Registry::addSession(const std::shared_ptr<Instance>& instance,
                                              JET_GRBIT commitDefault) {
    std::lock_guard<std::mutex> lock(mutex);
    const JET_SESID handle = nextSession_++;
    auto session = std::make_shared<Session>(handle, instance, commitDefault);
    sessions_.emplace(handle, session);
    return session;
}

void Registry::removeSession(JET_SESID handle) {
    std::lock_guard<std::mutex> lock(mutex);
    sessions_.erase(handle);
}

}  // namespace esent::core
