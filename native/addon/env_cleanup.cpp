#include "env_cleanup.h"

#include "session_engine.h"

namespace esent {

namespace {

// Runs during environment teardown, on the environment's own thread, when JS may no longer run:
// it only talks to the registry and the engine and never throws. The argument is a heap copy of
// the env id rather than the AddonData, whose finalizer may already have run.
void EndSessionsOfEnv(void* arg) {
  auto* envId = static_cast<EnvId*>(arg);
  for (const SessionView& session : HandleRegistry::Get().TakeSessionsOwnedBy(*envId)) {
    EndSessionForCleanup(session.engine);
  }
  delete envId;
}

}  // namespace

void RegisterEnvCleanup(Napi::Env env, EnvId envId) {
  auto* arg = new EnvId(envId);
  if (napi_add_env_cleanup_hook(env, EndSessionsOfEnv, arg) != napi_ok) {
    delete arg;
    throw Napi::Error::New(env, "esent: could not register the environment cleanup hook");
  }
}

}  // namespace esent
