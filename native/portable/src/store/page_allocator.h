// Which pages are free, and when a freed page may be reused.
//
// The file always holds the last checkpoint's state, so a page that state references must not be
// overwritten before the next checkpoint is durable:
//   - fresh:   allocated since the last checkpoint; may be rewritten in place, and when freed it
//              is reusable at once (the durable state never referenced it).
//   - pending: freed since the last checkpoint but referenced by the durable state; reusable
//              only after the next checkpoint.
//   - avail:   free in the durable state; reusable now.
#pragma once

#include <cstdint>
#include <unordered_set>
#include <vector>

#include "page_format.h"

namespace esent::store {

class PageAllocator {
public:
    void reset(std::uint64_t pageCount, std::vector<PageNo> avail, std::vector<PageNo> freelistPages);

    PageNo allocate();
    // Frees a page; returns true when it was fresh (so its cached copy can be forgotten).
    bool release(PageNo pageNo);
    bool isFresh(PageNo pageNo) const { return fresh_.count(pageNo) != 0; }

    // Checkpoint, step 1: choose pages to hold the freelist that the new meta will point at and
    // return the free list those pages must store. Storage comes from `avail` (free in the
    // durable state, so safe to write) or from growing the file.
    std::vector<PageNo> planFreelist(std::size_t entriesPerPage, std::vector<PageNo>& storagePages);
    // Checkpoint, step 2, once the new meta is durable.
    void commitCheckpoint(std::vector<PageNo> newAvail, std::vector<PageNo> storagePages);

    std::uint64_t pageCount() const { return pageCount_; }
    std::size_t freshCount() const { return fresh_.size(); }
    std::size_t availCount() const { return avail_.size(); }
    std::size_t pendingCount() const { return pending_.size(); }
    // For the integrity check: every page the allocator accounts for as not in a tree.
    const std::vector<PageNo>& availPages() const { return avail_; }
    const std::vector<PageNo>& pendingPages() const { return pending_; }
    const std::vector<PageNo>& freelistPages() const { return freelistPages_; }

private:
    std::uint64_t pageCount_ = 0;
    std::vector<PageNo> avail_;  // kept sorted descending at checkpoints: pop_back takes low pages
    std::vector<PageNo> pending_;
    std::unordered_set<PageNo> fresh_;
    std::vector<PageNo> freelistPages_;  // the durable freelist chain
};

}  // namespace esent::store
