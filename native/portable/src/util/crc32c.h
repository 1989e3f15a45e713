// CRC-32C (Castagnoli), the checksum that frames every log record and checkpoint.
#pragma once

#include <cstddef>
#include <cstdint>

namespace esent::util {

// `seed` chains calls: crc32c(b, n2, crc32c(a, n1)) == crc32c(a+b, n1+n2).
std::uint32_t crc32c(const void* data, std::size_t size, std::uint32_t seed = 0);

}  // namespace esent::util
