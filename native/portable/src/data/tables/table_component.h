// The table layer's part of an instance: the open cursors (TableCursors), one TableRuntime per
// table, and the transaction hooks that close cursors with their transaction level or session.
// Registered by data/components.cpp after DatabaseComponent and VersionStore.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <utility>

#include "../../core/instance_component.h"
#include "table_cursor.h"

namespace esent::core { class Instance; }

namespace esent::data {

class TableComponent : public core::InstanceComponent {
public:
    explicit TableComponent(core::Instance& instance);
    static TableComponent* of(core::Session& session);

    TableCursors& cursors() { return cursors_; }
    std::shared_ptr<TableRuntime> runtime(const std::shared_ptr<Database>& database, store::TreeId recordTree);
    // Drops a cursor: forgets its handle, gives back its open count and exclusive lock.
    void release(const std::shared_ptr<TableCursor>& cursor);

    void afterCommit(core::Session& session, std::uint64_t commitSequence) override;
    void beforeRollback(core::Session& session) override;
    void beforeEndSession(core::Session& session) override;
    void beforeTerm(bool dirty) override;

private:
    struct RuntimeEntry {
        std::weak_ptr<Database> database;
        std::shared_ptr<TableRuntime> runtime;
    };
    core::Instance& instance_;
    TableCursors cursors_;
    std::mutex mutex_;
    std::map<std::pair<const Database*, store::TreeId>, RuntimeEntry> runtimes_;
};

}  // namespace esent::data
