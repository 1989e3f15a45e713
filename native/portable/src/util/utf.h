// Conversions between the engine's internal strings (UTF-8 std::string) and the JET API's
// wide strings (UTF-16 code units: char16_t here, wchar_t with mingw's or the SDK's esent.h).
#pragma once

#include <cstddef>
#include <string>

namespace esent::util {

// Invalid sequences become U+FFFD so a bad argument never reads past its terminator.
std::string utf16ToUtf8(const std::u16string& text);
std::u16string utf8ToUtf16(const std::string& text);

// Reads a NUL-terminated string of 16-bit code units (WCHAR of either header).
template <typename Unit>
std::u16string wideToU16(const Unit* text) {
    static_assert(sizeof(Unit) == 2, "the JET API's WCHAR is 16 bits");
    std::u16string out;
    if (text != nullptr) {
        for (const Unit* p = text; *p != 0; ++p) out.push_back(static_cast<char16_t>(*p));
    }
    return out;
}

template <typename Unit>
std::string wideToUtf8(const Unit* text) {
    return utf16ToUtf8(wideToU16(text));
}

}  // namespace esent::util
