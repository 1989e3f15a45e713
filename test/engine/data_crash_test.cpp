// Durability of data under SIGKILL: a child process commits transactions in a loop (most of them
// lazily, every third one durably) and is killed at a random moment; after each kill the next
// JetInit must recover exactly a prefix of the transactions that contains every durable one, each
// transaction whole. POSIX only (fork).
//
// Each transaction n inserts kRowsPerTxn records carrying n (one of them with a long value) and
// adds 1 to an escrow counter in record 0. After a durable commit returns, the child writes n to a
// side file: the parent then knows that everything up to n must survive.
#include "harness.h"

#ifndef _WIN32

#include <csignal>
#include <fcntl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstring>
#include <map>
#include <random>
#include <string>
#include <thread>

namespace {

constexpr int kRowsPerTxn = 3;
constexpr const char* kTable = "crash";

struct Crashable {
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    JET_DBID dbid = 0;
    JET_TABLEID tableid = 0;
    JET_COLUMNID txn = 0, payload = 0, counter = 0;
};

JET_ERR columnId(JET_SESID sesid, JET_TABLEID tableid, const char* name, JET_COLUMNID* id) {
    JET_COLUMNDEF def;
    std::memset(&def, 0, sizeof def);
    def.cbStruct = sizeof def;
    const JET_ERR err = JetGetTableColumnInfoA(sesid, tableid, name, &def, sizeof def, JET_ColInfo);
    *id = def.columnid;
    return err;
}

// Starts the instance (recovering if needed) and opens the table, creating everything the first time.
JET_ERR open(const harness::TempDir& dir, Crashable* c) {
    const std::string path = dir.file("crash.edb");
    JET_ERR err = harness::startInstanceIn(dir, &c->instance);
    if (err < 0) return err;
    if ((err = JetBeginSessionA(c->instance, &c->sesid, nullptr, nullptr)) < 0) return err;
    err = JetAttachDatabaseA(c->sesid, path.c_str(), 0);
    if (err == JET_errFileNotFound) {
        if ((err = JetCreateDatabaseA(c->sesid, path.c_str(), nullptr, &c->dbid, 0)) < 0) return err;
        JET_TABLEID created = 0;
        if ((err = JetCreateTableA(c->sesid, c->dbid, kTable, 0, 0, &created)) < 0) return err;
        JET_COLUMNDEF def;
        std::memset(&def, 0, sizeof def);
        def.cbStruct = sizeof def;
        def.coltyp = JET_coltypLong;
        def.grbit = JET_bitColumnFixed;
        if ((err = JetAddColumnA(c->sesid, created, "txn", &def, nullptr, 0, nullptr)) < 0) return err;
        def.coltyp = JET_coltypLongBinary;
        def.grbit = JET_bitColumnTagged;
        if ((err = JetAddColumnA(c->sesid, created, "payload", &def, nullptr, 0, nullptr)) < 0) return err;
        const std::int32_t zero = 0;
        def.coltyp = JET_coltypLong;
        def.grbit = JET_bitColumnEscrowUpdate;
        if ((err = JetAddColumnA(c->sesid, created, "counter", &def, &zero, sizeof zero, nullptr)) < 0) return err;
        if ((err = JetCloseTable(c->sesid, created)) < 0) return err;
    } else {
        if (err < 0) return err;
        if ((err = JetOpenDatabaseA(c->sesid, path.c_str(), nullptr, &c->dbid, 0)) < 0) return err;
    }
    if ((err = JetOpenTableA(c->sesid, c->dbid, kTable, nullptr, 0, 0, &c->tableid)) < 0) return err;
    if ((err = columnId(c->sesid, c->tableid, "txn", &c->txn)) < 0) return err;
    if ((err = columnId(c->sesid, c->tableid, "payload", &c->payload)) < 0) return err;
    return columnId(c->sesid, c->tableid, "counter", &c->counter);
}

struct Contents {
    std::map<std::int32_t, int> rowsPerTxn;  // txn -> number of records (txn 0: the counter record)
    std::map<std::int32_t, int> payloadsPerTxn;  // txn -> records with the right payload
    std::int32_t counter = -1;
    std::string counterBookmark;
    bool payloadsIntact = true;
};

std::string payloadFor(std::int32_t txn) {
    // Every 5th transaction carries a long value big enough to be stored apart from its record.
    const std::size_t size = txn % 5 == 0 ? 40000 : 16;
    std::string value(size, '\0');
    for (std::size_t i = 0; i < size; ++i) value[i] = static_cast<char>((txn * 31 + i) & 0xff);
    return value;
}

Contents scan(Crashable& c) {
    Contents contents;
    JET_ERR err = JetMove(c.sesid, c.tableid, JET_MoveFirst, 0);
    std::string buffer(64 * 1024, '\0');
    while (err >= 0) {
        std::int32_t txn = -1;
        unsigned long cb = 0;
        CHECK_ERR(JetRetrieveColumn(c.sesid, c.tableid, c.txn, &txn, sizeof txn, &cb, 0, nullptr), JET_errSuccess);
        ++contents.rowsPerTxn[txn];
        if (txn == 0) {
            CHECK_ERR(JetRetrieveColumn(c.sesid, c.tableid, c.counter, &contents.counter, sizeof contents.counter, &cb,
                                        0, nullptr),
                      JET_errSuccess);
            char bookmark[JET_cbBookmarkMost];
            CHECK_ERR(JetGetBookmark(c.sesid, c.tableid, bookmark, sizeof bookmark, &cb), JET_errSuccess);
            contents.counterBookmark.assign(bookmark, cb);
        } else {
            const JET_ERR got = JetRetrieveColumn(c.sesid, c.tableid, c.payload, &buffer[0],
                                                  static_cast<unsigned long>(buffer.size()), &cb, 0, nullptr);
            if (got == JET_wrnColumnNull) {
                // the transaction's other records carry no payload
            } else if (got != JET_errSuccess || cb != payloadFor(txn).size() ||
                       buffer.compare(0, cb, payloadFor(txn)) != 0) {
                contents.payloadsIntact = false;
            } else {
                ++contents.payloadsPerTxn[txn];
            }
        }
        err = JetMove(c.sesid, c.tableid, JET_MoveNext, 0);
    }
    CHECK_ERR(err, JET_errNoCurrentRecord);
    return contents;
}

JET_ERR insert(Crashable& c, std::int32_t txn, bool withPayload) {
    JET_ERR err = JetPrepareUpdate(c.sesid, c.tableid, JET_prepInsert);
    if (err < 0) return err;
    if ((err = JetSetColumn(c.sesid, c.tableid, c.txn, &txn, sizeof txn, 0, nullptr)) < 0) return err;
    if (withPayload) {
        const std::string payload = payloadFor(txn);
        err = JetSetColumn(c.sesid, c.tableid, c.payload, payload.data(), static_cast<unsigned long>(payload.size()), 0,
                           nullptr);
        if (err < 0) return err;
    }
    return JetUpdate(c.sesid, c.tableid, nullptr, 0, nullptr);
}

[[noreturn]] void commitUntilKilled(const harness::TempDir& dir, int readyFd, int durableFd) {
    Crashable c;
    if (open(dir, &c) < 0) _exit(2);
    Contents contents = scan(c);
    if (contents.counterBookmark.empty()) {
        if (JetBeginTransaction(c.sesid) < 0 || insert(c, 0, false) < 0 || JetCommitTransaction(c.sesid, 0) < 0) _exit(3);
        contents = scan(c);
    }
    std::int32_t next = static_cast<std::int32_t>(contents.rowsPerTxn.size());  // txns 0..M present
    const char ready = 'r';
    if (write(readyFd, &ready, 1) != 1) _exit(4);
    for (;; ++next) {
        const bool durable = next % 3 == 0;
        if (JetBeginTransaction(c.sesid) < 0) _exit(5);
        for (int row = 0; row < kRowsPerTxn; ++row) {
            if (insert(c, next, row == 0) < 0) _exit(6);
        }
        std::int32_t one = 1;  // JetEscrowUpdate takes a non-const pointer
        if (JetGotoBookmark(c.sesid, c.tableid, &contents.counterBookmark[0],
                            static_cast<unsigned long>(contents.counterBookmark.size())) < 0 ||
            JetEscrowUpdate(c.sesid, c.tableid, c.counter, &one, sizeof one, nullptr, 0, nullptr, 0) < 0) {
            _exit(7);
        }
        if (JetCommitTransaction(c.sesid, durable ? 0 : JET_bitCommitLazyFlush) < 0) _exit(8);
        if (durable && pwrite(durableFd, &next, sizeof next, 0) != sizeof next) _exit(9);
    }
}

}  // namespace

PORTABLE_TEST(data_a_process_killed_while_committing_keeps_every_durable_transaction_whole) {
    harness::TempDir dir;
    const std::string sideFile = dir.file("durable.bin");
    const int durableFd = ::open(sideFile.c_str(), O_RDWR | O_CREAT | O_TRUNC, 0600);
    CHECK(durableFd >= 0);
    const std::int32_t none = 0;
    CHECK(pwrite(durableFd, &none, sizeof none, 0) == sizeof none);
    std::mt19937 random(20261201);
    std::int32_t highest = 0;
    for (int round = 0; round < 10; ++round) {
        int fds[2];
        CHECK(pipe(fds) == 0);
        const pid_t child = fork();
        if (child == 0) {
            close(fds[0]);
            commitUntilKilled(dir, fds[1], durableFd);
        }
        close(fds[1]);
        char ready = 0;
        CHECK(read(fds[0], &ready, 1) == 1);
        close(fds[0]);
        std::this_thread::sleep_for(std::chrono::microseconds(random() % 150000));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

        std::int32_t durable = -1;
        CHECK(pread(durableFd, &durable, sizeof durable, 0) == sizeof durable);
        Crashable c;
        CHECK_ERR(open(dir, &c), JET_errSuccess);
        const Contents contents = scan(c);
        // Transactions 0..M, each whole, M at least the last durable one; the escrow counter agrees.
        std::int32_t expected = 0;
        bool whole = true;
        for (const auto& [txn, rows] : contents.rowsPerTxn) {
            whole = whole && txn == expected && rows == (txn == 0 ? 1 : kRowsPerTxn);
            if (txn != 0) {
                const auto payloads = contents.payloadsPerTxn.find(txn);
                whole = whole && payloads != contents.payloadsPerTxn.end() && payloads->second == 1;
            }
            ++expected;
        }
        const std::int32_t recovered = expected - 1;
        CHECK(whole);
        CHECK(contents.payloadsIntact);
        CHECK(recovered >= durable);
        CHECK(contents.counter == recovered);
        CHECK(recovered >= highest);  // what an earlier round recovered was checkpointed by its clean JetTerm
        if (recovered > highest) highest = recovered;
        CHECK_ERR(JetTerm(c.instance), JET_errSuccess);
    }
    close(durableFd);
    // The loop did commit durably at least once, or it proved nothing.
    CHECK(highest > 3);
}

#endif  // !_WIN32
