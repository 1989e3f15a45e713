// Damaged files must give StoreError, never a crash, a hang or a wild read: random bytes are
// changed in random pages, half of the time with the page checksum recomputed so that the
// decoders themselves meet the damage. Most useful under -fsanitize=address,undefined.
#include <filesystem>
#include <fstream>
#include <random>

#include "../util/crc32c.h"
#include "byte_order.h"
#include "store.h"
#include "store_test_harness.h"

using namespace esent::store;
using store_test::TempDir;

namespace {

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void writeAll(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), std::streamsize(bytes.size()));
}

// Opens, reads everything, edits, checkpoints: any StoreError is fine, anything else is not.
void exercise(const std::string& path, std::mt19937& rng) {
    try {
        auto db = DatabaseFile::open(path);
        for (TreeId id : db->treeIds()) {
            Tree t = db->tree(id);
            Cursor c = t.cursor();
            for (bool ok = c.first(); ok; ok = c.next()) (void)c.value();
            for (bool ok = c.last(); ok; ok = c.prev()) (void)c.key();
            (void)t.get("k" + std::to_string(rng() % 3000));
        }
        db->checkIntegrity();
        Tree t = db->tree(db->treeIds().at(0));
        for (int i = 0; i < 200; ++i) t.put("k" + std::to_string(rng() % 3000), std::string(rng() % 3000, 'n'));
        for (int i = 0; i < 200; ++i) t.erase("k" + std::to_string(rng() % 3000));
        db->checkpoint(99);
    } catch (const StoreError&) {
    } catch (const std::out_of_range&) {  // treeIds().at(0) on a file whose catalog lost its trees
    }
}

}  // namespace

TEST(damaged_pages_give_errors_never_crashes) {
    TempDir dir;
    std::string original = dir.file("original.db");
    const std::uint32_t pageSize = 4096;
    {
        DatabaseOptions options;
        options.pageSize = pageSize;
        auto db = DatabaseFile::create(original, options);
        Tree a = db->tree(db->createTree());
        Tree b = db->tree(db->createTree());
        for (int i = 0; i < 3000; ++i) a.put("k" + std::to_string(i), std::string(std::size_t(i % 300), 'a'));
        for (int i = 0; i < 40; ++i) b.put("lv" + std::to_string(i), std::string(std::size_t(5000 + i * 100), 'b'));
        for (int i = 0; i < 3000; i += 4) a.erase("k" + std::to_string(i));  // leaves a freelist
        db->checkpoint(1);
    }
    const std::string pristine = readAll(original);
    const std::size_t pages = pristine.size() / pageSize;
    std::mt19937 rng(2024);
    std::string damaged = dir.file("damaged.db");
    for (int round = 0; round < 300; ++round) {
        std::string bytes = pristine;
        std::size_t page = 2 + rng() % (pages - 2);
        if (round % 10 == 0) page = rng() % 2;  // sometimes a meta page
        std::uint8_t* p = reinterpret_cast<std::uint8_t*>(&bytes[page * pageSize]);
        int flips = 1 + int(rng() % 4);
        for (int f = 0; f < flips; ++f) {
            std::size_t at = page < 2 ? 12 + rng() % 80 : 4 + rng() % (pageSize - 4);
            p[at] = std::uint8_t(rng());
        }
        if (rng() % 2) {  // make the damage pass the checksum
            if (page < 2) storeLe32(p + 8, esent::util::crc32c(p + 12, kMetaCheckedBytes - 12));
            else storeLe32(p, esent::util::crc32c(p + 4, pageSize - 4));
        }
        writeAll(damaged, bytes);
        exercise(damaged, rng);
    }
    CHECK(true);  // reaching here without a crash or hang is the test
}
