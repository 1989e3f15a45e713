#include "pager.h"

#include <algorithm>
#include <cstring>

#include "byte_order.h"
#include "store_error.h"

namespace esent::store {

Pager::Pager(std::unique_ptr<StoreFile> file, std::uint32_t pageSize, std::size_t cacheBytes)
    : file_(std::move(file)),
      pageSize_(pageSize),
      cacheLimitPages_(std::max<std::size_t>(cacheBytes / pageSize, 64)),
      buffer_(pageSize) {}

Pager::Slot& Pager::insert(std::shared_ptr<Node> node, bool dirty) {
    PageNo pageNo = node->pageNo;
    lru_.push_front(pageNo);
    Slot& slot = cache_[pageNo];
    slot.node = std::move(node);
    slot.dirty = dirty;
    slot.lru = lru_.begin();
    if (dirty) ++dirtyCount_;
    return slot;
}

void Pager::touch(Slot& slot) { lru_.splice(lru_.begin(), lru_, slot.lru); }

void Pager::markDirty(Slot& slot) {
    if (!slot.dirty) {
        slot.dirty = true;
        ++dirtyCount_;
    }
}

std::shared_ptr<Node> Pager::load(PageNo pageNo) {
    auto it = cache_.find(pageNo);
    if (it != cache_.end()) {
        touch(it->second);
        return it->second.node;
    }
    if (pageNo < 2 || pageNo >= allocator_.pageCount())
        throw StoreError(StoreErrorCode::Corrupt, "reference to page " + std::to_string(pageNo) +
                                                      " outside the file");
    file_->readAt(pageNo * pageSize_, buffer_.data(), pageSize_);
    return insert(decodeNode(buffer_.data(), pageSize_, pageNo), false).node;
}

std::shared_ptr<Node> Pager::create(PageType type) {
    auto node = std::make_shared<Node>();
    node->type = type;
    node->pageNo = allocator_.allocate();
    return insert(node, true).node;
}

std::shared_ptr<Node> Pager::makeWritable(const std::shared_ptr<Node>& node) {
    if (allocator_.isFresh(node->pageNo)) {
        auto it = cache_.find(node->pageNo);
        if (it == cache_.end())  // only possible if a caller kept a node across trimCache
            throw StoreError(StoreErrorCode::Corrupt, "page " + std::to_string(node->pageNo) + " left the cache while in use");
        markDirty(it->second);
        return node;
    }
    auto copy = std::make_shared<Node>(*node);
    copy->pageNo = allocator_.allocate();
    insert(copy, true);
    release(node->pageNo);
    return copy;
}

void Pager::release(PageNo pageNo) {
    auto it = cache_.find(pageNo);
    if (it != cache_.end()) {
        if (it->second.dirty) --dirtyCount_;
        lru_.erase(it->second.lru);
        cache_.erase(it);
    }
    allocator_.release(pageNo);
}

void Pager::writeNode(const Node& node, std::uint64_t sequence) {
    encodeNode(node, buffer_.data(), pageSize_, sequence);
    file_->writeAt(node.pageNo * pageSize_, buffer_.data(), pageSize_);
}

PageNo Pager::writeOverflow(std::string_view value) {
    // Overflow pages are fresh, so they are written straight to the file; the checkpoint's
    // sync makes them durable together with the tree that points at them.
    const std::size_t payload = overflowPayloadPerPage(pageSize_);
    std::size_t pageCount = (value.size() + payload - 1) / payload;
    std::vector<PageNo> pages(pageCount);
    for (PageNo& p : pages) p = allocator_.allocate();
    for (std::size_t i = 0; i < pageCount; ++i) {
        std::size_t offset = i * payload;
        std::size_t n = std::min(payload, value.size() - offset);
        std::memcpy(buffer_.data() + kPageHeaderSize, value.data() + offset, n);
        std::memset(buffer_.data() + kPageHeaderSize + n, 0, payload - n);
        sealPage(buffer_.data(), pageSize_, PageType::Overflow, pages[i], 0,
                 i + 1 < pageCount ? pages[i + 1] : kNoPage, sequence_);
        file_->writeAt(pages[i] * pageSize_, buffer_.data(), pageSize_);
    }
    return pages.empty() ? kNoPage : pages[0];
}

void Pager::readOverflow(PageNo first, std::uint32_t size, std::string& out) {
    const std::size_t payload = overflowPayloadPerPage(pageSize_);
    if ((size + payload - 1) / payload > allocator_.pageCount())
        throw StoreError(StoreErrorCode::Corrupt, "overflow value of " + std::to_string(size) + " bytes is larger than the file");
    out.resize(size);
    PageNo pageNo = first;
    for (std::size_t offset = 0; offset < size; offset += payload) {
        if (pageNo < 2 || pageNo >= allocator_.pageCount())
            throw StoreError(StoreErrorCode::Corrupt, "overflow chain leaves the file at page " + std::to_string(pageNo));
        file_->readAt(pageNo * pageSize_, buffer_.data(), pageSize_);
        verifyPage(buffer_.data(), pageSize_, pageNo, PageType::Overflow);
        std::memcpy(&out[offset], buffer_.data() + kPageHeaderSize, std::min<std::size_t>(payload, size - offset));
        pageNo = loadLe64(buffer_.data() + kOffsetNext);
    }
}

void Pager::releaseOverflow(PageNo first, std::uint32_t size) {
    // Only each page's header is read: enough to follow the chain and to refuse a chain that
    // leads into pages that are not overflow pages.
    const std::size_t payload = overflowPayloadPerPage(pageSize_);
    std::size_t pageCount = (size + payload - 1) / payload;
    std::uint8_t header[kPageHeaderSize];
    PageNo pageNo = first;
    for (std::size_t i = 0; i < pageCount; ++i) {
        if (pageNo < 2 || pageNo >= allocator_.pageCount())
            throw StoreError(StoreErrorCode::Corrupt, "overflow chain leaves the file at page " + std::to_string(pageNo));
        file_->readAt(pageNo * pageSize_, header, sizeof header);
        if (header[kOffsetType] != std::uint8_t(PageType::Overflow) || loadLe64(header + kOffsetPageNo) != pageNo)
            throw StoreError(StoreErrorCode::Corrupt, "page " + std::to_string(pageNo) + " is not an overflow page");
        PageNo next = loadLe64(header + kOffsetNext);
        allocator_.release(pageNo);
        pageNo = next;
    }
}

void Pager::trimCache() {
    while (cache_.size() > cacheLimitPages_) {
        PageNo victim = lru_.back();
        auto it = cache_.find(victim);
        if (it->second.dirty) {
            writeNode(*it->second.node, sequence_);
            --dirtyCount_;
        }
        lru_.pop_back();
        cache_.erase(it);
    }
}

void Pager::flushDirty(std::uint64_t sequence) {
    std::vector<PageNo> dirty;
    dirty.reserve(dirtyCount_);
    for (auto& [pageNo, slot] : cache_)
        if (slot.dirty) dirty.push_back(pageNo);
    std::sort(dirty.begin(), dirty.end());
    // Runs of consecutive pages go out in one write of up to 1 MiB.
    const std::size_t maxRun = std::max<std::size_t>(1, (1u << 20) / pageSize_);
    std::vector<std::uint8_t> run;
    for (std::size_t i = 0; i < dirty.size();) {
        std::size_t j = i + 1;
        while (j < dirty.size() && j - i < maxRun && dirty[j] == dirty[j - 1] + 1) ++j;
        run.resize((j - i) * pageSize_);
        for (std::size_t k = i; k < j; ++k) {
            Slot& slot = cache_[dirty[k]];
            encodeNode(*slot.node, run.data() + (k - i) * pageSize_, pageSize_, sequence);
            slot.dirty = false;
        }
        file_->writeAt(dirty[i] * pageSize_, run.data(), run.size());
        i = j;
    }
    dirtyCount_ = 0;
}

}  // namespace esent::store
