#include "database_info.h"

#include <cstring>
#include <ctime>

#include "../platform/file_system.h"
#include "../util/utf.h"
#include "attachment_registry.h"
#include "store_errors.h"

namespace esent::data {

namespace {

template <typename T>
JET_ERR put(void* result, unsigned long cbMax, const T& value) {
    if (result == nullptr) return JET_errInvalidParameter;
    if (cbMax < sizeof(T)) return JET_errBufferTooSmall;
    std::memcpy(result, &value, sizeof(T));
    return JET_errSuccess;
}

JET_ERR putName(void* result, unsigned long cbMax, const std::string& path, char*) {
    if (result == nullptr) return JET_errInvalidParameter;
    if (cbMax < path.size() + 1) return JET_errBufferTooSmall;
    std::memcpy(result, path.c_str(), path.size() + 1);
    return JET_errSuccess;
}

JET_ERR putName(void* result, unsigned long cbMax, const std::string& path, WCHAR*) {
    if (result == nullptr) return JET_errInvalidParameter;
    const std::u16string wide = util::utf8ToUtf16(path);
    if (cbMax < (wide.size() + 1) * sizeof(WCHAR)) return JET_errBufferTooSmall;
    std::memcpy(result, wide.c_str(), (wide.size() + 1) * sizeof(WCHAR));
    return JET_errSuccess;
}

JET_LOGTIME logTimeOf(std::int64_t unixSeconds) {
    JET_LOGTIME time{};
    const std::time_t seconds = static_cast<std::time_t>(unixSeconds);
    std::tm parts{};
#if defined(_WIN32)
    gmtime_s(&parts, &seconds);
#else
    gmtime_r(&seconds, &parts);
#endif
    time.bSeconds = static_cast<char>(parts.tm_sec);
    time.bMinutes = static_cast<char>(parts.tm_min);
    time.bHours = static_cast<char>(parts.tm_hour);
    time.bDay = static_cast<char>(parts.tm_mday);
    time.bMonth = static_cast<char>(parts.tm_mon + 1);
    time.bYear = static_cast<char>(parts.tm_year);  // years since 1900, as ESE's LOGTIME
    return time;
}

JET_DBINFOMISC miscOf(const DatabaseFacts& facts) {
    JET_DBINFOMISC misc;
    std::memset(&misc, 0, sizeof misc);
    // ESE's database format version numbers; the file format itself is the portable engine's.
    misc.ulVersion = 0x620;
    misc.ulUpdate = 0x14;
    misc.signDb.ulRandom = facts.header.signatureRandom;
    misc.signDb.logtimeCreate = logTimeOf(facts.header.createdUnixSeconds);
    misc.dbstate = facts.state;
    misc.cbPageSize = facts.pageSize;
    misc.dwMajorVersion = 10;
    misc.dwBuildNumber = 19041;
    return misc;
}

}  // namespace

JET_ERR readFileFacts(const std::string& path, DatabaseFacts* facts) {
    if (const auto database = attachedDatabase(path)) {
        *facts = factsOf(*database);
        return JET_errSuccess;
    }
    if (!platform::pathExists(path)) return JET_errFileNotFound;
    return withStoreErrors([&]() -> JET_ERR {
        store::DatabaseOptions options;
        options.pageSize = 0;
        options.readOnly = true;
        auto file = store::DatabaseFile::open(path, options);
        const store::DatabaseStats stats = file->stats();
        facts->path = path;
        facts->pageSize = stats.pageSize;
        facts->pageCount = stats.pageCount;
        facts->fileBytes = stats.fileBytes;
        facts->readOnly = false;
        // No header tree: created by a JetCreateDatabase that crashed before recovery saw it.
        if (!readHeader(*file, &facts->header)) facts->header.state = JET_dbstateDirtyShutdown;
        facts->state = facts->header.state;
        return JET_errSuccess;
    });
}

template <typename Char>
JET_ERR writeDatabaseInfo(const DatabaseFacts& facts, void* result, unsigned long cbMax,
                          unsigned long infoLevel, bool fileInfo) {
    switch (infoLevel) {
        case JET_DbInfoFilename: return putName(result, cbMax, facts.path, static_cast<Char*>(nullptr));
        case JET_DbInfoFilesize:
            if (fileInfo) return put(result, cbMax, static_cast<unsigned long long>(facts.fileBytes));
            return put(result, cbMax, static_cast<unsigned long>(facts.pageCount));
        case JET_DbInfoFilesizeOnDisk:
        case JET_DbInfoSpaceOwned:
            return put(result, cbMax, static_cast<unsigned long>(facts.pageCount));
        case JET_DbInfoPageSize: return put(result, cbMax, static_cast<unsigned long>(facts.pageSize));
        case JET_DbInfoOptions:
            return put(result, cbMax, static_cast<unsigned long>(facts.readOnly ? JET_bitDbReadOnly : 0));
        case JET_DbInfoDBInUse:
            return put(result, cbMax, static_cast<unsigned long>(attachmentOwner(facts.path) != 0 ? 1 : 0));
        case JET_DbInfoMisc: return put(result, cbMax, miscOf(facts));
        default: return JET_errInvalidParameter;
    }
}

template JET_ERR writeDatabaseInfo<char>(const DatabaseFacts&, void*, unsigned long, unsigned long, bool);
template JET_ERR writeDatabaseInfo<WCHAR>(const DatabaseFacts&, void*, unsigned long, unsigned long, bool);

}  // namespace esent::data
