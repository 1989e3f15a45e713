// The transactions of VersionStore::withTransaction: ESENT runs a level-0 update or DDL in a
// transaction of its own, exactly like one the application began.
#include "../../core/transactions.h"
#include "version_store.h"

namespace esent::data {

JET_ERR beginInternalTransaction(core::Session& session) { return core::beginTransaction(session, 0); }

JET_ERR commitInternalTransaction(core::Session& session, bool lazy) {
    return core::commitTransaction(session, lazy ? JET_bitCommitLazyFlush : 0);
}

void rollbackInternalTransaction(core::Session& session) {
    if (session.level > 0) core::rollbackTransaction(session, 0);
}

}  // namespace esent::data
