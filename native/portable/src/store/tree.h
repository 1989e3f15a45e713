// A handle to one tree of a DatabaseFile: a sorted map from byte-string keys to byte-string
// values (keys compare with memcmp, then by length). Handles are cheap to copy; they refer to the
// tree by id, so a handle to a dropped tree throws TreeNotFound instead of touching freed pages.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "cursor.h"
#include "page_format.h"

namespace esent::store {

class DatabaseFile;

class Tree {
public:
    Tree(DatabaseFile& db, TreeId id) : db_(&db), id_(id) {}
    TreeId id() const { return id_; }

    bool get(std::string_view key, std::string& value) const;
    std::optional<std::string> get(std::string_view key) const;
    bool contains(std::string_view key) const;
    // Inserts or replaces; returns true when the key was new.
    bool put(std::string_view key, std::string_view value);
    // Returns true when the key existed.
    bool erase(std::string_view key);
    // Erases keys in [from, to); returns how many.
    std::uint64_t eraseRange(std::string_view from, std::string_view to);
    std::uint64_t count() const;
    Cursor cursor() const { return Cursor(*db_, id_); }

private:
    DatabaseFile* db_;
    TreeId id_;
};

}  // namespace esent::store
