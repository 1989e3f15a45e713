// One database = one file of fixed-size pages holding many copy-on-write B+trees.
//
// Durability model: the file always holds the state of the last checkpoint. Edits since then
// live in memory (and in fresh pages the checkpointed state does not reference); checkpoint(lsn)
// makes them durable atomically and records `lsn`, the write-ahead log position the state
// corresponds to (suggested meaning: every record below `lsn` is in this state, i.e. pass the
// log's endLsn() taken when the edits stopped). Recovery = open() (newest valid meta page) +
// redo of the log's records from checkpointLsn() on. Trees hold only committed data and need no
// undo. Dropping a DatabaseFile without checkpoint() loses every edit since the last one,
// exactly like a crash. The log may be cut at checkpointLsn() only after checkpoint() returns.
//
// Trees and cursors are handles into the DatabaseFile and must not outlive it.
//
// Threads: every operation (including those of Tree and Cursor handles) takes one mutex per
// DatabaseFile, so any number of threads may call in; they are serialised.
//
// Errors: StoreError (store_error.h). Validation errors (key too large, read-only, unknown tree)
// change nothing. Any other error during an edit or checkpoint (I/O, corruption found while
// editing) marks the DatabaseFile broken: later calls throw Io, and the engine must close and
// reopen it (which recovers the last checkpoint).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <type_traits>
#include <vector>

#include "btree.h"
#include "meta_page.h"
#include "tree.h"

namespace esent::store {

struct DatabaseOptions {
    std::uint32_t pageSize = 8192;  // create: 4096/8192/16384/32768; open: 0 accepts the file's
    bool readOnly = false;
    // Bound on cached pages, dirty ones included, counted as pageSize each; decoded pages take
    // about 1.5-2x that in RAM (per-entry strings).
    std::size_t cacheBytes = std::size_t(64) << 20;
    Lsn initialLsn = 0;  // create: the LSN recorded in the new file's meta pages
};

struct DatabaseStats {
    std::uint32_t pageSize = 0;
    std::uint64_t pageCount = 0;      // logical size in pages (file may be longer after a crash)
    std::uint64_t fileBytes = 0;      // current file length
    std::uint64_t freePages = 0;      // reusable now
    std::uint64_t pendingFreePages = 0;  // reusable after the next checkpoint
    std::uint64_t cachedPages = 0;
    std::uint64_t dirtyBytes = 0;     // dirty pages held in memory (bounded by the cache)
    // Pages allocated since the last checkpoint (dirty, spilled or overflow): the work a crash
    // would send back to log replay. A good checkpoint trigger, with the log's size.
    std::uint64_t pagesSinceCheckpoint = 0;
    std::uint64_t checkpointSequence = 0;
    Lsn checkpointLsn = 0;
    std::size_t treeCount = 0;
};

class DatabaseFile {
public:
    static std::unique_ptr<DatabaseFile> create(const std::string& path, const DatabaseOptions& options = {});
    static std::unique_ptr<DatabaseFile> open(const std::string& path, const DatabaseOptions& options = {});
    ~DatabaseFile();
    DatabaseFile(const DatabaseFile&) = delete;
    DatabaseFile& operator=(const DatabaseFile&) = delete;

    // Ids are handed out 1, 2, 3 ... and never reused within a file, so replaying a log of
    // createTree calls yields the same ids; pass `id` to recreate a specific one.
    TreeId createTree(TreeId id = 0);
    void dropTree(TreeId id);
    bool hasTree(TreeId id) const;
    // The id createTree() would hand out next: above every tree this file ever had.
    TreeId nextTreeId() const;
    std::vector<TreeId> treeIds() const;
    Tree tree(TreeId id);  // throws TreeNotFound

    void checkpoint(Lsn lsn);
    Lsn checkpointLsn() const;

    DatabaseStats stats() const;
    // Walks every tree, overflow chain and the freelist: keys in order within and across pages,
    // entry counts as recorded, every page of the file used exactly once (by a tree, a chain,
    // the freelist) or free. Throws StoreError(Corrupt) naming the first problem; returns the
    // number of pages in use. Reads the whole file: for tests and repair tools.
    std::uint64_t checkIntegrity();
    std::uint32_t pageSize() const { return pageSize_; }
    std::size_t maxKeySize() const { return maxKeySizeForPage(pageSize_); }
    // Value bytes one overflow page holds: long-value chunk sizes that are multiples of this
    // waste no space.
    std::size_t overflowPayload() const { return overflowPayloadPerPage(pageSize_); }
    bool readOnly() const { return readOnly_; }
    const std::string& path() const { return path_; }

private:
    friend class Tree;
    friend class Cursor;
    DatabaseFile(std::string path, bool readOnly);

    void loadMeta(StoreFile& file, std::uint32_t requestedPageSize);
    void loadFreelist(std::vector<PageNo>& avail, std::vector<PageNo>& chain);
    void loadCatalog();
    void checkpointLocked(Lsn lsn);
    void writeFreelist(const std::vector<PageNo>& entries, const std::vector<PageNo>& storage);

    void checkUsable() const;
    void checkWritable() const;
    TreeState& treeState(TreeId id);
    std::uint64_t nextVersion() { return ++versionCounter_; }
    // Runs an edit; an exception that escapes after validation marks the file broken.
    template <typename Edit>
    auto guardedEdit(Edit&& edit) -> decltype(edit()) {
        try {
            if constexpr (std::is_void_v<decltype(edit())>) {
                edit();
                pager_->trimCache();
            } else {
                auto result = edit();
                pager_->trimCache();
                return result;
            }
        } catch (...) {
            broken_ = true;
            throw;
        }
    }

    std::string path_;
    bool readOnly_;
    std::uint32_t pageSize_ = 0;
    mutable std::mutex mutex_;
    std::unique_ptr<Pager> pager_;
    MetaState meta_;  // the durable state's meta
    TreeState catalog_;
    std::map<TreeId, TreeState> trees_;
    std::vector<TreeId> droppedTrees_;  // to remove from the catalog at the next checkpoint
    std::uint64_t versionCounter_ = 0;
    bool broken_ = false;
};

}  // namespace esent::store
