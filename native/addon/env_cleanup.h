// When a JS environment ends (a worker exits or is terminated, or the main thread exits), the
// sessions it owns are ended so their transactions roll back and the instance can terminate.
#ifndef ESENT_ADDON_ENV_CLEANUP_H
#define ESENT_ADDON_ENV_CLEANUP_H

#include <napi.h>

#include "handle_registry.h"

namespace esent {

void RegisterEnvCleanup(Napi::Env env, EnvId envId);

}  // namespace esent

#endif
