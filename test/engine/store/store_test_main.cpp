#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "store_error.h"
#include "store_test_harness.h"

namespace store_test {
namespace {
int failuresInTest = 0;
}

std::vector<TestCase>& registry() {
    static std::vector<TestCase> tests;
    return tests;
}

void recordFailure(const char* file, int line, const std::string& what) {
    ++failuresInTest;
    std::cout << "    " << file << ":" << line << ": " << what << std::endl;
}

TempDir::TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "store-test-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

}  // namespace store_test

int main(int argc, char** argv) {
    bool slow = false;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--slow") == 0) slow = true;
        else only = argv[i];
    }
    int passed = 0, failed = 0;
    for (const auto& test : store_test::registry()) {
        bool isSlow = std::strncmp(test.name, "slow_", 5) == 0;
        if (!only.empty() ? only != test.name : (isSlow && !slow)) continue;
        store_test::failuresInTest = 0;
        auto start = std::chrono::steady_clock::now();
        try {
            test.body();
        } catch (const store_test::RequireFailed&) {
        } catch (const std::exception& e) {
            store_test::recordFailure(test.name, 0, std::string("unexpected exception: ") + e.what());
        }
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        bool ok = store_test::failuresInTest == 0;
        (ok ? passed : failed)++;
        std::cout << (ok ? "ok   " : "FAIL ") << test.name << " (" << seconds << " s)" << std::endl;
    }
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    std::cout << "peak RSS " << usage.ru_maxrss / 1024 << " MiB" << std::endl;
    std::cout << passed << " passed, " << failed << " failed" << std::endl;
    return failed == 0 ? 0 : 1;
}
