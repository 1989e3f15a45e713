// Reading and checking the arguments of one exported call. Every accessor either returns a
// usable value or throws the error the JS contract names, so an API function starts with a
// readable list of its preconditions:
//
//   Args args(info, "JetCommitTransaction");
//   const SessionView session = args.OwnedSession(0);
//   const JET_GRBIT grbit = args.OptionalGrbit(1);
//
// Handle checks never reach the engine: an id this process did not issue, or issued and then
// ended, is refused with JET_errInvalidSesid / JET_errInvalidInstance; a session owned by
// another JS thread (or by none) with JET_errSessionSharingViolation.
#ifndef ESENT_ADDON_CALL_ARGS_H
#define ESENT_ADDON_CALL_ARGS_H

#include <napi.h>

#include <optional>
#include <string>

#include "handle_registry.h"
#include "jet_api.h"
#include "marshal.h"

namespace esent {

struct InstanceRef {
  HandleId id;
  JET_INSTANCE engine;
};

// "JetX: name", how an argument or struct field is named in errors.
std::string ArgumentName(const char* function, const std::string& name);

class Args {
 public:
  Args(const Napi::CallbackInfo& info, const char* function);

  Napi::Env Env() const { return info_.Env(); }
  const char* Function() const { return function_; }
  EnvId Caller() const { return caller_; }
  Napi::Value At(size_t index) const { return info_[index]; }
  bool IsNullish(size_t index) const;

  InstanceRef Instance(size_t index) const;
  std::optional<InstanceRef> OptionalInstance(size_t index) const;

  // A live session owned by the calling JS thread.
  SessionView OwnedSession(size_t index) const;
  std::optional<SessionView> OptionalOwnedSession(size_t index) const;
  // A live cursor opened by the session at `sessionIndex`, which the calling JS thread owns. A
  // cursor this addon did not issue, closed, or opened by another session: JET_errInvalidTableId.
  TableView OwnedTable(size_t sessionIndex, size_t tableIndex) const;
  // A live session, whoever owns it (adoptSession).
  SessionView AnySession(size_t index) const;

  JET_GRBIT OptionalGrbit(size_t index) const;  // undefined -> 0
  JET_GRBIT Grbit(size_t index) const;
  unsigned long Uint32(size_t index, const char* name) const;
  // A count, size, offset or id: 0 .. 2^32-1, negative numbers refused (RangeError).
  unsigned long Unsigned(size_t index, const char* name) const;
  // A Uint8Array's bytes, borrowed for this call; OptionalBytes: null/undefined -> nullopt.
  ByteView Bytes(size_t index, const char* name) const;
  std::optional<ByteView> OptionalBytes(size_t index, const char* name) const;
  JET_API_PTR ApiPtr(size_t index, const char* name) const;
  JetString String(size_t index, const char* name) const;
  std::optional<JetString> OptionalString(size_t index, const char* name) const;
  // Refuses anything but null/undefined for an argument the binding does not support yet.
  void RequireNullish(size_t index, const char* name) const;

 private:
  std::string Describe(const char* name) const;

  const Napi::CallbackInfo& info_;
  const char* function_;
  EnvId caller_;
};

}  // namespace esent

#endif
