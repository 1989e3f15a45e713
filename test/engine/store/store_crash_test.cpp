// Crash safety: a process that dies at any moment leaves the last completed checkpoint; a torn
// or damaged newest meta page falls back to the previous one; damaged pages give errors.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <thread>

#include "store.h"
#include "store_test_harness.h"

using namespace esent::store;
using store_test::TempDir;

namespace {

std::string batchKey(int batch, int i) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "b%06d-%05d", batch, i);
    return buf;
}

std::string batchValue(int batch, int i) { return std::string(std::size_t(50 + (batch * 31 + i) % 400), char('a' + batch % 26)); }

void patchFile(const std::string& path, std::uint64_t offset, const std::string& bytes) {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(std::streamoff(offset));
    f.write(bytes.data(), std::streamsize(bytes.size()));
}

std::string readFileBytes(const std::string& path, std::uint64_t offset, std::size_t n) {
    std::ifstream f(path, std::ios::binary);
    f.seekg(std::streamoff(offset));
    std::string out(n, '\0');
    f.read(&out[0], std::streamsize(n));
    return out;
}

}  // namespace

TEST(process_exit_without_checkpoint_leaves_the_checkpointed_state) {
    TempDir dir;
    std::string path = dir.file("crash.db");
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        DatabaseOptions options;
        options.cacheBytes = 64 * 8192;  // forces spills of uncheckpointed pages to the file
        auto db = DatabaseFile::create(path, options);
        TreeId kept = db->createTree();
        TreeId doomed = db->createTree();
        for (int i = 0; i < 5000; ++i) db->tree(kept).put(batchKey(1, i), batchValue(1, i));
        db->tree(doomed).put("x", std::string(50000, 'o'));
        db->checkpoint(7);
        for (int i = 0; i < 20000; ++i) db->tree(kept).put(batchKey(2, i), batchValue(2, i));
        for (int i = 0; i < 5000; i += 2) db->tree(kept).erase(batchKey(1, i));
        db->tree(kept).put(batchKey(1, 1), std::string(70000, 'z'));
        db->dropTree(doomed);
        db->createTree();
        _exit(0);  // no destructors, no checkpoint
    }
    int status = 0;
    waitpid(child, &status, 0);
    REQUIRE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    auto db = DatabaseFile::open(path);
    CHECK_EQ(db->checkpointLsn(), 7u);
    db->checkIntegrity();  // throws on any damage: the page accounting survived the crash too
    CHECK_EQ(db->treeIds().size(), 2u);
    Tree kept = db->tree(1);
    CHECK_EQ(kept.count(), 5000u);
    Cursor c = kept.cursor();
    int i = 0;
    for (bool ok = c.first(); ok; ok = c.next(), ++i) {
        if (c.key() != batchKey(1, i) || c.value() != batchValue(1, i)) {
            CHECK(false);
            break;
        }
    }
    CHECK_EQ(i, 5000);
    CHECK_EQ(db->tree(2).get("x").value_or("").size(), 50000u);
    // The reopened file is fully usable: edit, checkpoint, reopen. The checkpoint also trims
    // what the dead process spilled past the durable end of the file.
    CHECK(db->stats().fileBytes > db->stats().pageCount * 8192);
    kept.put("after", "crash");
    db->checkpoint(8);
    CHECK_EQ(db->stats().fileBytes, db->stats().pageCount * 8192);
    db.reset();
    db = DatabaseFile::open(path);
    CHECK(db->tree(1).contains("after"));
}

// The child commits batches in a loop and reports each finished checkpoint through a pipe; the
// parent kills it with SIGKILL at a random moment. The file must hold exactly the batches of
// one checkpoint: the last reported one or the one in flight.
TEST(sigkill_at_random_moments_keeps_a_whole_checkpoint) {
    std::mt19937 rng(99);
    for (int round = 0; round < 12; ++round) {
        TempDir dir;
        std::string path = dir.file("kill.db");
        int fds[2];
        REQUIRE(pipe(fds) == 0);
        pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            close(fds[0]);
            DatabaseOptions options;
            options.cacheBytes = 128 * 8192;
            auto db = DatabaseFile::create(path, options);
            Tree t = db->tree(db->createTree());
            db->checkpoint(0);
            int ready = 0;
            if (write(fds[1], &ready, sizeof ready) != sizeof ready) _exit(3);
            for (int batch = 1;; ++batch) {
                for (int i = 0; i < 300; ++i) t.put(batchKey(batch, i), batchValue(batch, i));
                if (batch > 1) t.eraseRange(batchKey(batch - 1, 0), batchKey(batch - 1, 150));
                if (batch % 3 == 0) t.put("lv" + std::to_string(batch), std::string(40000, char('0' + batch % 10)));
                db->checkpoint(Lsn(batch));
                if (write(fds[1], &batch, sizeof batch) != sizeof batch) _exit(3);
            }
        }
        close(fds[1]);
        int value;
        REQUIRE(read(fds[0], &value, sizeof value) == sizeof value);  // the tree exists now
        std::this_thread::sleep_for(std::chrono::milliseconds(20 + rng() % 400));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        int reported = 0;
        while (read(fds[0], &value, sizeof value) == sizeof value) reported = value;
        close(fds[0]);

        auto db = DatabaseFile::open(path);
        db->checkIntegrity();
        Lsn lsn = db->checkpointLsn();
        CHECK(lsn == Lsn(reported) || lsn == Lsn(reported) + 1);
        int batches = int(lsn);
        Tree t = db->tree(1);
        std::uint64_t expected = batches == 0 ? 0 : std::uint64_t(batches) * 150 + 150 + std::uint64_t(batches / 3);
        CHECK_EQ(t.count(), expected);
        bool allThere = true;
        for (int b = 1; b <= batches; ++b)
            for (int i = b == batches ? 0 : 150; i < 300; ++i)
                if (t.get(batchKey(b, i)).value_or("") != batchValue(b, i)) allThere = false;
        CHECK(allThere);
        CHECK(!t.contains(batchKey(batches + 1, 0)));
        if (round == 0) std::printf("    round 0: killed after checkpoint %d, file at %llu\n", reported, (unsigned long long)lsn);
    }
}

TEST(torn_newest_meta_page_falls_back_to_the_previous_checkpoint) {
    TempDir dir;
    std::string path = dir.file("torn.db");
    std::uint64_t newestSequence;
    {
        auto db = DatabaseFile::create(path);
        Tree t = db->tree(db->createTree());
        t.put("first", "1");
        db->checkpoint(100);
        t.put("second", "2");
        db->checkpoint(200);
        newestSequence = db->stats().checkpointSequence;
    }
    const std::uint64_t newestSlot = (newestSequence % 2) * 8192;
    std::string original = readFileBytes(path, newestSlot, 8192);
    // A torn write: only the first 40 bytes of the new meta reached the disk; the rest is still
    // what the slot held two checkpoints ago (here: the same as the other slot).
    const std::uint64_t olderSlot = 8192 - newestSlot;
    patchFile(path, newestSlot + 40, readFileBytes(path, olderSlot + 40, 8192 - 40));
    {
        auto db = DatabaseFile::open(path);
        CHECK_EQ(db->checkpointLsn(), 100u);
        CHECK(db->tree(1).contains("first"));
        CHECK(!db->tree(1).contains("second"));
    }
    // A flipped bit in a field.
    patchFile(path, newestSlot, original);
    patchFile(path, newestSlot + 33, std::string(1, '\x5a'));
    {
        auto db = DatabaseFile::open(path);
        CHECK_EQ(db->checkpointLsn(), 100u);
        // The next checkpoint overwrites the damaged slot's partner and the file carries on.
        db->tree(1).put("third", "3");
        db->checkpoint(300);
    }
    auto db = DatabaseFile::open(path);
    CHECK_EQ(db->checkpointLsn(), 300u);
    CHECK(db->tree(1).contains("third"));
}

TEST(both_meta_pages_damaged_is_a_corruption_error) {
    TempDir dir;
    std::string path = dir.file("dead.db");
    { DatabaseFile::create(path); }
    patchFile(path, 100, "garbage");
    patchFile(path, 8192 + 100, "garbage");
    CHECK_STORE_ERROR(DatabaseFile::open(path), StoreErrorCode::Corrupt);
}

TEST(damaged_tree_page_is_reported_not_followed) {
    TempDir dir;
    std::string path = dir.file("bad.db");
    {
        auto db = DatabaseFile::create(path);
        Tree t = db->tree(db->createTree());
        for (int i = 0; i < 20000; ++i) t.put(batchKey(0, i), batchValue(0, i));
        db->checkpoint(1);
    }
    // Damage one byte in the middle of the file (some leaf), then read everything.
    std::uint64_t pages = DatabaseFile::open(path)->stats().pageCount;
    patchFile(path, (pages / 2) * 8192 + 4000, "\x01\x02\x03");
    auto db = DatabaseFile::open(path);
    bool reported = false;
    try {
        Cursor c = db->tree(1).cursor();
        for (bool ok = c.first(); ok; ok = c.next()) (void)c.value();
    } catch (const StoreError& e) {
        reported = e.code() == StoreErrorCode::Corrupt;
    }
    CHECK(reported);
}
