// The plug-in point of the data store (core/instance_component.h): hooks around transactions,
// data records in the log, their replay at the next JetInit, and the transaction counters.
#include <atomic>
#include <string>
#include <vector>

#include "../harness.h"
#include "core/instance.h"
#include "core/instance_component.h"
#include "core/registry.h"
#include "core/session.h"

namespace core = esent::core;
namespace log = esent::log;

namespace {

constexpr log::RecordType kNote = log::record_type::kFirstDataRecord + 7;

// What the test component saw; reset by each test.
struct Journal {
    std::vector<std::string> events;
    std::vector<std::string> replayed;
    std::vector<std::uint64_t> commitSequences;
    std::vector<std::uint64_t> snapshots;  // snapshotSequence at each level-0 begin
    bool previousShutdownClean = true;
    bool failNextCommit = false;
};
Journal g_journal;
std::atomic<bool> g_enabled{false};

class RecordingComponent : public core::InstanceComponent {
public:
    explicit RecordingComponent(core::Instance& instance) : instance_(instance) {}

    void registerRecordHandlers(log::RecordHandlers& handlers) override {
        handlers.set(kNote, [](const log::RecordView& record) {
            g_journal.replayed.emplace_back(reinterpret_cast<const char*>(record.data), record.size);
            return JET_ERR(JET_errSuccess);
        });
    }
    JET_ERR afterRecovery(const log::RecoveryInfo& info) override {
        g_journal.previousShutdownClean = info.previousShutdownClean;
        g_journal.events.push_back("recovered");
        return JET_errSuccess;
    }
    void afterBegin(core::Session& session) override {
        g_journal.events.push_back("begin" + std::to_string(session.level));
        if (session.level == 1) g_journal.snapshots.push_back(session.snapshotSequence);
    }
    JET_ERR beforeCommit(core::Session& session) override {
        if (g_journal.failNextCommit) {
            g_journal.failNextCommit = false;
            return JET_errDiskFull;
        }
        // A data store would log its changes before the commit record; so does this.
        const std::string note = "trx" + std::to_string(session.trxId) + "@" + std::to_string(session.level);
        log::Lsn lsn;
        return instance_.log->append(kNote, note.data(), note.size(), &lsn);
    }
    void afterCommit(core::Session& session, std::uint64_t commitSequence) override {
        g_journal.events.push_back("commit" + std::to_string(session.level));
        if (commitSequence != 0) g_journal.commitSequences.push_back(commitSequence);
    }
    void beforeRollback(core::Session& session) override {
        g_journal.events.push_back("rollback" + std::to_string(session.level));
    }
    void beforeEndSession(core::Session&) override { g_journal.events.push_back("end"); }
    void beforeTerm(bool dirty) override { g_journal.events.push_back(dirty ? "term-dirty" : "term"); }

private:
    core::Instance& instance_;
};

const bool g_registered = [] {
    core::registerComponentFactory([](core::Instance& instance) -> std::unique_ptr<core::InstanceComponent> {
        if (!g_enabled) return nullptr;
        return std::make_unique<RecordingComponent>(instance);
    });
    return true;
}();

// Enables the component for one test.
struct Enabled {
    Enabled() {
        g_journal = Journal{};
        g_enabled = true;
    }
    ~Enabled() { g_enabled = false; }
};

}  // namespace

TEST(component_hooks_follow_transactions_in_order) {
    Enabled enabled;
    harness::TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(sesid), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(sesid), JET_errSuccess);
    CHECK_ERR(JetRollback(sesid, 0), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(sesid, 0), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(sesid), JET_errSuccess);
    CHECK_ERR(JetEndSession(sesid, 0), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
    const std::vector<std::string> expected = {"recovered", "begin1", "begin2", "rollback2", "commit0",
                                               "begin1", "rollback1", "end", "term"};
    CHECK(g_journal.events == expected);
    CHECK(g_journal.commitSequences.size() == 1);
}

TEST(a_failing_before_commit_keeps_the_transaction_open) {
    Enabled enabled;
    harness::TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(sesid), JET_errSuccess);
    g_journal.failNextCommit = true;
    CHECK_ERR(JetCommitTransaction(sesid, 0), JET_errDiskFull);
    CHECK_ERR(JetCommitTransaction(sesid, 0), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(data_records_are_replayed_after_a_dirty_term_and_counters_keep_growing) {
    harness::TempDir dir;
    std::uint64_t lastSequence = 0;
    {
        Enabled enabled;
        JET_INSTANCE instance = 0;
        JET_SESID sesid = 0;
        CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
        CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
        for (int i = 0; i < 3; ++i) {
            CHECK_ERR(JetBeginTransaction(sesid), JET_errSuccess);
            CHECK_ERR(JetCommitTransaction(sesid, 0), JET_errSuccess);
        }
        CHECK_ERR(JetTerm2(instance, JET_bitTermDirty), JET_errSuccess);
        CHECK(g_journal.commitSequences.size() == 3);
        if (!g_journal.commitSequences.empty()) lastSequence = g_journal.commitSequences.back();
    }
    Enabled enabled;
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK(!g_journal.previousShutdownClean);
    CHECK(g_journal.replayed.size() == 3);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(sesid), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(sesid, 0), JET_errSuccess);
    CHECK(!g_journal.commitSequences.empty() && g_journal.commitSequences.back() > lastSequence);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(a_clean_term_needs_no_replay_and_says_so) {
    harness::TempDir dir;
    {
        Enabled enabled;
        JET_INSTANCE instance = 0;
        JET_SESID sesid = 0;
        CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
        CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
        CHECK_ERR(JetBeginTransaction(sesid), JET_errSuccess);
        CHECK_ERR(JetCommitTransaction(sesid, 0), JET_errSuccess);
        CHECK_ERR(JetTerm(instance), JET_errSuccess);
    }
    Enabled enabled;
    JET_INSTANCE instance = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK(g_journal.previousShutdownClean);
    CHECK(g_journal.replayed.empty());
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

TEST(a_transaction_snapshot_is_the_last_commit_sequence_at_its_level_0_begin) {
    Enabled enabled;
    harness::TempDir dir;
    JET_INSTANCE instance = 0;
    JET_SESID a = 0, b = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &a, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &b, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(a), JET_errSuccess);   // snapshot s0
    CHECK_ERR(JetBeginTransaction(b), JET_errSuccess);   // snapshot s0
    CHECK_ERR(JetCommitTransaction(b, 0), JET_errSuccess);  // commit s0 + 1
    CHECK_ERR(JetBeginTransaction(b), JET_errSuccess);   // snapshot s0 + 1: sees b's commit
    CHECK_ERR(JetCommitTransaction(a, 0), JET_errSuccess);  // commit s0 + 2
    CHECK_ERR(JetCommitTransaction(b, JET_bitCommitLazyFlush), JET_errSuccess);  // commit s0 + 3
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
    CHECK(g_journal.snapshots.size() == 3 && g_journal.commitSequences.size() == 3);
    if (g_journal.snapshots.size() == 3 && g_journal.commitSequences.size() == 3) {
        const std::uint64_t s0 = g_journal.snapshots[0];
        CHECK(g_journal.snapshots[1] == s0);
        CHECK(g_journal.snapshots[2] == s0 + 1);
        CHECK((g_journal.commitSequences == std::vector<std::uint64_t>{s0 + 1, s0 + 2, s0 + 3}));
    }
}
