#include "errors.h"

#include "addon_data.h"

namespace esent {

void ThrowEsentError(Napi::Env env, JET_ERR code) {
  Napi::Number jsCode = Napi::Number::New(env, static_cast<double>(code));
  AddonData* data = AddonData::Of(env);
  if (data != nullptr && !data->errorClass.IsEmpty()) {
    // May itself throw (a pending JS exception becomes a Napi::Error): that one then wins.
    Napi::Object error = data->errorClass.New({jsCode});
    throw Napi::Error(env, error);
  }
  // Only reachable when the addon is used without lib/ (which always hands over the class).
  Napi::Error error = Napi::Error::New(env, "JET error " + std::to_string(code));
  error.Value().Set("code", jsCode);
  throw error;
}

void ThrowMissingFunction(Napi::Env env, const char* name) {
  try {
    ThrowEsentError(env, kErrFeatureNotAvailable);
  } catch (Napi::Error& error) {
    const Napi::Value message = error.Value().Get("message");
    const std::string text = message.IsString() ? message.As<Napi::String>().Utf8Value() : std::string();
    error.Value().Set("message", text + " (this esent.dll has no " + name + ")");
    throw;
  }
}

void ThrowTypeError(Napi::Env env, const std::string& message) {
  throw Napi::TypeError::New(env, message);
}

void ThrowRangeError(Napi::Env env, const std::string& message) {
  throw Napi::RangeError::New(env, message);
}

}  // namespace esent
