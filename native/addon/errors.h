// Throwing the errors the JS contract names: EsentError for JET error codes (the JS class builds
// name and message from the code), TypeError for wrong argument types, RangeError for numbers out
// of range. All of them are C++ exceptions that node-addon-api turns into JS exceptions.
#ifndef ESENT_ADDON_ERRORS_H
#define ESENT_ADDON_ERRORS_H

#include <napi.h>

#include <string>

#include "jet_api.h"

namespace esent {

// JET error codes the addon itself reports before reaching the engine. Spelled here because
// the addon may not depend on which esent.h it was built against.
constexpr JET_ERR kErrFeatureNotAvailable = -1001;
constexpr JET_ERR kErrInvalidParameter = -1003;
constexpr JET_ERR kErrInvalidSesid = -1104;
constexpr JET_ERR kErrInTransaction = -1108;
constexpr JET_ERR kErrInvalidInstance = -1115;
constexpr JET_ERR kErrInvalidTableId = -1310;
constexpr JET_ERR kErrNoCurrentRecord = -1603;
constexpr JET_ERR kErrSessionSharingViolation = -1910;
// Warnings the addon acts on.
constexpr JET_ERR kWrnColumnNull = 1004;
constexpr JET_ERR kWrnBufferTruncated = 1006;

[[noreturn]] void ThrowEsentError(Napi::Env env, JET_ERR code);
// EsentError JET_errFeatureNotAvailable for a JET function the loaded esent.dll lacks (see
// native/win32/esent_late_bound.h); its message names the function.
[[noreturn]] void ThrowMissingFunction(Napi::Env env, const char* name);
[[noreturn]] void ThrowTypeError(Napi::Env env, const std::string& message);
[[noreturn]] void ThrowRangeError(Napi::Env env, const std::string& message);

// Turns an engine result into the JS contract: errors (negative) throw, warnings are returned.
inline JET_ERR CheckJet(Napi::Env env, JET_ERR result) {
  if (result < 0) ThrowEsentError(env, result);
  return result;
}

}  // namespace esent

#endif
