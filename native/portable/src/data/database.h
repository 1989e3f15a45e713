// One attached database of an instance: the file, its catalog tree (tables hang off it) and who
// has it open. Owned by the instance's DatabaseComponent; tables and cursors (next slices of
// issue 4) hold a shared_ptr so a detach cannot pull the file from under a call in flight.
//
// JET_DBID: as in ESE, a small integer naming the attached database within the instance (ESE's
// ifmp); JetOpenDatabase of the same file in any session returns the same value and counts one
// more open for that session, which JetCloseDatabase takes back.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <esent.h>

#include "../log/log_types.h"
#include "../store/database_file.h"
#include "database_header.h"

namespace esent::data {

class Database {
public:
    Database(JET_DBID dbid, std::string path, std::unique_ptr<store::DatabaseFile> file,
             bool readOnly, const DatabaseHeader& header)
        : dbid(dbid), path(std::move(path)), readOnly(readOnly), header(header),
          file_(std::move(file)) {}

    const JET_DBID dbid;
    const std::string path;  // absolute, UTF-8
    const bool readOnly;     // JET_bitDbReadOnly at attach: updates are refused
    const DatabaseHeader header;

    store::DatabaseFile& file() { return *file_; }

    // Writers hold this while they append a log record and apply it to the trees, and the
    // checkpoint holds it while it takes the log's end LSN, so a checkpoint at LSN L contains
    // every record below L and none above.
    std::mutex applyMutex;

    // Guarded by the component's mutex.
    std::map<JET_SESID, int> opens;   // JetOpenDatabase count per session
    log::Lsn coveredSince = log::kNoLsn;  // LSN of the newest attach / attach-list record naming it

private:
    std::unique_ptr<store::DatabaseFile> file_;
};

}  // namespace esent::data
