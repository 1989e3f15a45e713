// Writes: a transaction's uncommitted changes, their write conflicts, and per-level undo.
//
// Each change is remembered twice: the new state in the session's SessionWrites (what it reads
// back and what commit publishes), and a flag on the key's KeyState (the write lock or escrow
// that other transactions conflict with). The first time a level touches a key or a tree, the
// state before is saved in that level's LevelUndo; rolling the level back restores those states,
// committing it into the level below hands them down unless that level has its own.
#include "../../core/session.h"
#include "../records/escrow_field.h"
#include "version_visibility.h"

namespace esent::data {

namespace {

JET_ERR checkWritable(const core::Session& session, const Database& db) {
    if (session.level == 0) return JET_errNotInTransaction;
    if (session.readOnly) return JET_errTransReadOnly;
    if (db.readOnly) return JET_errPermissionDenied;
    return JET_errSuccess;
}

LevelUndo& levelOf(SessionWrites& writes, const core::Session& session) {
    if (writes.levels.size() < static_cast<std::size_t>(session.level)) writes.levels.resize(session.level);
    return writes.levels[session.level - 1];
}

EscrowSums sumsOf(const std::vector<EscrowDelta>& escrows) {
    EscrowSums sums;
    for (const EscrowDelta& delta : escrows) sums[delta.columnid] += static_cast<std::uint64_t>(delta.delta);
    return sums;
}

// The key's conflict flags for transaction `self`, set from its pending change (null: none).
// `added`: the pending change differs from what was published only by this last escrow delta.
void publishFlagsLocked(DbVersions& versions, store::TreeId tree, std::string_view key, std::uint64_t self,
                        const Pending* pending, const EscrowDelta* added = nullptr) {
    const bool locked = pending && pending->locked;
    const bool escrowing = pending && !pending->escrows.empty();
    auto it = versions.keys.find(TreeKeyRef{tree, key});
    if (it == versions.keys.end()) {
        if (!locked && !escrowing) return;
        it = versions.keys.emplace(TreeKey{tree, std::string(key)}, KeyState{}).first;
    }
    KeyState& state = it->second;
    if (locked) {
        state.writer = self;
    } else if (state.writer == self) {
        state.writer = 0;
    }
    if (escrowing) {
        const auto mine = state.escrowers.find(self);
        if (added && mine != state.escrowers.end()) {
            mine->second[added->columnid] += static_cast<std::uint64_t>(added->delta);
        } else {
            state.escrowers[self] = sumsOf(pending->escrows);
        }
    } else {
        state.escrowers.erase(self);
    }
    if (state.unused()) versions.keys.erase(it);
}

// -1102 when another transaction holds the key, or a commit after `snapshot` changed it. Escrow
// deltas commute with other transactions' deltas, pending or committed after the snapshot, and
// conflict with everything else.
bool conflictsLocked(const DbVersions& versions, store::TreeId tree, std::string_view key, std::uint64_t self,
                     std::uint64_t snapshot, bool escrow) {
    const auto it = versions.keys.find(TreeKeyRef{tree, key});
    if (it == versions.keys.end()) return false;
    const KeyState& state = it->second;
    if (state.writer != 0 && state.writer != self) return true;
    if (escrow) {
        for (auto image = state.history.rbegin(); image != state.history.rend() && image->sequence > snapshot; ++image) {
            if (!image->escrowOnly) return true;
        }
        return false;
    }
    for (const auto& entry : state.escrowers) {
        if (entry.first != self) return true;
    }
    return !state.history.empty() && state.history.back().sequence > snapshot;
}

// The counter as the record holds it now: the newest committed record (or the session's own
// replacement of it) with every transaction's uncommitted deltas, this session's included.
std::int64_t currentEscrowTotalLocked(const TreeView& view, std::string_view key, const EscrowDelta& field,
                                      const std::string& visible) {
    std::string record;
    const Pending* own = ownChange(view, key);
    bool found = false;
    if (own && own->kind == Pending::Kind::Put) {
        record = own->value;
        found = true;
    } else if (view.inFile) {
        found = view.db.file().tree(view.tree).get(key, record);
    }
    if (!found) record = visible;
    std::uint64_t total = static_cast<std::uint64_t>(readEscrowField(record, field));
    const auto it = view.versions.keys.find(TreeKeyRef{view.tree, key});
    if (it != view.versions.keys.end()) {
        for (const auto& entry : it->second.escrowers) {
            const auto sum = entry.second.find(field.columnid);
            if (sum != entry.second.end()) total += sum->second;
        }
    }
    if (field.size == 4) return static_cast<std::int32_t>(static_cast<std::uint32_t>(total));
    return static_cast<std::int64_t>(total);
}

void saveUndo(SessionWrites& writes, const core::Session& session, const PendingKeyRef& ref) {
    LevelUndo& undo = levelOf(writes, session);
    if (undo.keys.find(ref) != undo.keys.end()) return;
    const auto current = writes.keys.find(ref);
    std::optional<Pending> before;
    if (current != writes.keys.end()) before = current->second;
    undo.keys.emplace(PendingKey{ref.db, ref.tree, std::string(ref.key)}, std::move(before));
}

Pending& pendingFor(SessionWrites& writes, const PendingKeyRef& ref) {
    const auto it = writes.keys.find(ref);
    if (it != writes.keys.end()) return it->second;
    return writes.keys.emplace(PendingKey{ref.db, ref.tree, std::string(ref.key)}, Pending{}).first->second;
}

}  // namespace

JET_ERR VersionStore::writeKey(core::Session& session, Database& db, store::TreeId tree, std::string_view key,
                               WriteKind kind, std::string_view value) {
    JET_ERR err = checkWritable(session, db);
    if (err < 0) return err;
    if (key.size() > db.file().maxKeySize()) return JET_errKeyTooBig;
    if (value.size() > store::kMaxValueSize) return JET_errRecordTooBig;
    TreeView view = viewOf(*state_, session, db, tree, true);
    if (view.droppedBySession) return JET_errObjectNotFound;
    const auto lock = lockView(view);
    if (!view.inFile && !view.createdBySession) return JET_errObjectNotFound;
    if (conflictsLocked(view.versions, tree, key, session.trxId, session.snapshotSequence, false))
        return JET_errWriteConflict;
    if (kind == WriteKind::Erase && !visibleValueLocked(view, key, nullptr)) return JET_errRecordDeleted;

    SessionWrites& writes = *view.writes;
    const PendingKeyRef ref{&db, tree, key};
    saveUndo(writes, session, ref);
    Pending& pending = pendingFor(writes, ref);
    pending.locked = true;
    if (kind != WriteKind::Lock) {
        // A put carries the whole record the session saw, its own escrow deltas included.
        pending.kind = kind == WriteKind::Put ? Pending::Kind::Put : Pending::Kind::Erase;
        pending.value.assign(kind == WriteKind::Put ? value : std::string_view());
        pending.escrows.clear();
    }
    writes.databases[&db] = &db;
    publishFlagsLocked(view.versions, tree, key, session.trxId, &pending);
    return JET_errSuccess;
}

JET_ERR VersionStore::put(core::Session& session, Database& db, store::TreeId tree, std::string_view key,
                          std::string_view value) {
    return writeKey(session, db, tree, key, WriteKind::Put, value);
}

JET_ERR VersionStore::erase(core::Session& session, Database& db, store::TreeId tree, std::string_view key) {
    return writeKey(session, db, tree, key, WriteKind::Erase, {});
}

JET_ERR VersionStore::lock(core::Session& session, Database& db, store::TreeId tree, std::string_view key) {
    return writeKey(session, db, tree, key, WriteKind::Lock, {});
}

JET_ERR VersionStore::escrow(core::Session& session, Database& db, store::TreeId tree, std::string_view key,
                             const EscrowDelta& delta, std::int64_t* before) {
    JET_ERR err = checkWritable(session, db);
    if (err < 0) return err;
    TreeView view = viewOf(*state_, session, db, tree, true);
    if (view.droppedBySession) return JET_errObjectNotFound;
    const auto lock = lockView(view);
    if (conflictsLocked(view.versions, tree, key, session.trxId, session.snapshotSequence, true))
        return JET_errWriteConflict;
    std::string record;
    if (!visibleValueLocked(view, key, &record)) return JET_errRecordDeleted;
    if (before) *before = currentEscrowTotalLocked(view, key, delta, record);

    SessionWrites& writes = *view.writes;
    const PendingKeyRef ref{&db, tree, key};
    saveUndo(writes, session, ref);
    Pending& pending = pendingFor(writes, ref);
    pending.escrows.push_back(delta);
    writes.databases[&db] = &db;
    publishFlagsLocked(view.versions, tree, key, session.trxId, &pending, &delta);
    return JET_errSuccess;
}

store::TreeId VersionStore::reserveTree(Database& db) {
    DbVersions& versions = state_->versionsOf(db);
    std::lock_guard<std::mutex> lock(versions.mutex);
    versions.reservedUpTo = std::max(versions.reservedUpTo + 1, db.file().nextTreeId());
    return versions.reservedUpTo;
}

JET_ERR VersionStore::changeTree(core::Session& session, Database& db, store::TreeId tree, bool create) {
    JET_ERR err = checkWritable(session, db);
    if (err < 0) return err;
    if (tree == store::kCatalogTreeId) return JET_errInvalidParameter;
    SessionWrites& writes = *state_->writesOf(session, true);
    const TreeRef ref{&db, tree};
    const auto current = writes.trees.find(ref);
    std::optional<TreeOp> before;
    if (current != writes.trees.end()) before = current->second;
    const bool inFile = db.file().hasTree(tree);
    TreeOp next;
    if (create) {
        if (before || inFile) return JET_errInvalidParameter;
        next = TreeOp::Create;
    } else if (before == TreeOp::Create) {
        next = TreeOp::CreateThenDrop;
    } else if (!before && inFile) {
        next = TreeOp::Drop;
    } else {
        return JET_errObjectNotFound;
    }
    levelOf(writes, session).trees.emplace(ref, before);
    writes.trees[ref] = next;
    writes.databases[&db] = &db;
    return JET_errSuccess;
}

JET_ERR VersionStore::createTree(core::Session& session, Database& db, store::TreeId tree) {
    return changeTree(session, db, tree, true);
}

JET_ERR VersionStore::dropTree(core::Session& session, Database& db, store::TreeId tree) {
    return changeTree(session, db, tree, false);
}

// ---- transaction levels ----

void VersionStore::beforeRollback(core::Session& session) {
    SessionWrites* writes = state_->writesOf(session, false);
    if (!writes) return;
    const std::size_t level = static_cast<std::size_t>(session.level);
    if (writes->levels.size() < level) return;  // nothing changed at this level
    LevelUndo undo = std::move(writes->levels[level - 1]);
    writes->levels.resize(level - 1);
    // Newest state first does not matter: each key and tree appears once per level.
    for (auto& [key, before] : undo.keys) {
        DbVersions& versions = state_->versionsOf(*key.db);
        std::lock_guard<std::mutex> lock(versions.mutex);
        if (before) {
            writes->keys[key] = std::move(*before);
        } else {
            writes->keys.erase(key);
        }
        const auto now = writes->keys.find(key);
        publishFlagsLocked(versions, key.tree, key.key, writes->trxId,
                           now == writes->keys.end() ? nullptr : &now->second);
    }
    for (auto& [tree, before] : undo.trees) {
        if (before) {
            writes->trees[tree] = *before;
        } else {
            writes->trees.erase(tree);
        }
    }
}

void VersionStore::afterCommit(core::Session& session, std::uint64_t commitSequence) {
    if (commitSequence != 0) {
        // commitLevel0 published everything; forget the transaction.
        {
            std::lock_guard<std::mutex> lock(state_->mutex);
            state_->sessions.erase(session.handle);
        }
        collectGarbage();
        return;
    }
    SessionWrites* writes = state_->writesOf(session, false);
    if (!writes) return;
    const std::size_t into = static_cast<std::size_t>(session.level);
    if (writes->levels.size() <= into) return;
    LevelUndo committed = std::move(writes->levels[into]);
    writes->levels.resize(into);
    LevelUndo& below = writes->levels[into - 1];
    // The level below keeps its own (older) before-states.
    for (auto& entry : committed.keys) below.keys.emplace(std::move(entry));
    for (auto& entry : committed.trees) below.trees.emplace(entry);
}

}  // namespace esent::data
