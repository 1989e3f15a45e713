#include "page_allocator.h"

#include <algorithm>
#include <functional>

namespace esent::store {

void PageAllocator::reset(std::uint64_t pageCount, std::vector<PageNo> avail, std::vector<PageNo> freelistPages) {
    pageCount_ = pageCount;
    avail_ = std::move(avail);
    std::sort(avail_.begin(), avail_.end(), std::greater<PageNo>());
    pending_.clear();
    fresh_.clear();
    freelistPages_ = std::move(freelistPages);
}

PageNo PageAllocator::allocate() {
    PageNo pageNo;
    if (!avail_.empty()) {
        pageNo = avail_.back();
        avail_.pop_back();
    } else {
        pageNo = pageCount_++;
    }
    fresh_.insert(pageNo);
    return pageNo;
}

bool PageAllocator::release(PageNo pageNo) {
    if (fresh_.erase(pageNo) != 0) {
        avail_.push_back(pageNo);
        return true;
    }
    pending_.push_back(pageNo);
    return false;
}

std::vector<PageNo> PageAllocator::planFreelist(std::size_t entriesPerPage, std::vector<PageNo>& storagePages) {
    // The durable freelist's own pages stop being referenced once the new meta is written.
    std::vector<PageNo> all = avail_;
    all.insert(all.end(), pending_.begin(), pending_.end());
    all.insert(all.end(), freelistPages_.begin(), freelistPages_.end());
    std::sort(all.begin(), all.end(), std::greater<PageNo>());

    std::size_t storageNeeded = (all.size() + entriesPerPage - 1) / entriesPerPage;
    std::unordered_set<PageNo> chosen;
    std::vector<PageNo> avail = avail_;
    std::sort(avail.begin(), avail.end(), std::greater<PageNo>());
    storagePages.clear();
    while (storagePages.size() < storageNeeded && !avail.empty()) {
        storagePages.push_back(avail.back());
        chosen.insert(avail.back());
        avail.pop_back();
    }
    while (storagePages.size() < storageNeeded) storagePages.push_back(pageCount_++);
    std::vector<PageNo> remaining;
    remaining.reserve(all.size());
    for (PageNo p : all)
        if (!chosen.count(p)) remaining.push_back(p);
    return remaining;
}

void PageAllocator::commitCheckpoint(std::vector<PageNo> newAvail, std::vector<PageNo> storagePages) {
    avail_ = std::move(newAvail);
    std::sort(avail_.begin(), avail_.end(), std::greater<PageNo>());
    pending_.clear();
    fresh_.clear();
    freelistPages_ = std::move(storagePages);
}

}  // namespace esent::store
