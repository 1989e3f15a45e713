#include "database_file.h"

#include <algorithm>
#include <cstring>

#include "../platform/file_system.h"
#include "byte_order.h"
#include "store_error.h"

namespace esent::store {
namespace {

// Catalog entries: key = tree id, big-endian (so ids sort numerically); value = root, count.
std::string catalogKey(TreeId id) {
    std::string key(8, '\0');
    for (int i = 0; i < 8; ++i) key[std::size_t(i)] = char(id >> (56 - 8 * i));
    return key;
}

TreeId catalogKeyToId(const std::string& key) {
    TreeId id = 0;
    for (unsigned char c : key) id = (id << 8) | c;
    return id;
}

std::string catalogValue(const TreeState& tree) {
    std::string value(16, '\0');
    storeLe64(reinterpret_cast<std::uint8_t*>(&value[0]), tree.root);
    storeLe64(reinterpret_cast<std::uint8_t*>(&value[8]), tree.count);
    return value;
}

constexpr std::uint32_t kAllPageSizes[] = {4096, 8192, 16384, 32768};

}  // namespace

DatabaseFile::DatabaseFile(std::string path, bool readOnly) : path_(std::move(path)), readOnly_(readOnly) {}

DatabaseFile::~DatabaseFile() = default;

std::unique_ptr<DatabaseFile> DatabaseFile::create(const std::string& path, const DatabaseOptions& options) {
    if (!isSupportedPageSize(options.pageSize))
        throw StoreError(StoreErrorCode::InvalidArgument, "page size " + std::to_string(options.pageSize) +
                                                              " (use 4096, 8192, 16384 or 32768)");
    if (options.readOnly) throw StoreError(StoreErrorCode::InvalidArgument, "cannot create a read-only database");
    // The file is built under a staging name and renamed when complete, so a crash during
    // create leaves either no database or a whole one, never a file that open() refuses.
    if (platform::pathExists(path)) throw StoreError(StoreErrorCode::FileExists, "'" + path + "'");
    const std::string staging = path + ".creating";
    platform::removeFile(staging);  // left by a create that crashed
    std::unique_ptr<DatabaseFile> db(new DatabaseFile(path, false));
    db->pageSize_ = options.pageSize;
    db->pager_ = std::make_unique<Pager>(StoreFile::open(staging, FileMode::CreateNew), options.pageSize, options.cacheBytes);
    db->pager_->allocator().reset(2, {}, {});
    db->meta_.pageSize = options.pageSize;
    db->catalog_.id = kCatalogTreeId;
    db->catalog_.root = db->pager_->create(PageType::Leaf)->pageNo;
    db->pager_->setSequence(1);
    // Two checkpoints fill both meta slots, so there is always a valid older one to fall back to.
    db->checkpointLocked(options.initialLsn);
    db->checkpointLocked(options.initialLsn);
    db->pager_->file().moveTo(path);
    return db;
}

std::unique_ptr<DatabaseFile> DatabaseFile::open(const std::string& path, const DatabaseOptions& options) {
    if (options.pageSize != 0 && !isSupportedPageSize(options.pageSize))
        throw StoreError(StoreErrorCode::InvalidArgument, "page size " + std::to_string(options.pageSize));
    auto file = StoreFile::open(path, options.readOnly ? FileMode::OpenReadOnly : FileMode::OpenReadWrite);
    std::unique_ptr<DatabaseFile> db(new DatabaseFile(path, options.readOnly));
    db->loadMeta(*file, options.pageSize);
    db->pager_ = std::make_unique<Pager>(std::move(file), db->pageSize_, options.cacheBytes);
    db->pager_->allocator().reset(db->meta_.pageCount, {}, {});  // bounds for the reads below
    std::vector<PageNo> avail, chain;
    db->loadFreelist(avail, chain);
    db->pager_->allocator().reset(db->meta_.pageCount, std::move(avail), std::move(chain));
    db->pager_->setSequence(db->meta_.sequence + 1);
    db->loadCatalog();
    db->pager_->trimCache();
    return db;
}

void DatabaseFile::loadMeta(StoreFile& file, std::uint32_t requestedPageSize) {
    std::uint8_t bytes[kMetaCheckedBytes];
    MetaState slot0, slot1;
    file.readAt(0, bytes, sizeof bytes);
    MetaVerdict verdict0 = decodeMeta(bytes, slot0);
    // Slot 1 sits one page in; if slot 0 is unreadable its page size is unknown, so try each.
    MetaVerdict verdict1 = MetaVerdict::NotOurs;
    for (std::uint32_t size : kAllPageSizes) {
        if (verdict0 == MetaVerdict::Valid && size != slot0.pageSize) continue;
        file.readAt(size, bytes, sizeof bytes);
        MetaState candidate;
        MetaVerdict v = decodeMeta(bytes, candidate);
        if (v == MetaVerdict::Valid && candidate.pageSize != size) v = MetaVerdict::Damaged;
        if (v == MetaVerdict::Valid || verdict1 == MetaVerdict::NotOurs) {
            verdict1 = v;
            if (v == MetaVerdict::Valid) {
                slot1 = candidate;
                break;
            }
        }
    }
    bool valid0 = verdict0 == MetaVerdict::Valid, valid1 = verdict1 == MetaVerdict::Valid;
    if (valid0 && valid1 && slot0.pageSize != slot1.pageSize) valid1 = false;
    if (!valid0 && !valid1) {
        if (verdict0 == MetaVerdict::EseFile)
            throw StoreError(StoreErrorCode::EseDatabase,
                             "'" + path_ + "' is an ESE database made by Windows' esent.dll; the portable engine "
                                           "uses its own file format and cannot open it");
        if (verdict0 == MetaVerdict::NewerVersion || verdict1 == MetaVerdict::NewerVersion)
            throw StoreError(StoreErrorCode::UnsupportedVersion,
                             "'" + path_ + "' was written by a newer version of the portable engine");
        if (verdict0 == MetaVerdict::NotOurs && verdict1 == MetaVerdict::NotOurs)
            throw StoreError(StoreErrorCode::NotOurFormat,
                             "'" + path_ + "' is not a database of the portable engine" +
                                 (file.size() == 0 ? " (the file is empty)" : ""));
        throw StoreError(StoreErrorCode::Corrupt, "'" + path_ + "': both meta pages are damaged");
    }
    meta_ = !valid1 || (valid0 && slot0.sequence > slot1.sequence) ? slot0 : slot1;
    if (requestedPageSize != 0 && requestedPageSize != meta_.pageSize)
        throw StoreError(StoreErrorCode::PageSizeMismatch, "'" + path_ + "' has " + std::to_string(meta_.pageSize) +
                                                               "-byte pages, not " + std::to_string(requestedPageSize));
    pageSize_ = meta_.pageSize;
    catalog_.id = kCatalogTreeId;
    catalog_.root = meta_.catalogRoot;
    catalog_.count = meta_.catalogCount;
}

void DatabaseFile::loadFreelist(std::vector<PageNo>& avail, std::vector<PageNo>& chain) {
    std::vector<std::uint8_t> page(pageSize_);
    for (PageNo pageNo = meta_.freelistHead; pageNo != kNoPage;) {
        if (pageNo < 2 || pageNo >= meta_.pageCount || chain.size() > meta_.pageCount)
            throw StoreError(StoreErrorCode::Corrupt, "freelist leads to page " + std::to_string(pageNo));
        pager_->file().readAt(pageNo * pageSize_, page.data(), pageSize_);
        verifyPage(page.data(), pageSize_, pageNo, PageType::Freelist);
        std::size_t count = loadLe16(page.data() + kOffsetCount);
        if (kPageHeaderSize + count * 8 > pageSize_) throw StoreError(StoreErrorCode::Corrupt, "freelist page overfull");
        for (std::size_t i = 0; i < count; ++i) {
            PageNo free = loadLe64(page.data() + kPageHeaderSize + i * 8);
            if (free < 2 || free >= meta_.pageCount) throw StoreError(StoreErrorCode::Corrupt, "freelist names page " + std::to_string(free));
            avail.push_back(free);
        }
        chain.push_back(pageNo);
        pageNo = loadLe64(page.data() + kOffsetNext);
    }
    if (avail.size() != meta_.freePageCount) throw StoreError(StoreErrorCode::Corrupt, "freelist length differs from the meta page");
}

void DatabaseFile::loadCatalog() {
    std::vector<PageNo> stack{catalog_.root};
    std::uint64_t visited = 0;
    while (!stack.empty()) {
        if (++visited > meta_.pageCount) throw StoreError(StoreErrorCode::Corrupt, "catalog pages form a cycle");
        auto node = pager_->load(stack.back());
        stack.pop_back();
        for (const Entry& e : node->entries) {
            if (!node->isLeaf()) {
                stack.push_back(e.page);
                continue;
            }
            if (e.key.size() != 8 || e.overflow || e.value.size() != 16)
                throw StoreError(StoreErrorCode::Corrupt, "malformed catalog entry");
            TreeState tree;
            tree.id = catalogKeyToId(e.key);
            const auto* v = reinterpret_cast<const std::uint8_t*>(e.value.data());
            tree.root = loadLe64(v);
            tree.count = loadLe64(v + 8);
            tree.version = nextVersion();
            if (tree.root < 2 || tree.root >= meta_.pageCount) throw StoreError(StoreErrorCode::Corrupt, "catalog root out of range");
            trees_[tree.id] = tree;
        }
    }
}

void DatabaseFile::checkUsable() const {
    if (broken_)
        throw StoreError(StoreErrorCode::Io, "'" + path_ + "' failed earlier; close and reopen it to recover");
}

void DatabaseFile::checkWritable() const {
    checkUsable();
    if (readOnly_) throw StoreError(StoreErrorCode::ReadOnly, "'" + path_ + "' is open read-only");
}

TreeState& DatabaseFile::treeState(TreeId id) {
    auto it = trees_.find(id);
    if (it == trees_.end()) throw StoreError(StoreErrorCode::TreeNotFound, "tree " + std::to_string(id));
    return it->second;
}

TreeId DatabaseFile::createTree(TreeId id) {
    std::lock_guard<std::mutex> lock(mutex_);
    checkWritable();
    if (id == kCatalogTreeId) id = meta_.nextTreeId;
    if (trees_.count(id)) throw StoreError(StoreErrorCode::TreeExists, "tree " + std::to_string(id));
    return guardedEdit([&] {
        TreeState tree;
        tree.id = id;
        tree.root = pager_->create(PageType::Leaf)->pageNo;
        tree.version = nextVersion();
        tree.changed = true;
        trees_[id] = tree;
        droppedTrees_.erase(std::remove(droppedTrees_.begin(), droppedTrees_.end(), id), droppedTrees_.end());
        meta_.nextTreeId = std::max(meta_.nextTreeId, id + 1);
        return id;
    });
}

void DatabaseFile::dropTree(TreeId id) {
    std::lock_guard<std::mutex> lock(mutex_);
    checkWritable();
    TreeState& tree = treeState(id);
    guardedEdit([&] {
        btree::destroy(*pager_, tree);
        trees_.erase(id);
        droppedTrees_.push_back(id);
    });
}

bool DatabaseFile::hasTree(TreeId id) const {
    std::lock_guard<std::mutex> lock(mutex_);
    return trees_.count(id) != 0;
}

TreeId DatabaseFile::nextTreeId() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return meta_.nextTreeId;
}

std::vector<TreeId> DatabaseFile::treeIds() const {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<TreeId> ids;
    for (const auto& entry : trees_) ids.push_back(entry.first);
    return ids;
}

Tree DatabaseFile::tree(TreeId id) {
    std::lock_guard<std::mutex> lock(mutex_);
    treeState(id);
    return Tree(*this, id);
}

Lsn DatabaseFile::checkpointLsn() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return meta_.lsn;
}

void DatabaseFile::checkpoint(Lsn lsn) {
    std::lock_guard<std::mutex> lock(mutex_);
    checkWritable();
    guardedEdit([&] { checkpointLocked(lsn); });
}

void DatabaseFile::writeFreelist(const std::vector<PageNo>& entries, const std::vector<PageNo>& storage) {
    const std::size_t perPage = (pageSize_ - kPageHeaderSize) / 8;
    std::vector<std::uint8_t> page(pageSize_);
    std::size_t next = 0;
    for (std::size_t i = 0; i < storage.size(); ++i) {
        std::size_t count = std::min(perPage, entries.size() - next);
        std::memset(page.data(), 0, pageSize_);
        for (std::size_t k = 0; k < count; ++k) storeLe64(page.data() + kPageHeaderSize + k * 8, entries[next + k]);
        next += count;
        sealPage(page.data(), pageSize_, PageType::Freelist, storage[i], std::uint16_t(count),
                 i + 1 < storage.size() ? storage[i + 1] : kNoPage, meta_.sequence + 1);
        pager_->file().writeAt(storage[i] * pageSize_, page.data(), pageSize_);
    }
}

// Order matters: the catalog edits allocate pages, so they come before the freelist is planned;
// every page is synced before the meta page that makes it reachable, and the meta page is
// synced before any page the old state references may be reused.
void DatabaseFile::checkpointLocked(Lsn lsn) {
    for (TreeId id : droppedTrees_)
        if (!trees_.count(id)) btree::erase(*pager_, catalog_, catalogKey(id));
    droppedTrees_.clear();
    for (auto& [id, tree] : trees_) {
        if (!tree.changed) continue;
        btree::put(*pager_, catalog_, catalogKey(id), catalogValue(tree));
        tree.changed = false;
    }

    PageAllocator& allocator = pager_->allocator();
    std::vector<PageNo> storage;
    std::vector<PageNo> freePages = allocator.planFreelist((pageSize_ - kPageHeaderSize) / 8, storage);
    writeFreelist(freePages, storage);

    MetaState next = meta_;
    next.sequence = meta_.sequence + 1;
    next.lsn = lsn;
    next.catalogRoot = catalog_.root;
    next.catalogCount = catalog_.count;
    next.freelistHead = storage.empty() ? kNoPage : storage.front();
    next.freePageCount = freePages.size();
    next.pageCount = allocator.pageCount();

    StoreFile& file = pager_->file();
    pager_->flushDirty(next.sequence);
    // Grow to cover pages never written (freed before the checkpoint); shrink away pages a
    // crashed run spilled past the durable end, which nothing references.
    if (file.size() != next.pageCount * pageSize_) file.resize(next.pageCount * pageSize_);
    file.sync();

    std::vector<std::uint8_t> page(pageSize_);
    encodeMeta(next, page.data());
    file.writeAt((next.sequence % 2) * pageSize_, page.data(), pageSize_);
    file.sync();

    allocator.commitCheckpoint(std::move(freePages), std::move(storage));
    meta_ = next;
    pager_->setSequence(next.sequence + 1);
}

DatabaseStats DatabaseFile::stats() const {
    std::lock_guard<std::mutex> lock(mutex_);
    DatabaseStats s;
    s.pageSize = pageSize_;
    const PageAllocator& allocator = pager_->allocator();
    s.pageCount = allocator.pageCount();
    s.fileBytes = pager_->file().size();
    s.freePages = allocator.availCount();
    s.pendingFreePages = allocator.pendingCount();
    s.cachedPages = pager_->cachedPages();
    s.dirtyBytes = std::uint64_t(pager_->dirtyPages()) * pageSize_;
    s.pagesSinceCheckpoint = allocator.freshCount();
    s.checkpointSequence = meta_.sequence;
    s.checkpointLsn = meta_.lsn;
    s.treeCount = trees_.size();
    return s;
}

}  // namespace esent::store
