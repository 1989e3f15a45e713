// Databases: create, attach, open, close, detach, and the database information levels.
//
// A JET_DBID is the engine's own small integer (the same for every session of an instance that
// opens the file), so it goes to JS unchanged as a number and comes back checked only as a uint32:
// the engine refuses one it does not know (JET_errInvalidDatabaseId) — there is no pointer behind
// it to misuse. The session it is used with is checked as everywhere (owned, live).
#include <vector>

#include "api_table.h"
#include "call_args.h"
#include "errors.h"

namespace esent {

namespace {

// An optional count (cpgDatabaseSizeMax): undefined means 0, ESENT's "no limit".
unsigned long OptionalCount(const Args& args, size_t index, const char* name) {
  if (args.At(index).IsUndefined()) return 0;
  return args.Uint32(index, name);
}

const JetWChar* OrNull(const std::optional<JetString>& text) {
  return text ? text->c_str() : nullptr;
}

Napi::Value DbidValue(Napi::Env env, JET_DBID dbid) {
  return Napi::Number::New(env, static_cast<double>(dbid));
}

Napi::Value CreateDatabase(const Napi::CallbackInfo& info) {
  Args args(info, "JetCreateDatabase");
  const SessionView session = args.OwnedSession(0);
  const JetString filename = args.String(1, "filename");
  const std::optional<JetString> connect = args.OptionalString(2, "connect");
  const JET_GRBIT grbit = args.OptionalGrbit(3);
  JET_DBID dbid = 0;
  CheckJet(args.Env(), JetCreateDatabaseW(session.engine, filename.c_str(), OrNull(connect), &dbid, grbit));
  return DbidValue(args.Env(), dbid);
}

Napi::Value CreateDatabase2(const Napi::CallbackInfo& info) {
  Args args(info, "JetCreateDatabase2");
  const SessionView session = args.OwnedSession(0);
  const JetString filename = args.String(1, "filename");
  const unsigned long maxPages = OptionalCount(args, 2, "cpgDatabaseSizeMax");
  const JET_GRBIT grbit = args.OptionalGrbit(3);
  JET_DBID dbid = 0;
  CheckJet(args.Env(), JetCreateDatabase2W(session.engine, filename.c_str(), maxPages, &dbid, grbit));
  return DbidValue(args.Env(), dbid);
}

// Attach returns its warning (JET_wrnDatabaseAttached when the file was attached already).
Napi::Value AttachDatabase(const Napi::CallbackInfo& info) {
  Args args(info, "JetAttachDatabase");
  const SessionView session = args.OwnedSession(0);
  const JetString filename = args.String(1, "filename");
  const JET_GRBIT grbit = args.OptionalGrbit(2);
  const JET_ERR result = CheckJet(args.Env(), JetAttachDatabaseW(session.engine, filename.c_str(), grbit));
  return Napi::Number::New(args.Env(), result);
}

Napi::Value AttachDatabase2(const Napi::CallbackInfo& info) {
  Args args(info, "JetAttachDatabase2");
  const SessionView session = args.OwnedSession(0);
  const JetString filename = args.String(1, "filename");
  const unsigned long maxPages = OptionalCount(args, 2, "cpgDatabaseSizeMax");
  const JET_GRBIT grbit = args.OptionalGrbit(3);
  const JET_ERR result =
      CheckJet(args.Env(), JetAttachDatabase2W(session.engine, filename.c_str(), maxPages, grbit));
  return Napi::Number::New(args.Env(), result);
}

Napi::Value OpenDatabase(const Napi::CallbackInfo& info) {
  Args args(info, "JetOpenDatabase");
  const SessionView session = args.OwnedSession(0);
  const JetString filename = args.String(1, "filename");
  const std::optional<JetString> connect = args.OptionalString(2, "connect");
  const JET_GRBIT grbit = args.OptionalGrbit(3);
  JET_DBID dbid = 0;
  CheckJet(args.Env(), JetOpenDatabaseW(session.engine, filename.c_str(), OrNull(connect), &dbid, grbit));
  return DbidValue(args.Env(), dbid);
}

Napi::Value CloseDatabase(const Napi::CallbackInfo& info) {
  Args args(info, "JetCloseDatabase");
  const SessionView session = args.OwnedSession(0);
  const JET_DBID dbid = args.Uint32(1, "dbid");
  const JET_GRBIT grbit = args.OptionalGrbit(2);
  return Napi::Number::New(args.Env(), CheckJet(args.Env(), JetCloseDatabase(session.engine, dbid, grbit)));
}

// A null filename detaches every database the instance has attached.
Napi::Value DetachDatabase(const Napi::CallbackInfo& info) {
  Args args(info, "JetDetachDatabase");
  const SessionView session = args.OwnedSession(0);
  const std::optional<JetString> filename = args.OptionalString(1, "filename");
  return Napi::Number::New(args.Env(),
                           CheckJet(args.Env(), JetDetachDatabaseW(session.engine, OrNull(filename))));
}

Napi::Value DetachDatabase2(const Napi::CallbackInfo& info) {
  Args args(info, "JetDetachDatabase2");
  const SessionView session = args.OwnedSession(0);
  const std::optional<JetString> filename = args.OptionalString(1, "filename");
  const JET_GRBIT grbit = args.OptionalGrbit(2);
  return Napi::Number::New(
      args.Env(), CheckJet(args.Env(), JetDetachDatabase2W(session.engine, OrNull(filename), grbit)));
}

// ---------------------------------------------------------------- information levels
// esent.h's values; the addon may not use the JET_DbInfo* macros (mingw's header lacks some).
constexpr unsigned long kInfoFilename = 0;
constexpr unsigned long kInfoConnect = 1;
constexpr unsigned long kInfoFilesize = 10;
constexpr unsigned long kInfoMisc = 14;
// Room for the longest Windows path (32,767 code units) and its terminator.
constexpr size_t kMaxPathUnits = 32768;

Napi::Object LgposObject(Napi::Env env, const JET_LGPOS& lgpos) {
  Napi::Object object = Napi::Object::New(env);
  object.Set("ib", Napi::Number::New(env, lgpos.ib));
  object.Set("isec", Napi::Number::New(env, lgpos.isec));
  object.Set("lGeneration", Napi::Number::New(env, lgpos.lGeneration));
  return object;
}

Napi::Object LogtimeObject(Napi::Env env, const JET_LOGTIME& time) {
  Napi::Object object = Napi::Object::New(env);
  object.Set("bSeconds", Napi::Number::New(env, time.bSeconds));
  object.Set("bMinutes", Napi::Number::New(env, time.bMinutes));
  object.Set("bHours", Napi::Number::New(env, time.bHours));
  object.Set("bDay", Napi::Number::New(env, time.bDay));
  object.Set("bMonth", Napi::Number::New(env, time.bMonth));
  object.Set("bYear", Napi::Number::New(env, time.bYear));
  object.Set("bFiller1", Napi::Number::New(env, time.bFiller1));
  object.Set("bFiller2", Napi::Number::New(env, time.bFiller2));
  return object;
}

Napi::Object SignatureObject(Napi::Env env, const JET_SIGNATURE& signature) {
  Napi::Object object = Napi::Object::New(env);
  object.Set("ulRandom", Napi::Number::New(env, signature.ulRandom));
  object.Set("logtimeCreate", LogtimeObject(env, signature.logtimeCreate));
  // A fixed char array that the engine may fill to the last byte: never read past it.
  const char* name = signature.szComputerName;
  size_t length = 0;
  while (length < sizeof signature.szComputerName && name[length] != '\0') ++length;
  object.Set("szComputerName", Napi::String::New(env, std::string(name, length)));
  return object;
}

Napi::Object BkinfoObject(Napi::Env env, const JET_BKINFO& backup) {
  Napi::Object object = Napi::Object::New(env);
  object.Set("lgposMark", LgposObject(env, backup.lgposMark));
  object.Set("logtimeMark", LogtimeObject(env, backup.logtimeMark));
  object.Set("genLow", Napi::Number::New(env, backup.genLow));
  object.Set("genHigh", Napi::Number::New(env, backup.genHigh));
  return object;
}

Napi::Object MiscObject(Napi::Env env, const JET_DBINFOMISC& misc) {
  Napi::Object object = Napi::Object::New(env);
  object.Set("ulVersion", Napi::Number::New(env, misc.ulVersion));
  object.Set("ulUpdate", Napi::Number::New(env, misc.ulUpdate));
  object.Set("signDb", SignatureObject(env, misc.signDb));
  object.Set("dbstate", Napi::Number::New(env, misc.dbstate));
  object.Set("lgposConsistent", LgposObject(env, misc.lgposConsistent));
  object.Set("logtimeConsistent", LogtimeObject(env, misc.logtimeConsistent));
  object.Set("logtimeAttach", LogtimeObject(env, misc.logtimeAttach));
  object.Set("lgposAttach", LgposObject(env, misc.lgposAttach));
  object.Set("logtimeDetach", LogtimeObject(env, misc.logtimeDetach));
  object.Set("lgposDetach", LgposObject(env, misc.lgposDetach));
  object.Set("signLog", SignatureObject(env, misc.signLog));
  object.Set("bkinfoFullPrev", BkinfoObject(env, misc.bkinfoFullPrev));
  object.Set("bkinfoIncPrev", BkinfoObject(env, misc.bkinfoIncPrev));
  object.Set("bkinfoFullCur", BkinfoObject(env, misc.bkinfoFullCur));
  object.Set("fShadowingDisabled", Napi::Number::New(env, misc.fShadowingDisabled));
  object.Set("fUpgradeDb", Napi::Number::New(env, misc.fUpgradeDb));
  object.Set("dwMajorVersion", Napi::Number::New(env, misc.dwMajorVersion));
  object.Set("dwMinorVersion", Napi::Number::New(env, misc.dwMinorVersion));
  object.Set("dwBuildNumber", Napi::Number::New(env, misc.dwBuildNumber));
  object.Set("lSPNumber", Napi::Number::New(env, misc.lSPNumber));
  object.Set("cbPageSize", Napi::Number::New(env, misc.cbPageSize));
  return object;
}

// Runs one JetGetDatabase(File)Info call, given as `query(buffer, cbMax)`, with the buffer the
// info level needs, and turns the result into a JS value: a string for the names, an object for
// JET_DbInfoMisc, a number otherwise (64-bit for the byte size JetGetDatabaseFileInfo reports).
template <typename Query>
Napi::Value QueryInfo(const Args& args, unsigned long infoLevel, bool fileInfo, Query query) {
  Napi::Env env = args.Env();
  if (infoLevel == kInfoFilename || infoLevel == kInfoConnect) {
    std::vector<JetWChar> text(kMaxPathUnits, 0);
    CheckJet(env, query(text.data(), static_cast<unsigned long>(text.size() * sizeof(JetWChar))));
    text.back() = 0;
    return FromJetString(env, text.data());
  }
  if (infoLevel == kInfoMisc) {
    JET_DBINFOMISC misc{};
    CheckJet(env, query(&misc, sizeof misc));
    return MiscObject(env, misc);
  }
  if (fileInfo && infoLevel == kInfoFilesize) {
    unsigned long long bytes = 0;
    CheckJet(env, query(&bytes, sizeof bytes));
    return Napi::Number::New(env, static_cast<double>(bytes));
  }
  unsigned long value = 0;
  CheckJet(env, query(&value, sizeof value));
  return Napi::Number::New(env, static_cast<double>(value));
}

Napi::Value GetDatabaseInfo(const Napi::CallbackInfo& info) {
  Args args(info, "JetGetDatabaseInfo");
  const SessionView session = args.OwnedSession(0);
  const JET_DBID dbid = args.Uint32(1, "dbid");
  const unsigned long infoLevel = args.Uint32(2, "infoLevel");
  return QueryInfo(args, infoLevel, false, [&](void* buffer, unsigned long cbMax) {
    return JetGetDatabaseInfoW(session.engine, dbid, buffer, cbMax, infoLevel);
  });
}

Napi::Value GetDatabaseFileInfo(const Napi::CallbackInfo& info) {
  Args args(info, "JetGetDatabaseFileInfo");
  const JetString filename = args.String(0, "filename");
  const unsigned long infoLevel = args.Uint32(1, "infoLevel");
  return QueryInfo(args, infoLevel, true, [&](void* buffer, unsigned long cbMax) {
    return JetGetDatabaseFileInfoW(filename.c_str(), buffer, cbMax, infoLevel);
  });
}

}  // namespace

void ExportDatabaseApi(Napi::Env env, Napi::Object exports) {
  ExportFunctions(env, exports, {
      {"JetCreateDatabase", CreateDatabase},
      {"JetCreateDatabase2", CreateDatabase2},
      {"JetAttachDatabase", AttachDatabase},
      {"JetAttachDatabase2", AttachDatabase2},
      {"JetOpenDatabase", OpenDatabase},
      {"JetCloseDatabase", CloseDatabase},
      {"JetDetachDatabase", DetachDatabase},
      {"JetDetachDatabase2", DetachDatabase2},
      {"JetGetDatabaseInfo", GetDatabaseInfo},
      {"JetGetDatabaseFileInfo", GetDatabaseFileInfo},
  });
}

}  // namespace esent
