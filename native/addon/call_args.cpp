#include "call_args.h"

#include "addon_data.h"
#include "errors.h"

namespace esent {

Args::Args(const Napi::CallbackInfo& info, const char* function)
    : info_(info), function_(function), caller_(CallerEnv(info.Env())) {}

std::string ArgumentName(const char* function, const std::string& name) {
  return std::string(function) + ": " + name;
}

std::string Args::Describe(const char* name) const {
  return ArgumentName(function_, name);
}

bool Args::IsNullish(size_t index) const {
  return esent::IsNullish(info_[index]);
}

InstanceRef Args::Instance(size_t index) const {
  std::string what = Describe("instance");
  std::optional<HandleId> id = ToHandleId(info_[index], what.c_str());
  std::optional<JET_INSTANCE> engine;
  if (id) engine = HandleRegistry::Get().FindInstance(*id);
  if (!engine) ThrowEsentError(Env(), kErrInvalidInstance);
  return InstanceRef{*id, *engine};
}

std::optional<InstanceRef> Args::OptionalInstance(size_t index) const {
  if (IsNullish(index)) return std::nullopt;
  return Instance(index);
}

SessionView Args::AnySession(size_t index) const {
  std::string what = Describe("sesid");
  std::optional<HandleId> id = ToHandleId(info_[index], what.c_str());
  std::optional<SessionView> session;
  if (id) session = HandleRegistry::Get().FindSession(*id);
  if (!session) ThrowEsentError(Env(), kErrInvalidSesid);
  return *session;
}

SessionView Args::OwnedSession(size_t index) const {
  SessionView session = AnySession(index);
  if (session.owner != caller_) ThrowEsentError(Env(), kErrSessionSharingViolation);
  return session;
}

TableView Args::OwnedTable(size_t sessionIndex, size_t tableIndex) const {
  const SessionView session = OwnedSession(sessionIndex);
  std::string what = Describe("tableid");
  std::optional<HandleId> id = ToHandleId(info_[tableIndex], what.c_str());
  std::optional<TableView> table;
  if (id) table = HandleRegistry::Get().FindTable(*id);
  if (!table || table->session.id != session.id) ThrowEsentError(Env(), kErrInvalidTableId);
  return *table;
}

std::optional<SessionView> Args::OptionalOwnedSession(size_t index) const {
  if (IsNullish(index)) return std::nullopt;
  return OwnedSession(index);
}

JET_GRBIT Args::Grbit(size_t index) const {
  return static_cast<JET_GRBIT>(ToUint32(info_[index], Describe("grbit").c_str()));
}

JET_GRBIT Args::OptionalGrbit(size_t index) const {
  if (info_[index].IsUndefined()) return 0;
  return Grbit(index);
}

unsigned long Args::Uint32(size_t index, const char* name) const {
  return ToUint32(info_[index], Describe(name).c_str());
}

unsigned long Args::Unsigned(size_t index, const char* name) const {
  return ToUnsigned32(info_[index], Describe(name).c_str());
}

ByteView Args::Bytes(size_t index, const char* name) const {
  return ToByteView(info_[index], Describe(name).c_str());
}

std::optional<ByteView> Args::OptionalBytes(size_t index, const char* name) const {
  if (IsNullish(index)) return std::nullopt;
  return Bytes(index, name);
}

JET_API_PTR Args::ApiPtr(size_t index, const char* name) const {
  return ToApiPtr(info_[index], Describe(name).c_str());
}

JetString Args::String(size_t index, const char* name) const {
  return ToJetString(info_[index], Describe(name).c_str());
}

std::optional<JetString> Args::OptionalString(size_t index, const char* name) const {
  if (IsNullish(index)) return std::nullopt;
  return String(index, name);
}

void Args::RequireNullish(size_t index, const char* name) const {
  if (!IsNullish(index)) ThrowTypeError(Env(), Describe(name) + " is not supported yet; pass null");
}

}  // namespace esent
