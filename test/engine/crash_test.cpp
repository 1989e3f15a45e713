// Crash safety: a process killed with SIGKILL at an arbitrary moment while committing leaves a
// log that the next JetInit recovers. POSIX only (fork); the data-level crash test that checks
// every durable commit survived comes with the data store.
#include "harness.h"

#ifndef _WIN32

#include <csignal>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <thread>

namespace {

[[noreturn]] void commitUntilKilled(const harness::TempDir& dir, int pipeFd) {
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    if (harness::createInstanceIn(dir, &instance) < 0 ||
        JetSetSystemParameterA(&instance, 0, JET_paramLogFileSize, 64, nullptr) < 0 ||
        JetInit(&instance) < 0 || JetBeginSessionA(instance, &sesid, nullptr, nullptr) < 0) {
        _exit(2);
    }
    const char ready = 'r';
    if (write(pipeFd, &ready, 1) != 1) _exit(3);
    for (unsigned i = 0;; ++i) {
        if (JetBeginTransaction(sesid) < 0 || JetBeginTransaction(sesid) < 0 ||
            JetCommitTransaction(sesid, 0) < 0 ||
            JetCommitTransaction(sesid, i % 3 == 0 ? 0 : JET_bitCommitLazyFlush) < 0) {
            _exit(4);
        }
    }
}

}  // namespace

PORTABLE_TEST(a_process_killed_while_committing_leaves_a_recoverable_log) {
    harness::TempDir dir;
    std::mt19937 random(12345);
    for (int round = 0; round < 12; ++round) {
        int fds[2];
        CHECK(pipe(fds) == 0);
        const pid_t child = fork();
        if (child == 0) {
            close(fds[0]);
            commitUntilKilled(dir, fds[1]);
        }
        close(fds[1]);
        char ready = 0;
        CHECK(read(fds[0], &ready, 1) == 1);
        close(fds[0]);
        std::this_thread::sleep_for(std::chrono::microseconds(random() % 40000));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    }
    JET_INSTANCE instance = 0;
    JET_SESID sesid = 0;
    CHECK_ERR(harness::startInstanceIn(dir, &instance), JET_errSuccess);
    CHECK_ERR(JetBeginSessionA(instance, &sesid, nullptr, nullptr), JET_errSuccess);
    CHECK_ERR(JetBeginTransaction(sesid), JET_errSuccess);
    CHECK_ERR(JetCommitTransaction(sesid, 0), JET_errSuccess);
    CHECK_ERR(JetTerm(instance), JET_errSuccess);
}

#endif  // !_WIN32
