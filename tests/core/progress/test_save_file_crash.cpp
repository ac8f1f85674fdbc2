// A crash at any moment loses nothing already saved: a process saving sessions in a loop is
// killed (SIGKILL) at random moments, many times over, and afterwards every session it
// reported saved is in the file, whole, and the file and its backup pass SQLite's integrity
// check.
#include "core/progress/sqlite_db.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <random>
#include <set>
#include <spawn.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

using namespace legwork;
using namespace legwork::test;
namespace fs = std::filesystem;

namespace {

struct KilledRun {
    bool killed = false;        // still running when killed, as it should be
    std::vector<long long> ids; // sessions it reported saved
    std::string other_output;   // anything else it printed: a notice or a failure
};

// Runs the save loop on `dir` for `run_for`, then kills it.
KilledRun run_and_kill(const fs::path& dir, std::chrono::milliseconds run_for) {
    int out[2];
    REQUIRE(pipe(out) == 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDERR_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    const std::string exe = LEGWORK_SAVE_LOOP_EXE, dir_arg = dir.string();
    char* argv[] = {const_cast<char*>(exe.c_str()), const_cast<char*>(dir_arg.c_str()), nullptr};
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, exe.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    REQUIRE(spawned == 0);

    std::this_thread::sleep_for(run_for);
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    KilledRun run;
    run.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    std::string text;
    char buffer[4096];
    for (ssize_t n; (n = read(out[0], buffer, sizeof buffer)) > 0;)
        text.append(buffer, static_cast<std::size_t>(n));
    close(out[0]);
    // A line cut off by the kill was never reported: only whole lines count.
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
        const std::string line = text.substr(start, end - start);
        if (!line.empty() && line.find_first_not_of("0123456789") == std::string::npos)
            run.ids.push_back(std::stoll(line));
        else
            run.other_output += line + "\n";
    }
    return run;
}

std::string integrity(const fs::path& file) {
    int rc = SQLITE_OK;
    std::string error;
    const SqliteDb db = open_sqlite(file, SQLITE_OPEN_READWRITE, rc, error);
    if (!db) return "cannot open: " + error;
    SqliteStatement check(db.get(), "PRAGMA integrity_check");
    return check.step() == SQLITE_ROW ? std::string(check.text(0)) : sqlite3_errmsg(db.get());
}

} // namespace

TEST_CASE("Killing the app while it saves loses nothing it reported saved",
          "[progress][save_file][crash]") {
    const ScratchDir dir("save-crash");
    const unsigned seed = std::random_device{}();
    INFO("random seed " << seed);
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> delay_ms(5, 80);
    std::set<long long> reported;
    constexpr int kRuns = 60;
    for (int run_index = 0; run_index < kRuns; ++run_index) {
        INFO("run " << run_index);
        const KilledRun run = run_and_kill(dir.path(), std::chrono::milliseconds(delay_ms(random)));
        CHECK(run.other_output.empty());
        REQUIRE(run.killed);
        reported.insert(run.ids.begin(), run.ids.end());

        const fs::path file = dir / "progress.db";
        REQUIRE(integrity(file) == "ok");
        int rc = SQLITE_OK;
        std::string error;
        const SqliteDb db = open_sqlite(file, SQLITE_OPEN_READONLY, rc, error);
        REQUIRE(db);
        std::set<long long> saved;
        SqliteStatement ids(db.get(), "SELECT id FROM session");
        while (ids.step() == SQLITE_ROW) saved.insert(ids.int64(0));
        std::vector<long long> lost;
        for (long long id : reported)
            if (!saved.count(id)) lost.push_back(id);
        CHECK(lost.empty());
        // Sessions are whole: every one has its five results and its note.
        CHECK(query_int(db.get(), "SELECT count(*) FROM exercise_result", rc) ==
              5 * static_cast<std::int64_t>(saved.size()));
        CHECK(query_int(db.get(), "SELECT count(*) FROM self_test_note", rc) ==
              static_cast<std::int64_t>(saved.size()));
        if (fs::exists(dir / "progress.backup.db"))
            CHECK(integrity(dir / "progress.backup.db") == "ok");
    }
    // Saves did finish between kills (on a disk that syncs slowly, a save takes tens of
    // milliseconds, so most kills land in the middle of one).
    CHECK_FALSE(reported.empty());
}
