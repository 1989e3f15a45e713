// A small, never-reused number per OS thread. The session rules compare "the thread that began
// the transaction" with the calling thread; std::thread::id cannot be stored in an atomic or
// logged, this can.
#pragma once

#include <cstdint>

namespace esent::util {

std::uint64_t currentThreadToken();

}  // namespace esent::util
