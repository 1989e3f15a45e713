// The process-wide tables of live instances and sessions. A JET handle is a key in these
// tables, never a pointer: a made-up, ended or terminated handle is simply not found, so the
// engine never dereferences a value it did not hand out. Handles are never reused.
//
// Lock order: Registry::mutex before Instance::mutex, never the other way round.
#pragma once

#include <memory>
#include <mutex>
#include <unordered_map>

#include <esent.h>

#include "instance.h"
#include "session.h"
#include "system_params.h"

namespace esent::core {

class Registry {
public:
    static Registry& get();

    std::mutex mutex;
    ParamTable globals;  // global parameters and the defaults new instances copy (under mutex)

    // All lookups return nullptr for an unknown handle.
    std::shared_ptr<Instance> findInstance(JET_INSTANCE handle);
    std::shared_ptr<Session> findSession(JET_SESID handle);
    // The instance JetInit allocated without JetCreateInstance, for the 0 / JET_instanceNil
    // handle of ESENT's single-instance style.
    std::shared_ptr<Instance> findImplicitInstance();

    // ESENT's run mode: none while no instance exists; single-instance once JetInit allocated one
    // itself; multi-instance once JetCreateInstance made one. It resets when the last goes.
    enum class Mode { None, SingleInstance, MultiInstance };
    Mode modeLocked() const;

    // JET_errInstanceNameInUse, JET_errTooManyInstances, and JET_errRunningInOneInstanceMode
    // (JetCreateInstance) against the run mode. `byInit`: JetInit allocates the instance itself;
    // with no instance around that starts single-instance mode (the instance is `implicit`).
    JET_ERR createInstance(const char* name, const char* displayName, bool byInit,
                           std::shared_ptr<Instance>* out);
    void removeInstance(JET_INSTANCE handle);
    void removeInstanceLocked(JET_INSTANCE handle) { instances_.erase(handle); }

    std::shared_ptr<Session> addSession(const std::shared_ptr<Instance>& instance, JET_GRBIT commitDefault);
    void removeSession(JET_SESID handle);

    // Caller holds mutex.
    bool anyInstanceExistsLocked() const { return !instances_.empty(); }
    template <typename Visit>
    void forEachInstanceLocked(Visit visit) {
        for (auto& entry : instances_) visit(*entry.second);
    }

private:
    Registry() = default;
    std::unordered_map<JET_INSTANCE, std::shared_ptr<Instance>> instances_;
    std::unordered_map<JET_SESID, std::shared_ptr<Session>> sessions_;
    // Distinct ranges make a session handle passed as an instance (or the reverse) unknown.
    JET_INSTANCE nextInstance_ = 0x10000;
    JET_SESID nextSession_ = 0x40000000;
};

}  // namespace esent::core
