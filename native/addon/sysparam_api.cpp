// JetSetSystemParameter / JetGetSystemParameter. A null instance means the process-wide
// (global) parameters; a null session means "no session", passed as 0 as ManagedEsent does.
#include <vector>

#include "api_table.h"
#include "call_args.h"
#include "errors.h"

namespace esent {

namespace {

constexpr JET_SESID kNoSession = 0;
constexpr JET_INSTANCE kNoInstance = 0;
constexpr JET_ERR kErrBufferTooSmall = -1038;
// String parameters are paths and short texts; grown on JET_errBufferTooSmall up to the cap.
constexpr unsigned long kInitialStringChars = 1024;
constexpr unsigned long kMaxStringChars = 1024 * 64;

JET_SESID EngineSession(const std::optional<SessionView>& session) {
  return session ? session->engine : kNoSession;
}

Napi::Value SetSystemParameter(const Napi::CallbackInfo& info) {
  Args args(info, "JetSetSystemParameter");
  const std::optional<InstanceRef> instance = args.OptionalInstance(0);
  const std::optional<SessionView> session = args.OptionalOwnedSession(1);
  const unsigned long paramid = args.Uint32(2, "paramid");
  const JET_API_PTR lParam = args.IsNullish(3) ? 0 : args.ApiPtr(3, "lParam");
  const std::optional<JetString> szParam = args.OptionalString(4, "szParam");

  JET_INSTANCE engine = instance ? instance->engine : kNoInstance;
  JET_ERR result = JetSetSystemParameterW(instance ? &engine : nullptr, EngineSession(session),
                                          paramid, lParam, szParam ? szParam->c_str() : nullptr);
  return Napi::Number::New(args.Env(), CheckJet(args.Env(), result));
}

Napi::Value GetSystemParameter(const Napi::CallbackInfo& info) {
  Args args(info, "JetGetSystemParameter");
  const std::optional<InstanceRef> instance = args.OptionalInstance(0);
  const std::optional<SessionView> session = args.OptionalOwnedSession(1);
  const unsigned long paramid = args.Uint32(2, "paramid");
  // lParam is also an input for some parameters (JET_paramErrorToString takes the error code).
  const JET_API_PTR lParamIn = args.IsNullish(3) ? 0 : args.ApiPtr(3, "lParam");

  JET_API_PTR lParam = lParamIn;
  std::vector<JetWChar> text;
  JET_ERR result = kErrBufferTooSmall;
  for (unsigned long chars = kInitialStringChars; chars <= kMaxStringChars; chars *= 4) {
    text.assign(chars, 0);
    lParam = lParamIn;
    const auto cbMax = static_cast<unsigned long>(chars * sizeof(JetWChar));
    result = JetGetSystemParameterW(instance ? instance->engine : kNoInstance,
                                    EngineSession(session), paramid, &lParam, text.data(), cbMax);
    if (result != kErrBufferTooSmall) break;
  }
  CheckJet(args.Env(), result);
  text.back() = 0;  // the engine terminates the text; this keeps a misbehaving one in bounds

  Napi::Object out = Napi::Object::New(args.Env());
  out.Set("lParam", FromApiPtr(args.Env(), lParam));
  out.Set("szParam", FromJetString(args.Env(), text.data()));
  return out;
}

}  // namespace

void ExportSystemParameterApi(Napi::Env env, Napi::Object exports) {
  ExportFunctions(env, exports, {
      {"JetSetSystemParameter", SetSystemParameter},
      {"JetGetSystemParameter", GetSystemParameter},
  });
}

}  // namespace esent
