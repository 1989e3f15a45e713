// Page access for the trees: a bounded cache of decoded nodes over the database file, copy-on-
// write of pages the last checkpoint references, overflow chains for large values, and the
// page writes of a checkpoint.
//
// Cache bound: clean nodes are dropped in LRU order; dirty nodes over the bound are "spilled",
// i.e. written to their own (fresh) page, which the durable state does not reference, so the
// write is safe without a checkpoint; they are re-read and still edited in place if needed.
// Trimming happens only at the end of a public operation (trimCache), never while a tree
// operation holds nodes.
#pragma once

#include <cstdint>
#include <list>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "node.h"
#include "page_allocator.h"
#include "store_file.h"

namespace esent::store {

class Pager {
public:
    Pager(std::unique_ptr<StoreFile> file, std::uint32_t pageSize, std::size_t cacheBytes);

    std::uint32_t pageSize() const { return pageSize_; }
    StoreFile& file() { return *file_; }
    PageAllocator& allocator() { return allocator_; }

    std::shared_ptr<Node> load(PageNo pageNo);
    std::shared_ptr<Node> create(PageType type);
    // Returns a node that may be edited: the same one if its page is fresh, otherwise a copy on a
    // new page (the caller must repoint the parent or the tree root at result->pageNo).
    std::shared_ptr<Node> makeWritable(const std::shared_ptr<Node>& node);
    void release(PageNo pageNo);

    PageNo writeOverflow(std::string_view value);
    void readOverflow(PageNo first, std::uint32_t size, std::string& out);
    void releaseOverflow(PageNo first, std::uint32_t size);

    void trimCache();
    // Writes every dirty node (stamped with `sequence`); they stay cached, now clean.
    void flushDirty(std::uint64_t sequence);
    void setSequence(std::uint64_t sequence) { sequence_ = sequence; }

    std::size_t cachedPages() const { return cache_.size(); }
    std::size_t dirtyPages() const { return dirtyCount_; }

private:
    struct Slot {
        std::shared_ptr<Node> node;
        bool dirty = false;
        std::list<PageNo>::iterator lru;
    };
    Slot& insert(std::shared_ptr<Node> node, bool dirty);
    void touch(Slot& slot);
    void markDirty(Slot& slot);
    void writeNode(const Node& node, std::uint64_t sequence);

    std::unique_ptr<StoreFile> file_;
    std::uint32_t pageSize_;
    std::size_t cacheLimitPages_;
    std::uint64_t sequence_ = 0;  // stamped on pages written before the next checkpoint
    PageAllocator allocator_;
    std::unordered_map<PageNo, Slot> cache_;
    std::list<PageNo> lru_;  // front = most recently used
    std::size_t dirtyCount_ = 0;
    std::vector<std::uint8_t> buffer_;
};

}  // namespace esent::store
