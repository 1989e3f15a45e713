// Each API area exports its functions through one table, so adding a JET function is one
// function plus one line.
#ifndef ESENT_ADDON_API_TABLE_H
#define ESENT_ADDON_API_TABLE_H

#include <napi.h>

#include <initializer_list>

namespace esent {

using ApiCallback = Napi::Value (*)(const Napi::CallbackInfo& info);

struct ApiFunction {
  const char* name;
  ApiCallback callback;
};

void ExportFunctions(Napi::Env env, Napi::Object exports, std::initializer_list<ApiFunction> functions);

// One per API area (instance_api.cpp, sysparam_api.cpp, ...); addon.cpp calls them all.
void ExportInstanceApi(Napi::Env env, Napi::Object exports);
void ExportSystemParameterApi(Napi::Env env, Napi::Object exports);
void ExportSessionApi(Napi::Env env, Napi::Object exports);
void ExportTransactionApi(Napi::Env env, Napi::Object exports);
void ExportDatabaseApi(Napi::Env env, Napi::Object exports);
void ExportTableApi(Napi::Env env, Napi::Object exports);
void ExportRecordApi(Napi::Env env, Napi::Object exports);

}  // namespace esent

#endif
