#include "cursor.h"

#include "database_file.h"
#include "store_error.h"

namespace esent::store {

Cursor::Cursor(DatabaseFile& db, TreeId tree) : db_(&db), tree_(tree) {}

// Each public method runs under the file's mutex and trims the cache on the way out.
#define CURSOR_GUARD()                                     \
    std::lock_guard<std::mutex> lock(db_->mutex_);         \
    db_->checkUsable();                                    \
    Pager& pager = *db_->pager_;                           \
    struct Trim {                                          \
        Pager& p;                                          \
        ~Trim() {                                          \
            try {                                          \
                p.trimCache();                             \
            } catch (...) { /* page stays cached: retried */ } \
        }                                                  \
    } trim{pager};                                         \
    TreeState& tree = revalidate(pager)

TreeState& Cursor::revalidate(Pager& pager) {
    TreeState& tree = db_->treeState(tree_);
    if (tree.version != version_) {
        if (position_ == Position::OnEntry || position_ == Position::Gap) {
            descendToKey(pager, tree.root, key_, false);
            auto leaf = pager.load(path_.back().page);
            std::size_t i = path_.back().index;
            position_ = i < leaf->entries.size() && leaf->entries[i].key == key_ ? Position::OnEntry : Position::Gap;
        }
        version_ = tree.version;
    }
    pinnedLeaf_.reset();
    return tree;
}

void Cursor::descendToKey(Pager& pager, PageNo root, std::string_view key, bool strict) {
    path_.clear();
    auto node = pager.load(root);
    while (!node->isLeaf()) {
        checkTreeDepth(path_.size(), node->pageNo);
        std::size_t i = node->childIndex(key);
        path_.push_back({node->pageNo, i});
        node = pager.load(node->entries[i].page);
    }
    path_.push_back({node->pageNo, node->lowerBound(key, strict)});
}

void Cursor::descendEdge(Pager& pager, PageNo page, bool leftmost) {
    auto node = pager.load(page);
    while (!node->isLeaf()) {
        checkTreeDepth(path_.size(), node->pageNo);
        std::size_t i = leftmost ? 0 : node->entries.size() - 1;
        path_.push_back({node->pageNo, i});
        node = pager.load(node->entries[i].page);
    }
    path_.push_back({node->pageNo, leftmost ? 0 : node->entries.size()});
}

// From a gap in the leaf (index in [0, size]) to the first entry at or after it.
bool Cursor::forwardToEntry(Pager& pager) {
    for (;;) {
        auto leaf = pager.load(path_.back().page);
        if (path_.back().index < leaf->entries.size()) return true;
        std::size_t level = path_.size() - 1;
        while (level > 0) {
            auto parent = pager.load(path_[level - 1].page);
            if (path_[level - 1].index + 1 < parent->entries.size()) break;
            --level;
        }
        if (level == 0) return false;
        path_.resize(level);
        ++path_.back().index;
        auto parent = pager.load(path_.back().page);
        descendEdge(pager, parent->entries[path_.back().index].page, true);
    }
}

// From a gap in the leaf to the last entry before it.
bool Cursor::backwardFromGap(Pager& pager) {
    for (;;) {
        if (path_.back().index > 0) {
            --path_.back().index;
            return true;
        }
        std::size_t level = path_.size() - 1;
        while (level > 0 && path_[level - 1].index == 0) --level;
        if (level == 0) return false;
        path_.resize(level);
        --path_.back().index;
        auto parent = pager.load(path_.back().page);
        descendEdge(pager, parent->entries[path_.back().index].page, false);
    }
}

bool Cursor::settle(Pager& pager, TreeState& tree, bool found, Position otherwise) {
    version_ = tree.version;
    if (!found) {
        position_ = otherwise;
        return false;
    }
    position_ = Position::OnEntry;
    key_ = pager.load(path_.back().page)->entries[path_.back().index].key;
    return true;
}

bool Cursor::seek(std::string_view key, SeekMode mode) {
    CURSOR_GUARD();
    bool strict = mode == SeekMode::GT || mode == SeekMode::LE;
    descendToKey(pager, tree.root, key, strict);
    switch (mode) {
        case SeekMode::EQ: {
            bool found = forwardToEntry(pager) &&
                         pager.load(path_.back().page)->entries[path_.back().index].key == key;
            if (found) return settle(pager, tree, true, Position::OnEntry);
            descendToKey(pager, tree.root, key, false);
            version_ = tree.version;
            key_.assign(key);
            position_ = Position::Gap;
            return false;
        }
        case SeekMode::GE:
        case SeekMode::GT: return settle(pager, tree, forwardToEntry(pager), Position::AfterLast);
        case SeekMode::LE:
        case SeekMode::LT: return settle(pager, tree, backwardFromGap(pager), Position::BeforeFirst);
    }
    throw StoreError(StoreErrorCode::InvalidArgument, "seek mode");
}

bool Cursor::first() {
    CURSOR_GUARD();
    path_.clear();
    descendEdge(pager, tree.root, true);
    return settle(pager, tree, forwardToEntry(pager), Position::AfterLast);
}

bool Cursor::last() {
    CURSOR_GUARD();
    path_.clear();
    descendEdge(pager, tree.root, false);
    return settle(pager, tree, backwardFromGap(pager), Position::BeforeFirst);
}

bool Cursor::next() {
    CURSOR_GUARD();
    switch (position_) {
        case Position::AfterLast: return false;
        case Position::BeforeFirst:
            path_.clear();
            descendEdge(pager, tree.root, true);
            return settle(pager, tree, forwardToEntry(pager), Position::AfterLast);
        case Position::OnEntry: ++path_.back().index; break;
        case Position::Gap: break;
    }
    return settle(pager, tree, forwardToEntry(pager), Position::AfterLast);
}

bool Cursor::prev() {
    CURSOR_GUARD();
    switch (position_) {
        case Position::BeforeFirst: return false;
        case Position::AfterLast:
            path_.clear();
            descendEdge(pager, tree.root, false);
            break;
        case Position::OnEntry:
        case Position::Gap: break;
    }
    return settle(pager, tree, backwardFromGap(pager), Position::BeforeFirst);
}

bool Cursor::onEntry() {
    CURSOR_GUARD();
    (void)tree;
    return position_ == Position::OnEntry;
}

void Cursor::needEntry() const {
    if (position_ != Position::OnEntry)
        throw StoreError(StoreErrorCode::NoCurrentEntry, "the cursor is not on an entry");
}

std::string_view Cursor::key() {
    CURSOR_GUARD();
    (void)tree;
    needEntry();
    return key_;
}

std::string_view Cursor::value() {
    CURSOR_GUARD();
    (void)tree;
    needEntry();
    auto leaf = pager.load(path_.back().page);
    const Entry& entry = leaf->entries[path_.back().index];
    if (entry.overflow) {
        pager.readOverflow(entry.page, entry.overflowSize, valueBuffer_);
        return valueBuffer_;
    }
    pinnedLeaf_ = leaf;  // keeps the view alive if the cache drops the page
    return entry.value;
}

bool Cursor::read(std::string& key, std::string& value) {
    CURSOR_GUARD();
    (void)tree;
    if (position_ != Position::OnEntry) return false;
    key = key_;
    btree::readValue(pager, pager.load(path_.back().page)->entries[path_.back().index], value);
    return true;
}

std::uint64_t Cursor::valueSize() {
    CURSOR_GUARD();
    (void)tree;
    needEntry();
    const Entry& entry = pager.load(path_.back().page)->entries[path_.back().index];
    return entry.overflow ? entry.overflowSize : entry.value.size();
}

#undef CURSOR_GUARD

}  // namespace esent::store
