// Conversions between JS values and JET types. Each throws TypeError for a value of the wrong
// type and RangeError for a number that does not fit, naming the argument (`what`).
#ifndef ESENT_ADDON_MARSHAL_H
#define ESENT_ADDON_MARSHAL_H

#include <napi.h>

#include <optional>
#include <string>

#include "handle_registry.h"
#include "jet_api.h"

namespace esent {

using JetString = std::basic_string<JetWChar>;

// A handle id: must be a bigint. A bigint that is not an unsigned 64-bit value cannot be an id
// this addon issued, so it gives nullopt (the caller reports the invalid-handle error).
std::optional<HandleId> ToHandleId(const Napi::Value& value, const char* what);
Napi::Value FromHandleId(Napi::Env env, HandleId id);

bool IsNullish(const Napi::Value& value);

// A JS string as UTF-16 for a W entry point. Embedded NULs are refused: C would cut there.
JetString ToJetString(const Napi::Value& value, const char* what);
Napi::Value FromJetString(Napi::Env env, const JetWChar* text);

// 32-bit unsigned values (grbits, ids, counts). Negative int32s are taken as their bit pattern,
// so `a | b` of grbits with the top bit set works.
unsigned long ToUint32(const Napi::Value& value, const char* what);

// A 32-bit unsigned count, size, offset or id: 0 .. 2^32-1. A negative number is a RangeError
// here (ToUint32 takes negative int32s as bit patterns, which only grbits want).
unsigned long ToUnsigned32(const Napi::Value& value, const char* what);

// The bytes of a Uint8Array (or Buffer), borrowed for the duration of one synchronous call.
// Anything else is a TypeError; more bytes than a JET byte count can hold, a RangeError.
struct ByteView {
  const void* data;  // nullptr when size is 0
  unsigned long size;
};
ByteView ToByteView(const Napi::Value& value, const char* what);

// A struct argument: a plain object (an array or a byte array is a TypeError). Reading its fields
// may run getters: callers read every field before they borrow bytes or check handles.
Napi::Object ToObject(const Napi::Value& value, const std::string& what);
// An array argument (TypeError otherwise).
Napi::Array ToArray(const Napi::Value& value, const std::string& what);

// A pointer-sized unsigned value (lParam, session context): a safe-integer number or a bigint,
// negative values taken as two's complement, as C's cast would.
JET_API_PTR ToApiPtr(const Napi::Value& value, const char* what);
// A number (read as signed at pointer width, so -1 stays -1) when exact, else a bigint.
Napi::Value FromApiPtr(Napi::Env env, JET_API_PTR value);

}  // namespace esent

#endif
