// Path arithmetic on UTF-8 strings, platform-neutral on top of file_system.h.
#pragma once

#include <string>

#include "file_system.h"

namespace esent::platform {

// Relative paths are resolved against the process's current directory, as ESENT does.
std::string absolutePath(const std::string& path);
// A folder path ends with one separator ("C:\\data\\", "/data/").
std::string asFolder(const std::string& path);
std::string joinPath(const std::string& folder, const std::string& name);
std::string parentPath(const std::string& path);
// Creates every missing directory of `folder`.
IoStatus createDirectories(const std::string& folder);
// Compares two absolute paths as the platform's file system does (case-insensitive on Windows).
bool samePath(const std::string& a, const std::string& b);

}  // namespace esent::platform
