// A minimal test harness for the store's unit tests: TEST registers a function, CHECK records a
// failure and continues, REQUIRE stops the test. The runner's last line is "N passed, N failed",
// as the engine test contract asks. Tests named "slow_*" run only with --slow.
#pragma once

#include <cstdio>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace store_test {

struct TestCase {
    const char* name;
    std::function<void()> body;
};

std::vector<TestCase>& registry();
void recordFailure(const char* file, int line, const std::string& what);

struct Registrar {
    Registrar(const char* name, std::function<void()> body) { registry().push_back({name, std::move(body)}); }
};

struct RequireFailed {};

// A fresh directory under the system temp dir, removed with its files when the test ends.
class TempDir {
public:
    TempDir();
    ~TempDir();
    std::string file(const std::string& name) const { return path_ + "/" + name; }

private:
    std::string path_;
};

}  // namespace store_test

#define STORE_CONCAT2(a, b) a##b
#define STORE_CONCAT(a, b) STORE_CONCAT2(a, b)
#define TEST(name)                                                                        \
    static void name();                                                                   \
    static store_test::Registrar STORE_CONCAT(registrar_, name)(#name, name);             \
    static void name()

#define CHECK(cond)                                                                       \
    do {                                                                                  \
        if (!(cond)) store_test::recordFailure(__FILE__, __LINE__, "CHECK(" #cond ")");   \
    } while (0)
#define REQUIRE(cond)                                                                     \
    do {                                                                                  \
        if (!(cond)) {                                                                    \
            store_test::recordFailure(__FILE__, __LINE__, "REQUIRE(" #cond ")");          \
            throw store_test::RequireFailed{};                                            \
        }                                                                                 \
    } while (0)
#define CHECK_EQ(a, b)                                                                    \
    do {                                                                                  \
        auto&& va_ = (a);                                                                 \
        auto&& vb_ = (b);                                                                 \
        if (!(va_ == vb_)) {                                                              \
            std::ostringstream os_;                                                       \
            os_ << "CHECK_EQ(" #a ", " #b "): " << va_ << " != " << vb_;                  \
            store_test::recordFailure(__FILE__, __LINE__, os_.str());                     \
        }                                                                                 \
    } while (0)
// Expects `expr` to throw StoreError with `errc`.
#define CHECK_STORE_ERROR(expr, errc)                                                     \
    do {                                                                                  \
        bool threw_ = false;                                                              \
        try {                                                                             \
            (void)(expr);                                                                 \
        } catch (const esent::store::StoreError& e_) {                                    \
            threw_ = true;                                                                \
            if (e_.code() != (errc))                                                      \
                store_test::recordFailure(__FILE__, __LINE__,                             \
                                          std::string("wrong error: ") + e_.what());      \
        }                                                                                 \
        if (!threw_) store_test::recordFailure(__FILE__, __LINE__, "no error from " #expr); \
    } while (0)
