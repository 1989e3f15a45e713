// Scale: 1,000,000 records of 200 bytes and 1 GiB of long-value chunks. Named slow_* so they run
// only with --slow; each prints its timings. Checkpoints are taken the way the engine will take
// them: whenever dirty memory passes a threshold.
#include <chrono>
#include <cstdio>
#include <random>

#include "store.h"
#include "store_test_harness.h"

using namespace esent::store;
using store_test::TempDir;

namespace {

using Clock = std::chrono::steady_clock;
double since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

std::string bigEndian(std::uint64_t v) {
    std::string s(8, '\0');
    for (int i = 0; i < 8; ++i) s[std::size_t(i)] = char(v >> (56 - 8 * i));
    return s;
}

std::string recordValue(std::uint64_t i) {
    std::string v(200, '\0');
    for (std::size_t k = 0; k < v.size(); ++k) v[k] = char((i * 131 + k * 7) & 0xFF);
    return v;
}

constexpr std::uint64_t kDirtyThreshold = std::uint64_t(64) << 20;

void checkpointIfDirty(DatabaseFile& db, Lsn& lsn) {
    if (db.stats().dirtyBytes > kDirtyThreshold) db.checkpoint(++lsn);
}

void millionRecords(bool randomOrder) {
    TempDir dir;
    std::string path = dir.file("million.db");
    const std::uint64_t n = 1000000;
    std::vector<std::uint64_t> order(n);
    for (std::uint64_t i = 0; i < n; ++i) order[i] = i;
    if (randomOrder) std::shuffle(order.begin(), order.end(), std::mt19937_64(7));
    Lsn lsn = 0;
    {
        auto db = DatabaseFile::create(path);
        Tree t = db->tree(db->createTree());
        auto start = Clock::now();
        for (std::uint64_t k = 0; k < n; ++k) {
            t.put(bigEndian(order[k]), recordValue(order[k]));
            if (k % 10000 == 0) checkpointIfDirty(*db, lsn);
        }
        db->checkpoint(++lsn);
        auto s = db->stats();
        std::printf("    %s insert of 1M x 200 B: %.2f s, %llu checkpoints, file %.0f MiB\n",
                    randomOrder ? "random-order" : "sequential", since(start), (unsigned long long)lsn,
                    double(s.fileBytes) / (1 << 20));
        start = Clock::now();
        Cursor c = t.cursor();
        std::uint64_t count = 0;
        bool inOrder = true;
        for (bool ok = c.first(); ok; ok = c.next()) {
            if (c.key() != bigEndian(count) || c.value().size() != 200) inOrder = false;
            ++count;
        }
        std::printf("    full scan: %.2f s\n", since(start));
        CHECK_EQ(count, n);
        CHECK(inOrder);
    }
    auto start = Clock::now();
    auto db = DatabaseFile::open(path);
    Tree t = db->tree(1);
    Cursor c = t.cursor();
    std::uint64_t count = 0;
    bool same = true;
    for (bool ok = c.first(); ok; ok = c.next()) {
        if (count % 997 == 0 && c.value() != recordValue(count)) same = false;
        ++count;
    }
    std::printf("    reopen + full scan: %.2f s\n", since(start));
    CHECK_EQ(count, n);
    CHECK_EQ(t.count(), n);
    CHECK(same);
    CHECK_EQ(t.get(bigEndian(123456)).value_or(""), recordValue(123456));
    start = Clock::now();
    std::uint64_t used = db->checkIntegrity();
    std::printf("    integrity check: %.2f s, %llu pages in use\n", since(start), (unsigned long long)used);
}

}  // namespace

TEST(slow_million_records_sequential) { millionRecords(false); }

TEST(slow_million_records_random_order) { millionRecords(true); }

// Long values the way the layer above will store them: key = (lvid, offset) big-endian, chunks
// a multiple of the overflow payload so overflow pages are full.
TEST(slow_one_gib_of_long_value_chunks) {
    TempDir dir;
    std::string path = dir.file("lv.db");
    const std::uint64_t lvCount = 4, lvBytes = std::uint64_t(256) << 20;
    std::size_t chunk;
    auto chunkData = [](std::uint64_t lv, std::uint64_t offset, std::size_t size) {
        std::string data(size, '\0');
        std::uint64_t x = lv * 0x9E3779B97F4A7C15ull + offset;
        for (std::size_t i = 0; i < size; i += 8) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            for (std::size_t k = 0; k < 8 && i + k < size; ++k) data[i + k] = char(x >> (8 * k));
        }
        return data;
    };
    Lsn lsn = 0;
    {
        auto db = DatabaseFile::create(path);
        chunk = 8 * db->overflowPayload();
        Tree lv = db->tree(db->createTree());
        auto start = Clock::now();
        for (std::uint64_t id = 1; id <= lvCount; ++id)
            for (std::uint64_t offset = 0; offset < lvBytes; offset += chunk) {
                std::size_t size = std::size_t(std::min<std::uint64_t>(chunk, lvBytes - offset));
                lv.put(bigEndian(id) + bigEndian(offset), chunkData(id, offset, size));
                checkpointIfDirty(*db, lsn);
            }
        db->checkpoint(++lsn);
        std::printf("    write 1 GiB in %zu-byte chunks: %.2f s, file %.0f MiB\n", chunk, since(start),
                    double(db->stats().fileBytes) / (1 << 20));
    }
    auto start = Clock::now();
    auto db = DatabaseFile::open(path);
    Tree lv = db->tree(1);
    Cursor c = lv.cursor();
    std::uint64_t total = 0;
    bool same = true;
    // Range read of LV 3 from 100 MiB on, then a full pass over everything.
    CHECK(c.seek(bigEndian(3) + bigEndian(std::uint64_t(100) << 20), SeekMode::LE));
    for (bool ok = c.first(); ok; ok = c.next()) {
        std::string_view key = c.key();
        std::uint64_t id = 0, offset = 0;
        for (int i = 0; i < 8; ++i) id = (id << 8) | std::uint8_t(key[std::size_t(i)]);
        for (int i = 8; i < 16; ++i) offset = (offset << 8) | std::uint8_t(key[std::size_t(i)]);
        std::string_view value = c.value();
        if ((offset / chunk) % 64 == 0 && value != chunkData(id, offset, value.size())) same = false;
        total += value.size();
    }
    std::printf("    reopen + read 1 GiB: %.2f s\n", since(start));
    CHECK_EQ(total, lvCount * lvBytes);
    CHECK(same);
    // Delete one long value: its pages come back for the next one without growing the file.
    start = Clock::now();
    std::uint64_t pagesBefore = db->stats().pageCount;
    CHECK_EQ(lv.eraseRange(bigEndian(2), bigEndian(3)), (lvBytes + chunk - 1) / chunk);
    db->checkpoint(++lsn);
    for (std::uint64_t offset = 0; offset < lvBytes; offset += chunk)
        lv.put(bigEndian(9) + bigEndian(offset), chunkData(9, offset, std::size_t(std::min<std::uint64_t>(chunk, lvBytes - offset))));
    db->checkpoint(++lsn);
    std::printf("    delete 256 MiB + rewrite 256 MiB: %.2f s, pages %llu -> %llu\n", since(start),
                (unsigned long long)pagesBefore, (unsigned long long)db->stats().pageCount);
    CHECK(db->stats().pageCount <= pagesBefore + 64);
    db->checkIntegrity();
}
