// JetSetSystemParameter, JetGetSystemParameter (A and W).
#include <esent.h>

#include <cstring>
#include <string>

#include "../core/registry.h"
#include "../core/system_params.h"
#include "../core/transactions.h"
#include "../util/utf.h"
#include "api_guard.h"
#include "error_text.h"

using esent::api::guarded;
namespace core = esent::core;

namespace {

// Which table a call addresses, as ESENT decides: a session's instance, else the instance
// handle's, else the process-wide table.
struct Target {
    std::shared_ptr<core::Instance> instance;  // null: the process-wide table
    std::shared_ptr<core::Session> session;
};

JET_ERR resolveTarget(JET_INSTANCE instanceHandle, JET_SESID sesid, Target* target) {
    core::Registry& registry = core::Registry::get();
    if (sesid != 0 && sesid != JET_sesidNil) {
        target->session = registry.findSession(sesid);
        if (!target->session) return JET_errInvalidSesid;
        target->instance = target->session->instance;
        return JET_errSuccess;
    }
    if (instanceHandle != 0 && instanceHandle != JET_instanceNil) {
        target->instance = registry.findInstance(instanceHandle);
        if (!target->instance) return JET_errInvalidInstance;
    }
    return JET_errSuccess;
}

JET_ERR setParam(JET_INSTANCE* pinstance, JET_SESID sesid, unsigned long paramid, JET_API_PTR lParam,
                 const std::string* text) {
    const core::ParamDef* def = core::findParam(paramid);
    if (def == nullptr) return JET_errInvalidParameter;
    Target target;
    JET_ERR err = resolveTarget(pinstance ? *pinstance : 0, sesid, &target);
    if (err < 0) return err;

    if (def->id == JET_paramCommitDefault) {
        if ((lParam & ~JET_API_PTR(core::kCommitGrbits)) != 0) return JET_errInvalidParameter;
        // With a session, ESENT sets that session's default only.
        if (target.session) {
            target.session->commitDefault.store(static_cast<JET_GRBIT>(lParam));
            return JET_errSuccess;
        }
    }

    core::Registry& registry = core::Registry::get();
    std::lock_guard<std::mutex> registryLock(registry.mutex);
    const bool anyInstance = registry.anyInstanceExistsLocked();
    const bool globalTable = !target.instance || def->global;
    core::ParamTable& table = globalTable ? registry.globals : target.instance->params;
    // As ESE: with JET_paramEnableAdvanced off in the table addressed, an advanced parameter is
    // ignored, and the call still succeeds (before any range or timing check).
    if (core::isAdvancedParam(def->id) && table.number(JET_paramEnableAdvanced) == 0) {
        return JET_errSuccess;
    }
    bool runs = false;
    if (!globalTable) {
        core::Instance& instance = *target.instance;
        std::lock_guard<std::mutex> lock(instance.mutex);
        if (instance.state == core::InstanceState::Terminating) return JET_errTermInProgress;
        runs = instance.state != core::InstanceState::Created;
    }
    if (def->id == JET_paramConfiguration) {
        // The page size in force converts the byte-sized settings of some configuration sets.
        const std::uint64_t pageSize = registry.globals.number(JET_paramDatabasePageSize);
        return table.setConfiguration(lParam, globalTable, anyInstance, runs, pageSize);
    }
    return table.set(*def, lParam, text, anyInstance, runs);
}

// Copies `text` into the caller's buffer of `cbMax` bytes, NUL-terminated, truncating with
// JET_errBufferTooSmall as ESENT does.
template <typename Unit, typename Text>
JET_ERR copyOut(const Text& text, Unit* buffer, unsigned long cbMax) {
    const std::size_t capacity = cbMax / sizeof(Unit);
    if (buffer == nullptr || capacity == 0) return JET_errInvalidParameter;
    const std::size_t fits = text.size() < capacity ? text.size() : capacity - 1;
    for (std::size_t i = 0; i < fits; ++i) buffer[i] = static_cast<Unit>(text[i]);
    buffer[fits] = 0;
    return fits < text.size() ? JET_errBufferTooSmall : JET_errSuccess;
}

// Reads a parameter as UTF-8 text or a number; `wantsText` tells the caller which it got.
JET_ERR getParam(JET_INSTANCE instanceHandle, JET_SESID sesid, unsigned long paramid,
                 JET_API_PTR* plParam, std::string* text, bool* isText) {
    const core::ParamDef* def = core::findParam(paramid);
    if (def == nullptr) return JET_errInvalidParameter;
    Target target;
    JET_ERR err = resolveTarget(instanceHandle, sesid, &target);
    if (err < 0) return err;
    *isText = false;

    if (def->kind == core::ParamKind::ErrorToString) {
        if (plParam == nullptr) return JET_errInvalidParameter;
        // On Windows JET_ERR is 32 bits: the code is the low half of the in-out value.
        const JET_ERR code = static_cast<JET_ERR>(static_cast<std::int32_t>(*plParam & 0xFFFFFFFFu));
        *text = esent::api::errorToString(code);
        *isText = true;
        return JET_errSuccess;
    }
    if (def->id == JET_paramCommitDefault && target.session) {
        if (plParam == nullptr) return JET_errInvalidParameter;
        *plParam = target.session->commitDefault.load();
        return JET_errSuccess;
    }
    if (def->id == JET_paramTransactionLevel) {
        if (plParam == nullptr || !target.session) return JET_errInvalidParameter;
        esent::api::SessionCall call(target.session->handle);
        if (call.status() < 0) return call.status();
        *plParam = static_cast<JET_API_PTR>(call.session().level);
        return JET_errSuccess;
    }

    core::Registry& registry = core::Registry::get();
    std::lock_guard<std::mutex> registryLock(registry.mutex);
    const core::ParamTable& table =
        (!target.instance || def->global) ? registry.globals : target.instance->params;
    const core::ParamValue& value = table.get(paramid);
    if (core::isTextKind(def->kind) || (def->kind == core::ParamKind::Unmodelled && plParam == nullptr)) {
        *text = value.text;
        *isText = true;
        if (def->kind == core::ParamKind::Unmodelled && plParam != nullptr) *plParam = value.number;
        return JET_errSuccess;
    }
    if (plParam == nullptr) return JET_errInvalidParameter;
    *plParam = value.number;
    return JET_errSuccess;
}

}  // namespace

extern "C" {

JET_ERR JET_API JetSetSystemParameterA(JET_INSTANCE* pinstance, JET_SESID sesid, unsigned long paramid,
                                       JET_API_PTR lParam, JET_PCSTR szParam) {
    return guarded([&] {
        const std::string text = szParam ? szParam : "";
        return setParam(pinstance, sesid, paramid, lParam, szParam ? &text : nullptr);
    });
}

JET_ERR JET_API JetSetSystemParameterW(JET_INSTANCE* pinstance, JET_SESID sesid, unsigned long paramid,
                                       JET_API_PTR lParam, JET_PCWSTR szParam) {
    return guarded([&] {
        const std::string text = esent::util::wideToUtf8(szParam);
        return setParam(pinstance, sesid, paramid, lParam, szParam ? &text : nullptr);
    });
}

JET_ERR JET_API JetGetSystemParameterA(JET_INSTANCE instance, JET_SESID sesid, unsigned long paramid,
                                       JET_API_PTR* plParam, JET_PSTR szParam, unsigned long cbMax) {
    return guarded([&] {
        std::string text;
        bool isText = false;
        const JET_ERR err = getParam(instance, sesid, paramid, plParam, &text, &isText);
        if (err < 0 || !isText) return err;
        return copyOut(text, szParam, cbMax);
    });
}

JET_ERR JET_API JetGetSystemParameterW(JET_INSTANCE instance, JET_SESID sesid, unsigned long paramid,
                                       JET_API_PTR* plParam, JET_PWSTR szParam, unsigned long cbMax) {
    return guarded([&] {
        std::string text;
        bool isText = false;
        const JET_ERR err = getParam(instance, sesid, paramid, plParam, &text, &isText);
        if (err < 0 || !isText) return err;
        return copyOut(esent::util::utf8ToUtf16(text), szParam, cbMax);
    });
}

}  // extern "C"
