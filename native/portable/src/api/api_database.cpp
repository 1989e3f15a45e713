// JetCreateDatabase(2), JetAttachDatabase(2), JetOpenDatabase, JetCloseDatabase,
// JetDetachDatabase(2), JetGetDatabaseInfo, JetGetDatabaseFileInfo (A and W).
// A strings are taken as UTF-8, like the engine's other A entry points.
#include <cstring>
#include <string>

#include <esent.h>

#include "../data/database_component.h"
#include "../data/database_info.h"
#include "../platform/path.h"
#include "../util/utf.h"
#include "api_guard.h"

using esent::api::guarded;
using esent::api::SessionCall;
namespace data = esent::data;

namespace {

// Null and empty names are refused before anything touches the disk.
JET_ERR resolvePath(const std::string* name, std::string* path) {
    if (name == nullptr || name->empty()) return JET_errInvalidParameter;
    *path = esent::platform::absolutePath(*name);
    return JET_errSuccess;
}

std::string narrow(const char* text) { return std::string(text); }
std::string narrow(const WCHAR* text) { return esent::util::wideToUtf8(text); }

template <typename Char>
std::string toUtf8(const Char* text, bool* present) {
    *present = text != nullptr;
    return text ? narrow(text) : std::string();
}

// Enters the session and finds the instance's database component.
template <typename Body>
JET_ERR withDatabases(JET_SESID sesid, Body body) {
    return guarded([&]() -> JET_ERR {
        SessionCall call(sesid);
        if (call.status() < 0) return call.status();
        data::DatabaseComponent* databases = data::DatabaseComponent::of(call.session());
        if (!databases) return JET_errInternalError;
        return body(call.session(), *databases);
    });
}

template <typename Char>
JET_ERR createDatabase(JET_SESID sesid, const Char* filename, JET_DBID* pdbid, JET_GRBIT grbit) {
    return withDatabases(sesid, [&](esent::core::Session& session, data::DatabaseComponent& databases) -> JET_ERR {
        bool present = false;
        const std::string name = toUtf8(filename, &present);
        std::string path;
        JET_ERR err = resolvePath(present ? &name : nullptr, &path);
        if (err < 0) return err;
        if (pdbid == nullptr) return JET_errInvalidParameter;
        JET_DBID dbid = JET_dbidNil;
        err = databases.create(session, path, grbit, &dbid);
        if (err >= 0) *pdbid = dbid;
        return err;
    });
}

template <typename Char>
JET_ERR attachDatabase(JET_SESID sesid, const Char* filename, JET_GRBIT grbit) {
    return withDatabases(sesid, [&](esent::core::Session& session, data::DatabaseComponent& databases) -> JET_ERR {
        bool present = false;
        const std::string name = toUtf8(filename, &present);
        std::string path;
        const JET_ERR err = resolvePath(present ? &name : nullptr, &path);
        if (err < 0) return err;
        return databases.attach(session, path, grbit);
    });
}

template <typename Char>
JET_ERR openDatabase(JET_SESID sesid, const Char* filename, JET_DBID* pdbid, JET_GRBIT grbit) {
    return withDatabases(sesid, [&](esent::core::Session& session, data::DatabaseComponent& databases) -> JET_ERR {
        bool present = false;
        const std::string name = toUtf8(filename, &present);
        std::string path;
        JET_ERR err = resolvePath(present ? &name : nullptr, &path);
        if (err < 0) return err;
        if (pdbid == nullptr) return JET_errInvalidParameter;
        JET_DBID dbid = JET_dbidNil;
        err = databases.open(session, path, grbit, &dbid);
        if (err >= 0) *pdbid = dbid;
        return err;
    });
}

template <typename Char>
JET_ERR detachDatabase(JET_SESID sesid, const Char* filename, JET_GRBIT grbit) {
    return withDatabases(sesid, [&](esent::core::Session& session, data::DatabaseComponent& databases) -> JET_ERR {
        bool present = false;
        const std::string name = toUtf8(filename, &present);
        // A null or empty name detaches every database of the instance.
        if (!present || name.empty()) return databases.detach(session, nullptr, grbit);
        const std::string path = esent::platform::absolutePath(name);
        return databases.detach(session, &path, grbit);
    });
}

template <typename Char>
JET_ERR getDatabaseInfo(JET_SESID sesid, JET_DBID dbid, void* pvResult, unsigned long cbMax,
                        unsigned long infoLevel) {
    return withDatabases(sesid, [&](esent::core::Session& session, data::DatabaseComponent& databases) -> JET_ERR {
        const auto database = databases.openedBy(session, dbid);
        if (!database) return JET_errInvalidDatabaseId;
        return data::writeDatabaseInfo<Char>(data::factsOf(*database), pvResult, cbMax, infoLevel, false);
    });
}

template <typename Char>
JET_ERR getDatabaseFileInfo(const Char* filename, void* pvResult, unsigned long cbMax,
                            unsigned long infoLevel) {
    return guarded([&]() -> JET_ERR {
        bool present = false;
        const std::string name = toUtf8(filename, &present);
        std::string path;
        const JET_ERR err = resolvePath(present ? &name : nullptr, &path);
        if (err < 0) return err;
        data::DatabaseFacts facts;
        const JET_ERR readErr = data::readFileFacts(path, &facts);
        if (readErr < 0) return readErr;
        return data::writeDatabaseInfo<Char>(facts, pvResult, cbMax, infoLevel, true);
    });
}

}  // namespace

extern "C" {

JET_ERR JET_API JetCreateDatabaseA(JET_SESID sesid, JET_PCSTR szFilename, JET_PCSTR, JET_DBID* pdbid,
                                   JET_GRBIT grbit) {
    return createDatabase(sesid, szFilename, pdbid, grbit);
}

JET_ERR JET_API JetCreateDatabaseW(JET_SESID sesid, JET_PCWSTR szFilename, JET_PCWSTR, JET_DBID* pdbid,
                                   JET_GRBIT grbit) {
    return createDatabase(sesid, szFilename, pdbid, grbit);
}

// cpgDatabaseSizeMax is accepted and not enforced (the store grows as needed).
JET_ERR JET_API JetCreateDatabase2A(JET_SESID sesid, const char* szFilename, const unsigned long,
                                    JET_DBID* pdbid, JET_GRBIT grbit) {
    return createDatabase(sesid, szFilename, pdbid, grbit);
}

JET_ERR JET_API JetCreateDatabase2W(JET_SESID sesid, const WCHAR* szFilename, const unsigned long,
                                    JET_DBID* pdbid, JET_GRBIT grbit) {
    return createDatabase(sesid, szFilename, pdbid, grbit);
}

JET_ERR JET_API JetAttachDatabaseA(JET_SESID sesid, const char* szFilename, JET_GRBIT grbit) {
    return attachDatabase(sesid, szFilename, grbit);
}

JET_ERR JET_API JetAttachDatabaseW(JET_SESID sesid, const WCHAR* szFilename, JET_GRBIT grbit) {
    return attachDatabase(sesid, szFilename, grbit);
}

JET_ERR JET_API JetAttachDatabase2A(JET_SESID sesid, const char* szFilename, const unsigned long,
                                    JET_GRBIT grbit) {
    return attachDatabase(sesid, szFilename, grbit);
}

JET_ERR JET_API JetAttachDatabase2W(JET_SESID sesid, const WCHAR* szFilename, const unsigned long,
                                    JET_GRBIT grbit) {
    return attachDatabase(sesid, szFilename, grbit);
}

JET_ERR JET_API JetOpenDatabaseA(JET_SESID sesid, const char* szFilename, const char*, JET_DBID* pdbid,
                                 JET_GRBIT grbit) {
    return openDatabase(sesid, szFilename, pdbid, grbit);
}

JET_ERR JET_API JetOpenDatabaseW(JET_SESID sesid, const WCHAR* szFilename, const WCHAR*, JET_DBID* pdbid,
                                 JET_GRBIT grbit) {
    return openDatabase(sesid, szFilename, pdbid, grbit);
}

JET_ERR JET_API JetCloseDatabase(JET_SESID sesid, JET_DBID dbid, JET_GRBIT) {
    return withDatabases(sesid, [&](esent::core::Session& session, data::DatabaseComponent& databases) -> JET_ERR {
        return databases.close(session, dbid);
    });
}

JET_ERR JET_API JetDetachDatabaseA(JET_SESID sesid, const char* szFilename) {
    return detachDatabase(sesid, szFilename, 0);
}

JET_ERR JET_API JetDetachDatabaseW(JET_SESID sesid, const WCHAR* szFilename) {
    return detachDatabase(sesid, szFilename, 0);
}

JET_ERR JET_API JetDetachDatabase2A(JET_SESID sesid, const char* szFilename, JET_GRBIT grbit) {
    return detachDatabase(sesid, szFilename, grbit);
}

JET_ERR JET_API JetDetachDatabase2W(JET_SESID sesid, const WCHAR* szFilename, JET_GRBIT grbit) {
    return detachDatabase(sesid, szFilename, grbit);
}

JET_ERR JET_API JetGetDatabaseInfoA(JET_SESID sesid, JET_DBID dbid, void* pvResult, unsigned long cbMax,
                                    unsigned long InfoLevel) {
    return getDatabaseInfo<char>(sesid, dbid, pvResult, cbMax, InfoLevel);
}

JET_ERR JET_API JetGetDatabaseInfoW(JET_SESID sesid, JET_DBID dbid, void* pvResult, unsigned long cbMax,
                                    unsigned long InfoLevel) {
    return getDatabaseInfo<WCHAR>(sesid, dbid, pvResult, cbMax, InfoLevel);
}

JET_ERR JET_API JetGetDatabaseFileInfoA(const char* szDatabaseName, void* pvResult, unsigned long cbMax,
                                        unsigned long InfoLevel) {
    return getDatabaseFileInfo(szDatabaseName, pvResult, cbMax, InfoLevel);
}

JET_ERR JET_API JetGetDatabaseFileInfoW(const WCHAR* szDatabaseName, void* pvResult, unsigned long cbMax,
                                        unsigned long InfoLevel) {
    return getDatabaseFileInfo(szDatabaseName, pvResult, cbMax, InfoLevel);
}

}  // extern "C"
