#include "version_visibility.h"

#include "../records/escrow_field.h"

namespace esent::data {

DbVersions& VersionStore::State::versionsOf(const Database& db) {
    std::lock_guard<std::mutex> lock(mutex);
    auto& slot = databases[&db];
    if (!slot) slot = std::make_unique<DbVersions>();
    return *slot;
}

SessionWrites* VersionStore::State::writesOf(const core::Session& session, bool create) {
    if (session.level == 0) return nullptr;
    std::lock_guard<std::mutex> lock(mutex);
    auto it = sessions.find(session.handle);
    if (it == sessions.end()) {
        if (!create) return nullptr;
        it = sessions.emplace(session.handle, std::make_unique<SessionWrites>()).first;
        it->second->trxId = session.trxId;
    }
    // Left over from an earlier transaction of the session (its end already published or undid
    // every change): start afresh.
    if (it->second->trxId != session.trxId) {
        *it->second = SessionWrites{};
        it->second->trxId = session.trxId;
    }
    if (!create && it->second->empty()) return nullptr;
    return it->second.get();
}

TreeView viewOf(VersionStore::State& state, core::Session& session, Database& db, store::TreeId tree,
                bool createWrites) {
    SessionWrites* writes = state.writesOf(session, createWrites);
    bool dropped = false;
    bool created = false;
    if (writes) {
        const auto it = writes->trees.find({&db, tree});
        if (it != writes->trees.end()) {
            dropped = it->second != TreeOp::Create;
            created = it->second == TreeOp::Create;
        }
    }
    return TreeView{db, state.versionsOf(db), writes, tree, session.level > 0, session.snapshotSequence,
                    dropped, created};
}

std::unique_lock<std::mutex> lockView(TreeView& view) {
    std::unique_lock<std::mutex> lock(view.versions.mutex);
    view.inFile = !view.createdBySession && view.db.file().hasTree(view.tree);
    return lock;
}

Pending* ownChange(const TreeView& view, std::string_view key) {
    if (!view.writes) return nullptr;
    const auto it = view.writes->keys.find(PendingKeyRef{&view.db, view.tree, key});
    return it == view.writes->keys.end() ? nullptr : &it->second;
}

bool committedValueLocked(const TreeView& view, std::string_view key, std::string* value) {
    if (view.inTransaction) {
        const auto it = view.versions.keys.find(TreeKeyRef{view.tree, key});
        if (it != view.versions.keys.end()) {
            // The oldest commit after the snapshot changed the key: what it replaced is what the
            // snapshot saw.
            for (const BeforeImage& image : it->second.history) {
                if (image.sequence <= view.snapshot) continue;
                if (image.existed && value) *value = image.value;
                return image.existed;
            }
        }
    }
    if (!view.inFile) return false;
    std::string scratch;
    return view.db.file().tree(view.tree).get(key, value ? *value : scratch);
}

bool applyEscrows(std::string& record, const std::vector<EscrowDelta>& escrows) {
    bool deleteAtZero = false;
    for (const EscrowDelta& delta : escrows) {
        if (delta.deleteOnZero) deleteAtZero = true;
    }
    for (const EscrowDelta& delta : escrows) applyEscrowDelta(record, delta);
    if (!deleteAtZero) return false;
    for (const EscrowDelta& delta : escrows) {
        if (delta.deleteOnZero && readEscrowField(record, delta) == 0) return true;
    }
    return false;
}

bool visibleValueLocked(const TreeView& view, std::string_view key, std::string* value) {
    if (view.droppedBySession) return false;
    const Pending* own = ownChange(view, key);
    std::string record;
    if (own && own->kind == Pending::Kind::Erase) return false;
    if (own && own->kind == Pending::Kind::Put) {
        record = own->value;
    } else if (!committedValueLocked(view, key, &record)) {
        return false;
    }
    if (own && !own->escrows.empty()) applyEscrows(record, own->escrows);
    if (value) *value = std::move(record);
    return true;
}

}  // namespace esent::data
