// JetBeginTransaction(2), JetCommitTransaction, JetRollback.
#include <esent.h>

#include "../core/transactions.h"
#include "api_guard.h"

using esent::api::guarded;
using esent::api::SessionCall;

extern "C" {

JET_ERR JET_API JetBeginTransaction(JET_SESID sesid) {
    return guarded([&] {
        SessionCall call(sesid);
        if (call.status() < 0) return call.status();
        return esent::core::beginTransaction(call.session(), 0);
    });
}

JET_ERR JET_API JetBeginTransaction2(JET_SESID sesid, JET_GRBIT grbit) {
    return guarded([&] {
        SessionCall call(sesid);
        if (call.status() < 0) return call.status();
        return esent::core::beginTransaction(call.session(), grbit);
    });
}

JET_ERR JET_API JetCommitTransaction(JET_SESID sesid, JET_GRBIT grbit) {
    return guarded([&] {
        SessionCall call(sesid);
        if (call.status() < 0) return call.status();
        return esent::core::commitTransaction(call.session(), grbit);
    });
}

JET_ERR JET_API JetRollback(JET_SESID sesid, JET_GRBIT grbit) {
    return guarded([&] {
        SessionCall call(sesid);
        if (call.status() < 0) return call.status();
        return esent::core::rollbackTransaction(call.session(), grbit);
    });
}

}  // extern "C"
