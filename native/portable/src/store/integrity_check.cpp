// DatabaseFile::checkIntegrity: a full walk that proves the structure, used by the tests after
// checkpoints, reopens and crashes, and meant for a future JetDBUtilities-style check.
#include <string>
#include <vector>

#include "byte_order.h"
#include "database_file.h"
#include "store_error.h"

namespace esent::store {
namespace {

class Walker {
public:
    Walker(Pager& pager, std::uint64_t pageCount) : pager_(pager), owner_(pageCount, 0) {}

    void claim(PageNo pageNo, const std::string& by) {
        if (pageNo < 2 || pageNo >= owner_.size()) fail("page " + std::to_string(pageNo) + " out of range, used by " + by);
        if (owner_[pageNo]) fail("page " + std::to_string(pageNo) + " used twice (again by " + by + ")");
        owner_[pageNo] = 1;
    }

    // Returns the number of leaf entries under `pageNo`; keys must lie in [low, high).
    std::uint64_t walkTree(TreeId id, PageNo pageNo, const std::string* low, const std::string* high, int depth) {
        const std::string by = "tree " + std::to_string(id);
        claim(pageNo, by);
        if (depth > 64) fail(by + " is deeper than 64 levels");
        auto node = pager_.load(pageNo);
        if (node->bytes > pager_.pageSize()) fail(by + ": page " + std::to_string(pageNo) + " overfull");
        std::uint64_t count = 0;
        const auto& entries = node->entries;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const std::string& key = entries[i].key;
            bool checkKey = node->isLeaf() || i > 0;
            if (checkKey && low && key < *low) fail(by + ": key below its page's range at page " + std::to_string(pageNo));
            if (checkKey && high && !(key < *high)) fail(by + ": key above its page's range at page " + std::to_string(pageNo));
            if (i > 0 && !(entries[i - 1].key < key))
                fail(by + ": keys out of order at page " + std::to_string(pageNo));
        }
        if (node->isLeaf()) {
            for (const Entry& e : entries)
                if (e.overflow) walkOverflow(e.page, e.overflowSize, by);
            pager_.trimCache();  // safe: the walk only reads, and keeps its own references
            return entries.size();
        }
        if (entries.empty() || !entries[0].key.empty()) fail(by + ": malformed branch page " + std::to_string(pageNo));
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const std::string* childLow = i == 0 ? low : &entries[i].key;
            const std::string* childHigh = i + 1 < entries.size() ? &entries[i + 1].key : high;
            count += walkTree(id, entries[i].page, childLow, childHigh, depth + 1);
        }
        return count;
    }

    void walkOverflow(PageNo first, std::uint32_t size, const std::string& by) {
        const std::size_t payload = overflowPayloadPerPage(pager_.pageSize());
        std::vector<std::uint8_t> page(pager_.pageSize());
        PageNo pageNo = first;
        for (std::size_t offset = 0; offset < size; offset += payload) {
            claim(pageNo, by + " (overflow)");
            pager_.file().readAt(pageNo * pager_.pageSize(), page.data(), page.size());
            verifyPage(page.data(), pager_.pageSize(), pageNo, PageType::Overflow);
            pageNo = loadLe64(page.data() + kOffsetNext);
        }
        if (pageNo != kNoPage) fail(by + ": overflow chain longer than its value");
    }

    std::uint64_t unclaimed() const {
        std::uint64_t n = 0;
        for (std::size_t p = 2; p < owner_.size(); ++p) n += owner_[p] ? 0 : 1;
        return n;
    }

    [[noreturn]] static void fail(const std::string& what) { throw StoreError(StoreErrorCode::Corrupt, what); }

private:
    Pager& pager_;
    std::vector<std::uint8_t> owner_;
};

}  // namespace

std::uint64_t DatabaseFile::checkIntegrity() {
    std::lock_guard<std::mutex> lock(mutex_);
    checkUsable();
    const PageAllocator& allocator = pager_->allocator();
    Walker walker(*pager_, allocator.pageCount());
    std::uint64_t catalogEntries = walker.walkTree(kCatalogTreeId, catalog_.root, nullptr, nullptr, 0);
    if (catalogEntries != catalog_.count) Walker::fail("catalog entry count differs");
    std::uint64_t used = 0;
    for (const auto& [id, tree] : trees_)
        if (walker.walkTree(id, tree.root, nullptr, nullptr, 0) != tree.count)
            Walker::fail("tree " + std::to_string(id) + ": entry count differs from the catalog");
    for (PageNo p : allocator.freelistPages()) walker.claim(p, "the freelist");
    used = allocator.pageCount() - 2 - walker.unclaimed();
    for (PageNo p : allocator.availPages()) walker.claim(p, "the free pages");
    for (PageNo p : allocator.pendingPages()) walker.claim(p, "the pages freed since the checkpoint");
    if (std::uint64_t lost = walker.unclaimed())
        Walker::fail(std::to_string(lost) + " pages are neither used nor free");
    pager_->trimCache();
    return used;
}

}  // namespace esent::store
