#include "meta_page.h"

#include <cstring>

#include "byte_order.h"
#include "../util/crc32c.h"

namespace esent::store {
namespace {

constexpr char kMagic[8] = {'E', 'S', 'N', 'T', 'P', 'D', 'B', '\0'};
// ESE's database header starts with a checksum and then this magic number (ulMagic).
constexpr std::uint32_t kEseHeaderMagic = 0x89ABCDEFu;

}  // namespace

void encodeMeta(const MetaState& meta, std::uint8_t* page) {
    std::memset(page, 0, meta.pageSize);
    std::memcpy(page, kMagic, sizeof kMagic);
    storeLe32(page + 12, kFormatVersion);
    storeLe32(page + 16, meta.pageSize);
    storeLe64(page + 24, meta.sequence);
    storeLe64(page + 32, meta.lsn);
    storeLe64(page + 40, meta.catalogRoot);
    storeLe64(page + 48, meta.catalogCount);
    storeLe64(page + 56, meta.freelistHead);
    storeLe64(page + 64, meta.freePageCount);
    storeLe64(page + 72, meta.pageCount);
    storeLe64(page + 80, meta.nextTreeId);
    storeLe32(page + 8, util::crc32c(page + 12, kMetaCheckedBytes - 12));
}

MetaVerdict decodeMeta(const std::uint8_t* bytes, MetaState& out) {
    if (std::memcmp(bytes, kMagic, sizeof kMagic) != 0)
        return loadLe32(bytes + 4) == kEseHeaderMagic ? MetaVerdict::EseFile : MetaVerdict::NotOurs;
    if (loadLe32(bytes + 8) != util::crc32c(bytes + 12, kMetaCheckedBytes - 12)) return MetaVerdict::Damaged;
    if (loadLe32(bytes + 12) > kFormatVersion) return MetaVerdict::NewerVersion;
    out.pageSize = loadLe32(bytes + 16);
    if (!isSupportedPageSize(out.pageSize)) return MetaVerdict::Damaged;
    out.sequence = loadLe64(bytes + 24);
    out.lsn = loadLe64(bytes + 32);
    out.catalogRoot = loadLe64(bytes + 40);
    out.catalogCount = loadLe64(bytes + 48);
    out.freelistHead = loadLe64(bytes + 56);
    out.freePageCount = loadLe64(bytes + 64);
    out.pageCount = loadLe64(bytes + 72);
    out.nextTreeId = loadLe64(bytes + 80);
    if (out.catalogRoot < 2 || out.catalogRoot >= out.pageCount) return MetaVerdict::Damaged;
    return MetaVerdict::Valid;
}

}  // namespace esent::store
