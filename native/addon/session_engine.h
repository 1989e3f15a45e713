// Engine-side steps on sessions that do not involve JS (usable from cleanup hooks).
#ifndef ESENT_ADDON_SESSION_ENGINE_H
#define ESENT_ADDON_SESSION_ENGINE_H

#include "jet_api.h"

namespace esent {

// JetRollback's JET_bitRollbackAll, spelled here because mingw's esent.h may lack the macro.
constexpr JET_GRBIT kRollbackAll = 0x00000001;

// Ends a session whose owner is going away, whatever state it is in: clears a session context
// this thread set (JetEndSession refuses while one is set), rolls back every level if the plain
// end is refused, and never throws.
void EndSessionForCleanup(JET_SESID engine) noexcept;

}  // namespace esent

#endif
