#include "column_value.h"

#include <string>

namespace esent {

Napi::Value BytesValue(Napi::Env env, const void* data, size_t size) {
  return Napi::Buffer<std::uint8_t>::Copy(env, static_cast<const std::uint8_t*>(data), size);
}

Napi::Buffer<std::uint8_t> NewValueBuffer(Napi::Env env, unsigned long size, const char* function) {
  try {
    return Napi::Buffer<std::uint8_t>::New(env, size);
  } catch (const Napi::Error& error) {
    ThrowRangeError(env, std::string(function) + ": cannot allocate a Buffer of " + std::to_string(size) +
                             " bytes for the column value (" + error.Message() + ")");
  }
}

}  // namespace esent
