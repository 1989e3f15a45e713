// Module entry point. Node-API modules are context-aware: Init runs once per environment (the
// main thread and every worker that loads the addon), and all per-environment state lives in
// that environment's AddonData.
#include <napi.h>

#include "addon_data.h"
#include "api_table.h"
#include "errors.h"

namespace esent {

void ExportFunctions(Napi::Env env, Napi::Object exports, std::initializer_list<ApiFunction> functions) {
  for (const ApiFunction& function : functions) {
    exports.Set(function.name, Napi::Function::New(env, function.callback, function.name));
  }
}

namespace {

// setErrorClass(EsentError): lib/ hands over the class that every JET error is thrown as.
Napi::Value SetErrorClass(const Napi::CallbackInfo& info) {
  if (!info[0].IsFunction()) ThrowTypeError(info.Env(), "setErrorClass: expected a class");
  AddonData::Of(info.Env())->errorClass = Napi::Persistent(info[0].As<Napi::Function>());
  return info.Env().Undefined();
}

}  // namespace

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  AddonData::Install(env);
  ExportFunctions(env, exports, {{"setErrorClass", SetErrorClass}});
  ExportInstanceApi(env, exports);
  ExportSystemParameterApi(env, exports);
  ExportSessionApi(env, exports);
  ExportTransactionApi(env, exports);
  ExportDatabaseApi(env, exports);
  ExportTableApi(env, exports);
  ExportRecordApi(env, exports);
  return exports;
}

}  // namespace esent

// NODE_API_MODULE needs an unqualified name.
static Napi::Object InitEsentModule(Napi::Env env, Napi::Object exports) {
  return esent::Init(env, exports);
}

NODE_API_MODULE(esent, InitEsentModule)
