// Publishing a level-0 commit (under Instance::commitMutex): the transaction's changes become
// redo records, then are applied to the trees while each touched database's applyMutex is held
// (so a database checkpoint has either all of them or none), and what they replaced is kept as
// versions tagged with the commit sequence for the snapshots still open. Then garbage collection
// of versions no open snapshot can read.
#include <algorithm>

#include "../../core/instance.h"
#include "../records/escrow_field.h"
#include "../store_errors.h"
#include "version_records.h"
#include "version_visibility.h"

namespace esent::data {

namespace {

using records::OpKind;
using records::TreeOperation;

bool treeGone(const SessionWrites& writes, Database* db, store::TreeId tree) {
    const auto it = writes.trees.find({db, tree});
    return it != writes.trees.end() && it->second != TreeOp::Create;
}

// The changes of one database, in the order they are applied: new trees, keys, dropped trees.
// Escrow deltas are resolved against the committed record now (no other commit can run).
void collectChanges(const SessionWrites& writes, Database* db, std::vector<TreeOperation>* ops) {
    for (const auto& [ref, op] : writes.trees) {
        if (ref.first == db && op == TreeOp::Create) ops->push_back({db->dbid, OpKind::CreateTree, ref.second, {}, {}});
    }
    const auto begin = writes.keys.lower_bound(PendingKeyRef{db, 0, std::string_view()});
    for (auto it = begin; it != writes.keys.end() && it->first.db == db; ++it) {
        const PendingKey& key = it->first;
        const Pending& pending = it->second;
        if (treeGone(writes, db, key.tree)) continue;
        std::string record;
        switch (pending.kind) {
            case Pending::Kind::Erase:
                ops->push_back({db->dbid, OpKind::Erase, key.tree, key.key, {}});
                continue;
            case Pending::Kind::Put:
                record = pending.value;
                break;
            case Pending::Kind::Keep:
                if (pending.escrows.empty()) continue;  // a lock only
                // Another transaction may have replaced the record since; it may not have
                // deleted it (that would have conflicted with these deltas).
                if (!db->file().hasTree(key.tree) || !db->file().tree(key.tree).get(key.key, record)) continue;
                break;
        }
        const bool erase = !pending.escrows.empty() && applyEscrows(record, pending.escrows);
        const bool escrowOnly = pending.kind == Pending::Kind::Keep && !pending.locked && !erase;
        if (erase) {
            ops->push_back({db->dbid, OpKind::Erase, key.tree, key.key, {}, escrowOnly});
        } else {
            ops->push_back({db->dbid, OpKind::Put, key.tree, key.key, std::move(record), escrowOnly});
        }
    }
    for (const auto& [ref, op] : writes.trees) {
        if (ref.first == db && op == TreeOp::Drop) ops->push_back({db->dbid, OpKind::DropTree, ref.second, {}, {}});
    }
}

}  // namespace

JET_ERR VersionStore::commitLevel0(core::Session& session, std::uint64_t commitSequence) {
    SessionWrites* writes = state_->writesOf(session, false);
    if (!writes) return JET_errSuccess;

    std::vector<Database*> databases;
    for (const auto& entry : writes->databases) databases.push_back(entry.second);
    std::sort(databases.begin(), databases.end(), [](Database* a, Database* b) { return a->dbid < b->dbid; });
    std::vector<std::unique_lock<std::mutex>> applying;
    for (Database* db : databases) applying.emplace_back(db->applyMutex);

    std::vector<std::vector<TreeOperation>> changes(databases.size());
    JET_ERR err = withStoreErrors([&]() -> JET_ERR {
        for (std::size_t i = 0; i < databases.size(); ++i) collectChanges(*writes, databases[i], &changes[i]);
        return JET_errSuccess;
    });
    if (err < 0) return err;

    // The log gets the changes one record at a time: a transaction with large long values never
    // holds a second copy of them all.
    std::vector<const TreeOperation*> all;
    for (const auto& ops : changes) {
        for (const TreeOperation& op : ops) all.push_back(&op);
    }
    if (!all.empty() && instance_.log) {
        err = records::encodeTrxChanges(session.trxId, commitSequence, all, recordBytesLimit_,
                                        [&](const std::vector<std::uint8_t>& payload) -> JET_ERR {
                                            log::Lsn lsn;
                                            const JET_ERR appended = instance_.log->append(
                                                records::kTrxChanges, payload.data(), payload.size(), &lsn);
                                            if (appended >= 0) ++state_->recordsLogged;
                                            return appended;
                                        });
        if (err < 0) return err;
    }

    // Only a transaction open now (older snapshot) can need what this commit replaces; the
    // committing one is among them.
    const bool keepVersions = instance_.openSnapshots.size() > 1;
    for (std::size_t i = 0; i < databases.size(); ++i) {
        Database& db = *databases[i];
        DbVersions& versions = state_->versionsOf(db);
        std::lock_guard<std::mutex> lock(versions.mutex);
        err = withStoreErrors([&]() -> JET_ERR {
            for (const TreeOperation& op : changes[i]) {
                switch (op.kind) {
                    case OpKind::CreateTree: db.file().createTree(op.tree); break;
                    case OpKind::DropTree: {
                        db.file().dropTree(op.tree);
                        // Its versions go with it: the tree reads as empty at every snapshot.
                        auto it = versions.keys.lower_bound(TreeKeyRef{op.tree, std::string_view()});
                        while (it != versions.keys.end() && it->first.tree == op.tree) {
                            it->second.history.clear();
                            it = it->second.unused() ? versions.keys.erase(it) : std::next(it);
                        }
                        break;
                    }
                    case OpKind::Put:
                    case OpKind::Erase: {
                        store::Tree tree = db.file().tree(op.tree);
                        if (keepVersions) {
                            BeforeImage image;
                            image.sequence = commitSequence;
                            image.existed = tree.get(op.key, image.value);
                            image.escrowOnly = op.escrowOnly;
                            auto& state = versions.keys[TreeKey{op.tree, op.key}];
                            state.history.push_back(std::move(image));
                            state_->history.push_back(HistoryRef{commitSequence, &versions, op.tree, op.key});
                        }
                        if (op.kind == OpKind::Put) {
                            tree.put(op.key, op.value);
                        } else {
                            tree.erase(op.key);
                        }
                        break;
                    }
                }
            }
            // A write lock (JetGetLock) changes nothing, yet as in ESENT it counts as a change of
            // the record committed now: an older snapshot that then updates it conflicts.
            if (keepVersions) {
                const auto first = writes->keys.lower_bound(PendingKeyRef{&db, 0, std::string_view()});
                for (auto it = first; it != writes->keys.end() && it->first.db == &db; ++it) {
                    const Pending& pending = it->second;
                    if (pending.kind != Pending::Kind::Keep || !pending.locked || !pending.escrows.empty()) continue;
                    if (treeGone(*writes, &db, it->first.tree) || !db.file().hasTree(it->first.tree)) continue;
                    BeforeImage image;
                    image.sequence = commitSequence;
                    image.existed = db.file().tree(it->first.tree).get(it->first.key, image.value);
                    auto& state = versions.keys[TreeKey{it->first.tree, it->first.key}];
                    state.history.push_back(std::move(image));
                    state_->history.push_back(HistoryRef{commitSequence, &versions, it->first.tree, it->first.key});
                }
            }
            return JET_errSuccess;
        });
        // The transaction's locks and escrows end with the publication.
        const auto begin = writes->keys.lower_bound(PendingKeyRef{&db, 0, std::string_view()});
        for (auto it = begin; it != writes->keys.end() && it->first.db == &db; ++it) {
            const auto state = versions.keys.find(TreeKeyRef{it->first.tree, it->first.key});
            if (state == versions.keys.end()) continue;
            if (state->second.writer == writes->trxId) state->second.writer = 0;
            state->second.escrowers.erase(writes->trxId);
            if (state->second.unused()) versions.keys.erase(state);
        }
        if (err < 0) return err;
    }
    writes->keys.clear();
    writes->trees.clear();
    writes->levels.clear();
    writes->databases.clear();
    return JET_errSuccess;
}

void VersionStore::collectGarbageLocked() {
    auto& history = state_->history;
    if (history.empty()) return;
    const auto& open = instance_.openSnapshots;
    const std::uint64_t horizon = open.empty() ? instance_.counters.lastCommitSequence() : *open.begin();
    while (!history.empty() && history.front().sequence <= horizon) {
        const HistoryRef& ref = history.front();
        {
            std::lock_guard<std::mutex> lock(ref.db->mutex);
            const auto it = ref.db->keys.find(TreeKeyRef{ref.tree, ref.key});
            if (it != ref.db->keys.end()) {
                auto& images = it->second.history;
                while (!images.empty() && images.front().sequence <= horizon) images.pop_front();
                if (it->second.unused()) ref.db->keys.erase(it);
            }
        }
        history.pop_front();
    }
}

void VersionStore::collectGarbage() {
    std::lock_guard<std::mutex> lock(instance_.commitMutex);
    collectGarbageLocked();
}

}  // namespace esent::data
