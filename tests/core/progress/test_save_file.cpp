// The save file on disk: what is saved comes back, older files are brought up to date, and
// damaged, foreign, missing and unwritable files are dealt with and told about, never lost.
#include "core/progress/save_file.h"
#include "core/progress/save_schema.h"
#include "core/progress/sqlite_db.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

using namespace legwork;
using namespace legwork::test;
namespace fs = std::filesystem;

namespace {

// 2024-03-10T18:30:00+01:00: files set aside now are named progress-20240310T183000...
const WallClock kClock(WallTime{1710091800, 3600});

SessionRecord make_session(int day_of_march, int completed_s = 600) {
    SessionRecord s;
    s.routine_id = "hamstring-basics";
    s.routine_name = "Hamstring basics";
    s.planned_work_s = 600;
    s.completed_work_s = completed_s;
    const std::int64_t end = 1709251200 + (day_of_march - 1) * 86400 + 18 * 3600; // 18:00Z
    s.start_utc_s = end - 900;
    finish_session(s, {end, 3600});
    s.results = {
        {.exercise_id = "nordic-curl", .side = SessionSide::both, .reps_done = 6},
        {.exercise_id = "single-leg-glute-bridge", .side = SessionSide::left, .reps_done = 12},
        {.exercise_id = "single-leg-glute-bridge", .side = SessionSide::right, .reps_done = 10},
        {.exercise_id = "side-plank", .side = SessionSide::left, .seconds_done = 30},
        {.exercise_id = "side-plank", .side = SessionSide::right, .skipped = true}};
    s.notes = {{.exercise_id = "single-leg-squat-test",
                .side = SessionSide::left,
                .text = "knee drifts in"},
               {.exercise_id = "single-leg-squat-test",
                .side = SessionSide::right,
                .text = "steady, \"fine\"\nreally"}};
    return s;
}

std::string read_bytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void write_bytes(const fs::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

std::vector<fs::path> set_aside_files(const fs::path& dir) {
    std::vector<fs::path> found;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().string().ends_with(".corrupt.db")) found.push_back(entry.path());
    std::sort(found.begin(), found.end());
    return found;
}

// A number from a database, read directly with SQLite.
std::int64_t query(const fs::path& file, const char* sql) {
    int rc = SQLITE_OK;
    std::string error;
    const SqliteDb db = open_sqlite(file, SQLITE_OPEN_READWRITE, rc, error);
    REQUIRE(db);
    const std::int64_t value = query_int(db.get(), sql, rc);
    REQUIRE(rc == SQLITE_OK);
    return value;
}

// Saves three sessions, so that progress.db and its backup hold them.
void save_three(const fs::path& dir) {
    SaveFile file(dir, kClock);
    for (int day : {4, 5, 6}) REQUIRE(file.record(make_session(day)).saved);
}

} // namespace

TEST_CASE("A saved session comes back with every result and note", "[progress][save_file]") {
    const ScratchDir dir("save-roundtrip");
    const SessionRecord session = make_session(10, 550);
    {
        SaveFile file(dir.path(), kClock);
        CHECK(file.notice().empty());
        const SaveStatus status = file.record(session);
        CHECK(status.saved);
        CHECK(status.message.empty());
        CHECK(status.session_id == 1);
        CHECK(file.record(make_session(11)).session_id == 2);
    }
    SaveFile reopened(dir.path(), kClock);
    CHECK(reopened.notice().empty());
    const std::vector<SessionRecord> sessions = reopened.sessions(SessionDetail::full);
    REQUIRE(sessions.size() == 2);
    const SessionRecord& back = sessions[0];
    CHECK(back.id == 1);
    CHECK(back.routine_id == session.routine_id);
    CHECK(back.routine_name == session.routine_name);
    CHECK(back.start_utc_s == session.start_utc_s);
    CHECK(back.end_utc_s == session.end_utc_s);
    CHECK(back.utc_offset_s == 3600);
    CHECK(back.local_date == *parse_date("2024-03-10"));
    CHECK(back.planned_work_s == 600);
    CHECK(back.completed_work_s == 550);
    REQUIRE(back.results.size() == session.results.size());
    for (std::size_t i = 0; i < back.results.size(); ++i) {
        CHECK(back.results[i].exercise_id == session.results[i].exercise_id);
        CHECK(back.results[i].side == session.results[i].side);
        CHECK(back.results[i].reps_done == session.results[i].reps_done);
        CHECK(back.results[i].seconds_done == session.results[i].seconds_done);
        CHECK(back.results[i].skipped == session.results[i].skipped);
    }
    REQUIRE(back.notes.size() == 2);
    CHECK(back.notes[1].side == SessionSide::right);
    CHECK(back.notes[1].text == session.notes[1].text);
    const std::vector<SessionRecord> summary = reopened.sessions(SessionDetail::summary);
    REQUIRE(summary.size() == 2);
    CHECK(summary[1].results.empty());
    CHECK(summary[1].local_date == *parse_date("2024-03-11"));
    CHECK(fs::exists(dir / "progress.backup.db"));
}

TEST_CASE("A session's local date is the one it was saved with, not worked out again",
          "[progress][save_file]") {
    const ScratchDir dir("save-date");
    SessionRecord session = make_session(10);
    session.local_date = *parse_date("2024-03-09"); // as the player saw it, whatever the offset
    {
        SaveFile file(dir.path(), kClock);
        REQUIRE(file.record(session).saved);
    }
    CHECK(SaveFile(dir.path(), kClock).sessions(SessionDetail::summary)[0].local_date ==
          *parse_date("2024-03-09"));
}

TEST_CASE("Nothing is written until the first save", "[progress][save_file]") {
    const ScratchDir dir("save-nothing");
    const SaveFile file(dir / "data", kClock);
    CHECK(file.notice().empty());
    CHECK(file.readable());
    CHECK(file.sessions(SessionDetail::full).empty());
    CHECK(file.streak_goal().kind == StreakGoalKind::daily);
    CHECK_FALSE(fs::exists(dir / "data"));
}

TEST_CASE("A new save file is marked as legwork's, at the current schema version",
          "[progress][save_file]") {
    const ScratchDir dir("save-new");
    REQUIRE(SaveFile(dir.path(), kClock).record(make_session(4)).saved);
    CHECK(query(dir / "progress.db", "PRAGMA application_id") == kSaveApplicationId);
    CHECK(query(dir / "progress.db", "PRAGMA user_version") == save_schema_version());
    CHECK(query(dir / "progress.db", "SELECT count(*) FROM session") == 1);
}

TEST_CASE("A save file from every earlier version is brought up to date and keeps its sessions",
          "[progress][save_file]") {
    for (int version = 0; version < save_schema_version(); ++version) {
        DYNAMIC_SECTION("from version " << version) {
            const ScratchDir dir("save-migrate");
            {
                // The file as that version of legwork left it: its migrations, nothing after.
                int rc = SQLITE_OK;
                std::string error;
                const SqliteDb db = open_sqlite(
                    dir / "progress.db", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, rc, error);
                REQUIRE(db);
                for (int step = 0; step < version; ++step) {
                    REQUIRE(exec_sql(db.get(), std::string(save_migrations()[step]).c_str()) ==
                            SQLITE_OK);
                    const std::string bump = "PRAGMA user_version = " + std::to_string(step + 1);
                    REQUIRE(exec_sql(db.get(), bump.c_str()) == SQLITE_OK);
                }
                if (version > 0) {
                    const std::string id =
                        "PRAGMA application_id = " + std::to_string(kSaveApplicationId);
                    REQUIRE(exec_sql(db.get(), id.c_str()) == SQLITE_OK);
                }
            }
            SaveFile file(dir.path(), kClock);
            CHECK(file.notice().empty());
            CHECK(file.record(make_session(4)).saved);
            CHECK(query(dir / "progress.db", "PRAGMA user_version") == save_schema_version());
            CHECK(file.sessions(SessionDetail::full).size() == 1);
        }
    }
}

TEST_CASE("A file from a newer legwork is left untouched and sessions wait in memory",
          "[progress][save_file]") {
    const ScratchDir dir("save-newer");
    save_three(dir.path());
    {
        int rc = SQLITE_OK;
        std::string error;
        const SqliteDb db = open_sqlite(dir / "progress.db", SQLITE_OPEN_READWRITE, rc, error);
        REQUIRE(exec_sql(db.get(), "PRAGMA user_version = 99") == SQLITE_OK);
    }
    const std::string before = read_bytes(dir / "progress.db");
    SaveFile file(dir.path(), kClock);
    CHECK_THAT(file.notice(), Catch::Contains("newer legwork"));
    CHECK_THAT(file.notice(), Catch::Contains("left as it is"));
    const SaveStatus status = file.record(make_session(7));
    CHECK_FALSE(status.saved);
    CHECK_THAT(status.message, Catch::Contains("1 session is waiting"));
    CHECK(file.pending_count() == 1);
    CHECK(file.sessions(SessionDetail::summary).size() == 1);
    CHECK(read_bytes(dir / "progress.db") == before);
    CHECK(set_aside_files(dir.path()).empty());
}

TEST_CASE("A damaged save file is set aside with a timestamped name and the backup restored",
          "[progress][save_file]") {
    const ScratchDir dir("save-damaged");
    save_three(dir.path());
    const std::string good = read_bytes(dir / "progress.db");
    std::string damaged;
    SECTION("not a database at all") {
        damaged = std::string(good.size(), 'x');
    }
    SECTION("cut short") {
        damaged = good.substr(0, good.size() / 2);
    }
    SECTION("a page scribbled over") {
        damaged = good;
        const std::size_t page = 4096;
        REQUIRE(damaged.size() >= 3 * page);
        for (std::size_t i = page + 8; i < 2 * page; ++i) damaged[i] = static_cast<char>(i * 37);
    }
    write_bytes(dir / "progress.db", damaged);

    SaveFile file(dir.path(), kClock);
    INFO(file.notice());
    CHECK_THAT(file.notice(), Catch::Contains("set aside as progress-20240310T183000.corrupt.db"));
    CHECK_THAT(file.notice(), Catch::Contains("restored (3 sessions)"));
    CHECK(file.sessions(SessionDetail::full).size() == 3);
    CHECK(file.sessions(SessionDetail::full)[2].results.size() == 5);
    const auto aside = set_aside_files(dir.path());
    REQUIRE(aside.size() == 1);
    CHECK(read_bytes(aside[0]) == damaged);
    CHECK(file.record(make_session(7)).saved);
    CHECK(SaveFile(dir.path(), kClock).sessions(SessionDetail::summary).size() == 4);
}

TEST_CASE("Another program's database is set aside, not written into", "[progress][save_file]") {
    const ScratchDir dir("save-foreign");
    save_three(dir.path());
    {
        fs::remove(dir / "progress.db");
        int rc = SQLITE_OK;
        std::string error;
        const SqliteDb db =
            open_sqlite(dir / "progress.db", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, rc, error);
        REQUIRE(exec_sql(db.get(), "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)") ==
                SQLITE_OK);
    }
    SaveFile file(dir.path(), kClock);
    CHECK_THAT(file.notice(), Catch::Contains("not a legwork save file"));
    CHECK_THAT(file.notice(), Catch::Contains("restored (3 sessions)"));
    const auto aside = set_aside_files(dir.path());
    REQUIRE(aside.size() == 1);
    CHECK(query(aside[0], "SELECT count(*) FROM sqlite_schema WHERE name = 'photos'") == 1);
}

TEST_CASE("With the backup damaged too, both are kept aside and a new file is started",
          "[progress][save_file]") {
    const ScratchDir dir("save-both");
    save_three(dir.path());
    write_bytes(dir / "progress.db", "garbage, not SQLite");
    write_bytes(dir / "progress.backup.db", "more garbage, not SQLite either");
    SaveFile file(dir.path(), kClock);
    CHECK_THAT(file.notice(), Catch::Contains("backup could not be used either"));
    CHECK_THAT(file.notice(), Catch::Contains("new save file was started"));
    CHECK(file.sessions(SessionDetail::summary).empty());
    const auto aside = set_aside_files(dir.path());
    REQUIRE(aside.size() == 2);
    CHECK(aside[0].filename() == "progress-20240310T183000.corrupt.db");
    CHECK(aside[1].filename() == "progress.backup-20240310T183000.corrupt.db");
    CHECK(file.record(make_session(7)).saved);
}

TEST_CASE("Files set aside in the same second get names of their own", "[progress][save_file]") {
    const ScratchDir dir("save-twice");
    for (int i = 0; i < 2; ++i) {
        write_bytes(dir / "progress.db", "garbage " + std::to_string(i));
        SaveFile file(dir.path(), kClock);
        CHECK_THAT(file.notice(), Catch::Contains("no backup"));
    }
    const auto aside = set_aside_files(dir.path());
    REQUIRE(aside.size() == 2);
    CHECK(aside[0].filename() == "progress-20240310T183000-2.corrupt.db");
    CHECK(aside[1].filename() == "progress-20240310T183000.corrupt.db");
}

TEST_CASE("A missing save file is restored from the backup", "[progress][save_file]") {
    const ScratchDir dir("save-missing");
    save_three(dir.path());
    fs::remove(dir / "progress.db");
    SaveFile file(dir.path(), kClock);
    CHECK_THAT(file.notice(), Catch::Contains("was missing"));
    CHECK_THAT(file.notice(), Catch::Contains("restored (3 sessions)"));
    CHECK(file.sessions(SessionDetail::summary).size() == 3);
}

TEST_CASE("When the folder cannot be written, sessions wait in memory and are saved later",
          "[progress][save_file]") {
    const ScratchDir dir("save-unwritable");
    // A file where the folder should be: no one, not even root, can create the folder.
    write_bytes(dir / "blocker", "in the way");
    const fs::path data = dir / "blocker" / "legwork";
    SaveFile file(data, kClock);
    CHECK(file.notice().empty()); // nothing saved there yet: nothing is wrong until a save

    const SaveStatus first = file.record(make_session(4));
    CHECK_FALSE(first.saved);
    CHECK_THAT(first.message, Catch::Contains("Cannot create the folder"));
    CHECK_THAT(first.message, Catch::Contains(data.string()));
    CHECK_THAT(first.message, Catch::Contains("kept in memory"));
    CHECK_THAT(first.message, Catch::Contains("1 session is waiting"));
    CHECK_THAT(file.notice(), Catch::Contains("Cannot create the folder"));
    CHECK_FALSE(file.readable());
    CHECK_FALSE(file.record(make_session(5)).saved);
    CHECK(file.pending_count() == 2);
    const auto waiting = file.sessions(SessionDetail::full);
    REQUIRE(waiting.size() == 2);
    CHECK(waiting[0].id == 0);
    CHECK(waiting[1].notes.size() == 2);

    fs::remove(dir / "blocker");
    const SaveStatus later = file.save_pending();
    CHECK(later.saved);
    CHECK(later.session_id == 2);
    CHECK(file.pending_count() == 0);
    CHECK(file.notice().empty());
    CHECK(SaveFile(data, kClock).sessions(SessionDetail::full).size() == 2);
}

TEST_CASE("The streak goal is kept in the save file's settings", "[progress][save_file]") {
    const ScratchDir dir("save-goal");
    {
        SaveFile file(dir.path(), kClock);
        CHECK(file.streak_goal().kind == StreakGoalKind::daily);
        CHECK(file.streak_goal().rest_days_per_week == 1);
        CHECK(file.set_streak_goal({.kind = StreakGoalKind::weekly, .sessions_per_week = 4}).saved);
    }
    {
        SaveFile file(dir.path(), kClock);
        CHECK(file.notice().empty());
        CHECK(file.streak_goal().kind == StreakGoalKind::weekly);
        CHECK(file.streak_goal().sessions_per_week == 4);
    }
    int rc = SQLITE_OK;
    std::string error;
    {
        const SqliteDb db = open_sqlite(dir / "progress.db", SQLITE_OPEN_READWRITE, rc, error);
        REQUIRE(
            exec_sql(db.get(), "UPDATE setting SET value = 'hourly' WHERE key = 'streak_goal'") ==
            SQLITE_OK);
    }
    SaveFile file(dir.path(), kClock);
    CHECK_THAT(file.notice(), Catch::Contains("streak goal in the save file was not understood"));
    CHECK(file.streak_goal().kind == StreakGoalKind::daily);
}

TEST_CASE("Notes changed after a session was saved replace its notes, and its backup's",
          "[progress][save_file][notes]") {
    const ScratchDir dir("save-notes");
    SaveFile file(dir.path(), kClock);
    SessionRecord session = make_session(10);
    REQUIRE(file.record(make_session(9)).saved);
    const SaveStatus saved = file.record(session);
    REQUIRE(saved.saved);
    session.id = saved.session_id;
    session.notes = {{.exercise_id = "single-leg-squat-test", .side = SessionSide::right, .text = "Looked good"}};
    const SaveStatus updated = file.update_notes(session);
    CHECK(updated.saved);
    CHECK(updated.message.empty());
    CHECK(updated.session_id == saved.session_id);
    const auto sessions = SaveFile(dir.path(), kClock).sessions(SessionDetail::full);
    REQUIRE(sessions.size() == 2);
    REQUIRE(sessions[1].notes.size() == 1);
    CHECK(sessions[1].notes[0].side == SessionSide::right);
    CHECK(sessions[1].notes[0].text == "Looked good");
    CHECK(sessions[0].notes.size() == 2); // the other session's are untouched
    CHECK(query(dir / "progress.backup.db", "SELECT count(*) FROM self_test_note") == 3);

    // Known by its routine, start and end when its id was not kept.
    session.id = 0;
    session.notes.clear();
    CHECK(file.update_notes(session).saved);
    CHECK(file.sessions(SessionDetail::full)[1].notes.empty());
}

TEST_CASE("Notes changed while their session waits in memory are saved with it",
          "[progress][save_file][notes]") {
    const ScratchDir dir("save-notes-waiting");
    write_bytes(dir / "blocker", "in the way");
    SaveFile file(dir / "blocker" / "legwork", kClock);
    SessionRecord session = make_session(4);
    REQUIRE_FALSE(file.record(session).saved);
    session.notes = {{.exercise_id = "hurdle-step", .side = SessionSide::left, .text = "Knee turned out"}};
    CHECK_FALSE(file.update_notes(session).saved);
    fs::remove(dir / "blocker");
    REQUIRE(file.save_pending().saved);
    const auto sessions = SaveFile(dir / "blocker" / "legwork", kClock).sessions(SessionDetail::full);
    REQUIRE(sessions.size() == 1);
    REQUIRE(sessions[0].notes.size() == 1);
    CHECK(sessions[0].notes[0].text == "Knee turned out");
}

TEST_CASE("Notes for a session that is not in the save file are refused with the reason",
          "[progress][save_file][notes]") {
    const ScratchDir dir("save-notes-unknown");
    SaveFile file(dir.path(), kClock);
    REQUIRE(file.record(make_session(4)).saved);
    SessionRecord other = make_session(20);
    const SaveStatus status = file.update_notes(other);
    CHECK_FALSE(status.saved);
    CHECK_THAT(status.message, Catch::Contains("not in the save file"));
    CHECK(file.sessions(SessionDetail::full)[0].notes.size() == 2);
}
