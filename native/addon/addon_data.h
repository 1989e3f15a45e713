// Per-environment state (one per JS thread that loads the addon), kept as Node-API instance
// data so the addon is context-aware: nothing JS-related is static.
#ifndef ESENT_ADDON_ADDON_DATA_H
#define ESENT_ADDON_ADDON_DATA_H

#include <napi.h>

#include "handle_registry.h"

namespace esent {

struct AddonData {
  EnvId envId = kNoEnv;
  // The EsentError class lib/ hands over with setErrorClass; empty until then.
  Napi::FunctionReference errorClass;

  // Creates the environment's state and registers its cleanup hook.
  static AddonData* Install(Napi::Env env);
  static AddonData* Of(Napi::Env env);
};

// The calling environment's id (the owner id given to the sessions it begins).
EnvId CallerEnv(Napi::Env env);

}  // namespace esent

#endif
