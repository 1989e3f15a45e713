#include "tree.h"

#include "database_file.h"
#include "store_error.h"

namespace esent::store {
namespace {

void checkKeyAndValue(const DatabaseFile& db, std::string_view key, std::string_view value) {
    if (key.size() > db.maxKeySize())
        throw StoreError(StoreErrorCode::KeyTooLarge, std::to_string(key.size()) + " bytes; at most " +
                                                          std::to_string(db.maxKeySize()) + " with " +
                                                          std::to_string(db.pageSize()) + "-byte pages");
    if (value.size() > kMaxValueSize)
        throw StoreError(StoreErrorCode::ValueTooLarge, std::to_string(value.size()) + " bytes; at most " +
                                                            std::to_string(kMaxValueSize));
}

}  // namespace

bool Tree::get(std::string_view key, std::string& value) const {
    std::lock_guard<std::mutex> lock(db_->mutex_);
    db_->checkUsable();
    TreeState& tree = db_->treeState(id_);
    bool found = btree::get(*db_->pager_, tree, key, &value);
    db_->pager_->trimCache();
    return found;
}

std::optional<std::string> Tree::get(std::string_view key) const {
    std::string value;
    if (!get(key, value)) return std::nullopt;
    return value;
}

bool Tree::contains(std::string_view key) const {
    std::lock_guard<std::mutex> lock(db_->mutex_);
    db_->checkUsable();
    TreeState& tree = db_->treeState(id_);
    bool found = btree::get(*db_->pager_, tree, key, nullptr);
    db_->pager_->trimCache();
    return found;
}

bool Tree::put(std::string_view key, std::string_view value) {
    std::lock_guard<std::mutex> lock(db_->mutex_);
    db_->checkWritable();
    checkKeyAndValue(*db_, key, value);
    TreeState& tree = db_->treeState(id_);
    return db_->guardedEdit([&] {
        bool inserted = btree::put(*db_->pager_, tree, key, value);
        tree.version = db_->nextVersion();
        return inserted;
    });
}

bool Tree::erase(std::string_view key) {
    std::lock_guard<std::mutex> lock(db_->mutex_);
    db_->checkWritable();
    TreeState& tree = db_->treeState(id_);
    return db_->guardedEdit([&] {
        bool erased = btree::erase(*db_->pager_, tree, key);
        if (erased) tree.version = db_->nextVersion();
        return erased;
    });
}

std::uint64_t Tree::eraseRange(std::string_view from, std::string_view to) {
    std::lock_guard<std::mutex> lock(db_->mutex_);
    db_->checkWritable();
    TreeState& tree = db_->treeState(id_);
    return db_->guardedEdit([&] {
        std::uint64_t erased = 0;
        for (;;) {
            btree::Path path = btree::descend(*db_->pager_, tree.root, from);
            const btree::PathStep& leaf = path.back();
            std::string key;
            if (leaf.index < leaf.node->entries.size()) {
                key = leaf.node->entries[leaf.index].key;
            } else {
                // The lower bound is past this leaf: the next key is the first of a later leaf.
                std::size_t level = path.size() - 1;
                while (level > 0 && path[level - 1].index + 1 >= path[level - 1].node->entries.size()) --level;
                if (level == 0) break;
                PageNo page = path[level - 1].node->entries[path[level - 1].index + 1].page;
                auto node = db_->pager_->load(page);
                for (std::size_t depth = level; !node->isLeaf(); ++depth) {
                    checkTreeDepth(depth, node->pageNo);
                    node = db_->pager_->load(node->entries.front().page);
                }
                if (node->entries.empty()) break;
                key = node->entries.front().key;
            }
            if (std::string_view(key) >= to) break;
            path.clear();
            btree::erase(*db_->pager_, tree, key);
            ++erased;
            db_->pager_->trimCache();
        }
        if (erased) tree.version = db_->nextVersion();
        return erased;
    });
}

std::uint64_t Tree::count() const {
    std::lock_guard<std::mutex> lock(db_->mutex_);
    db_->checkUsable();
    return db_->treeState(id_).count;
}

}  // namespace esent::store
