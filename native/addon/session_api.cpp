// Sessions: begin, duplicate, end, version, session context, and the explicit hand-over between
// JS threads (releaseSession / adoptSession). A session belongs to the JS thread that began it.
#include "api_table.h"
#include "call_args.h"
#include "errors.h"

namespace esent {

namespace {

Napi::Value BeginSession(const Napi::CallbackInfo& info) {
  Args args(info, "JetBeginSession");
  const InstanceRef instance = args.Instance(0);
  // ESENT ignores both; an empty string is what every caller passes when there is none.
  const JetString username = args.OptionalString(1, "szUserName").value_or(JetString());
  const JetString password = args.OptionalString(2, "szPassword").value_or(JetString());
  JET_SESID engine = 0;
  CheckJet(args.Env(), JetBeginSessionW(instance.engine, &engine, username.c_str(), password.c_str()));
  return FromHandleId(args.Env(), HandleRegistry::Get().AddSession(engine, instance.id, args.Caller()));
}

Napi::Value DupSession(const Napi::CallbackInfo& info) {
  Args args(info, "JetDupSession");
  const SessionView session = args.OwnedSession(0);
  JET_SESID engine = 0;
  CheckJet(args.Env(), JetDupSession(session.engine, &engine));
  return FromHandleId(args.Env(),
                      HandleRegistry::Get().AddSession(engine, session.instance, args.Caller()));
}

Napi::Value EndSession(const Napi::CallbackInfo& info) {
  Args args(info, "JetEndSession");
  const SessionView session = args.OwnedSession(0);
  const JET_GRBIT grbit = args.OptionalGrbit(1);
  JET_ERR result = CheckJet(args.Env(), JetEndSession(session.engine, grbit));
  HandleRegistry::Get().RemoveSession(session.id);
  return Napi::Number::New(args.Env(), result);
}

Napi::Value GetVersion(const Napi::CallbackInfo& info) {
  Args args(info, "JetGetVersion");
  const SessionView session = args.OwnedSession(0);
  unsigned long version = 0;
  CheckJet(args.Env(), JetGetVersion(session.engine, &version));
  return Napi::Number::New(args.Env(), static_cast<double>(version));
}

Napi::Value SetSessionContext(const Napi::CallbackInfo& info) {
  Args args(info, "JetSetSessionContext");
  const SessionView session = args.OwnedSession(0);
  const JET_API_PTR context = args.ApiPtr(1, "ulContext");
  return Napi::Number::New(args.Env(), CheckJet(args.Env(), JetSetSessionContext(session.engine, context)));
}

Napi::Value ResetSessionContext(const Napi::CallbackInfo& info) {
  Args args(info, "JetResetSessionContext");
  const SessionView session = args.OwnedSession(0);
  return Napi::Number::New(args.Env(), CheckJet(args.Env(), JetResetSessionContext(session.engine)));
}

void ThrowForOwnershipChange(Napi::Env env, OwnershipChange change) {
  switch (change) {
    case OwnershipChange::Done: return;
    case OwnershipChange::NotFound: ThrowEsentError(env, kErrInvalidSesid);
    case OwnershipChange::OwnedByOther: ThrowEsentError(env, kErrSessionSharingViolation);
    case OwnershipChange::InTransaction: ThrowEsentError(env, kErrInTransaction);
  }
}

// The owner gives the session up (outside a transaction); until adopted, no thread may use it.
Napi::Value ReleaseSession(const Napi::CallbackInfo& info) {
  Args args(info, "releaseSession");
  const SessionView session = args.AnySession(0);
  ThrowForOwnershipChange(args.Env(), HandleRegistry::Get().Release(session.id, args.Caller()));
  return args.Env().Undefined();
}

// The calling thread takes an unowned session (adopting one's own session is a no-op).
Napi::Value AdoptSession(const Napi::CallbackInfo& info) {
  Args args(info, "adoptSession");
  const SessionView session = args.AnySession(0);
  ThrowForOwnershipChange(args.Env(), HandleRegistry::Get().Adopt(session.id, args.Caller()));
  return args.Env().Undefined();
}

}  // namespace

void ExportSessionApi(Napi::Env env, Napi::Object exports) {
  ExportFunctions(env, exports, {
      {"JetBeginSession", BeginSession},
      {"JetDupSession", DupSession},
      {"JetEndSession", EndSession},
      {"JetGetVersion", GetVersion},
      {"JetSetSessionContext", SetSessionContext},
      {"JetResetSessionContext", ResetSessionContext},
      {"releaseSession", ReleaseSession},
      {"adoptSession", AdoptSession},
  });
}

}  // namespace esent
