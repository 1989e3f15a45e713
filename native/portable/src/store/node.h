// A branch or leaf page decoded into memory. Nodes are edited in decoded form and encoded only
// when written, which keeps the tree algorithms simple; `bytes` tracks the encoded size so
// splits and merges are decided exactly.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "page_format.h"

namespace esent::store {

struct Entry {
    std::string key;
    std::string value;        // leaf, inline values only
    PageNo page = kNoPage;    // branch: child page; leaf with overflow: first overflow page
    std::uint32_t overflowSize = 0;  // leaf with overflow: value length
    bool overflow = false;
};

struct Node {
    PageType type = PageType::Leaf;
    PageNo pageNo = kNoPage;
    std::vector<Entry> entries;
    std::size_t bytes = kPageHeaderSize;  // encoded size

    bool isLeaf() const { return type == PageType::Leaf; }
    std::size_t entrySize(const Entry& e) const;
    void recomputeBytes();
    // Leaf: index of the first entry with key >= `key` (or > with `strict`), in [0, size].
    std::size_t lowerBound(std::string_view key, bool strict = false) const;
    // Branch: index of the child whose range holds `key`.
    std::size_t childIndex(std::string_view key) const;
};

std::size_t leafEntrySize(std::size_t keyLength, std::size_t inlineValueLength, bool overflow);
std::size_t branchEntrySize(std::size_t keyLength);

// Encodes into `page` (pageSize bytes), filling the header and CRC.
void encodeNode(const Node& node, std::uint8_t* page, std::uint32_t pageSize, std::uint64_t sequence);
// Verifies CRC, page number and type, then decodes; throws StoreError(Corrupt) otherwise.
std::shared_ptr<Node> decodeNode(const std::uint8_t* page, std::uint32_t pageSize, PageNo expected);

// Throws StoreError(Corrupt) when a descent went deeper than any valid tree (a page cycle).
void checkTreeDepth(std::size_t depth, PageNo pageNo);

// Header helpers shared by every non-meta page type.
void sealPage(std::uint8_t* page, std::uint32_t pageSize, PageType type, PageNo pageNo,
              std::uint16_t count, PageNo next, std::uint64_t sequence);
// Throws StoreError(Corrupt) unless the CRC, page number and type match.
void verifyPage(const std::uint8_t* page, std::uint32_t pageSize, PageNo expected, PageType type);

}  // namespace esent::store
