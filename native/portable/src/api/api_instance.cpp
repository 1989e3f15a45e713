// JetCreateInstance(2), JetInit(2,3), JetTerm(2).
#include <esent.h>

#include <string>

#include "../core/lifecycle.h"
#include "../core/registry.h"
#include "../util/utf.h"
#include "api_guard.h"

using esent::api::guarded;
using esent::api::resolveInstance;
namespace core = esent::core;

namespace {

// `name` and `displayName` are UTF-8, or nullptr when the caller passed none.
JET_ERR createInstance(JET_INSTANCE* pinstance, const char* name, const char* displayName) {
    if (pinstance == nullptr) return JET_errInvalidParameter;
    *pinstance = JET_instanceNil;
    std::shared_ptr<core::Instance> instance;
    const JET_ERR err = core::Registry::get().createInstance(name, displayName, false, &instance);
    if (err < 0) return err;
    *pinstance = instance->handle;
    return JET_errSuccess;
}

JET_ERR createInstanceW(JET_INSTANCE* pinstance, JET_PCWSTR name, JET_PCWSTR displayName) {
    const std::string utf8Name = esent::util::wideToUtf8(name);
    const std::string utf8Display = esent::util::wideToUtf8(displayName);
    return createInstance(pinstance, name ? utf8Name.c_str() : nullptr,
                          displayName ? utf8Display.c_str() : nullptr);
}

JET_ERR init(JET_INSTANCE* pinstance, JET_GRBIT grbit) {
    std::shared_ptr<core::Instance> instance;
    const bool allocate = pinstance == nullptr || *pinstance == 0 || *pinstance == JET_instanceNil;
    if (allocate) {
        if (pinstance != nullptr) *pinstance = JET_instanceNil;
        core::Registry& registry = core::Registry::get();
        if (pinstance == nullptr) {
            // Without somewhere to return the handle, only single-instance style works.
            std::lock_guard<std::mutex> lock(registry.mutex);
            if (registry.modeLocked() == core::Registry::Mode::MultiInstance) {
                return JET_errRunningInMultiInstanceMode;
            }
        }
        JET_ERR err = registry.createInstance(nullptr, nullptr, true, &instance);
        if (err < 0) return err;
    } else {
        const JET_ERR err = resolveInstance(*pinstance, &instance);
        if (err < 0) return err;
    }
    const JET_ERR err = core::initInstance(instance, grbit);
    if (err < 0) {
        // ESENT frees an instance whose JetInit failed, unless it was already running.
        if (err != JET_errAlreadyInitialized && pinstance != nullptr) *pinstance = 0;
        return err;
    }
    if (allocate && pinstance != nullptr) *pinstance = instance->handle;
    return err;
}

template <typename RstInfo>
JET_ERR init3(JET_INSTANCE* pinstance, RstInfo* rstInfo, JET_GRBIT grbit) {
    // A restore map only matters for recovering moved databases, which come with issue 4.
    if (rstInfo != nullptr && rstInfo->cbStruct != sizeof(RstInfo)) return JET_errInvalidParameter;
    return init(pinstance, grbit);
}

JET_ERR term(JET_INSTANCE handle, JET_GRBIT grbit) {
    std::shared_ptr<core::Instance> instance;
    const JET_ERR err = resolveInstance(handle, &instance);
    if (err < 0) return err;
    return core::termInstance(instance, grbit);
}

}  // namespace

extern "C" {

JET_ERR JET_API JetCreateInstanceA(JET_INSTANCE* pinstance, JET_PCSTR szInstanceName) {
    return guarded([&] { return createInstance(pinstance, szInstanceName, nullptr); });
}

JET_ERR JET_API JetCreateInstanceW(JET_INSTANCE* pinstance, JET_PCWSTR szInstanceName) {
    return guarded([&] { return createInstanceW(pinstance, szInstanceName, nullptr); });
}

JET_ERR JET_API JetCreateInstance2A(JET_INSTANCE* pinstance, JET_PCSTR szInstanceName,
                                    JET_PCSTR szDisplayName, JET_GRBIT) {
    return guarded([&] { return createInstance(pinstance, szInstanceName, szDisplayName); });
}

JET_ERR JET_API JetCreateInstance2W(JET_INSTANCE* pinstance, JET_PCWSTR szInstanceName,
                                    JET_PCWSTR szDisplayName, JET_GRBIT) {
    return guarded([&] { return createInstanceW(pinstance, szInstanceName, szDisplayName); });
}

JET_ERR JET_API JetInit(JET_INSTANCE* pinstance) {
    return guarded([&] { return init(pinstance, 0); });
}

JET_ERR JET_API JetInit2(JET_INSTANCE* pinstance, JET_GRBIT grbit) {
    return guarded([&] { return init(pinstance, grbit); });
}

JET_ERR JET_API JetInit3A(JET_INSTANCE* pinstance, JET_RSTINFO_A* prstInfo, JET_GRBIT grbit) {
    return guarded([&] { return init3(pinstance, prstInfo, grbit); });
}

JET_ERR JET_API JetInit3W(JET_INSTANCE* pinstance, JET_RSTINFO_W* prstInfo, JET_GRBIT grbit) {
    return guarded([&] { return init3(pinstance, prstInfo, grbit); });
}

JET_ERR JET_API JetTerm(JET_INSTANCE instance) {
    // JetTerm is JetTerm2 with JET_bitTermAbrupt, as in ESENT.
    return guarded([&] { return term(instance, JET_bitTermAbrupt); });
}

JET_ERR JET_API JetTerm2(JET_INSTANCE instance, JET_GRBIT grbit) {
    return guarded([&] { return term(instance, grbit); });
}

}  // extern "C"
