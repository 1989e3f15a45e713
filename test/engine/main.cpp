// Runs every registered test; the last line is "N passed, N failed" and the exit code is
// non-zero when any test failed. An argument runs only the tests whose names contain it.
#include <cstring>
#include <exception>
#include <string>
#include <iostream>

#include "harness.h"

int harness_takeFailures();

int main(int argc, char** argv) {
    const char* filter = argc > 1 ? argv[1] : nullptr;
    int passed = 0;
    int failed = 0;
    for (const harness::TestCase& test : harness::registry()) {
        if (filter != nullptr && std::strstr(test.name, filter) == nullptr) continue;
        std::cout << test.name << std::endl;
        try {
            test.body();
        } catch (const std::exception& error) {
            harness::fail(__FILE__, __LINE__, std::string("exception: ") + error.what());
        } catch (...) {
            harness::fail(__FILE__, __LINE__, "unknown exception");
        }
        if (harness_takeFailures() == 0) {
            ++passed;
        } else {
            ++failed;
            std::cout << "  FAILED " << test.name << std::endl;
        }
    }
    std::cout << passed << " passed, " << failed << " failed" << std::endl;
    return failed == 0 ? 0 : 1;
}
