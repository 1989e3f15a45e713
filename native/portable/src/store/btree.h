// B+tree algorithms over a Pager: lookup, insert-or-replace, erase, drop. Every edit first makes
// the path from the root to the leaf writable (copy-on-write of pages the last checkpoint
// references), then edits nodes in place, splitting full pages and merging sparse ones.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "pager.h"

namespace esent::store {

struct TreeState {
    TreeId id = 0;
    PageNo root = kNoPage;
    std::uint64_t count = 0;
    std::uint64_t version = 0;  // bumped by every edit; cursors re-seek when it moved
    bool changed = false;       // root or count differ from the catalog's copy
};

namespace btree {

struct PathStep {
    std::shared_ptr<Node> node;
    std::size_t index;  // branch: child taken; leaf: lower bound of the key
};
using Path = std::vector<PathStep>;

Path descend(Pager& pager, PageNo root, std::string_view key);
bool get(Pager& pager, const TreeState& tree, std::string_view key, std::string* value);
// Returns true when the key was new.
bool put(Pager& pager, TreeState& tree, std::string_view key, std::string_view value);
// Returns true when the key existed.
bool erase(Pager& pager, TreeState& tree, std::string_view key);
// Frees every page of the tree, including overflow chains.
void destroy(Pager& pager, const TreeState& tree);
// Reads a leaf entry's value, following an overflow chain when needed.
void readValue(Pager& pager, const Entry& entry, std::string& out);

}  // namespace btree
}  // namespace esent::store
