#include "harness.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>

namespace harness {

namespace {
int g_failuresInTest = 0;
}

std::vector<TestCase>& registry() {
    static std::vector<TestCase> tests;
    return tests;
}

bool registerTest(const char* name, std::function<void()> body) {
    registry().push_back({name, std::move(body)});
    return true;
}

void fail(const char* file, int line, const std::string& message) {
    ++g_failuresInTest;
    std::cout << "    " << std::filesystem::path(file).filename().string() << ":" << line << ": "
              << message << std::endl;
}

int takeFailures() {
    const int count = g_failuresInTest;
    g_failuresInTest = 0;
    return count;
}

std::string describe(JET_ERR err) {
    JET_API_PTR code = static_cast<JET_API_PTR>(err);
    char text[512] = {0};
    const JET_ERR result = JetGetSystemParameterA(0, 0, JET_paramErrorToString, &code, text, sizeof(text));
    std::string out = std::to_string(static_cast<long long>(err));
    if (result == JET_errSuccess) {
        std::string name = text;
        const std::size_t comma = name.find(',');
        if (comma != std::string::npos) name = name.substr(0, comma);
        out += " (" + name + ")";
    }
    return out;
}

TempDir::TempDir() {
    static std::atomic<int> counter{0};
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    path_ = std::filesystem::temp_directory_path() /
            ("esent-engine-test-" + std::to_string(stamp) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::string TempDir::folder(const std::string& sub) const {
    std::filesystem::path p = sub.empty() ? path_ : path_ / sub;
    std::string text = p.string();
    const char separator = static_cast<char>(std::filesystem::path::preferred_separator);
    if (text.empty() || text.back() != separator) text.push_back(separator);
    return text;
}

std::string TempDir::file(const std::string& name) const { return (path_ / name).string(); }

std::string uniqueName(const char* prefix) {
    static std::atomic<int> counter{0};
    return std::string(prefix) + "-" + std::to_string(counter++);
}

JET_ERR createInstanceIn(const TempDir& dir, JET_INSTANCE* instance, const std::string& sub) {
    const std::string name = uniqueName("test");
    JET_ERR err = JetCreateInstanceA(instance, name.c_str());
    if (err < 0) return err;
    const std::string folder = dir.folder(sub);
    const std::string temp = folder + "tmp.edb";
    if ((err = JetSetSystemParameterA(instance, 0, JET_paramCreatePathIfNotExist, 1, nullptr)) < 0 ||
        (err = JetSetSystemParameterA(instance, 0, JET_paramSystemPath, 0, folder.c_str())) < 0 ||
        (err = JetSetSystemParameterA(instance, 0, JET_paramLogFilePath, 0, folder.c_str())) < 0 ||
        (err = JetSetSystemParameterA(instance, 0, JET_paramTempPath, 0, temp.c_str())) < 0 ||
        (err = JetSetSystemParameterA(instance, 0, JET_paramNoInformationEvent, 1, nullptr)) < 0) {
        JetTerm(*instance);
        return err;
    }
    return JET_errSuccess;
}

JET_ERR startInstanceIn(const TempDir& dir, JET_INSTANCE* instance, const std::string& sub) {
    const JET_ERR err = createInstanceIn(dir, instance, sub);
    if (err < 0) return err;
    return JetInit(instance);
}

std::basic_string<WCHAR> wide(const std::string& ascii) {
    std::basic_string<WCHAR> out;
    for (char c : ascii) out.push_back(static_cast<WCHAR>(static_cast<unsigned char>(c)));
    return out;
}

int countFiles(const std::filesystem::path& folder, const std::string& prefix, const std::string& suffix) {
    int count = 0;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (name.size() >= prefix.size() + suffix.size() && name.compare(0, prefix.size(), prefix) == 0 &&
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
            ++count;
        }
    }
    return count;
}

}  // namespace harness

int harness_takeFailures() { return harness::takeFailures(); }
