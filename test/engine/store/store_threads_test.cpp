// Several threads on one DatabaseFile: one writer and readers using gets and cursors meanwhile.
// The file serialises them with its mutex; this checks nothing tears (run it under TSan too).
#include <atomic>
#include <thread>

#include "store.h"
#include "store_test_harness.h"

using namespace esent::store;
using store_test::TempDir;

TEST(readers_and_a_writer_share_one_file) {
    TempDir dir;
    DatabaseOptions options;
    options.cacheBytes = 128 * 8192;
    auto db = DatabaseFile::create(dir.file("threads.db"), options);
    Tree t = db->tree(db->createTree());
    std::atomic<bool> done{false};
    std::atomic<int> readerErrors{0};
    auto key = [](int i) { return "k" + std::to_string(100000 + i); };
    std::thread writer([&] {
        for (int i = 0; i < 30000; ++i) {
            t.put(key(i), std::string(120, char('a' + i % 26)));
            if (i % 3 == 0) t.erase(key(i / 2));
            if (i % 5000 == 0) db->checkpoint(Lsn(i));
        }
        done = true;
    });
    std::vector<std::thread> readers;
    for (int r = 0; r < 3; ++r)
        readers.emplace_back([&, r] {
            Cursor c = t.cursor();
            while (!done) {
                std::string previous;
                int n = 0;
                std::string k, v;
                for (bool ok = c.first(); ok && n < 2000; ok = c.next(), ++n) {
                    if (!c.read(k, v)) continue;  // the writer erased it since the move
                    if (n > 0 && !(previous < k)) ++readerErrors;
                    if (v.size() != 120) ++readerErrors;
                    previous = k;
                }
                std::string value;
                if (t.get(key(r * 1000 + 1), value) && value.size() != 120) ++readerErrors;
            }
        });
    writer.join();
    for (auto& reader : readers) reader.join();
    CHECK_EQ(readerErrors.load(), 0);
}
