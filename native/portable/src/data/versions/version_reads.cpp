// Reads: point lookups and the merged seek over three ordered sources, the committed tree, the
// keys whose committed versions changed after the reader's snapshot, and the reader's own
// uncommitted changes. A candidate key from any of them is resolved by visibleValueLocked; the
// first visible one in the seek direction wins.
#include <optional>

#include "../../store/cursor.h"
#include "../../store/store_error.h"
#include "version_visibility.h"

namespace esent::data {

namespace {

// Where a step starts: nothing (an edge of the tree) or a key, itself included unless strict.
struct From {
    bool edge;
    std::string_view key;
    bool strict;
};

bool beyond(std::string_view candidate, const From& from, bool forward) {
    if (from.edge) return true;
    if (candidate == from.key) return !from.strict;
    return forward ? candidate > from.key : candidate < from.key;
}

// The better of two candidates in the walk's direction.
void keepNearest(std::optional<std::string>& best, std::optional<std::string> candidate, bool forward) {
    if (!candidate) return;
    if (!best || (forward ? *candidate < *best : *candidate > *best)) best = std::move(candidate);
}

std::optional<std::string> treeStep(TreeView& view, store::Cursor& cursor, const From& from, bool forward) {
    if (!view.inFile) return std::nullopt;
    bool found;
    if (from.edge) {
        found = forward ? cursor.first() : cursor.last();
    } else {
        const store::SeekMode mode = forward ? (from.strict ? store::SeekMode::GT : store::SeekMode::GE)
                                             : (from.strict ? store::SeekMode::LT : store::SeekMode::LE);
        found = cursor.seek(from.key, mode);
    }
    if (!found) return std::nullopt;
    return std::string(cursor.key());
}

// Keys changed by commits after the snapshot: the tree may no longer hold what the snapshot saw.
std::optional<std::string> historyStep(const TreeView& view, const From& from, bool forward) {
    if (!view.inTransaction) return std::nullopt;
    const auto& keys = view.versions.keys;
    const auto relevant = [&](const KeyState& state) {
        return !state.history.empty() && state.history.back().sequence > view.snapshot;
    };
    if (forward) {
        auto it = from.edge ? keys.lower_bound(TreeKeyRef{view.tree, std::string_view()})
                            : keys.lower_bound(TreeKeyRef{view.tree, from.key});
        for (; it != keys.end() && it->first.tree == view.tree; ++it) {
            if (beyond(it->first.key, from, true) && relevant(it->second)) return it->first.key;
        }
        return std::nullopt;
    }
    auto it = from.edge ? keys.lower_bound(TreeKeyRef{view.tree + 1, std::string_view()})
                        : keys.upper_bound(TreeKeyRef{view.tree, from.key});
    while (it != keys.begin()) {
        --it;
        if (it->first.tree != view.tree) break;
        if (beyond(it->first.key, from, false) && relevant(it->second)) return it->first.key;
    }
    return std::nullopt;
}

std::optional<std::string> ownStep(const TreeView& view, const From& from, bool forward) {
    if (!view.writes) return std::nullopt;
    const auto& keys = view.writes->keys;
    const Database* db = &view.db;
    if (forward) {
        auto it = from.edge ? keys.lower_bound(PendingKeyRef{db, view.tree, std::string_view()})
                            : keys.lower_bound(PendingKeyRef{db, view.tree, from.key});
        for (; it != keys.end() && it->first.db == db && it->first.tree == view.tree; ++it) {
            if (beyond(it->first.key, from, true)) return it->first.key;
        }
        return std::nullopt;
    }
    auto it = from.edge ? keys.lower_bound(PendingKeyRef{db, view.tree + 1, std::string_view()})
                        : keys.upper_bound(PendingKeyRef{db, view.tree, from.key});
    while (it != keys.begin()) {
        --it;
        if (it->first.db != db || it->first.tree != view.tree) break;
        if (beyond(it->first.key, from, false)) return it->first.key;
    }
    return std::nullopt;
}

// The first visible entry from `start` in the walk's direction.
bool walk(TreeView& view, From start, bool forward, std::string* foundKey, std::string* value) {
    if (view.droppedBySession) return false;
    const auto lock = lockView(view);
    std::optional<store::Cursor> cursor;
    if (view.inFile) cursor.emplace(view.db.file(), view.tree);
    std::string at;
    From from = start;
    for (;;) {
        std::optional<std::string> best;
        if (cursor) keepNearest(best, treeStep(view, *cursor, from, forward), forward);
        keepNearest(best, historyStep(view, from, forward), forward);
        keepNearest(best, ownStep(view, from, forward), forward);
        if (!best) return false;
        if (visibleValueLocked(view, *best, value)) {
            if (foundKey) *foundKey = std::move(*best);
            return true;
        }
        at = std::move(*best);
        from = From{false, at, true};
    }
}

// Reads race with commits that drop a tree: a vanished tree reads as empty.
template <typename Read>
bool guardedRead(Read read) {
    try {
        return read();
    } catch (const store::StoreError&) {
        return false;
    }
}

}  // namespace

bool VersionStore::get(core::Session& session, Database& db, store::TreeId tree, std::string_view key,
                       std::string* value) {
    return guardedRead([&] {
        TreeView view = viewOf(*state_, session, db, tree);
        const auto lock = lockView(view);
        return visibleValueLocked(view, key, value);
    });
}

bool VersionStore::seek(core::Session& session, Database& db, store::TreeId tree, std::string_view key,
                        store::SeekMode mode, std::string* foundKey, std::string* value) {
    return guardedRead([&] {
        TreeView view = viewOf(*state_, session, db, tree);
        switch (mode) {
            case store::SeekMode::EQ: {
                const auto lock = lockView(view);
                if (!visibleValueLocked(view, key, value)) return false;
                if (foundKey) foundKey->assign(key);
                return true;
            }
            case store::SeekMode::GE: return walk(view, From{false, key, false}, true, foundKey, value);
            case store::SeekMode::GT: return walk(view, From{false, key, true}, true, foundKey, value);
            case store::SeekMode::LE: return walk(view, From{false, key, false}, false, foundKey, value);
            case store::SeekMode::LT: return walk(view, From{false, key, true}, false, foundKey, value);
        }
        return false;
    });
}

bool VersionStore::first(core::Session& session, Database& db, store::TreeId tree, std::string* foundKey,
                         std::string* value) {
    return guardedRead([&] {
        TreeView view = viewOf(*state_, session, db, tree);
        return walk(view, From{true, {}, false}, true, foundKey, value);
    });
}

bool VersionStore::last(core::Session& session, Database& db, store::TreeId tree, std::string* foundKey,
                        std::string* value) {
    return guardedRead([&] {
        TreeView view = viewOf(*state_, session, db, tree);
        return walk(view, From{true, {}, false}, false, foundKey, value);
    });
}

bool VersionStore::lockedByOther(core::Session& session, Database& db, store::TreeId tree, std::string_view key) {
    const std::uint64_t self = session.level > 0 ? session.trxId : 0;
    DbVersions& versions = state_->versionsOf(db);
    std::lock_guard<std::mutex> lock(versions.mutex);
    const auto it = versions.keys.find(TreeKeyRef{tree, key});
    if (it == versions.keys.end()) return false;
    const KeyState& state = it->second;
    if (state.writer != 0 && state.writer != self) return true;
    for (const auto& entry : state.escrowers) {
        if (entry.first != self) return true;
    }
    return false;
}

}  // namespace esent::data
