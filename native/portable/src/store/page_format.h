// On-disk layout of the portable engine's database file. All integers little-endian.
//
// The file is an array of fixed-size pages (4, 8, 16 or 32 KiB). Pages 0 and 1 are the two
// meta pages (see meta_page.h); every other page starts with this 32-byte header:
//
//   0  u32 CRC-32C of bytes [4, pageSize)
//   4  u8  PageType
//   5  u8  reserved (0)
//   6  u16 entry count (branch, leaf, freelist)
//   8  u64 this page's own number (catches misdirected writes and reads)
//   16 u64 checkpoint sequence the page was written under (diagnostics only)
//   24 u64 next page (freelist and overflow chains; 0 = end)
//
// Branch and leaf entries follow the header back to back (pages are decoded whole, so no slot
// array is needed):
//   leaf:   u16 keyLength, u8 flags, u32 valueLength, key, then either the value inline or,
//           with kLeafFlagOverflow, the u64 first page of an overflow chain
//   branch: u16 keyLength, u64 child page, key (entry 0's key is always empty: minus infinity)
// Overflow pages hold raw value bytes from offset 32; freelist pages hold u64 page numbers.
#pragma once

#include <cstddef>
#include <cstdint>

namespace esent::store {

using PageNo = std::uint64_t;
using TreeId = std::uint64_t;
using Lsn = std::uint64_t;

constexpr std::size_t kPageHeaderSize = 32;
constexpr std::size_t kOffsetCrc = 0;
constexpr std::size_t kOffsetType = 4;
constexpr std::size_t kOffsetCount = 6;
constexpr std::size_t kOffsetPageNo = 8;
constexpr std::size_t kOffsetSequence = 16;
constexpr std::size_t kOffsetNext = 24;

enum class PageType : std::uint8_t { Meta = 1, Branch = 2, Leaf = 3, Freelist = 4, Overflow = 5 };

constexpr std::size_t kLeafEntryOverhead = 2 + 1 + 4;
constexpr std::size_t kBranchEntryOverhead = 2 + 8;
constexpr std::uint8_t kLeafFlagOverflow = 1;

constexpr PageNo kNoPage = 0;  // page 0 is a meta page, so 0 never names a tree page
constexpr TreeId kCatalogTreeId = 0;

// Values larger than this are refused; long values are chunked by the layer above.
constexpr std::size_t kMaxValueSize = std::size_t(1) << 30;

// Deeper than this only happens when a damaged page points back up the tree (with at least two
// entries per page, 32 levels address far more pages than a file can hold).
constexpr std::size_t kMaxTreeDepth = 32;

inline bool isSupportedPageSize(std::uint32_t pageSize) {
    return pageSize == 4096 || pageSize == 8192 || pageSize == 16384 || pageSize == 32768;
}

// ESENT's JET_cbKeyMost4KBytePage (1000) and JET_cbKeyMost8KBytePage (2000, also for larger
// pages), so keys the engine accepts always fit.
inline std::size_t maxKeySizeForPage(std::uint32_t pageSize) { return pageSize == 4096 ? 1000 : 2000; }

// A leaf entry whose value would make it larger than this goes to an overflow chain. Keeping
// every entry at most half a page's payload guarantees a split always yields two valid pages.
inline std::size_t maxInlineLeafEntry(std::uint32_t pageSize) { return (pageSize - kPageHeaderSize) / 2; }

inline std::size_t overflowPayloadPerPage(std::uint32_t pageSize) { return pageSize - kPageHeaderSize; }

}  // namespace esent::store
