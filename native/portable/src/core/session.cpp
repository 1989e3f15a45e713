#include "session.h"

#include "../util/thread_token.h"

namespace esent::core {

bool Session::callerOwnsTransaction() const {
    const std::uint64_t caller = util::currentThreadToken();
    if (ownerIsContext) return owner == context && contextThread == caller;
    return owner == static_cast<JET_API_PTR>(caller);
}

void Session::takeTransactionOwnership() {
    if (context == kNoContext) {
        ownerIsContext = false;
        owner = static_cast<JET_API_PTR>(util::currentThreadToken());
    } else {
        ownerIsContext = true;
        owner = context;
    }
}

}  // namespace esent::core
