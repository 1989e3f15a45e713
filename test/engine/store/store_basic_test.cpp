// Tree operations, checkpoint and reopen, cursor semantics and the errors a user can meet.
#include <cstring>
#include <fstream>

#include "store.h"
#include "store_test_harness.h"

using namespace esent::store;
using store_test::TempDir;

namespace {

std::string keyOf(int i) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "key%08d", i);
    return buf;
}

}  // namespace

TEST(put_get_erase_in_one_tree) {
    TempDir dir;
    auto db = DatabaseFile::create(dir.file("a.db"));
    Tree t = db->tree(db->createTree());
    CHECK(t.put("b", "2"));
    CHECK(t.put("a", "1"));
    CHECK(!t.put("a", "one"));  // replace
    CHECK_EQ(t.get("a").value_or("?"), std::string("one"));
    CHECK(!t.get("c").has_value());
    CHECK(t.erase("a"));
    CHECK(!t.erase("a"));
    CHECK_EQ(t.count(), 1u);
}

TEST(empty_key_and_empty_value_are_allowed) {
    TempDir dir;
    auto db = DatabaseFile::create(dir.file("a.db"));
    Tree t = db->tree(db->createTree());
    CHECK(t.put("", ""));
    CHECK(t.put("x", ""));
    CHECK_EQ(t.get("").value_or("?"), std::string());
    Cursor c = t.cursor();
    CHECK(c.first());
    CHECK_EQ(c.key(), std::string_view());
}

TEST(checkpoint_then_reopen_keeps_data_and_trees) {
    TempDir dir;
    std::string path = dir.file("a.db");
    TreeId a, b;
    {
        auto db = DatabaseFile::create(path);
        a = db->createTree();
        b = db->createTree();
        CHECK_EQ(a, 1u);
        CHECK_EQ(b, 2u);
        for (int i = 0; i < 5000; ++i) db->tree(a).put(keyOf(i), std::string(100, char('a' + i % 26)));
        db->tree(b).put("only", "one");
        db->checkpoint(42);
    }
    auto db = DatabaseFile::open(path);
    CHECK_EQ(db->checkpointLsn(), 42u);
    CHECK_EQ(db->treeIds().size(), 2u);
    CHECK_EQ(db->tree(a).count(), 5000u);
    CHECK_EQ(db->tree(a).get(keyOf(1234)).value_or(""), std::string(100, char('a' + 1234 % 26)));
    CHECK_EQ(db->tree(b).get("only").value_or(""), std::string("one"));
    CHECK_EQ(db->createTree(), 3u);
}

TEST(edits_after_the_last_checkpoint_are_gone_after_reopen) {
    TempDir dir;
    std::string path = dir.file("a.db");
    TreeId id;
    {
        auto db = DatabaseFile::create(path);
        id = db->createTree();
        db->tree(id).put("kept", "1");
        db->checkpoint(1);
        db->tree(id).put("lost", "2");
        db->tree(id).erase("kept");
        db->createTree();
    }
    auto db = DatabaseFile::open(path);
    CHECK(db->tree(id).contains("kept"));
    CHECK(!db->tree(id).contains("lost"));
    CHECK_EQ(db->treeIds().size(), 1u);
}

TEST(drop_tree_frees_its_pages_and_forgets_it) {
    TempDir dir;
    std::string path = dir.file("a.db");
    auto db = DatabaseFile::create(path);
    TreeId id = db->createTree();
    for (int i = 0; i < 20000; ++i) db->tree(id).put(keyOf(i), std::string(300, 'x'));
    db->tree(id).put("big", std::string(100000, 'y'));
    db->checkpoint(1);
    std::uint64_t pagesBefore = db->stats().pageCount;
    Tree handle = db->tree(id);
    db->dropTree(id);
    CHECK(!db->hasTree(id));
    CHECK_STORE_ERROR(handle.get("x"), StoreErrorCode::TreeNotFound);
    db->checkpoint(2);
    // The dropped tree's pages are free now: refilling does not grow the file.
    TreeId again = db->createTree();
    for (int i = 0; i < 20000; ++i) db->tree(again).put(keyOf(i), std::string(300, 'x'));
    db->checkpoint(3);
    CHECK(db->stats().pageCount <= pagesBefore + 8);
    db.reset();
    db = DatabaseFile::open(path);
    CHECK(!db->hasTree(id));
    CHECK_EQ(db->tree(again).count(), 20000u);
}

TEST(large_values_use_overflow_pages_and_round_trip) {
    TempDir dir;
    std::string path = dir.file("a.db");
    std::string big(3 * 8192 + 17, '\0');
    for (std::size_t i = 0; i < big.size(); ++i) big[i] = char(i * 7);
    TreeId id;
    {
        auto db = DatabaseFile::create(path);
        id = db->createTree();
        Tree t = db->tree(id);
        t.put("big", big);
        t.put("edge", std::string(maxInlineLeafEntry(8192) - kLeafEntryOverhead - 4, 'e'));
        t.put("edge2", std::string(maxInlineLeafEntry(8192) - kLeafEntryOverhead - 4, 'f'));
        CHECK_EQ(t.get("big").value_or(""), big);
        Cursor c = t.cursor();
        CHECK(c.seek("big", SeekMode::EQ));
        CHECK_EQ(c.valueSize(), big.size());
        CHECK(c.value() == big);
        db->checkpoint(1);
        t.put("big", "small now");  // frees the chain
        db->checkpoint(2);
        t.put("big", big);
        db->checkpoint(3);
    }
    auto db = DatabaseFile::open(path);
    CHECK_EQ(db->tree(id).get("big").value_or(""), big);
    CHECK_EQ(db->tree(id).get("edge").value_or("").size(), maxInlineLeafEntry(8192) - kLeafEntryOverhead - 4);
}

TEST(every_page_size_works) {
    for (std::uint32_t pageSize : {4096u, 8192u, 16384u, 32768u}) {
        TempDir dir;
        std::string path = dir.file("a.db");
        DatabaseOptions options;
        options.pageSize = pageSize;
        {
            auto db = DatabaseFile::create(path, options);
            Tree t = db->tree(db->createTree());
            std::string longKey(db->maxKeySize(), 'k');
            for (int i = 0; i < 3000; ++i) t.put(keyOf(i) + longKey.substr(0, std::size_t(i % 700)), std::to_string(i));
            t.put(longKey, std::string(pageSize, 'v'));
            CHECK_STORE_ERROR(t.put(longKey + "x", "v"), StoreErrorCode::KeyTooLarge);
            db->checkpoint(7);
        }
        options.pageSize = 0;
        auto db = DatabaseFile::open(path, options);
        CHECK_EQ(db->pageSize(), pageSize);
        CHECK_EQ(db->tree(1).count(), 3001u);
        CHECK_EQ(db->tree(1).get(std::string(db->maxKeySize(), 'k')).value_or("").size(), pageSize);
    }
}

TEST(cursor_walks_in_key_order_both_ways) {
    TempDir dir;
    auto db = DatabaseFile::create(dir.file("a.db"));
    Tree t = db->tree(db->createTree());
    for (int i = 0; i < 10000; i += 2) t.put(keyOf(i), std::to_string(i));
    Cursor c = t.cursor();
    int n = 0;
    for (bool ok = c.first(); ok; ok = c.next()) {
        CHECK_EQ(c.key(), keyOf(2 * n));
        ++n;
    }
    CHECK_EQ(n, 5000);
    CHECK(!c.next());  // stays after the last
    CHECK(c.prev());
    CHECK_EQ(c.key(), keyOf(9998));
    n = 0;
    for (bool ok = c.last(); ok; ok = c.prev()) ++n;
    CHECK_EQ(n, 5000);
    CHECK(c.next());
    CHECK_EQ(c.key(), keyOf(0));
}

TEST(cursor_seek_modes) {
    TempDir dir;
    auto db = DatabaseFile::create(dir.file("a.db"));
    Tree t = db->tree(db->createTree());
    for (int i = 10; i <= 50; i += 10) t.put(keyOf(i), "v");
    Cursor c = t.cursor();
    CHECK(c.seek(keyOf(20), SeekMode::EQ));
    CHECK_EQ(c.key(), keyOf(20));
    CHECK(!c.seek(keyOf(25), SeekMode::EQ));
    CHECK_STORE_ERROR(c.key(), StoreErrorCode::NoCurrentEntry);
    CHECK(c.next());  // from the gap at 25
    CHECK_EQ(c.key(), keyOf(30));
    CHECK(c.seek(keyOf(25), SeekMode::GE));
    CHECK_EQ(c.key(), keyOf(30));
    CHECK(c.seek(keyOf(30), SeekMode::GE));
    CHECK_EQ(c.key(), keyOf(30));
    CHECK(c.seek(keyOf(30), SeekMode::GT));
    CHECK_EQ(c.key(), keyOf(40));
    CHECK(c.seek(keyOf(30), SeekMode::LE));
    CHECK_EQ(c.key(), keyOf(30));
    CHECK(c.seek(keyOf(30), SeekMode::LT));
    CHECK_EQ(c.key(), keyOf(20));
    CHECK(c.seek(keyOf(35), SeekMode::LE));
    CHECK_EQ(c.key(), keyOf(30));
    CHECK(!c.seek(keyOf(51), SeekMode::GE));
    CHECK(c.prev());
    CHECK_EQ(c.key(), keyOf(50));
    CHECK(!c.seek(keyOf(5), SeekMode::LT));
    CHECK(c.next());
    CHECK_EQ(c.key(), keyOf(10));
}

TEST(cursor_survives_edits_of_its_tree) {
    TempDir dir;
    auto db = DatabaseFile::create(dir.file("a.db"));
    Tree t = db->tree(db->createTree());
    for (int i = 0; i < 3000; ++i) t.put(keyOf(i), "v");
    Cursor c = t.cursor();
    CHECK(c.seek(keyOf(1500), SeekMode::EQ));
    for (int i = 3000; i < 6000; ++i) t.put(keyOf(i), "w");  // splits, copies pages
    db->checkpoint(1);
    CHECK_EQ(c.key(), keyOf(1500));
    t.erase(keyOf(1500));
    CHECK_STORE_ERROR(c.value(), StoreErrorCode::NoCurrentEntry);
    CHECK(c.next());
    CHECK_EQ(c.key(), keyOf(1501));
    t.erase(keyOf(1501));
    CHECK(c.prev());
    CHECK_EQ(c.key(), keyOf(1499));
    // Delete everything while walking: each next() lands on the following survivor.
    CHECK(c.first());
    int seen = 0;
    do {
        ++seen;
        t.erase(std::string(c.key()));
    } while (c.next());
    CHECK_EQ(seen, 5998);
    CHECK_EQ(t.count(), 0u);
    CHECK(!c.first());
}

TEST(erase_range_removes_exactly_the_range) {
    TempDir dir;
    auto db = DatabaseFile::create(dir.file("a.db"));
    Tree t = db->tree(db->createTree());
    for (int i = 0; i < 10000; ++i) t.put(keyOf(i), std::string(50, 'z'));
    CHECK_EQ(t.eraseRange(keyOf(100), keyOf(9000)), 8900u);
    CHECK_EQ(t.count(), 1100u);
    CHECK(t.contains(keyOf(99)));
    CHECK(!t.contains(keyOf(100)));
    CHECK(t.contains(keyOf(9000)));
    CHECK_EQ(t.eraseRange("", "\xff"), 1100u);
    CHECK_EQ(t.count(), 0u);
}

TEST(wrong_magic_gives_a_clear_error) {
    TempDir dir;
    std::string path = dir.file("junk.db");
    {
        std::ofstream out(path, std::ios::binary);
        out << std::string(20000, 'j');
    }
    CHECK_STORE_ERROR(DatabaseFile::open(path), StoreErrorCode::NotOurFormat);
    std::string empty = dir.file("empty.db");
    { std::ofstream out(empty, std::ios::binary); }
    CHECK_STORE_ERROR(DatabaseFile::open(empty), StoreErrorCode::NotOurFormat);
}

TEST(real_ese_database_is_recognised_and_refused) {
    TempDir dir;
    std::string path = dir.file("windows.edb");
    {
        std::string header(8192, '\0');
        const unsigned char eseMagic[4] = {0xEF, 0xCD, 0xAB, 0x89};  // ulMagic at offset 4
        std::memcpy(&header[4], eseMagic, 4);
        std::ofstream out(path, std::ios::binary);
        out << header << header;
    }
    try {
        DatabaseFile::open(path);
        CHECK(false);
    } catch (const StoreError& e) {
        CHECK(e.code() == StoreErrorCode::EseDatabase);
        CHECK(std::string(e.what()).find("esent.dll") != std::string::npos);
    }
}

TEST(open_errors) {
    TempDir dir;
    std::string path = dir.file("a.db");
    CHECK_STORE_ERROR(DatabaseFile::open(path), StoreErrorCode::FileNotFound);
    DatabaseOptions bad;
    bad.pageSize = 12345;
    CHECK_STORE_ERROR(DatabaseFile::create(path, bad), StoreErrorCode::InvalidArgument);
    auto db = DatabaseFile::create(path);
    CHECK_STORE_ERROR(DatabaseFile::create(path), StoreErrorCode::FileExists);
    CHECK_STORE_ERROR(DatabaseFile::open(path), StoreErrorCode::FileLocked);
    db.reset();
    DatabaseOptions other;
    other.pageSize = 4096;
    CHECK_STORE_ERROR(DatabaseFile::open(path, other), StoreErrorCode::PageSizeMismatch);
    CHECK_STORE_ERROR(db = DatabaseFile::open(path)->tree(5).count() ? nullptr : nullptr, StoreErrorCode::TreeNotFound);
}

TEST(read_only_open_reads_and_refuses_writes) {
    TempDir dir;
    std::string path = dir.file("a.db");
    {
        auto db = DatabaseFile::create(path);
        db->tree(db->createTree()).put("k", "v");
        db->checkpoint(1);
    }
    DatabaseOptions ro;
    ro.readOnly = true;
    auto db = DatabaseFile::open(path, ro);
    auto db2 = DatabaseFile::open(path, ro);  // readers share
    CHECK_EQ(db->tree(1).get("k").value_or(""), std::string("v"));
    CHECK_STORE_ERROR(db->tree(1).put("k", "w"), StoreErrorCode::ReadOnly);
    CHECK_STORE_ERROR(db->checkpoint(2), StoreErrorCode::ReadOnly);
    CHECK_STORE_ERROR(db->createTree(), StoreErrorCode::ReadOnly);
}

TEST(small_cache_spills_dirty_pages_and_stays_correct) {
    TempDir dir;
    std::string path = dir.file("a.db");
    DatabaseOptions options;
    options.cacheBytes = 64 * 8192;  // the minimum: 64 pages
    {
        auto db = DatabaseFile::create(path, options);
        Tree t = db->tree(db->createTree());
        for (int i = 0; i < 50000; ++i) t.put(keyOf((i * 7919) % 50000), std::string(100, char('a' + i % 26)));
        auto s = db->stats();
        CHECK(s.cachedPages <= 64);
        CHECK(s.pagesSinceCheckpoint > 64);
        for (int i = 0; i < 50000; i += 3) t.erase(keyOf(i));
        db->checkpoint(9);
    }
    auto db = DatabaseFile::open(path, options);
    Tree t = db->tree(1);
    std::uint64_t n = 0;
    Cursor c = t.cursor();
    for (bool ok = c.first(); ok; ok = c.next()) ++n;
    CHECK_EQ(n, 50000u - 16667u);
    CHECK(!t.contains(keyOf(3)));
    CHECK(t.contains(keyOf(4)));
}

TEST(stats_report_dirty_bytes_until_checkpoint) {
    TempDir dir;
    auto db = DatabaseFile::create(dir.file("a.db"));
    Tree t = db->tree(db->createTree());
    for (int i = 0; i < 1000; ++i) t.put(keyOf(i), std::string(200, 'd'));
    auto before = db->stats();
    CHECK(before.dirtyBytes > 0);
    db->checkpoint(5);
    auto after = db->stats();
    CHECK_EQ(after.dirtyBytes, 0u);
    CHECK_EQ(after.checkpointLsn, 5u);
    CHECK_EQ(after.fileBytes, after.pageCount * 8192);
}

TEST(create_records_the_initial_lsn) {
    TempDir dir;
    std::string path = dir.file("a.db");
    DatabaseOptions options;
    options.initialLsn = 123456;
    { DatabaseFile::create(path, options); }
    CHECK_EQ(DatabaseFile::open(path)->checkpointLsn(), 123456u);
}

TEST(cursor_read_copies_the_current_entry) {
    TempDir dir;
    auto db = DatabaseFile::create(dir.file("a.db"));
    Tree t = db->tree(db->createTree());
    t.put("a", "1");
    t.put("b", std::string(20000, 'B'));  // overflow value
    Cursor c = t.cursor();
    std::string key, value;
    CHECK(!c.read(key, value));  // before the first entry
    CHECK(c.seek("b", SeekMode::EQ));
    CHECK(c.read(key, value));
    CHECK_EQ(key, std::string("b"));
    CHECK_EQ(value.size(), 20000u);
    t.erase("b");
    CHECK(!c.read(key, value));  // in the gap now
}

TEST(create_builds_under_a_staging_name_and_renames) {
    TempDir dir;
    std::string path = dir.file("a.db");
    { std::ofstream leftover(path + ".creating", std::ios::binary); leftover << "half a database"; }
    auto db = DatabaseFile::create(path);
    CHECK(std::ifstream(path).good());
    CHECK(!std::ifstream(path + ".creating").good());
    CHECK_EQ(db->path(), path);
    db->tree(db->createTree()).put("k", "v");
    db->checkpoint(1);  // writes go to the renamed file
    db.reset();
    CHECK(DatabaseFile::open(path)->tree(1).contains("k"));
}
