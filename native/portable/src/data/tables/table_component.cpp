#include "table_component.h"

#include <atomic>

#include "../../core/instance.h"
#include "../../core/session.h"

namespace esent::data {

// ---- TableCursors ----

std::shared_ptr<TableCursor> TableCursors::add(std::shared_ptr<TableCursor> cursor) {
    static std::atomic<JET_TABLEID> nextHandle{0x1000};
    std::lock_guard<std::mutex> lock(mutex_);
    cursor->handle = nextHandle.fetch_add(1);
    cursors_[cursor->handle] = cursor;
    return cursor;
}

JET_ERR TableCursors::find(JET_SESID sesid, JET_TABLEID handle, std::shared_ptr<TableCursor>* out) {
    std::lock_guard<std::mutex> lock(mutex_);
    const auto it = cursors_.find(handle);
    if (it == cursors_.end() || it->second->sesid != sesid) return JET_errInvalidTableId;
    *out = it->second;
    return JET_errSuccess;
}

void TableCursors::remove(JET_TABLEID handle) {
    std::lock_guard<std::mutex> lock(mutex_);
    cursors_.erase(handle);
}

std::vector<std::shared_ptr<TableCursor>> TableCursors::ofSession(JET_SESID sesid) {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<std::shared_ptr<TableCursor>> out;
    for (const auto& entry : cursors_) {
        if (entry.second->sesid == sesid) out.push_back(entry.second);
    }
    return out;
}

// ---- TableComponent ----

TableComponent::TableComponent(core::Instance& instance) : instance_(instance) {}

TableComponent* TableComponent::of(core::Session& session) {
    return session.instance->component<TableComponent>();
}

std::shared_ptr<TableRuntime> TableComponent::runtime(const std::shared_ptr<Database>& database,
                                                      store::TreeId recordTree) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto& entry = runtimes_[{database.get(), recordTree}];
    // A detached database's address may be reused by a later attach: start that table afresh.
    if (!entry.runtime || entry.database.lock() != database) {
        entry.database = database;
        entry.runtime = std::make_shared<TableRuntime>();
    }
    return entry.runtime;
}

void TableComponent::release(const std::shared_ptr<TableCursor>& cursor) {
    cursors_.remove(cursor->handle);
    if (!cursor->runtime) return;
    bool otherExclusive = false;
    if (cursor->openGrbit & JET_bitTableDenyRead) {
        for (const auto& other : cursors_.ofSession(cursor->sesid)) {
            if (other->runtime == cursor->runtime && (other->openGrbit & JET_bitTableDenyRead)) otherExclusive = true;
        }
    }
    std::lock_guard<std::mutex> lock(cursor->runtime->mutex);
    --cursor->runtime->openCursors;
    if ((cursor->openGrbit & JET_bitTableDenyRead) && !otherExclusive &&
        cursor->runtime->exclusiveOwner == cursor->sesid)
        cursor->runtime->exclusiveOwner = 0;
}

void TableComponent::afterCommit(core::Session& session, std::uint64_t) {
    // A cursor opened inside a level committed into level L now belongs to level L.
    for (const auto& cursor : cursors_.ofSession(session.handle)) {
        if (cursor->openedAtLevel > session.level) cursor->openedAtLevel = session.level;
    }
}

void TableComponent::beforeRollback(core::Session& session) {
    // Rolling back a level closes every cursor opened in it (ESENT).
    for (const auto& cursor : cursors_.ofSession(session.handle)) {
        if (cursor->openedAtLevel >= session.level && cursor->openedAtLevel > 0) release(cursor);
    }
}

void TableComponent::beforeEndSession(core::Session& session) {
    for (const auto& cursor : cursors_.ofSession(session.handle)) release(cursor);
}

void TableComponent::beforeTerm(bool) {
    std::lock_guard<std::mutex> lock(mutex_);
    runtimes_.clear();
}

}  // namespace esent::data
