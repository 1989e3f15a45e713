// File helpers of the log layer: names of the files it owns, whole-file reads, atomic
// replacement, and the JET errors that file failures turn into.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <esent.h>

#include "../platform/file_system.h"
#include "log_types.h"

namespace esent::log {

// <base>.log: the generation being written.
std::string currentLogPath(const LogConfig& config);
// <base>XXXXX.log (at least five upper-case hex digits): a finished generation.
std::string archivedLogPath(const LogConfig& config, std::uint64_t generation);
// <base>tmp.log: the next generation while it is being prepared.
std::string pendingLogPath(const LogConfig& config);
// <base>.chk in the system folder.
std::string checkpointPath(const LogConfig& config);

// Generations of archived files present in the log folder, ascending.
JET_ERR listArchivedGenerations(const LogConfig& config, std::vector<std::uint64_t>* generations);

JET_ERR readWholeFile(const std::string& path, std::vector<std::uint8_t>* bytes);
// Writes `bytes` to `path` so that a crash leaves either the old or the new content.
JET_ERR writeFileAtomically(const std::string& path, const std::vector<std::uint8_t>& bytes);

// The JET error for a failed file operation; `writing` picks the log-write flavour.
JET_ERR errorFromIo(platform::IoStatus status, bool writing);

}  // namespace esent::log
