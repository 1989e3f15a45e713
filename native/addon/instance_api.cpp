// JetCreateInstance(2), JetInit(2, 3), JetTerm(2). Instances are process-wide: any JS thread
// may use a live instance id.
#include "api_table.h"
#include "call_args.h"
#include "errors.h"

namespace esent {

namespace {

const JetWChar* OrNull(const std::optional<JetString>& text) {
  return text ? text->c_str() : nullptr;
}

Napi::Value CreateInstance(const Napi::CallbackInfo& info) {
  Args args(info, "JetCreateInstance");
  const std::optional<JetString> name = args.OptionalString(0, "szInstanceName");
  JET_INSTANCE engine = 0;
  CheckJet(args.Env(), JetCreateInstanceW(&engine, OrNull(name)));
  return FromHandleId(args.Env(), HandleRegistry::Get().AddInstance(engine));
}

Napi::Value CreateInstance2(const Napi::CallbackInfo& info) {
  Args args(info, "JetCreateInstance2");
  const std::optional<JetString> name = args.OptionalString(0, "szInstanceName");
  const std::optional<JetString> displayName = args.OptionalString(1, "szDisplayName");
  const JET_GRBIT grbit = args.OptionalGrbit(2);
  JET_INSTANCE engine = 0;
  CheckJet(args.Env(), JetCreateInstance2W(&engine, OrNull(name), OrNull(displayName), grbit));
  return FromHandleId(args.Env(), HandleRegistry::Get().AddInstance(engine));
}

// The JetInit family takes the instance by pointer and may free it when it fails (the engine
// then writes another value there): the registry follows what the engine reports.
template <typename InitCall>
Napi::Value InitWith(const Args& args, const InstanceRef& instance, InitCall init) {
  JET_INSTANCE engine = instance.engine;
  JET_ERR result = init(&engine);
  if (result < 0 && engine != instance.engine) HandleRegistry::Get().RemoveInstance(instance.id);
  return Napi::Number::New(args.Env(), CheckJet(args.Env(), result));
}

Napi::Value Init(const Napi::CallbackInfo& info) {
  Args args(info, "JetInit");
  const InstanceRef instance = args.Instance(0);
  return InitWith(args, instance, [](JET_INSTANCE* engine) { return JetInit(engine); });
}

Napi::Value Init2(const Napi::CallbackInfo& info) {
  Args args(info, "JetInit2");
  const InstanceRef instance = args.Instance(0);
  const JET_GRBIT grbit = args.OptionalGrbit(1);
  return InitWith(args, instance, [grbit](JET_INSTANCE* engine) { return JetInit2(engine, grbit); });
}

Napi::Value Init3(const Napi::CallbackInfo& info) {
  Args args(info, "JetInit3");
  const InstanceRef instance = args.Instance(0);
  args.RequireNullish(1, "prstInfo");  // JET_RSTINFO (restore mapping) comes with backup/restore
  const JET_GRBIT grbit = args.OptionalGrbit(2);
  return InitWith(args, instance, [grbit](JET_INSTANCE* engine) {
    return JetInit3W(engine, nullptr, grbit);
  });
}

// On success the instance and every session begun on it are gone; on failure (open
// transactions: JET_errTooManyActiveUsers) the instance stays usable.
Napi::Value TermWith(const Args& args, const InstanceRef& instance, JET_ERR result) {
  if (result >= 0) HandleRegistry::Get().RemoveInstance(instance.id);
  return Napi::Number::New(args.Env(), CheckJet(args.Env(), result));
}

Napi::Value Term(const Napi::CallbackInfo& info) {
  Args args(info, "JetTerm");
  const InstanceRef instance = args.Instance(0);
  return TermWith(args, instance, JetTerm(instance.engine));
}

Napi::Value Term2(const Napi::CallbackInfo& info) {
  Args args(info, "JetTerm2");
  const InstanceRef instance = args.Instance(0);
  const JET_GRBIT grbit = args.OptionalGrbit(1);
  return TermWith(args, instance, JetTerm2(instance.engine, grbit));
}

}  // namespace

void ExportInstanceApi(Napi::Env env, Napi::Object exports) {
  ExportFunctions(env, exports, {
      {"JetCreateInstance", CreateInstance},
      {"JetCreateInstance2", CreateInstance2},
      {"JetInit", Init},
      {"JetInit2", Init2},
      {"JetInit3", Init3},
      {"JetTerm", Term},
      {"JetTerm2", Term2},
  });
}

}  // namespace esent
