// JetBeginTransaction, JetCommitTransaction and JetRollback on a session, with ESENT's rules:
// at most 7 levels, nested calls only from the transaction's owner (thread or context), commit
// and rollback at level 0 refused, and the level-0 commit written to the log (and, unless lazy,
// flushed) before it returns.
//
// The callers (api/) have already validated the handle and entered the session (SessionCall).
#pragma once

#include <esent.h>

#include "session.h"

namespace esent::core {

// The grbits JetCommitTransaction knows (and JET_paramCommitDefault accepts).
constexpr JET_GRBIT kCommitGrbits = JET_bitCommitLazyFlush | JET_bitWaitLastLevel0Commit |
                                    JET_bitWaitAllLevel0Commit | JET_bitForceNewLog |
                                    JET_bitCommitRedoCallback;

JET_ERR beginTransaction(Session& session, JET_GRBIT grbit);
JET_ERR commitTransaction(Session& session, JET_GRBIT grbit);
JET_ERR rollbackTransaction(Session& session, JET_GRBIT grbit);

// JetEndSession: refuses while a context is set, rolls back every level, then forgets the
// session. On failure the session stays usable.
JET_ERR endSession(Session& session);

}  // namespace esent::core
