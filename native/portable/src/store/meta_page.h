// The two alternating meta pages (pages 0 and 1). Checkpoint N writes slot N % 2, so the
// previous checkpoint's meta survives a torn write of the new one. Layout:
//
//   0  8 bytes magic "ESNTPDB\0"   (ESE's own files have 0x89ABCDEF at offset 4: see below)
//   8  u32 CRC-32C of bytes [12, 512)  (fixed range, so it can be checked before the page size
//                                       field is trusted)
//   12 u32 format version
//   16 u32 page size
//   24 u64 checkpoint sequence (higher = newer)
//   32 u64 LSN: the write-ahead log position this state corresponds to
//   40 u64 catalog tree root page
//   48 u64 catalog entry count
//   56 u64 first freelist page (0 = none)
//   64 u64 free page count
//   72 u64 page count (logical file length in pages)
//   80 u64 next tree id
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "page_format.h"

namespace esent::store {

constexpr std::uint32_t kFormatVersion = 1;
constexpr std::size_t kMetaCheckedBytes = 512;

struct MetaState {
    std::uint32_t pageSize = 0;
    std::uint64_t sequence = 0;
    Lsn lsn = 0;
    PageNo catalogRoot = kNoPage;
    std::uint64_t catalogCount = 0;
    PageNo freelistHead = kNoPage;
    std::uint64_t freePageCount = 0;
    std::uint64_t pageCount = 0;
    TreeId nextTreeId = 1;
};

enum class MetaVerdict { Valid, NotOurs, EseFile, NewerVersion, Damaged };

void encodeMeta(const MetaState& meta, std::uint8_t* page);  // page: meta.pageSize bytes
// Reads the first kMetaCheckedBytes of a meta slot.
MetaVerdict decodeMeta(const std::uint8_t* bytes, MetaState& out);

}  // namespace esent::store
