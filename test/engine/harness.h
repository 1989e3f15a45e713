// A tiny test harness for the engine's conformance tests. The tests use only <esent.h> and the
// JET API, so the same sources build against the portable engine and against esent.dll.
//
//   TEST(name) { CHECK_ERR(JetInit(&inst), JET_errSuccess); CHECK(x == 1); }
//   PORTABLE_TEST(name) { ... }   // skipped against real ESENT (build with
//                                 // ESENT_TESTS_AGAINST_SYSTEM_ESENT): our file format, or
//                                 // misuse (null out-pointers, stale handles) that esent.dll
//                                 // does not survive, or log volume of empty transactions
//                                 // (ESENT logs nothing for a transaction without updates)
#pragma once

#include <esent.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace harness {

struct TestCase {
    const char* name;
    std::function<void()> body;
};

std::vector<TestCase>& registry();
bool registerTest(const char* name, std::function<void()> body);

// Records a failure of the running test (and prints it); the test continues.
void fail(const char* file, int line, const std::string& message);
std::string describe(JET_ERR err);

// A fresh directory for one test, removed with everything in it afterwards.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    // The directory (or a sub-path of it) as a UTF-8 string with a trailing separator.
    std::string folder(const std::string& sub = std::string()) const;
    std::string file(const std::string& name) const;

private:
    std::filesystem::path path_;
};

// A unique instance name per call, so that tests never collide with each other's leftovers.
std::string uniqueName(const char* prefix);

// Creates an instance whose system, log and temp paths are inside `dir` (sub-folder `sub`).
JET_ERR createInstanceIn(const TempDir& dir, JET_INSTANCE* instance, const std::string& sub = "");
// createInstanceIn + JetInit.
JET_ERR startInstanceIn(const TempDir& dir, JET_INSTANCE* instance, const std::string& sub = "");

// Wide-string literal helper: the API's WCHAR is char16_t here, wchar_t on Windows.
std::basic_string<WCHAR> wide(const std::string& ascii);

// Files in `folder` whose names start with `prefix` and end with `suffix`.
int countFiles(const std::filesystem::path& folder, const std::string& prefix, const std::string& suffix);

}  // namespace harness

#define HARNESS_CONCAT2(a, b) a##b
#define HARNESS_CONCAT(a, b) HARNESS_CONCAT2(a, b)

#define TEST(name)                                                                    \
    static void name();                                                               \
    static const bool HARNESS_CONCAT(registered_, name) = harness::registerTest(#name, name); \
    static void name()

#ifdef ESENT_TESTS_AGAINST_SYSTEM_ESENT
#define PORTABLE_TEST(name) [[maybe_unused]] static void name()
#else
#define PORTABLE_TEST(name) TEST(name)
#endif

#define CHECK(condition)                                                              \
    do {                                                                              \
        if (!(condition)) harness::fail(__FILE__, __LINE__, "CHECK(" #condition ")"); \
    } while (0)

#define CHECK_ERR(expression, expected)                                               \
    do {                                                                              \
        const JET_ERR harness_actual_ = (expression);                                 \
        const JET_ERR harness_expected_ = (expected);                                 \
        if (harness_actual_ != harness_expected_) {                                   \
            harness::fail(__FILE__, __LINE__,                                         \
                          std::string(#expression) + " returned " +                   \
                              harness::describe(harness_actual_) + ", expected " +    \
                              harness::describe(harness_expected_));                  \
        }                                                                             \
    } while (0)
