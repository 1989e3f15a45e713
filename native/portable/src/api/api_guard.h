// The checks every entry point starts with: handle lookups through the registry, entering a
// session (one API call at a time), and turning C++ exceptions into JET errors so that nothing
// ever unwinds through the C API.
#pragma once

#include <memory>
#include <new>

#include <esent.h>

#include "../core/instance.h"
#include "../core/registry.h"
#include "../core/session.h"

namespace esent::api {

// Finds an instance by handle. 0 and JET_instanceNil name the instance JetInit allocated
// without JetCreateInstance, if there is one (ESENT's single-instance style), else they are
// JET_errInvalidParameter; any other unknown value is JET_errInvalidInstance.
JET_ERR resolveInstance(JET_INSTANCE handle, std::shared_ptr<core::Instance>* out);

// Enters a session for the duration of one API call, in ESENT's order of checks:
// JET_errInvalidSesid, then JET_errTermInProgress / JET_errNotInitialized, then
// JET_errSessionSharingViolation when another call on the session is in progress.
class SessionCall {
public:
    explicit SessionCall(JET_SESID sesid);
    ~SessionCall();
    SessionCall(const SessionCall&) = delete;
    SessionCall& operator=(const SessionCall&) = delete;

    JET_ERR status() const { return status_; }
    core::Session& session() { return *session_; }

private:
    std::shared_ptr<core::Session> session_;
    JET_ERR status_ = JET_errSuccess;
    bool enteredInstance_ = false;
    bool enteredSession_ = false;
};

// Runs `body` (returning JET_ERR) and maps escaping exceptions to JET errors.
template <typename Body>
JET_ERR guarded(Body body) noexcept {
    try {
        return body();
    } catch (const std::bad_alloc&) {
        return JET_errOutOfMemory;
    } catch (...) {
        return JET_errInternalError;
    }
}

}  // namespace esent::api
