#include "marshal.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "errors.h"

namespace esent {

namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0;

std::string Named(const char* what, const char* problem) {
  return std::string(what) + " " + problem;
}

// The integer a JS number holds, or a TypeError/RangeError.
double ToIntegerNumber(const Napi::Value& value, const char* what) {
  if (!value.IsNumber()) ThrowTypeError(value.Env(), Named(what, "must be a number"));
  double number = value.As<Napi::Number>().DoubleValue();
  if (!std::isfinite(number) || std::trunc(number) != number) {
    ThrowRangeError(value.Env(), Named(what, "must be an integer"));
  }
  return number;
}

}  // namespace

bool IsNullish(const Napi::Value& value) {
  return value.IsUndefined() || value.IsNull();
}

std::optional<HandleId> ToHandleId(const Napi::Value& value, const char* what) {
  if (!value.IsBigInt()) ThrowTypeError(value.Env(), Named(what, "must be a bigint handle"));
  bool lossless = false;
  std::uint64_t id = value.As<Napi::BigInt>().Uint64Value(&lossless);
  if (!lossless) return std::nullopt;
  return id;
}

Napi::Value FromHandleId(Napi::Env env, HandleId id) {
  return Napi::BigInt::New(env, static_cast<std::uint64_t>(id));
}

JetString ToJetString(const Napi::Value& value, const char* what) {
  if (!value.IsString()) ThrowTypeError(value.Env(), Named(what, "must be a string"));
  std::u16string utf16 = value.As<Napi::String>().Utf16Value();
  if (utf16.find(u'\0') != std::u16string::npos) {
    ThrowTypeError(value.Env(), Named(what, "must not contain NUL characters"));
  }
  return JetString(utf16.begin(), utf16.end());
}

Napi::Value FromJetString(Napi::Env env, const JetWChar* text) {
  std::u16string utf16;
  for (const JetWChar* p = text; *p != 0; ++p) utf16.push_back(static_cast<char16_t>(*p));
  return Napi::String::New(env, utf16);
}

unsigned long ToUint32(const Napi::Value& value, const char* what) {
  double number = ToIntegerNumber(value, what);
  if (number < -2147483648.0 || number > 4294967295.0) {
    ThrowRangeError(value.Env(), Named(what, "must fit in 32 bits"));
  }
  if (number < 0) return static_cast<unsigned long>(static_cast<std::uint32_t>(static_cast<std::int32_t>(number)));
  return static_cast<unsigned long>(number);
}

unsigned long ToUnsigned32(const Napi::Value& value, const char* what) {
  double number = ToIntegerNumber(value, what);
  if (number < 0 || number > 4294967295.0) {
    ThrowRangeError(value.Env(), Named(what, "must be an integer from 0 to 4294967295"));
  }
  return static_cast<unsigned long>(number);
}

ByteView ToByteView(const Napi::Value& value, const char* what) {
  if (!value.IsTypedArray() || value.As<Napi::TypedArray>().TypedArrayType() != napi_uint8_array) {
    ThrowTypeError(value.Env(), Named(what, "must be a Uint8Array or Buffer"));
  }
  Napi::Uint8Array bytes = value.As<Napi::Uint8Array>();
  const size_t size = bytes.ByteLength();
  if (size > std::numeric_limits<unsigned long>::max() || size > 0xFFFFFFFFu) {
    ThrowRangeError(value.Env(), Named(what, "is larger than a JET byte count can hold"));
  }
  return ByteView{size == 0 ? nullptr : static_cast<const void*>(bytes.Data()), static_cast<unsigned long>(size)};
}

Napi::Object ToObject(const Napi::Value& value, const std::string& what) {
  if (!value.IsObject() || value.IsArray() || value.IsTypedArray()) {
    ThrowTypeError(value.Env(), what + " must be an object");
  }
  return value.As<Napi::Object>();
}

Napi::Array ToArray(const Napi::Value& value, const std::string& what) {
  if (!value.IsArray()) ThrowTypeError(value.Env(), what + " must be an array");
  return value.As<Napi::Array>();
}

JET_API_PTR ToApiPtr(const Napi::Value& value, const char* what) {
  constexpr bool kWide = sizeof(JET_API_PTR) == 8;
  if (value.IsBigInt()) {
    bool lossless = false;
    std::uint64_t bits = value.As<Napi::BigInt>().Uint64Value(&lossless);
    if (!lossless) {
      std::int64_t signedValue = value.As<Napi::BigInt>().Int64Value(&lossless);
      if (!lossless) ThrowRangeError(value.Env(), Named(what, "must fit in 64 bits"));
      bits = static_cast<std::uint64_t>(signedValue);
      if (!kWide && signedValue < INT32_MIN) {
        ThrowRangeError(value.Env(), Named(what, "must fit in a pointer-sized integer"));
      }
      return static_cast<JET_API_PTR>(bits);
    }
    if (!kWide && bits > UINT32_MAX) {
      ThrowRangeError(value.Env(), Named(what, "must fit in a pointer-sized integer"));
    }
    return static_cast<JET_API_PTR>(bits);
  }
  if (!value.IsNumber()) ThrowTypeError(value.Env(), Named(what, "must be a number or a bigint"));
  double number = ToIntegerNumber(value, what);
  if (std::fabs(number) > kMaxSafeInteger) {
    ThrowRangeError(value.Env(), Named(what, "must be a safe integer (use a bigint for more)"));
  }
  if (!kWide && (number > 4294967295.0 || number < -2147483648.0)) {
    ThrowRangeError(value.Env(), Named(what, "must fit in a pointer-sized integer"));
  }
  return static_cast<JET_API_PTR>(static_cast<std::int64_t>(number));
}

Napi::Value FromApiPtr(Napi::Env env, JET_API_PTR value) {
  // Read as signed at the pointer's width, as engines do for values like -1 or an error code.
  auto asSigned = static_cast<std::int64_t>(static_cast<std::make_signed_t<JET_API_PTR>>(value));
  if (asSigned >= -static_cast<std::int64_t>(kMaxSafeInteger) &&
      asSigned <= static_cast<std::int64_t>(kMaxSafeInteger)) {
    return Napi::Number::New(env, static_cast<double>(asSigned));
  }
  return Napi::BigInt::New(env, static_cast<std::uint64_t>(value));
}

}  // namespace esent
