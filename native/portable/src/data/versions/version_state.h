// The version store's memory, shared by its .cpp files (not a public header).
//
// Two kinds of state:
//   - per database (DbVersions, its own mutex): for every key somebody is writing or that has
//     committed versions a snapshot may still need, which transaction holds the write lock, which
//     ones hold escrow deltas, and the before-images of recent commits (KeyState);
//   - per session (SessionWrites, touched only by the session's own thread, except by commit
//     which also runs on it): the uncommitted changes themselves, and per transaction level the
//     state each key and tree had before that level first touched it (the undo of the level).
//
// Lock order: Instance::commitMutex, Database::applyMutex (in dbid order), DbVersions::mutex,
// then the page store's own mutex. State::mutex only guards the two maps of State and is never
// held while another lock is taken.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "version_store.h"

namespace esent::data {

// ---- per database ----

// What a key looked like before the commit with sequence `sequence` changed it.
struct BeforeImage {
    std::uint64_t sequence = 0;
    bool existed = false;
    std::string value;
    // The commit only added escrow deltas to the record: later deltas of older snapshots commute
    // with it, any other write conflicts.
    bool escrowOnly = false;
};

// The uncommitted escrow deltas of one transaction on one record: per column, their sum
// (wrapping, as the counters do).
using EscrowSums = std::map<JET_COLUMNID, std::uint64_t>;

struct KeyState {
    std::uint64_t writer = 0;                       // trxId holding an uncommitted put/erase/lock
    std::map<std::uint64_t, EscrowSums> escrowers;  // trxIds holding uncommitted escrow deltas
    std::deque<BeforeImage> history;                // oldest commit first

    bool unused() const { return writer == 0 && escrowers.empty() && history.empty(); }
};

// (tree, key), ordered by tree then key bytes; looked up without copying the key.
struct TreeKey {
    store::TreeId tree;
    std::string key;
};
struct TreeKeyRef {
    store::TreeId tree;
    std::string_view key;
};
struct TreeKeyLess {
    using is_transparent = void;
    template <typename A, typename B>
    bool operator()(const A& a, const B& b) const {
        if (a.tree != b.tree) return a.tree < b.tree;
        return std::string_view(a.key) < std::string_view(b.key);
    }
};

struct DbVersions {
    std::mutex mutex;
    std::map<TreeKey, KeyState, TreeKeyLess> keys;
    store::TreeId reservedUpTo = 0;  // highest tree id reserveTree handed out in this process
};

// ---- per session ----

struct Pending {
    enum class Kind : std::uint8_t { Keep, Put, Erase };
    Kind kind = Kind::Keep;   // Keep: the committed value stays (a lock and/or escrow deltas)
    bool locked = false;      // holds the key's write lock (every put, erase and lock)
    std::string value;        // Put
    std::vector<EscrowDelta> escrows;  // applied, in order, on top of the value this sees
};

enum class TreeOp : std::uint8_t { Create, Drop, CreateThenDrop };

// A key of one session's changes: (database, tree, key).
struct PendingKey {
    const Database* db;
    store::TreeId tree;
    std::string key;
};
struct PendingKeyRef {
    const Database* db;
    store::TreeId tree;
    std::string_view key;
};
struct PendingKeyLess {
    using is_transparent = void;
    template <typename A, typename B>
    bool operator()(const A& a, const B& b) const {
        if (a.db != b.db) return std::less<const Database*>()(a.db, b.db);
        if (a.tree != b.tree) return a.tree < b.tree;
        return std::string_view(a.key) < std::string_view(b.key);
    }
};

using TreeRef = std::pair<const Database*, store::TreeId>;

// What one transaction level changed first: the state before it (nullopt: nothing pending).
struct LevelUndo {
    std::map<PendingKey, std::optional<Pending>, PendingKeyLess> keys;
    std::map<TreeRef, std::optional<TreeOp>> trees;
};

struct SessionWrites {
    std::uint64_t trxId = 0;  // the level-0 transaction these belong to
    std::map<PendingKey, Pending, PendingKeyLess> keys;
    std::map<TreeRef, TreeOp> trees;
    std::map<const Database*, Database*> databases;  // every database written to
    std::vector<LevelUndo> levels;                    // [0] is level 1

    bool empty() const { return keys.empty() && trees.empty(); }
};

// ---- per instance ----

// A before-image in commit order, so that garbage collection pops the oldest first.
struct HistoryRef {
    std::uint64_t sequence;
    DbVersions* db;
    store::TreeId tree;
    std::string key;
};

struct VersionStore::State {
    std::mutex mutex;  // guards the two maps below (not their contents)
    std::map<const Database*, std::unique_ptr<DbVersions>> databases;
    std::map<JET_SESID, std::unique_ptr<SessionWrites>> sessions;

    // Guarded by Instance::commitMutex.
    std::deque<HistoryRef> history;
    std::uint64_t historyEntries = 0;

    // Recovery: records of transactions whose final record has not been read yet.
    struct Partial {
        log::Lsn firstLsn = 0;
        std::vector<std::vector<std::uint8_t>> records;
    };
    std::map<std::uint64_t, Partial> partial;

    std::uint64_t recordsLogged = 0;  // commitMutex

    DbVersions& versionsOf(const Database& db);
    // The session's changes, or null when it has none (create: make them).
    SessionWrites* writesOf(const core::Session& session, bool create);
};

}  // namespace esent::data
