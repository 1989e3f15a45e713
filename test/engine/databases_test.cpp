// Databases: create, attach, open, close, detach, their info, and what a crash leaves behind.
// ESENT's rules (Microsoft's docs and the open-source ESE): an existing file is
// JET_errDatabaseDuplicate, create/attach/detach inside a transaction JET_errInTransaction, a
// second attach the warning JET_wrnDatabaseAttached, a file attached by another instance
// JET_errDatabaseSharingViolation, and after a crash plain JetInit recovers and detaches.
#include "harness.h"

#include <cstring>
#include <fstream>
#include <string>

#ifndef _WIN32
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace {

// An initialised instance in `dir` (sub-folder `sub`) with one session; terminated at the end
// of the scope unless the test already did.
struct Engine {
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    bool running = false;

    explicit Engine(const harness::TempDir& dir, const std::string& sub = "") {
        CHECK_ERR(harness::startInstanceIn(dir, &instance, sub), JET_errSuccess);
        CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
        running = true;
    }
    ~Engine() {
        if (running) JetTerm2(instance, JET_bitTermDirty);
    }
    JET_ERR term(JET_GRBIT grbit = 0) {
        running = false;
        return JetTerm2(instance, grbit);
    }
};

unsigned long fileDbState(const std::string& path) {
    JET_DBINFOMISC misc;
    std::memset(&misc, 0, sizeof misc);
    const JET_ERR err = JetGetDatabaseFileInfoA(path.c_str(), &misc, sizeof misc, JET_DbInfoMisc);
    return err < 0 ? 0 : misc.dbstate;
}

}  // namespace

TEST(create_database_attaches_opens_and_refuses_an_existing_file) {
    harness::TempDir dir;
    Engine engine(dir);
    const std::string path = dir.file("main.edb");
    JET_DBID dbid = JET_dbidNil;
    CHECK_ERR(JetCreateDatabaseA(engine.sesid, path.c_str(), nullptr, &dbid, 0), JET_errSuccess);
    CHECK(dbid != JET_dbidNil);

    JET_DBID again = JET_dbidNil;
    CHECK_ERR(JetCreateDatabaseA(engine.sesid, path.c_str(), nullptr, &again, 0), JET_errDatabaseDuplicate);
    // Created databases come back open: detaching needs the close first.
    CHECK_ERR(JetDetachDatabaseA(engine.sesid, path.c_str()), JET_errDatabaseInUse);
    CHECK_ERR(JetCloseDatabase(engine.sesid, dbid, 0), JET_errSuccess);
    CHECK_ERR(JetCloseDatabase(engine.sesid, dbid, 0), JET_errInvalidDatabaseId);
    CHECK_ERR(JetDetachDatabaseA(engine.sesid, path.c_str()), JET_errSuccess);

    // The file is still there: create refuses it unless asked to overwrite.
    CHECK_ERR(JetCreateDatabaseA(engine.sesid, path.c_str(), nullptr, &again, 0), JET_errDatabaseDuplicate);
    CHECK_ERR(JetCreateDatabase2A(engine.sesid, path.c_str(), 0, &again, JET_bitDbOverwriteExisting),
              JET_errSuccess);
    CHECK_ERR(JetCloseDatabase(engine.sesid, again, 0), JET_errSuccess);
    CHECK_ERR(engine.term(), JET_errSuccess);
}

TEST(create_attach_and_detach_are_refused_inside_a_transaction) {
    harness::TempDir dir;
    Engine engine(dir);
    const std::string created = dir.file("created.edb");
    JET_DBID dbid = JET_dbidNil;
    CHECK_ERR(JetCreateDatabaseA(engine.sesid, created.c_str(), nullptr, &dbid, 0), JET_errSuccess);
    CHECK_ERR(JetCloseDatabase(engine.sesid, dbid, 0), JET_errSuccess);

    CHECK_ERR(JetBeginTransaction(engine.sesid), JET_errSuccess);
    const std::string other = dir.file("other.edb");
    CHECK_ERR(JetCreateDatabaseA(engine.sesid, other.c_str(), nullptr, &dbid, 0), JET_errInTransaction);
    CHECK_ERR(JetDetachDatabaseA(engine.sesid, created.c_str()), JET_errInTransaction);
    CHECK_ERR(JetAttachDatabaseA(engine.sesid, created.c_str(), 0), JET_errInTransaction);
    // Opening and closing are fine inside a transaction.
    CHECK_ERR(JetOpenDatabaseA(engine.sesid, created.c_str(), nullptr, &dbid, 0), JET_errSuccess);
    CHECK_ERR(JetCloseDatabase(engine.sesid, dbid, 0), JET_errSuccess);
    CHECK_ERR(JetRollback(engine.sesid, 0), JET_errSuccess);
    CHECK_ERR(JetDetachDatabaseA(engine.sesid, created.c_str()), JET_errSuccess);
    CHECK_ERR(engine.term(), JET_errSuccess);
}

TEST(attach_twice_warns_and_open_needs_an_attached_database) {
    harness::TempDir dir;
    Engine engine(dir);
    const std::string path = dir.file("a.edb");
    JET_DBID dbid = JET_dbidNil;
    CHECK_ERR(JetOpenDatabaseA(engine.sesid, path.c_str(), nullptr, &dbid, 0), JET_errDatabaseNotFound);
    CHECK_ERR(JetAttachDatabaseA(engine.sesid, path.c_str(), 0), JET_errFileNotFound);
    CHECK_ERR(JetCreateDatabaseA(engine.sesid, path.c_str(), nullptr, &dbid, 0), JET_errSuccess);
    CHECK_ERR(JetCloseDatabase(engine.sesid, dbid, 0), JET_errSuccess);
    CHECK_ERR(JetDetachDatabaseA(engine.sesid, path.c_str()), JET_errSuccess);
    CHECK_ERR(JetOpenDatabaseA(engine.sesid, path.c_str(), nullptr, &dbid, 0), JET_errDatabaseNotFound);

    CHECK_ERR(JetAttachDatabaseA(engine.sesid, path.c_str(), 0), JET_errSuccess);
    CHECK_ERR(JetAttachDatabaseA(engine.sesid, path.c_str(), 0), JET_wrnDatabaseAttached);

    // The same database opened twice in a session: the same dbid, closed once per open.
    JET_DBID first = JET_dbidNil;
    JET_DBID second = JET_dbidNil;
    CHECK_ERR(JetOpenDatabaseA(engine.sesid, path.c_str(), nullptr, &first, 0), JET_errSuccess);
    CHECK_ERR(JetOpenDatabaseA(engine.sesid, path.c_str(), nullptr, &second, 0), JET_errSuccess);
    CHECK(first == second);
    CHECK_ERR(JetCloseDatabase(engine.sesid, first, 0), JET_errSuccess);
    CHECK_ERR(JetDetachDatabaseA(engine.sesid, path.c_str()), JET_errDatabaseInUse);
    CHECK_ERR(JetCloseDatabase(engine.sesid, second, 0), JET_errSuccess);

    // Another session's open also keeps it attached.
    JET_SESID other = 0;
    CHECK_ERR(JetBeginSessionA(engine.instance, &other, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetOpenDatabaseA(other, path.c_str(), nullptr, &dbid, 0), JET_errSuccess);
    CHECK(dbid == first);
    CHECK_ERR(JetCloseDatabase(engine.sesid, dbid, 0), JET_errInvalidDatabaseId);
    CHECK_ERR(JetDetachDatabaseA(engine.sesid, path.c_str()), JET_errDatabaseInUse);
    // JetEndSession closes what the session opened.
    CHECK_ERR(JetEndSession(other, 0), JET_errSuccess);
    CHECK_ERR(JetDetachDatabaseA(engine.sesid, path.c_str()), JET_errSuccess);
    CHECK_ERR(JetDetachDatabaseA(engine.sesid, path.c_str()), JET_errDatabaseNotFound);
    CHECK_ERR(engine.term(), JET_errSuccess);
}

TEST(detach_without_a_name_detaches_every_database) {
    harness::TempDir dir;
    Engine engine(dir);
    const std::string one = dir.file("one.edb");
    const std::string two = dir.file("two.edb");
    JET_DBID dbid1 = JET_dbidNil;
    JET_DBID dbid2 = JET_dbidNil;
    CHECK_ERR(JetCreateDatabaseA(engine.sesid, one.c_str(), nullptr, &dbid1, 0), JET_errSuccess);
    CHECK_ERR(JetCreateDatabaseW(engine.sesid, harness::wide(two).c_str(), nullptr, &dbid2, 0), JET_errSuccess);
    CHECK(dbid1 != dbid2);
    CHECK_ERR(JetDetachDatabaseA(engine.sesid, nullptr), JET_errDatabaseInUse);
    CHECK_ERR(JetCloseDatabase(engine.sesid, dbid1, 0), JET_errSuccess);
    CHECK_ERR(JetCloseDatabase(engine.sesid, dbid2, 0), JET_errSuccess);
    CHECK_ERR(JetDetachDatabase2W(engine.sesid, nullptr, 0), JET_errSuccess);
    JET_DBID dbid = JET_dbidNil;
    CHECK_ERR(JetOpenDatabaseA(engine.sesid, one.c_str(), nullptr, &dbid, 0), JET_errDatabaseNotFound);
    CHECK_ERR(JetOpenDatabaseW(engine.sesid, harness::wide(two).c_str(), nullptr, &dbid, 0), JET_errDatabaseNotFound);
    CHECK(fileDbState(one) == JET_dbstateCleanShutdown);
    CHECK(fileDbState(two) == JET_dbstateCleanShutdown);
    CHECK_ERR(engine.term(), JET_errSuccess);
}

TEST(a_database_attached_by_another_instance_is_a_sharing_violation) {
    harness::TempDir dir;
    Engine first(dir, "first");
    Engine second(dir, "second");
    const std::string path = dir.file("shared.edb");
    JET_DBID dbid = JET_dbidNil;
    CHECK_ERR(JetCreateDatabaseA(first.sesid, path.c_str(), nullptr, &dbid, 0), JET_errSuccess);
    CHECK_ERR(JetAttachDatabaseA(second.sesid, path.c_str(), 0), JET_errDatabaseSharingViolation);
    CHECK_ERR(JetCreateDatabaseA(second.sesid, path.c_str(), nullptr, &dbid, 0), JET_errDatabaseSharingViolation);
    CHECK_ERR(first.term(), JET_errSuccess);
    // Clean JetTerm detached it: the other instance may have it now.
    CHECK_ERR(JetAttachDatabaseA(second.sesid, path.c_str(), 0), JET_errSuccess);
    CHECK_ERR(second.term(), JET_errSuccess);
}

TEST(database_info_reports_name_page_size_and_state) {
    harness::TempDir dir;
    Engine engine(dir);
    const std::string path = dir.file("info.edb");
    JET_DBID dbid = JET_dbidNil;
    CHECK_ERR(JetCreateDatabaseA(engine.sesid, path.c_str(), nullptr, &dbid, 0), JET_errSuccess);

    char name[1024] = {};
    CHECK_ERR(JetGetDatabaseInfoA(engine.sesid, dbid, name, sizeof name, JET_DbInfoFilename), JET_errSuccess);
    CHECK(std::string(name).find("info.edb") != std::string::npos);
    WCHAR wideName[1024] = {};
    CHECK_ERR(JetGetDatabaseInfoW(engine.sesid, dbid, wideName, sizeof wideName, JET_DbInfoFilename), JET_errSuccess);
    CHECK(wideName[0] == static_cast<WCHAR>(name[0]));
    CHECK_ERR(JetGetDatabaseInfoA(engine.sesid, dbid, name, 2, JET_DbInfoFilename), JET_errBufferTooSmall);

    // The page size is the instance's JET_paramDatabasePageSize at creation.
    JET_API_PTR configured = 0;
    CHECK_ERR(JetGetSystemParameterA(engine.instance, 0, JET_paramDatabasePageSize, &configured, nullptr, 0),
              JET_errSuccess);
    unsigned long pageSize = 0;
    CHECK_ERR(JetGetDatabaseInfoA(engine.sesid, dbid, &pageSize, sizeof pageSize, JET_DbInfoPageSize), JET_errSuccess);
    CHECK(pageSize == configured);
    unsigned long pages = 0;
    CHECK_ERR(JetGetDatabaseInfoA(engine.sesid, dbid, &pages, sizeof pages, JET_DbInfoFilesize), JET_errSuccess);
    CHECK(pages > 0);
    JET_DBINFOMISC misc;
    std::memset(&misc, 0, sizeof misc);
    CHECK_ERR(JetGetDatabaseInfoA(engine.sesid, dbid, &misc, sizeof misc, JET_DbInfoMisc), JET_errSuccess);
    CHECK(misc.cbPageSize == configured);
    CHECK(misc.dbstate == JET_dbstateDirtyShutdown);  // attached for writing

    // While attached, the file says "dirty"; once detached, "clean".
    CHECK(fileDbState(path) == JET_dbstateDirtyShutdown);
    CHECK_ERR(JetCloseDatabase(engine.sesid, dbid, 0), JET_errSuccess);
    CHECK_ERR(JetGetDatabaseInfoA(engine.sesid, dbid, &pageSize, sizeof pageSize, JET_DbInfoPageSize),
              JET_errInvalidDatabaseId);
    CHECK_ERR(JetDetachDatabaseA(engine.sesid, path.c_str()), JET_errSuccess);
    CHECK(fileDbState(path) == JET_dbstateCleanShutdown);

    unsigned long filePageSize = 0;
    CHECK_ERR(JetGetDatabaseFileInfoA(path.c_str(), &filePageSize, sizeof filePageSize, JET_DbInfoPageSize),
              JET_errSuccess);
    CHECK(filePageSize == configured);
    unsigned long long fileBytes = 0;
    CHECK_ERR(JetGetDatabaseFileInfoW(harness::wide(path).c_str(), &fileBytes, sizeof fileBytes, JET_DbInfoFilesize),
              JET_errSuccess);
    CHECK(fileBytes >= configured);
    const std::string missing = dir.file("missing.edb");
    CHECK_ERR(JetGetDatabaseFileInfoA(missing.c_str(), &misc, sizeof misc, JET_DbInfoMisc), JET_errFileNotFound);
    CHECK_ERR(engine.term(), JET_errSuccess);
}

TEST(clean_term_detaches_and_leaves_a_clean_file) {
    harness::TempDir dir;
    const std::string path = dir.file("term.edb");
    {
        Engine engine(dir);
        JET_DBID dbid = JET_dbidNil;
        CHECK_ERR(JetCreateDatabaseA(engine.sesid, path.c_str(), nullptr, &dbid, 0), JET_errSuccess);
        CHECK_ERR(engine.term(), JET_errSuccess);
    }
    CHECK(fileDbState(path) == JET_dbstateCleanShutdown);
    Engine engine(dir);
    JET_DBID dbid = JET_dbidNil;
    CHECK_ERR(JetOpenDatabaseA(engine.sesid, path.c_str(), nullptr, &dbid, 0), JET_errDatabaseNotFound);
    CHECK_ERR(JetAttachDatabaseA(engine.sesid, path.c_str(), 0), JET_errSuccess);
    CHECK_ERR(JetOpenDatabaseA(engine.sesid, path.c_str(), nullptr, &dbid, 0), JET_errSuccess);
    CHECK_ERR(JetCloseDatabase(engine.sesid, dbid, 0), JET_errSuccess);
    CHECK_ERR(engine.term(), JET_errSuccess);
}

TEST(read_only_attach_keeps_the_file_clean) {
    harness::TempDir dir;
    Engine engine(dir);
    const std::string path = dir.file("ro.edb");
    JET_DBID dbid = JET_dbidNil;
    CHECK_ERR(JetCreateDatabaseA(engine.sesid, path.c_str(), nullptr, &dbid, 0), JET_errSuccess);
    CHECK_ERR(JetCloseDatabase(engine.sesid, dbid, 0), JET_errSuccess);
    CHECK_ERR(JetDetachDatabaseA(engine.sesid, path.c_str()), JET_errSuccess);
    CHECK_ERR(JetAttachDatabaseA(engine.sesid, path.c_str(), JET_bitDbReadOnly), JET_errSuccess);
    CHECK_ERR(JetOpenDatabaseA(engine.sesid, path.c_str(), nullptr, &dbid, JET_bitDbReadOnly), JET_errSuccess);
    CHECK(fileDbState(path) == JET_dbstateCleanShutdown);
    CHECK_ERR(JetCloseDatabase(engine.sesid, dbid, 0), JET_errSuccess);
    CHECK_ERR(JetDetachDatabaseA(engine.sesid, path.c_str()), JET_errSuccess);
    CHECK_ERR(engine.term(), JET_errSuccess);
}

PORTABLE_TEST(options_info_reports_a_read_only_attach) {
    harness::TempDir dir;
    Engine engine(dir);
    const std::string path = dir.file("ro2.edb");
    JET_DBID dbid = JET_dbidNil;
    CHECK_ERR(JetCreateDatabaseA(engine.sesid, path.c_str(), nullptr, &dbid, 0), JET_errSuccess);
    CHECK_ERR(JetCloseDatabase(engine.sesid, dbid, 0), JET_errSuccess);
    CHECK_ERR(JetDetachDatabaseA(engine.sesid, path.c_str()), JET_errSuccess);
    CHECK_ERR(JetAttachDatabaseA(engine.sesid, path.c_str(), JET_bitDbReadOnly), JET_errSuccess);
    CHECK_ERR(JetOpenDatabaseA(engine.sesid, path.c_str(), nullptr, &dbid, 0), JET_errSuccess);
    unsigned long options = 0;
    CHECK_ERR(JetGetDatabaseInfoA(engine.sesid, dbid, &options, sizeof options, JET_DbInfoOptions), JET_errSuccess);
    CHECK((options & JET_bitDbReadOnly) != 0);
    CHECK_ERR(engine.term(), JET_errSuccess);
}

PORTABLE_TEST(files_that_are_not_our_databases_are_refused_clearly) {
    harness::TempDir dir;
    Engine engine(dir);
    const std::string text = dir.file("notes.txt");
    {
        std::ofstream out(text, std::ios::binary);
        for (int i = 0; i < 4096; ++i) out << "not a database ";
    }
    // The start of a real ESE database header: checksum, then the magic 0x89ABCDEF.
    const std::string ese = dir.file("real.edb");
    {
        std::ofstream out(ese, std::ios::binary);
        const unsigned char header[8] = {0x12, 0x34, 0x56, 0x78, 0xEF, 0xCD, 0xAB, 0x89};
        out.write(reinterpret_cast<const char*>(header), sizeof header);
        const std::string zeros(8192 * 4, '\0');
        out.write(zeros.data(), static_cast<std::streamsize>(zeros.size()));
    }
    CHECK_ERR(JetAttachDatabaseA(engine.sesid, text.c_str(), 0), JET_errInvalidDatabase);
    CHECK_ERR(JetAttachDatabaseA(engine.sesid, ese.c_str(), 0), JET_errInvalidDatabase);
    unsigned long pageSize = 0;
    CHECK_ERR(JetGetDatabaseFileInfoA(ese.c_str(), &pageSize, sizeof pageSize, JET_DbInfoPageSize),
              JET_errInvalidDatabase);
    JET_DBID dbid = JET_dbidNil;
    CHECK_ERR(JetOpenDatabaseA(engine.sesid, ese.c_str(), nullptr, &dbid, 0), JET_errDatabaseNotFound);
    CHECK_ERR(engine.term(), JET_errSuccess);
}

PORTABLE_TEST(bad_arguments_get_clear_errors) {
    harness::TempDir dir;
    Engine engine(dir);
    JET_DBID dbid = JET_dbidNil;
    const std::string path = dir.file("args.edb");
    CHECK_ERR(JetCreateDatabaseA(engine.sesid, nullptr, nullptr, &dbid, 0), JET_errInvalidParameter);
    CHECK_ERR(JetCreateDatabaseA(engine.sesid, "", nullptr, &dbid, 0), JET_errInvalidParameter);
    CHECK_ERR(JetCreateDatabaseA(engine.sesid, path.c_str(), nullptr, nullptr, 0), JET_errInvalidParameter);
    CHECK_ERR(JetAttachDatabaseA(engine.sesid, nullptr, 0), JET_errInvalidParameter);
    CHECK_ERR(JetOpenDatabaseA(engine.sesid, path.c_str(), nullptr, nullptr, 0), JET_errInvalidParameter);
    CHECK_ERR(JetCloseDatabase(engine.sesid, 12345, 0), JET_errInvalidDatabaseId);
    CHECK_ERR(JetCreateDatabaseA(0x7777, path.c_str(), nullptr, &dbid, 0), JET_errInvalidSesid);
    CHECK_ERR(JetGetDatabaseFileInfoA(nullptr, &dbid, sizeof dbid, JET_DbInfoPageSize), JET_errInvalidParameter);
    CHECK_ERR(engine.term(), JET_errSuccess);
}

TEST(dirty_term_leaves_the_database_for_recovery) {
    harness::TempDir dir;
    const std::string path = dir.file("dirty.edb");
    {
        Engine engine(dir);
        JET_DBID dbid = JET_dbidNil;
        CHECK_ERR(JetCreateDatabaseA(engine.sesid, path.c_str(), nullptr, &dbid, 0), JET_errSuccess);
        CHECK_ERR(engine.term(JET_bitTermDirty), JET_errSuccess);
    }
    CHECK(fileDbState(path) == JET_dbstateDirtyShutdown);
    {
        // An instance with another log cannot recover it.
        Engine stranger(dir, "stranger");
        CHECK_ERR(JetAttachDatabaseA(stranger.sesid, path.c_str(), 0), JET_errDatabaseDirtyShutdown);
        CHECK_ERR(JetAttachDatabaseA(stranger.sesid, path.c_str(), JET_bitDbReadOnly), JET_errDatabaseDirtyShutdown);
        CHECK_ERR(stranger.term(), JET_errSuccess);
    }
    // Its own log: JetInit recovers and detaches; attach then succeeds without a warning.
    Engine engine(dir);
    CHECK(fileDbState(path) == JET_dbstateCleanShutdown);
    JET_DBID dbid = JET_dbidNil;
    CHECK_ERR(JetOpenDatabaseA(engine.sesid, path.c_str(), nullptr, &dbid, 0), JET_errDatabaseNotFound);
    CHECK_ERR(JetAttachDatabaseA(engine.sesid, path.c_str(), 0), JET_errSuccess);
    CHECK_ERR(engine.term(), JET_errSuccess);
}

#ifndef _WIN32

namespace {

// Creates (or attaches) a database in a child process that then dies without JetTerm.
void crashAfterAttaching(const harness::TempDir& dir, const std::string& path, bool create) {
    const pid_t child = fork();
    if (child == 0) {
        JET_INSTANCE instance = 0;
        JET_SESID sesid = 0;
        JET_DBID dbid = 0;
        if (harness::startInstanceIn(dir, &instance) < 0 ||
            JetBeginSessionA(instance, &sesid, nullptr, nullptr) < 0) {
            _exit(2);
        }
        const JET_ERR err = create ? JetCreateDatabaseA(sesid, path.c_str(), nullptr, &dbid, 0)
                                   : JetAttachDatabaseA(sesid, path.c_str(), 0);
        _exit(err == JET_errSuccess ? 0 : 3);
    }
    int status = 0;
    waitpid(child, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

}  // namespace

PORTABLE_TEST(a_crashed_process_leaves_a_dirty_database_that_jet_init_recovers) {
    harness::TempDir dir;
    const std::string path = dir.file("crash.edb");
    crashAfterAttaching(dir, path, true);
    CHECK(fileDbState(path) == JET_dbstateDirtyShutdown);
    {
        Engine stranger(dir, "stranger");
        CHECK_ERR(JetAttachDatabaseA(stranger.sesid, path.c_str(), 0), JET_errDatabaseDirtyShutdown);
        CHECK_ERR(stranger.term(), JET_errSuccess);
    }
    {
        Engine engine(dir);
        CHECK(fileDbState(path) == JET_dbstateCleanShutdown);
        CHECK_ERR(JetAttachDatabaseA(engine.sesid, path.c_str(), 0), JET_errSuccess);
        JET_DBID dbid = JET_dbidNil;
        CHECK_ERR(JetOpenDatabaseA(engine.sesid, path.c_str(), nullptr, &dbid, 0), JET_errSuccess);
        CHECK_ERR(JetCloseDatabase(engine.sesid, dbid, 0), JET_errSuccess);
        CHECK_ERR(engine.term(), JET_errSuccess);
    }
    // A second crash, this time after a plain attach: the same again.
    crashAfterAttaching(dir, path, false);
    CHECK(fileDbState(path) == JET_dbstateDirtyShutdown);
    Engine engine(dir);
    CHECK(fileDbState(path) == JET_dbstateCleanShutdown);
    CHECK_ERR(JetAttachDatabaseA(engine.sesid, path.c_str(), 0), JET_errSuccess);
    CHECK_ERR(engine.term(), JET_errSuccess);
}

PORTABLE_TEST(keep_db_attached_at_end_of_recovery_keeps_them_attached) {
    harness::TempDir dir;
    const std::string path = dir.file("kept.edb");
    crashAfterAttaching(dir, path, true);
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::createInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetInit3A(&instance, nullptr, JET_bitKeepDbAttachedAtEndOfRecovery), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    JET_DBID dbid = JET_dbidNil;
    CHECK_ERR(JetOpenDatabaseA(sesid, path.c_str(), nullptr, &dbid, 0), JET_errSuccess);
    CHECK_ERR(JetAttachDatabaseA(sesid, path.c_str(), 0), JET_wrnDatabaseAttached);
    CHECK_ERR(JetCloseDatabase(sesid, dbid, 0), JET_errSuccess);
    // Still attached through a second crash (the dirty term): recovery finds it again.
    CHECK_ERR(JetTerm2(instance, JET_bitTermDirty), JET_errSuccess);
    CHECK(fileDbState(path) == JET_dbstateDirtyShutdown);

    Engine engine(dir);
    CHECK(fileDbState(path) == JET_dbstateCleanShutdown);
    CHECK_ERR(JetAttachDatabaseA(engine.sesid, path.c_str(), 0), JET_errSuccess);
    CHECK_ERR(engine.term(), JET_errSuccess);
    CHECK(fileDbState(path) == JET_dbstateCleanShutdown);
}

#endif  // !_WIN32

TEST(an_attached_database_outlives_log_generations_and_a_dirty_term) {
    // With circular logging and small generations, many commits move the checkpoint on; it must
    // stop at what recovery of the attached database still needs.
    harness::TempDir dir;
    const std::string path = dir.file("long.edb");
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::createInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramCircularLog, 1, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramLogFileSize, 64, nullptr), JET_errSuccess);
    CHECK_ERR(JetInit(&instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    JET_DBID dbid = JET_dbidNil;
    CHECK_ERR(JetCreateDatabaseA(sesid, path.c_str(), nullptr, &dbid, 0), JET_errSuccess);
    for (int i = 0; i < 6000; ++i) {
        CHECK_ERR(JetBeginTransaction(sesid), JET_errSuccess);
        CHECK_ERR(JetCommitTransaction(sesid, i % 100 == 99 ? 0 : JET_bitCommitLazyFlush), JET_errSuccess);
    }
    CHECK_ERR(JetTerm2(instance, JET_bitTermDirty), JET_errSuccess);
    CHECK(fileDbState(path) == JET_dbstateDirtyShutdown);

    CHECK_ERR(harness::createInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramCircularLog, 1, nullptr), JET_errSuccess);
    CHECK_ERR(JetSetSystemParameterA(&instance, 0, JET_paramLogFileSize, 64, nullptr), JET_errSuccess);
    CHECK_ERR(JetInit(&instance), JET_errSuccess);
    CHECK(fileDbState(path) == JET_dbstateCleanShutdown);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetAttachDatabaseA(sesid, path.c_str(), 0), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}
