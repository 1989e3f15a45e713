// What the engine keeps inside each database file besides user data: one small tree (id 1, the
// "header tree") with the shutdown state, the catalog tree's id (tables hang off it) and the
// creation signature. It lives in the store's own trees, so the page store's atomic checkpoint
// makes a state change durable together with the data it describes: a file checkpointed while
// attached for writing says "dirty shutdown"; detach and clean JetTerm checkpoint it "clean".
#pragma once

#include <cstdint>

#include <esent.h>

#include "../store/database_file.h"

namespace esent::data {

constexpr store::TreeId kHeaderTreeId = 1;
constexpr store::TreeId kFirstCatalogTreeId = 2;

struct DatabaseHeader {
    std::uint32_t state = JET_dbstateCleanShutdown;  // JET_dbstate* values
    store::TreeId catalogTree = 0;
    std::uint32_t signatureRandom = 0;
    std::int64_t createdUnixSeconds = 0;
};

// Writes the header tree and an empty catalog tree into a new file (in memory until the next
// checkpoint). State: dirty shutdown, since the new file is attached.
DatabaseHeader initializeHeader(store::DatabaseFile& file);
// False when the file has no header tree (created, never initialised: only after a crash
// during JetCreateDatabase).
bool readHeader(store::DatabaseFile& file, DatabaseHeader* header);
void writeState(store::DatabaseFile& file, std::uint32_t state);

}  // namespace esent::data
