#include "api_guard.h"

namespace esent::api {

JET_ERR resolveInstance(JET_INSTANCE handle, std::shared_ptr<core::Instance>* out) {
    core::Registry& registry = core::Registry::get();
    if (handle == 0 || handle == JET_instanceNil) {
        *out = registry.findImplicitInstance();
        return *out ? JET_errSuccess : JET_errInvalidParameter;
    }
    *out = registry.findInstance(handle);
    return *out ? JET_errSuccess : JET_errInvalidInstance;
}

SessionCall::SessionCall(JET_SESID sesid) {
    session_ = core::Registry::get().findSession(sesid);
    if (!session_) {
        status_ = JET_errInvalidSesid;
        return;
    }
    status_ = session_->instance->enterCall();
    if (status_ < 0) return;
    enteredInstance_ = true;
    bool expected = false;
    if (!session_->inCall.compare_exchange_strong(expected, true)) {
        status_ = JET_errSessionSharingViolation;
        return;
    }
    enteredSession_ = true;
}

SessionCall::~SessionCall() {
    if (enteredSession_) session_->inCall.store(false);
    if (enteredInstance_) session_->instance->leaveCall();
}

}  // namespace esent::api
