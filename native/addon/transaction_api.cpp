// Transactions. The addon keeps each session's depth from the engine's successful answers, so
// releaseSession can refuse a session that is inside a transaction without asking the engine.
#include "api_table.h"
#include "call_args.h"
#include "errors.h"
#include "session_engine.h"

namespace esent {

namespace {

Napi::Value Finish(const Args& args, const SessionView& session, JET_ERR result, int newLevel) {
  CheckJet(args.Env(), result);
  HandleRegistry::Get().SetTransactionLevel(session.id, newLevel);
  return Napi::Number::New(args.Env(), result);
}

// Ending a level also settles the cursors opened in it: a rollback closed them in the engine.
Napi::Value FinishLevel(const Args& args, const SessionView& session, JET_ERR result, int newLevel,
                        bool rolledBack) {
  CheckJet(args.Env(), result);
  HandleRegistry::Get().EndTransactionLevels(session.id, newLevel, rolledBack);
  return Napi::Number::New(args.Env(), result);
}

Napi::Value BeginTransaction(const Napi::CallbackInfo& info) {
  Args args(info, "JetBeginTransaction");
  const SessionView session = args.OwnedSession(0);
  return Finish(args, session, JetBeginTransaction(session.engine), session.transactionLevel + 1);
}

Napi::Value BeginTransaction2(const Napi::CallbackInfo& info) {
  Args args(info, "JetBeginTransaction2");
  const SessionView session = args.OwnedSession(0);
  const JET_GRBIT grbit = args.OptionalGrbit(1);
  return Finish(args, session, JetBeginTransaction2(session.engine, grbit),
                session.transactionLevel + 1);
}

Napi::Value CommitTransaction(const Napi::CallbackInfo& info) {
  Args args(info, "JetCommitTransaction");
  const SessionView session = args.OwnedSession(0);
  const JET_GRBIT grbit = args.OptionalGrbit(1);
  // A commit at level 0 can succeed (only flushing, e.g. JET_bitWaitLastLevel0Commit): the level
  // then stays 0, which SetTransactionLevel's floor gives.
  return FinishLevel(args, session, JetCommitTransaction(session.engine, grbit),
                     session.transactionLevel - 1, false);
}

Napi::Value Rollback(const Napi::CallbackInfo& info) {
  Args args(info, "JetRollback");
  const SessionView session = args.OwnedSession(0);
  const JET_GRBIT grbit = args.OptionalGrbit(1);
  const int newLevel = (grbit & kRollbackAll) != 0 ? 0 : session.transactionLevel - 1;
  return FinishLevel(args, session, JetRollback(session.engine, grbit), newLevel, true);
}

}  // namespace

void ExportTransactionApi(Napi::Env env, Napi::Object exports) {
  ExportFunctions(env, exports, {
      {"JetBeginTransaction", BeginTransaction},
      {"JetBeginTransaction2", BeginTransaction2},
      {"JetCommitTransaction", CommitTransaction},
      {"JetRollback", Rollback},
  });
}

}  // namespace esent
