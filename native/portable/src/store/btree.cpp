#include "btree.h"

#include <cstdlib>

#include "store_error.h"

namespace esent::store::btree {
namespace {

bool isLastIndex(const PathStep& step) { return step.index + 1 == step.node->entries.size(); }

// Makes every node on the path writable, top-down, repointing parents (or the root) at copies.
void makePathWritable(Pager& pager, TreeState& tree, Path& path) {
    for (std::size_t level = 0; level < path.size(); ++level) {
        auto writable = pager.makeWritable(path[level].node);
        if (writable != path[level].node) {
            if (level == 0) {
                tree.root = writable->pageNo;
                tree.changed = true;
            } else {
                path[level - 1].node->entries[path[level - 1].index].page = writable->pageNo;
            }
            path[level].node = std::move(writable);
        }
    }
}

// The shortest key k with left < k <= right: keeps branch entries small when keys are long.
std::string separator(const std::string& left, const std::string& right) {
    std::size_t common = 0;
    while (common < left.size() && common < right.size() && left[common] == right[common]) ++common;
    return right.substr(0, common + 1);
}

// Index s: entries [0, s) stay, [s, n) move right. With `append` (sequential inserts at the end
// of the tree) the old entries stay together so pages fill up completely.
std::size_t chooseSplit(const Node& node, std::uint32_t pageSize, bool append) {
    const std::size_t n = node.entries.size();
    std::vector<std::size_t> prefix(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) prefix[i + 1] = prefix[i] + node.entrySize(node.entries[i]);
    auto sizes = [&](std::size_t s, std::size_t& left, std::size_t& right) {
        left = kPageHeaderSize + prefix[s];
        right = kPageHeaderSize + prefix[n] - prefix[s];
        if (!node.isLeaf()) right -= node.entries[s].key.size();  // its key moves up
    };
    std::size_t left, right;
    if (append) {
        sizes(n - 1, left, right);
        if (left <= pageSize && right <= pageSize) return n - 1;
    }
    std::size_t best = 0, bestGap = SIZE_MAX;
    for (std::size_t s = 1; s < n; ++s) {
        sizes(s, left, right);
        if (left > pageSize || right > pageSize) continue;
        std::size_t gap = left > right ? left - right : right - left;
        if (gap < bestGap) {
            bestGap = gap;
            best = s;
        }
    }
    if (best == 0) throw StoreError(StoreErrorCode::Corrupt, "page " + std::to_string(node.pageNo) + " cannot be split");
    return best;
}

void splitUp(Pager& pager, TreeState& tree, Path& path, std::size_t level, bool append) {
    Node& node = *path[level].node;
    std::size_t s = chooseSplit(node, pager.pageSize(), append);
    auto right = pager.create(node.type);
    right->entries.assign(std::make_move_iterator(node.entries.begin() + std::ptrdiff_t(s)),
                          std::make_move_iterator(node.entries.end()));
    node.entries.resize(s);
    std::string key;
    if (node.isLeaf()) {
        key = separator(node.entries.back().key, right->entries.front().key);
    } else {
        key = std::move(right->entries.front().key);
        right->entries.front().key.clear();
    }
    node.recomputeBytes();
    right->recomputeBytes();

    if (level == 0) {
        auto root = pager.create(PageType::Branch);
        root->entries.resize(2);
        root->entries[0].page = node.pageNo;
        root->entries[1].key = std::move(key);
        root->entries[1].page = right->pageNo;
        root->recomputeBytes();
        tree.root = root->pageNo;
        tree.changed = true;
        return;
    }
    Node& parent = *path[level - 1].node;
    Entry entry;
    entry.key = std::move(key);
    entry.page = right->pageNo;
    parent.bytes += parent.entrySize(entry);
    parent.entries.insert(parent.entries.begin() + std::ptrdiff_t(path[level - 1].index + 1), std::move(entry));
    if (parent.bytes > pager.pageSize()) splitUp(pager, tree, path, level - 1, append);
}

void collapseRoot(Pager& pager, TreeState& tree, const std::shared_ptr<Node>& rootNode) {
    std::shared_ptr<Node> root = rootNode;
    for (std::size_t depth = 0; !root->isLeaf() && root->entries.size() == 1; ++depth) {
        checkTreeDepth(depth, root->pageNo);
        PageNo child = root->entries[0].page;
        pager.release(root->pageNo);
        tree.root = child;
        tree.changed = true;
        root = pager.load(child);
    }
}

// After an erase: drop empty nodes and merge a sparse node with a sibling when both fit in one
// page. (No redistribution: a sibling too full to merge keeps the average fill above 1/2.)
void rebalance(Pager& pager, TreeState& tree, Path& path, std::size_t level) {
    auto node = path[level].node;
    if (level == 0) {
        collapseRoot(pager, tree, node);
        return;
    }
    const std::size_t pageSize = pager.pageSize();
    if (!node->entries.empty() && node->bytes >= pageSize / 4) return;
    Node& parent = *path[level - 1].node;
    std::size_t index = path[level - 1].index;

    if (node->entries.empty()) {
        parent.bytes -= parent.entrySize(parent.entries[index]);
        parent.entries.erase(parent.entries.begin() + std::ptrdiff_t(index));
        if (index == 0 && !parent.entries.empty()) {
            parent.bytes -= parent.entries[0].key.size();
            parent.entries[0].key.clear();
        }
        pager.release(node->pageNo);
        rebalance(pager, tree, path, level - 1);
        return;
    }
    if (parent.entries.size() < 2) return;
    std::size_t leftIndex = index + 1 < parent.entries.size() ? index : index - 1;
    std::size_t rightIndex = leftIndex + 1;
    auto left = leftIndex == index ? node : pager.load(parent.entries[leftIndex].page);
    auto right = rightIndex == index ? node : pager.load(parent.entries[rightIndex].page);
    std::size_t merged = left->bytes + right->bytes - kPageHeaderSize;
    if (!node->isLeaf()) merged += parent.entries[rightIndex].key.size();
    if (merged > pageSize) return;

    if (left != node) {
        auto writable = pager.makeWritable(left);
        parent.entries[leftIndex].page = writable->pageNo;
        left = std::move(writable);
    }
    if (!node->isLeaf()) right->entries.front().key = parent.entries[rightIndex].key;
    for (Entry& e : right->entries) left->entries.push_back(std::move(e));
    left->bytes = merged;
    pager.release(right->pageNo);
    parent.bytes -= parent.entrySize(parent.entries[rightIndex]);
    parent.entries.erase(parent.entries.begin() + std::ptrdiff_t(rightIndex));
    rebalance(pager, tree, path, level - 1);
}

}  // namespace

Path descend(Pager& pager, PageNo root, std::string_view key) {
    Path path;
    auto node = pager.load(root);
    while (!node->isLeaf()) {
        checkTreeDepth(path.size(), node->pageNo);
        std::size_t i = node->childIndex(key);
        PageNo child = node->entries[i].page;
        path.push_back({std::move(node), i});
        node = pager.load(child);
    }
    std::size_t i = node->lowerBound(key);
    path.push_back({std::move(node), i});
    return path;
}

void readValue(Pager& pager, const Entry& entry, std::string& out) {
    if (entry.overflow) pager.readOverflow(entry.page, entry.overflowSize, out);
    else out = entry.value;
}

bool get(Pager& pager, const TreeState& tree, std::string_view key, std::string* value) {
    Path path = descend(pager, tree.root, key);
    const PathStep& leaf = path.back();
    if (leaf.index >= leaf.node->entries.size() || leaf.node->entries[leaf.index].key != key) return false;
    if (value) readValue(pager, leaf.node->entries[leaf.index], *value);
    return true;
}

bool put(Pager& pager, TreeState& tree, std::string_view key, std::string_view value) {
    Path path = descend(pager, tree.root, key);
    PathStep& leafStep = path.back();
    const bool exists = leafStep.index < leafStep.node->entries.size() &&
                        leafStep.node->entries[leafStep.index].key == key;
    bool append = !exists && leafStep.index == leafStep.node->entries.size();
    for (std::size_t level = 0; append && level + 1 < path.size(); ++level) append = isLastIndex(path[level]);

    Entry entry;
    entry.key.assign(key);
    if (leafEntrySize(key.size(), value.size(), false) <= maxInlineLeafEntry(pager.pageSize())) {
        entry.value.assign(value);
    } else {
        entry.overflow = true;
        entry.overflowSize = std::uint32_t(value.size());
        entry.page = pager.writeOverflow(value);
    }

    makePathWritable(pager, tree, path);
    Node& leaf = *path.back().node;
    std::size_t i = path.back().index;
    if (exists) {
        Entry& old = leaf.entries[i];
        if (old.overflow) pager.releaseOverflow(old.page, old.overflowSize);
        leaf.bytes -= leaf.entrySize(old);
        leaf.bytes += leaf.entrySize(entry);
        old = std::move(entry);
    } else {
        leaf.bytes += leaf.entrySize(entry);
        leaf.entries.insert(leaf.entries.begin() + std::ptrdiff_t(i), std::move(entry));
        ++tree.count;
        tree.changed = true;
    }
    ++tree.version;
    if (leaf.bytes > pager.pageSize()) splitUp(pager, tree, path, path.size() - 1, append);
    return !exists;
}

bool erase(Pager& pager, TreeState& tree, std::string_view key) {
    Path path = descend(pager, tree.root, key);
    const PathStep& leafStep = path.back();
    if (leafStep.index >= leafStep.node->entries.size() || leafStep.node->entries[leafStep.index].key != key)
        return false;
    makePathWritable(pager, tree, path);
    Node& leaf = *path.back().node;
    Entry& old = leaf.entries[path.back().index];
    if (old.overflow) pager.releaseOverflow(old.page, old.overflowSize);
    leaf.bytes -= leaf.entrySize(old);
    leaf.entries.erase(leaf.entries.begin() + std::ptrdiff_t(path.back().index));
    --tree.count;
    tree.changed = true;
    ++tree.version;
    rebalance(pager, tree, path, path.size() - 1);
    return true;
}

void destroy(Pager& pager, const TreeState& tree) {
    std::vector<PageNo> stack{tree.root};
    std::uint64_t visited = 0;
    while (!stack.empty()) {
        // A damaged page pointing back up would loop forever; a tree never has more pages than the file.
        if (++visited > pager.allocator().pageCount()) throw StoreError(StoreErrorCode::Corrupt, "tree pages form a cycle");
        PageNo pageNo = stack.back();
        stack.pop_back();
        auto node = pager.load(pageNo);
        for (const Entry& e : node->entries) {
            if (!node->isLeaf()) stack.push_back(e.page);
            else if (e.overflow) pager.releaseOverflow(e.page, e.overflowSize);
        }
        pager.release(pageNo);
    }
}

}  // namespace esent::store::btree
