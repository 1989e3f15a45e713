// Randomised differential test: the same operations on a Tree and on a std::map, with a
// long-lived cursor, checkpoints, clean reopens and crash reopens (the DatabaseFile dropped
// without a checkpoint, after which exactly the checkpointed state must come back).
#include <map>
#include <optional>
#include <random>

#include "store.h"
#include "store_test_harness.h"

using namespace esent::store;
using store_test::TempDir;

namespace {

using Model = std::map<std::string, std::string>;

struct Config {
    std::uint32_t pageSize;
    std::size_t cacheBytes;
    int operations;
    std::uint32_t seed;
    bool reopens = true;
    bool growThenShrink = false;
};

class Differential {
public:
    Differential(const Config& config, const std::string& path) : config_(config), path_(path), rng_(config.seed) {}

    void run() {
        DatabaseOptions options;
        options.pageSize = config_.pageSize;
        options.cacheBytes = config_.cacheBytes;
        db_ = DatabaseFile::create(path_, options);
        id_ = db_->createTree();
        db_->checkpoint(0);
        openCursor();
        for (int op = 0; op < config_.operations; ++op) {
            unsigned dice = rng_() % 1000;
            // With growThenShrink the first half mostly inserts and the second mostly erases,
            // so branch pages empty out and merge.
            unsigned putShare = !config_.growThenShrink ? 430 : op < config_.operations / 2 ? 600 : 100;
            if (dice < putShare) put();
            else if (dice < 650) erase();
            else if (dice < 750) seek();
            else if (dice < 870) step(true);
            else if (dice < 990) step(false);
            else if (dice < 996) checkpoint();
            else if (dice < 998 && config_.reopens) reopen(false);
            else if (config_.reopens) reopen(true);
            if (failed_) return;
        }
        compareAll("end");
        checkIntegrity("end, before checkpoint");
        checkpoint();
        reopen(false);
        compareAll("final reopen");
        finalSize = model_.size();
        pages = db_->stats().pageCount;
    }

    std::uint64_t checkpoints = 0, crashes = 0, reopens = 0, finalSize = 0, pages = 0;

private:
    std::string randomKey() {
        // Few distinct first bytes and varied lengths: many shared prefixes and neighbours.
        static const char alphabet[] = "abcd\x00\xff";
        std::size_t length;
        unsigned r = rng_() % 100;
        if (r < 60) length = 1 + rng_() % 12;
        else if (r < 95) length = 1 + rng_() % 120;
        else length = rng_() % (db_->maxKeySize() + 1);
        std::string key(length, 'a');
        for (char& c : key) c = alphabet[rng_() % 6];
        return key;
    }
    std::string randomValue() {
        unsigned r = rng_() % 100;
        std::size_t length = r < 70 ? rng_() % 64 : r < 97 ? rng_() % 1500 : rng_() % (3 * config_.pageSize);
        std::string value(length, '\0');
        for (char& c : value) c = char(rng_());
        return value;
    }
    std::string existingOrRandomKey() {
        if (!model_.empty() && rng_() % 2) {
            auto it = model_.lower_bound(randomKey());
            if (it == model_.end()) it = model_.begin();
            return it->first;
        }
        return randomKey();
    }

    void put() {
        std::string key = existingOrRandomKey(), value = randomValue();
        bool inserted = db_->tree(id_).put(key, value);
        expect(inserted == (model_.count(key) == 0), "put: inserted flag");
        model_[key] = value;
    }
    void erase() {
        std::string key = existingOrRandomKey();
        bool erased = db_->tree(id_).erase(key);
        expect(erased == (model_.erase(key) == 1), "erase: existed flag");
    }

    // Where the cursor should be: before the first entry, after the last, or at a key (on it,
    // or in its gap if the key is gone).
    enum class Where { BeforeFirst, AfterLast, AtKey };

    void land(bool ok, Model::const_iterator expected, Where otherwise, const char* what) {
        if (expected == model_.end()) {
            expect(!ok, what);
            where_ = otherwise;
            return;
        }
        expect(ok, what);
        if (!ok) return;
        expect(cursor_->key() == expected->first, what);
        expect(cursor_->value() == expected->second, what);
        where_ = Where::AtKey;
        at_ = expected->first;
    }
    Model::const_iterator lastBelow(const std::string& key) const {
        auto it = model_.lower_bound(key);
        return it == model_.begin() ? model_.end() : std::prev(it);
    }

    void seek() {
        std::string key = existingOrRandomKey();
        SeekMode mode = SeekMode(rng_() % 5);
        bool ok = cursor_->seek(key, mode);
        switch (mode) {
            case SeekMode::EQ: {
                auto it = model_.find(key);
                if (it == model_.end()) {
                    expect(!ok, "seek EQ miss");
                    where_ = Where::AtKey;
                    at_ = key;
                } else {
                    land(ok, it, Where::AfterLast, "seek EQ");
                }
                break;
            }
            case SeekMode::GE: land(ok, model_.lower_bound(key), Where::AfterLast, "seek GE"); break;
            case SeekMode::GT: land(ok, model_.upper_bound(key), Where::AfterLast, "seek GT"); break;
            case SeekMode::LE: land(ok, lastBelow(key + std::string(1, '\0')) , Where::BeforeFirst, "seek LE"); break;
            case SeekMode::LT: land(ok, lastBelow(key), Where::BeforeFirst, "seek LT"); break;
        }
    }
    void step(bool forward) {
        bool ok = forward ? cursor_->next() : cursor_->prev();
        Model::const_iterator expected;
        if (forward) {
            if (where_ == Where::AfterLast) return expect(!ok, "next after last");
            expected = where_ == Where::BeforeFirst ? model_.begin() : model_.upper_bound(at_);
            land(ok, expected, Where::AfterLast, "next");
        } else {
            if (where_ == Where::BeforeFirst) return expect(!ok, "prev before first");
            expected = where_ == Where::AfterLast ? (model_.empty() ? model_.end() : std::prev(model_.end()))
                                                  : lastBelow(at_);
            land(ok, expected, Where::BeforeFirst, "prev");
        }
    }

    void checkpoint() {
        db_->checkpoint(++lsn_);
        if (++checkpoints % 8 == 0) checkIntegrity("after checkpoint");
        durable_ = model_;
    }
    void reopen(bool crash) {
        cursor_.reset();
        db_.reset();  // no checkpoint: anything since the last one must vanish
        if (crash) {
            model_ = durable_;
            ++crashes;
        } else {
            // A clean reopen without checkpoint is the same as a crash for the store.
            model_ = durable_;
            ++reopens;
        }
        DatabaseOptions options;
        options.pageSize = 0;
        options.cacheBytes = config_.cacheBytes;
        db_ = DatabaseFile::open(path_, options);
        expect(db_->checkpointLsn() == lsn_, "lsn after reopen");
        openCursor();
        compareAll(crash ? "after crash" : "after reopen");
        checkIntegrity("after reopen");
    }
    void openCursor() {
        cursor_ = std::make_unique<Cursor>(db_->tree(id_).cursor());
        where_ = Where::BeforeFirst;
    }

    void compareAll(const char* when) {
        Cursor c = db_->tree(id_).cursor();
        auto it = model_.begin();
        for (bool ok = c.first(); ok; ok = c.next(), ++it) {
            if (it == model_.end()) return expect(false, when);
            if (c.key() != it->first || c.value() != it->second) return expect(false, when);
        }
        expect(it == model_.end(), when);
        expect(db_->tree(id_).count() == model_.size(), when);
        // And backwards.
        auto rit = model_.rbegin();
        for (bool ok = c.last(); ok; ok = c.prev(), ++rit)
            if (rit == model_.rend() || c.key() != rit->first) return expect(false, when);
    }

    void checkIntegrity(const char* when) {
        try {
            db_->checkIntegrity();
        } catch (const StoreError& e) {
            expect(false, (std::string(when) + ": " + e.what()).c_str());
        }
    }

    void expect(bool ok, const char* what) {
        if (!ok && !failed_) {
            failed_ = true;
            store_test::recordFailure(__FILE__, __LINE__, std::string("diverged: ") + what);
        }
    }

    Config config_;
    std::string path_;
    std::mt19937 rng_;
    std::unique_ptr<DatabaseFile> db_;
    std::unique_ptr<Cursor> cursor_;
    TreeId id_ = 0;
    Model model_, durable_;
    Lsn lsn_ = 0;
    Where where_ = Where::BeforeFirst;
    std::string at_;
    bool failed_ = false;
};

void runDifferential(const Config& config) {
    TempDir dir;
    Differential test(config, dir.file("diff.db"));
    test.run();
    std::printf("    %d ops, %llu checkpoints, %llu crash reopens, %llu reopens, %llu entries, %llu pages "
                "(page %u, cache %zu KiB)\n",
                config.operations, (unsigned long long)test.checkpoints, (unsigned long long)test.crashes,
                (unsigned long long)test.reopens, (unsigned long long)test.finalSize,
                (unsigned long long)test.pages, config.pageSize, config.cacheBytes / 1024);
}

}  // namespace

TEST(differential_100k_operations_8k_pages) { runDifferential({8192, std::size_t(64) << 20, 100000, 1}); }

TEST(differential_small_cache_4k_pages) { runDifferential({4096, 64 * 4096, 60000, 2}); }

TEST(differential_32k_pages) { runDifferential({32768, std::size_t(64) << 20, 40000, 3}); }

TEST(differential_growing_tree_without_reopens) { runDifferential({4096, 256 * 4096, 100000, 4, false}); }

TEST(differential_grow_then_shrink) { runDifferential({4096, 256 * 4096, 150000, 5, false, true}); }
