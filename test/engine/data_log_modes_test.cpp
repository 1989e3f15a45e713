// Records under the two log modes that change what survives: circular logging (old generations
// are deleted once the checkpoint passes them, and recovery still finds every committed record)
// and JET_paramRecovery "off" (no log at all: a clean JetTerm keeps the data, and a database left
// dirty cannot be attached without recovery: JET_errDatabaseDirtyShutdown).
#include "harness.h"

#include <cstdint>
#include <cstring>
#include <string>

namespace {

struct Opened {
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    JET_DBID dbid = 0;
    JET_TABLEID tableid = 0;
    JET_COLUMNID id = 0, payload = 0;
};

enum class LogMode { Circular, RecoveryOff };

JET_ERR configure(const harness::TempDir& dir, LogMode mode, JET_INSTANCE* instance) {
    JET_ERR err = harness::createInstanceIn(dir, instance);
    if (err < 0) return err;
    if (mode == LogMode::Circular) {
        if ((err = JetSetSystemParameterA(instance, 0, JET_paramLogFileSize, 64, nullptr)) < 0) return err;
        // A checkpoint at least every MiB of log, so circular logging keeps about 16 generations.
        if ((err = JetSetSystemParameterA(instance, 0, JET_paramCheckpointDepthMax, 1 << 20, nullptr)) < 0) return err;
        return JetSetSystemParameterA(instance, 0, JET_paramCircularLog, 1, nullptr);
    }
    return JetSetSystemParameterA(instance, 0, JET_paramRecovery, 0, "off");
}

JET_ERR columnId(Opened& o, const char* name, JET_COLUMNID* id) {
    JET_COLUMNDEF def;
    std::memset(&def, 0, sizeof def);
    def.cbStruct = sizeof def;
    const JET_ERR err = JetGetTableColumnInfoA(o.sesid, o.tableid, name, &def, sizeof def, JET_ColInfo);
    *id = def.columnid;
    return err;
}

// Creates the database and table "t" (id: fixed Long, payload: LongBinary).
void create(const harness::TempDir& dir, LogMode mode, Opened* o) {
    CHECK_ERR(configure(dir, mode, &o->instance), JET_errSuccess);
    CHECK_ERR(JetInit(&o->instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(o->instance, &o->sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetCreateDatabaseA(o->sesid, dir.file("modes.edb").c_str(), nullptr, &o->dbid, 0), JET_errSuccess);
    CHECK_ERR(JetCreateTableA(o->sesid, o->dbid, "t", 0, 0, &o->tableid), JET_errSuccess);
    JET_COLUMNDEF def;
    std::memset(&def, 0, sizeof def);
    def.cbStruct = sizeof def;
    def.coltyp = JET_coltypLong;
    def.grbit = JET_bitColumnFixed;
    CHECK_ERR(JetAddColumnA(o->sesid, o->tableid, "id", &def, nullptr, 0, &o->id), JET_errSuccess);
    def.coltyp = JET_coltypLongBinary;
    def.grbit = 0;
    CHECK_ERR(JetAddColumnA(o->sesid, o->tableid, "payload", &def, nullptr, 0, &o->payload), JET_errSuccess);
}

JET_ERR reopen(const harness::TempDir& dir, LogMode mode, Opened* o) {
    JET_ERR err = configure(dir, mode, &o->instance);
    if (err < 0) return err;
    if ((err = JetInit(&o->instance)) < 0) return err;
    if ((err = JetBeginSessionA(o->instance, &o->sesid, nullptr, nullptr)) < 0) return err;
    const std::string path = dir.file("modes.edb");
    if ((err = JetAttachDatabaseA(o->sesid, path.c_str(), 0)) < 0) return err;
    if ((err = JetOpenDatabaseA(o->sesid, path.c_str(), nullptr, &o->dbid, 0)) < 0) return err;
    if ((err = JetOpenTableA(o->sesid, o->dbid, "t", nullptr, 0, 0, &o->tableid)) < 0) return err;
    if ((err = columnId(*o, "id", &o->id)) < 0) return err;
    return columnId(*o, "payload", &o->payload);
}

std::string payloadOf(std::int32_t id) {
    std::string value(3000, '\0');
    for (std::size_t i = 0; i < value.size(); ++i) value[i] = static_cast<char>((id * 7 + i) & 0xff);
    return value;
}

// Inserts records first..last-1, `perTxn` to a transaction, each commit durable.
void insert(Opened& o, std::int32_t first, std::int32_t last, int perTxn) {
    for (std::int32_t n = first; n < last;) {
        CHECK_ERR(JetBeginTransaction(o.sesid), JET_errSuccess);
        for (int k = 0; k < perTxn && n < last; ++k, ++n) {
            const std::string payload = payloadOf(n);
            CHECK_ERR(JetPrepareUpdate(o.sesid, o.tableid, JET_prepInsert), JET_errSuccess);
            CHECK_ERR(JetSetColumn(o.sesid, o.tableid, o.id, &n, sizeof n, 0, nullptr), JET_errSuccess);
            CHECK_ERR(JetSetColumn(o.sesid, o.tableid, o.payload, payload.data(),
                                   static_cast<unsigned long>(payload.size()), 0, nullptr),
                      JET_errSuccess);
            CHECK_ERR(JetUpdate(o.sesid, o.tableid, nullptr, 0, nullptr), JET_errSuccess);
        }
        CHECK_ERR(JetCommitTransaction(o.sesid, 0), JET_errSuccess);
    }
}

// The ids found in order, checking each payload; -1 marks a record whose payload differs.
std::int32_t countIntact(Opened& o) {
    std::int32_t count = 0;
    std::string buffer(8192, '\0');
    JET_ERR err = JetMove(o.sesid, o.tableid, JET_MoveFirst, 0);
    while (err >= 0) {
        std::int32_t id = -1;
        unsigned long cb = 0;
        CHECK_ERR(JetRetrieveColumn(o.sesid, o.tableid, o.id, &id, sizeof id, &cb, 0, nullptr), JET_errSuccess);
        CHECK_ERR(JetRetrieveColumn(o.sesid, o.tableid, o.payload, &buffer[0], static_cast<unsigned long>(buffer.size()),
                                    &cb, 0, nullptr),
                  JET_errSuccess);
        if (id != count || buffer.compare(0, cb, payloadOf(id)) != 0 || cb != payloadOf(id).size()) return -1;
        ++count;
        err = JetMove(o.sesid, o.tableid, JET_MoveNext, 0);
    }
    CHECK_ERR(err, JET_errNoCurrentRecord);
    return count;
}

int logGenerations(const harness::TempDir& dir) {
    return harness::countFiles(dir.path(), "edb", ".log");
}

}  // namespace

PORTABLE_TEST(data_circular_logging_bounds_the_log_and_recovery_keeps_every_commit) {
    harness::TempDir dir;
    Opened o;
    create(dir, LogMode::Circular, &o);
    // About 6 MB of records through 64 KiB log files: without circular logging that is ~100 files.
    insert(o, 0, 2000, 20);
    CHECK(logGenerations(dir) <= 24);
    CHECK_ERR(JetTerm2(o.instance, JET_bitTermDirty), JET_errSuccess);

    Opened again;
    CHECK_ERR(reopen(dir, LogMode::Circular, &again), JET_errSuccess);
    CHECK(countIntact(again) == 2000);
    CHECK_ERR(JetTerm(again.instance), JET_errSuccess);
}

PORTABLE_TEST(data_recovery_off_keeps_cleanly_terminated_data_and_refuses_a_dirty_database) {
    harness::TempDir dir;
    Opened o;
    create(dir, LogMode::RecoveryOff, &o);
    insert(o, 0, 300, 10);
    CHECK(logGenerations(dir) == 0);  // no log at all
    CHECK_ERR(JetTerm(o.instance), JET_errSuccess);

    Opened again;
    CHECK_ERR(reopen(dir, LogMode::RecoveryOff, &again), JET_errSuccess);
    CHECK(countIntact(again) == 300);
    insert(again, 300, 310, 10);
    // Killed without a clean term: with no log, nothing can bring the file back to a consistent state.
    CHECK_ERR(JetTerm2(again.instance, JET_bitTermDirty), JET_errSuccess);

    Opened dirty;
    CHECK_ERR(reopen(dir, LogMode::RecoveryOff, &dirty), JET_errDatabaseDirtyShutdown);
    CHECK_ERR(JetTerm(dirty.instance), JET_errSuccess);
}
