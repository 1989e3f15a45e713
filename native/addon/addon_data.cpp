#include "addon_data.h"

#include "env_cleanup.h"

namespace esent {

AddonData* AddonData::Install(Napi::Env env) {
  auto* data = new AddonData();
  data->envId = HandleRegistry::Get().NewEnvId();
  env.SetInstanceData<AddonData>(data);  // deleted by Node-API when the environment goes away
  RegisterEnvCleanup(env, data->envId);
  return data;
}

AddonData* AddonData::Of(Napi::Env env) {
  return env.GetInstanceData<AddonData>();
}

EnvId CallerEnv(Napi::Env env) {
  AddonData* data = AddonData::Of(env);
  return data == nullptr ? kNoEnv : data->envId;
}

}  // namespace esent
