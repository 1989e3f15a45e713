// Column values read from the engine into JS: a Buffer holding the whole value, or null. Used by
// the record functions (JetRetrieveColumn, JetRetrieveColumns, ...) and by the listings the
// table functions walk (JET_COLUMNLIST, JET_OBJECTLIST).
#ifndef ESENT_ADDON_COLUMN_VALUE_H
#define ESENT_ADDON_COLUMN_VALUE_H

#include <napi.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "errors.h"
#include "jet_api.h"

namespace esent {

// A Buffer holding a copy of `size` bytes.
Napi::Value BytesValue(Napi::Env env, const void* data, size_t size);

// A Buffer of `size` bytes for the engine to fill. Values reach 2 GiB: when this process cannot
// allocate that much, the caller gets a RangeError that names `function`, not a crash.
Napi::Buffer<std::uint8_t> NewValueBuffer(Napi::Env env, unsigned long size, const char* function);

// The first read of a value goes to a buffer this large; a longer value is read again, whole.
constexpr unsigned long kFirstReadBytes = 1024;

// Reads one value through `read(buffer, cbData, &cbActual) -> JET_ERR`: null for
// JET_wrnColumnNull, otherwise a Buffer holding the whole value. A value that did not fit is read
// again into a buffer of the size the engine reported, as often as it keeps growing (another
// session may commit a longer value between two reads at transaction level 0).
template <typename Read>
Napi::Value ReadValue(Napi::Env env, const char* function, Read read) {
  std::uint8_t first[kFirstReadBytes];
  unsigned long cbActual = 0;
  JET_ERR err = CheckJet(env, read(first, kFirstReadBytes, &cbActual));
  if (err == kWrnColumnNull) return env.Null();
  if (err != kWrnBufferTruncated) return BytesValue(env, first, std::min(cbActual, kFirstReadBytes));
  for (;;) {
    const unsigned long cbData = cbActual;
    Napi::Buffer<std::uint8_t> buffer = NewValueBuffer(env, cbData, function);
    err = CheckJet(env, read(buffer.Data(), cbData, &cbActual));
    if (err == kWrnColumnNull) return env.Null();
    if (err == kWrnBufferTruncated) continue;
    if (cbActual >= cbData) return buffer;
    return BytesValue(env, buffer.Data(), cbActual);  // the value shrank meanwhile
  }
}

}  // namespace esent

#endif
