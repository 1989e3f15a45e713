// An ordered cursor over one tree.
//
// Positions: before the first entry, on an entry, in the gap where a vanished entry was, or
// after the last entry. A new cursor is before the first entry, so next() goes to the first.
//
// Stability: a cursor stays usable across any edit of its tree through the same DatabaseFile.
// When the tree changed since the cursor last moved, the cursor re-seeks by its saved key: if
// that key still exists it is on it again; if it was erased the cursor is in the gap, where
// key()/value() throw NoCurrentEntry, next() goes to the first key after it and prev() to the
// last key before it. A failed seek leaves the cursor where a later next()/prev() makes sense:
// EQ in the gap at the key, GE/GT after the last entry, LE/LT before the first.
//
// Views returned by key() and value() are valid until the next call on this cursor or the next
// edit of the tree, whichever comes first. When another thread may edit the same tree, use
// read(): between two calls the entry may vanish (key() would then throw NoCurrentEntry), while
// read() copies key and value under one lock.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "page_format.h"

namespace esent::store {

class DatabaseFile;
struct Node;
struct TreeState;
class Pager;

enum class SeekMode { EQ, GE, GT, LE, LT };

class Cursor {
public:
    Cursor(DatabaseFile& db, TreeId tree);

    bool seek(std::string_view key, SeekMode mode);
    bool first();
    bool last();
    bool next();
    bool prev();

    bool onEntry();
    std::string_view key();
    std::string_view value();
    // Copies the current entry; false when the cursor is not on one.
    bool read(std::string& key, std::string& value);
    std::uint64_t valueSize();
    TreeId treeId() const { return tree_; }

private:
    enum class Position { BeforeFirst, OnEntry, Gap, AfterLast };
    struct Step {
        PageNo page;
        std::size_t index;
    };

    TreeState& revalidate(Pager& pager);
    void descendToKey(Pager& pager, PageNo root, std::string_view key, bool strict);
    void descendEdge(Pager& pager, PageNo page, bool leftmost);
    bool forwardToEntry(Pager& pager);
    bool backwardFromGap(Pager& pager);
    bool settle(Pager& pager, TreeState& tree, bool found, Position otherwise);
    void needEntry() const;

    DatabaseFile* db_;
    TreeId tree_;
    Position position_ = Position::BeforeFirst;
    std::vector<Step> path_;
    std::uint64_t version_ = 0;
    std::string key_;
    std::shared_ptr<Node> pinnedLeaf_;
    std::string valueBuffer_;
};

}  // namespace esent::store
