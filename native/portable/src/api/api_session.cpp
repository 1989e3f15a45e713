// JetBeginSession (A and W), JetDupSession, JetEndSession, JetGetVersion,
// JetSetSessionContext, JetResetSessionContext.
#include <esent.h>

#include "../core/registry.h"
#include "../core/transactions.h"
#include "../util/thread_token.h"
#include "api_guard.h"

using esent::api::guarded;
using esent::api::SessionCall;
namespace core = esent::core;

namespace {

// ESENT's version layout: image major (4 bits), image minor (4), build (16), service pack (8).
// The portable engine reports itself as Windows 10's ESENT (10.0, build 19041).
constexpr unsigned long kVersion = (10ul << 28) | (0ul << 24) | (19041ul << 8) | 0ul;

// Adds a session to a running instance the caller has entered. JET_errOutOfSessions counts every
// session of the instance, duplicated ones included.
JET_ERR addSession(const std::shared_ptr<core::Instance>& instance, JET_SESID* psesid) {
    core::Registry& registry = core::Registry::get();
    JET_API_PTR maxSessions;
    JET_GRBIT commitDefault;
    {
        std::lock_guard<std::mutex> lock(registry.mutex);
        maxSessions = instance->params.number(JET_paramMaxSessions);
        commitDefault = static_cast<JET_GRBIT>(instance->params.number(JET_paramCommitDefault));
    }
    {
        std::lock_guard<std::mutex> lock(instance->mutex);
        if (instance->sessions.size() >= maxSessions) return JET_errOutOfSessions;
        // Reserve the slot so two concurrent begins cannot both take the last one.
        instance->sessions.push_back(nullptr);
    }
    const std::shared_ptr<core::Session> session = registry.addSession(instance, commitDefault);
    {
        std::lock_guard<std::mutex> lock(instance->mutex);
        for (auto& slot : instance->sessions) {
            if (!slot) {
                slot = session;
                break;
            }
        }
    }
    *psesid = session->handle;
    return JET_errSuccess;
}

JET_ERR beginSession(JET_INSTANCE handle, JET_SESID* psesid) {
    std::shared_ptr<core::Instance> instance;
    JET_ERR err = esent::api::resolveInstance(handle, &instance);
    if (err < 0) return err;
    if (psesid == nullptr) return JET_errInvalidParameter;
    *psesid = JET_sesidNil;
    err = instance->enterCall();
    if (err < 0) return err;
    err = addSession(instance, psesid);
    instance->leaveCall();
    return err;
}

}  // namespace

extern "C" {

JET_ERR JET_API JetBeginSessionA(JET_INSTANCE instance, JET_SESID* psesid, JET_PCSTR, JET_PCSTR) {
    return guarded([&] { return beginSession(instance, psesid); });
}

JET_ERR JET_API JetBeginSessionW(JET_INSTANCE instance, JET_SESID* psesid, JET_PCWSTR, JET_PCWSTR) {
    return guarded([&] { return beginSession(instance, psesid); });
}

JET_ERR JET_API JetDupSession(JET_SESID sesid, JET_SESID* psesid) {
    return guarded([&] {
        SessionCall call(sesid);
        if (call.status() < 0) return call.status();
        if (psesid == nullptr) return JET_ERR(JET_errInvalidParameter);
        *psesid = JET_sesidNil;
        return addSession(call.session().instance, psesid);
    });
}

JET_ERR JET_API JetEndSession(JET_SESID sesid, JET_GRBIT) {
    return guarded([&] {
        SessionCall call(sesid);
        if (call.status() < 0) return call.status();
        return core::endSession(call.session());
    });
}

JET_ERR JET_API JetGetVersion(JET_SESID sesid, unsigned long* pwVersion) {
    return guarded([&] {
        SessionCall call(sesid);
        if (call.status() < 0) return call.status();
        if (pwVersion == nullptr) return JET_ERR(JET_errInvalidParameter);
        *pwVersion = kVersion;
        return JET_ERR(JET_errSuccess);
    });
}

JET_ERR JET_API JetSetSessionContext(JET_SESID sesid, JET_API_PTR ulContext) {
    return guarded([&] {
        SessionCall call(sesid);
        if (call.status() < 0) return call.status();
        if (ulContext == core::kNoContext || ulContext == core::kEndingContext) {
            return JET_ERR(JET_errInvalidParameter);
        }
        core::Session& session = call.session();
        if (session.context != core::kNoContext) return JET_ERR(JET_errSessionContextAlreadySet);
        session.context = ulContext;
        session.contextThread = esent::util::currentThreadToken();
        return JET_ERR(JET_errSuccess);
    });
}

JET_ERR JET_API JetResetSessionContext(JET_SESID sesid) {
    return guarded([&] {
        SessionCall call(sesid);
        if (call.status() < 0) return call.status();
        core::Session& session = call.session();
        if (session.context == core::kNoContext ||
            session.contextThread != esent::util::currentThreadToken()) {
            return JET_ERR(JET_errSessionContextNotSetByThisThread);
        }
        session.context = core::kNoContext;
        session.contextThread = 0;
        return JET_ERR(JET_errSuccess);
    });
}

}  // extern "C"
