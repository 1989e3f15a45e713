#include "session_engine.h"

namespace esent {

void EndSessionForCleanup(JET_SESID engine) noexcept {
  // Errors are expected here (no context set, nothing to roll back) and there is nobody to tell.
  JetResetSessionContext(engine);
  if (JetEndSession(engine, 0) >= 0) return;
  JetRollback(engine, kRollbackAll);
  JetEndSession(engine, 0);
}

}  // namespace esent
