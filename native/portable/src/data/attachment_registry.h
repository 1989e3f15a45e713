// Which database files are attached by which instance, process-wide: ESENT refuses a file that
// another instance of the same process has attached (JET_errDatabaseSharingViolation -1215).
#pragma once

#include <memory>
#include <string>

#include <esent.h>

namespace esent::data {

class Database;

// True and recorded when no other instance holds `path`; also true when `instance` holds it.
bool claimAttachment(const std::string& path, JET_INSTANCE instance);
void releaseAttachment(const std::string& path, JET_INSTANCE instance);
// Makes the attached database visible to JetGetDatabaseFileInfo, which has no session.
void publishAttachment(const std::string& path, JET_INSTANCE instance, const std::shared_ptr<Database>& database);
// The instance holding `path`, or 0.
JET_INSTANCE attachmentOwner(const std::string& path);
// The attached database at `path` (any instance), or null.
std::shared_ptr<Database> attachedDatabase(const std::string& path);

}  // namespace esent::data
