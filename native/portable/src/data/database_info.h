// The answers of JetGetDatabaseInfo (an open database) and JetGetDatabaseFileInfo (a file,
// attached or not), written into the caller's buffer with ESENT's sizes:
//   Filename  the absolute path, NUL-terminated, in the entry point's character type
//   Filesize  JetGetDatabaseInfo: pages (unsigned long); file info: bytes (unsigned long long)
//   FilesizeOnDisk / SpaceOwned  pages (unsigned long)
//   PageSize  bytes (unsigned long);  Options  the attach grbit (unsigned long)
//   DBInUse   1 when attached by an instance of this process, else 0 (unsigned long)
//   Misc      JET_DBINFOMISC: dbstate (JET_dbstateDirtyShutdown while attached for writing or
//             after a crash, JET_dbstateCleanShutdown once detached cleanly), cbPageSize, the
//             creation signature; log positions are left zero (our log has other coordinates).
// A buffer smaller than the value: JET_errBufferTooSmall; other levels: JET_errInvalidParameter.
#pragma once

#include <string>

#include <esent.h>

#include "database_component.h"

namespace esent::data {

// The facts of the database file at `path` (absolute): from the live database when an instance
// of this process has it attached, else read from the file opened read-only.
JET_ERR readFileFacts(const std::string& path, DatabaseFacts* facts);

template <typename Char>
JET_ERR writeDatabaseInfo(const DatabaseFacts& facts, void* result, unsigned long cbMax,
                          unsigned long infoLevel, bool fileInfo);

}  // namespace esent::data
