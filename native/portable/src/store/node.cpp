#include "node.h"

#include <algorithm>
#include <cstring>

#include "byte_order.h"
#include "../util/crc32c.h"
#include "store_error.h"

namespace esent::store {

std::size_t leafEntrySize(std::size_t keyLength, std::size_t inlineValueLength, bool overflow) {
    return kLeafEntryOverhead + keyLength + (overflow ? 8 : inlineValueLength);
}

std::size_t branchEntrySize(std::size_t keyLength) { return kBranchEntryOverhead + keyLength; }

std::size_t Node::entrySize(const Entry& e) const {
    return isLeaf() ? leafEntrySize(e.key.size(), e.value.size(), e.overflow) : branchEntrySize(e.key.size());
}

void Node::recomputeBytes() {
    bytes = kPageHeaderSize;
    for (const Entry& e : entries) bytes += entrySize(e);
}

std::size_t Node::lowerBound(std::string_view key, bool strict) const {
    auto it = strict ? std::upper_bound(entries.begin(), entries.end(), key,
                                        [](std::string_view k, const Entry& e) { return k < std::string_view(e.key); })
                     : std::lower_bound(entries.begin(), entries.end(), key,
                                        [](const Entry& e, std::string_view k) { return std::string_view(e.key) < k; });
    return std::size_t(it - entries.begin());
}

std::size_t Node::childIndex(std::string_view key) const {
    // Entry 0 stands for minus infinity; find the last entry i >= 1 with key_i <= key.
    auto it = std::upper_bound(entries.begin() + 1, entries.end(), key,
                               [](std::string_view k, const Entry& e) { return k < std::string_view(e.key); });
    return std::size_t(it - entries.begin()) - 1;
}

namespace {

[[noreturn]] void corrupt(PageNo pageNo, const std::string& why) {
    throw StoreError(StoreErrorCode::Corrupt, "page " + std::to_string(pageNo) + ": " + why);
}

}  // namespace

void checkTreeDepth(std::size_t depth, PageNo pageNo) {
    if (depth > kMaxTreeDepth) corrupt(pageNo, "tree deeper than " + std::to_string(kMaxTreeDepth) + " levels");
}

void sealPage(std::uint8_t* page, std::uint32_t pageSize, PageType type, PageNo pageNo,
              std::uint16_t count, PageNo next, std::uint64_t sequence) {
    page[kOffsetType] = std::uint8_t(type);
    page[kOffsetType + 1] = 0;
    storeLe16(page + kOffsetCount, count);
    storeLe64(page + kOffsetPageNo, pageNo);
    storeLe64(page + kOffsetSequence, sequence);
    storeLe64(page + kOffsetNext, next);
    storeLe32(page + kOffsetCrc, util::crc32c(page + 4, pageSize - 4));
}

void verifyPage(const std::uint8_t* page, std::uint32_t pageSize, PageNo expected, PageType type) {
    if (loadLe32(page + kOffsetCrc) != util::crc32c(page + 4, pageSize - 4)) corrupt(expected, "checksum mismatch");
    if (loadLe64(page + kOffsetPageNo) != expected)
        corrupt(expected, "holds page " + std::to_string(loadLe64(page + kOffsetPageNo)));
    if (page[kOffsetType] != std::uint8_t(type))
        corrupt(expected, "unexpected page type " + std::to_string(page[kOffsetType]));
}

void encodeNode(const Node& node, std::uint8_t* page, std::uint32_t pageSize, std::uint64_t sequence) {
    std::uint8_t* p = page + kPageHeaderSize;
    for (const Entry& e : node.entries) {
        storeLe16(p, std::uint16_t(e.key.size()));
        if (node.isLeaf()) {
            p[2] = e.overflow ? kLeafFlagOverflow : 0;
            storeLe32(p + 3, e.overflow ? e.overflowSize : std::uint32_t(e.value.size()));
            p += kLeafEntryOverhead;
            std::memcpy(p, e.key.data(), e.key.size());
            p += e.key.size();
            if (e.overflow) {
                storeLe64(p, e.page);
                p += 8;
            } else {
                std::memcpy(p, e.value.data(), e.value.size());
                p += e.value.size();
            }
        } else {
            storeLe64(p + 2, e.page);
            p += kBranchEntryOverhead;
            std::memcpy(p, e.key.data(), e.key.size());
            p += e.key.size();
        }
    }
    std::memset(p, 0, std::size_t(page + pageSize - p));
    sealPage(page, pageSize, node.type, node.pageNo, std::uint16_t(node.entries.size()), kNoPage, sequence);
}

std::shared_ptr<Node> decodeNode(const std::uint8_t* page, std::uint32_t pageSize, PageNo expected) {
    PageType type = PageType(page[kOffsetType]);
    if (type != PageType::Leaf && type != PageType::Branch) {
        verifyPage(page, pageSize, expected, PageType::Leaf);  // reports CRC or number first
        corrupt(expected, "not a tree page");
    }
    verifyPage(page, pageSize, expected, type);
    auto node = std::make_shared<Node>();
    node->type = type;
    node->pageNo = expected;
    std::size_t count = loadLe16(page + kOffsetCount);
    if (type == PageType::Branch && count == 0) corrupt(expected, "branch page without children");
    if (count > pageSize / kLeafEntryOverhead) corrupt(expected, "entry count too large");
    node->entries.resize(count);
    const std::uint8_t* p = page + kPageHeaderSize;
    const std::uint8_t* end = page + pageSize;
    for (Entry& e : node->entries) {
        std::size_t overhead = node->isLeaf() ? kLeafEntryOverhead : kBranchEntryOverhead;
        if (std::size_t(end - p) < overhead) corrupt(expected, "entry past page end");
        std::size_t keyLength = loadLe16(p);
        std::size_t tail = 0;
        if (node->isLeaf()) {
            e.overflow = (p[2] & kLeafFlagOverflow) != 0;
            std::uint32_t valueLength = loadLe32(p + 3);
            if (e.overflow) {
                if (valueLength > kMaxValueSize) corrupt(expected, "value length too large");
                e.overflowSize = valueLength;
            }
            tail = e.overflow ? 8 : valueLength;
        } else {
            e.page = loadLe64(p + 2);
        }
        p += overhead;
        if (std::size_t(end - p) < keyLength + tail) corrupt(expected, "entry past page end");
        e.key.assign(reinterpret_cast<const char*>(p), keyLength);
        p += keyLength;
        if (node->isLeaf()) {
            if (e.overflow) e.page = loadLe64(p);
            else e.value.assign(reinterpret_cast<const char*>(p), tail);
            p += tail;
        }
    }
    node->bytes = std::size_t(p - page);
    return node;
}

}  // namespace esent::store
