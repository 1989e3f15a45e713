// What one session sees of one tree: its own uncommitted changes over the committed data as of
// its snapshot (DESIGN.md §3). Shared by the reads and by the checks of the writes.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "../../core/session.h"
#include "version_state.h"

namespace esent::data {

struct TreeView {
    Database& db;
    DbVersions& versions;
    SessionWrites* writes;   // null: the session has no changes
    store::TreeId tree;
    bool inTransaction;      // false: level 0 reads the newest committed data
    std::uint64_t snapshot;
    bool droppedBySession;   // the session's own (uncommitted) drop: reads as empty
    bool createdBySession;   // the session's own (uncommitted) create: nothing committed yet
    bool inFile = false;     // the tree exists in the file (set by lockView)
};

TreeView viewOf(VersionStore::State& state, core::Session& session, Database& db, store::TreeId tree,
                bool createWrites = false);

// Takes view.versions.mutex (commits apply under it) and notes whether the tree is in the file.
std::unique_lock<std::mutex> lockView(TreeView& view);

// The session's own change to the key, or null.
Pending* ownChange(const TreeView& view, std::string_view key);

// Caller holds view.versions.mutex.
// The committed value the session sees (at its snapshot inside a transaction).
bool committedValueLocked(const TreeView& view, std::string_view key, std::string* value);
// The value the session sees, its own changes and escrow deltas included.
bool visibleValueLocked(const TreeView& view, std::string_view key, std::string* value);

// Applies escrow deltas in order; true when one of them asks for deletion at zero and the
// counter ended at zero.
bool applyEscrows(std::string& record, const std::vector<EscrowDelta>& escrows);

}  // namespace esent::data
