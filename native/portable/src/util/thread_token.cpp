#include "thread_token.h"

#include <atomic>

namespace esent::util {

std::uint64_t currentThreadToken() {
    static std::atomic<std::uint64_t> next{1};
    thread_local const std::uint64_t token = next.fetch_add(1);
    return token;
}

}  // namespace esent::util
