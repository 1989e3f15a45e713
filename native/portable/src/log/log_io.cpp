#include "log_io.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "../platform/path.h"

namespace esent::log {

std::string currentLogPath(const LogConfig& config) {
    return platform::joinPath(config.logFolder, config.baseName + ".log");
}

std::string archivedLogPath(const LogConfig& config, std::uint64_t generation) {
    char digits[24];
    std::snprintf(digits, sizeof(digits), "%05llX", static_cast<unsigned long long>(generation));
    return platform::joinPath(config.logFolder, config.baseName + digits + ".log");
}

std::string pendingLogPath(const LogConfig& config) {
    return platform::joinPath(config.logFolder, config.baseName + "tmp.log");
}

std::string checkpointPath(const LogConfig& config) {
    return platform::joinPath(config.systemFolder, config.baseName + ".chk");
}

JET_ERR listArchivedGenerations(const LogConfig& config, std::vector<std::uint64_t>* generations) {
    std::vector<std::string> names;
    const platform::IoStatus status = platform::listDirectory(config.logFolder, &names);
    if (status != platform::IoStatus::Ok) return errorFromIo(status, false);
    generations->clear();
    const std::string& base = config.baseName;
    for (const std::string& name : names) {
        if (name.size() < base.size() + 5 + 4 || name.compare(0, base.size(), base) != 0) continue;
        if (name.compare(name.size() - 4, 4, ".log") != 0) continue;
        const std::string digits = name.substr(base.size(), name.size() - base.size() - 4);
        if (digits.size() < 5 || digits.size() > 16) continue;
        const bool allHex = std::all_of(digits.begin(), digits.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c)) || (c >= 'A' && c <= 'F');
        });
        if (!allHex) continue;
        generations->push_back(std::stoull(digits, nullptr, 16));
    }
    std::sort(generations->begin(), generations->end());
    return JET_errSuccess;
}

JET_ERR readWholeFile(const std::string& path, std::vector<std::uint8_t>* bytes) {
    std::unique_ptr<platform::File> file;
    platform::IoStatus status = platform::File::open(path, platform::OpenMode::ReadOnly, &file);
    if (status != platform::IoStatus::Ok) return errorFromIo(status, false);
    std::uint64_t size = 0;
    status = file->size(&size);
    if (status != platform::IoStatus::Ok) return errorFromIo(status, false);
    bytes->resize(static_cast<std::size_t>(size));
    std::size_t read = 0;
    status = file->readAt(0, bytes->data(), bytes->size(), &read);
    if (status != platform::IoStatus::Ok) return errorFromIo(status, false);
    bytes->resize(read);
    return JET_errSuccess;
}

JET_ERR writeFileAtomically(const std::string& path, const std::vector<std::uint8_t>& bytes) {
    const std::string temporary = path + ".tmp";
    {
        std::unique_ptr<platform::File> file;
        platform::IoStatus status = platform::File::open(temporary, platform::OpenMode::OpenOrCreate, &file);
        if (status == platform::IoStatus::Ok) status = file->truncate(0);
        if (status == platform::IoStatus::Ok) status = file->writeAt(0, bytes.data(), bytes.size());
        if (status == platform::IoStatus::Ok) status = file->sync();
        if (status != platform::IoStatus::Ok) return errorFromIo(status, true);
    }
    platform::IoStatus status = platform::replaceFile(temporary, path);
    if (status == platform::IoStatus::Ok) status = platform::syncDirectory(platform::parentPath(path));
    return status == platform::IoStatus::Ok ? JET_errSuccess : errorFromIo(status, true);
}

JET_ERR errorFromIo(platform::IoStatus status, bool writing) {
    switch (status) {
        case platform::IoStatus::Ok: return JET_errSuccess;
        case platform::IoStatus::NotFound: return JET_errFileNotFound;
        case platform::IoStatus::PathNotFound: return JET_errInvalidPath;
        case platform::IoStatus::AlreadyExists: return JET_errFileAccessDenied;
        case platform::IoStatus::AccessDenied: return JET_errFileAccessDenied;
        case platform::IoStatus::DiskFull: return JET_errLogDiskFull;
        case platform::IoStatus::Failed: break;
    }
    return writing ? JET_errLogWriteFail : JET_errDiskIO;
}

}  // namespace esent::log
