#include "core/progress/save_file.h"

#include "core/progress/save_schema.h"
#include "core/progress/sqlite_db.h"
#include "core/text/display_text.h"
#include "core/text/parse_number.h"

#include <algorithm>
#include <cassert>
#include <optional>
#include <system_error>

namespace legwork {
namespace fs = std::filesystem;
namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr std::string_view kKeptInMemory =
    " New sessions are kept in memory until the file can be written.";

// Durable saves: a rollback journal (a file beside the database only while a save runs)
// with synchronous=EXTRA, which syncs the journal, the database and the folder around each
// commit. FULL would not sync the folder after the journal is deleted, and a power cut just
// then could undo a save already reported done.
int configure(sqlite3* db) {
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    return exec_sql(db, "PRAGMA journal_mode=DELETE; PRAGMA synchronous=EXTRA; "
                        "PRAGMA foreign_keys=ON;");
}

// Codes that mean the file itself is bad, as opposed to the disk, the folder or a lock.
bool is_damage(int rc) {
    const int primary = rc & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

std::string error_text(sqlite3* db, int rc) {
    return db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
}

enum class FileState { usable, missing, damaged, foreign, newer, unavailable };

struct CheckedFile {
    SqliteDb db;
    FileState state = FileState::unavailable;
    std::string reason; // why it is not usable, in words
    int version = 0;    // usable: the schema version it is at (0: empty)
    bool read_only = false;
};

// Reads the header of the open `checked.db` and checks the file: an empty database, or a
// healthy legwork save file no newer than this legwork. Sets state, reason and version.
void inspect(CheckedFile& checked) {
    sqlite3* db = checked.db.get();
    int rc = SQLITE_OK;
    const auto fail = [&](int code) {
        checked.state = is_damage(code) ? FileState::damaged : FileState::unavailable;
        checked.reason = error_text(db, code);
    };
    const std::int64_t application_id = query_int(db, "PRAGMA application_id", rc);
    if (rc != SQLITE_OK) return fail(rc);
    const std::int64_t objects = query_int(db, "SELECT count(*) FROM sqlite_schema", rc);
    if (rc != SQLITE_OK) return fail(rc);
    const std::int64_t version = query_int(db, "PRAGMA user_version", rc);
    if (rc != SQLITE_OK) return fail(rc);
    checked.version = static_cast<int>(version);
    const bool empty = application_id == 0 && objects == 0 && version == 0;
    if (!empty && application_id != kSaveApplicationId) {
        checked.state = FileState::foreign;
        checked.reason = "it is not a legwork save file";
        return;
    }
    if (version > save_schema_version()) {
        checked.state = FileState::newer;
        checked.reason = "it was saved by a newer legwork (save format " + std::to_string(version) +
                         "; this one reads up to " + std::to_string(save_schema_version()) + ")";
        return;
    }
    if (!empty) {
        SqliteStatement check(db, "PRAGMA quick_check(1)");
        rc = check.step();
        if (rc != SQLITE_ROW) return fail(rc);
        if (check.text(0) != "ok") {
            checked.state = FileState::damaged;
            checked.reason = std::string(check.text(0));
            return;
        }
    }
    if (!checked.read_only && (rc = configure(db)) != SQLITE_OK) return fail(rc);
    checked.state = FileState::usable;
}

// Opens `file` (creating it when `create` and missing) and inspects it.
CheckedFile check_file(const fs::path& file, bool create) {
    CheckedFile checked;
    std::error_code ec;
    const bool exists = fs::exists(file, ec);
    if (!exists && !create) {
        checked.state = FileState::missing;
        return checked;
    }
    int rc = SQLITE_OK;
    checked.db = open_sqlite(file, SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0), rc,
                             checked.reason);
    if (!checked.db && exists) { // a file that can be read but not written
        checked.db = open_sqlite(file, SQLITE_OPEN_READONLY, rc, checked.reason);
        checked.read_only = checked.db != nullptr;
    }
    if (!checked.db) return checked;
    sqlite3_busy_timeout(checked.db.get(), kBusyTimeoutMs);
    inspect(checked);
    return checked;
}

// Brings the schema from `version` to the current one, one transaction per step.
int migrate(sqlite3* db, int version, std::string& error) {
    const auto migrations = save_migrations();
    for (int from = version; from < static_cast<int>(migrations.size()); ++from) {
        std::string sql = "BEGIN IMMEDIATE;\n";
        sql += migrations[static_cast<std::size_t>(from)];
        if (from == 0)
            sql += "PRAGMA application_id = " + std::to_string(kSaveApplicationId) + ";\n";
        sql += "PRAGMA user_version = " + std::to_string(from + 1) + ";\nCOMMIT;";
        const int rc = exec_sql(db, sql.c_str());
        if (rc != SQLITE_OK) {
            error = error_text(db, rc);
            exec_sql(db, "ROLLBACK");
            return rc;
        }
    }
    return SQLITE_OK;
}

// Copies the whole database `from` into the file `to` with SQLite's online backup, as one
// transaction in `to` (so a crash midway leaves `to` as it was).
int copy_database(sqlite3* from, const fs::path& to, std::string& error) {
    int rc = SQLITE_OK;
    SqliteDb dest = open_sqlite(to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, rc, error);
    if (!dest) return rc;
    rc = configure(dest.get());
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(dest.get(), "main", from, "main");
        if (!backup) {
            rc = sqlite3_errcode(dest.get());
        } else {
            sqlite3_backup_step(backup, -1);
            rc = sqlite3_backup_finish(backup);
        }
    }
    if (rc != SQLITE_OK) error = error_text(dest.get(), rc);
    return rc;
}

// "2024-03-10T18:30:00+01:00" -> "20240310T183000": the local time, for file names.
std::string file_stamp(WallTime time) {
    std::string stamp;
    for (char c : format_iso8601(time).substr(0, 19))
        if (c != '-' && c != ':') stamp += c;
    return stamp;
}

// Renames `file` (and a journal beside it) to a free name "<stem>-YYYYMMDDTHHMMSS.corrupt.db"
// in the same folder. Returns the new name, or nothing with `error` set.
std::optional<fs::path> set_aside(const fs::path& file, WallTime now, std::string& error) {
    const std::string base = file.stem().string() + "-" + file_stamp(now);
    std::error_code ec;
    fs::path target;
    for (int n = 1;; ++n) {
        std::string name = base;
        if (n > 1) name.append("-").append(std::to_string(n));
        target = file.parent_path() / name.append(".corrupt.db");
        if (!fs::exists(target, ec)) break;
    }
    fs::rename(file, target, ec);
    if (ec) {
        error = ec.message();
        return std::nullopt;
    }
    fs::path journal = file;
    journal += "-journal";
    if (fs::exists(journal, ec)) {
        fs::path moved = target;
        moved += "-journal";
        fs::rename(journal, moved, ec);
    }
    return target;
}

// Saves `sessions` in one transaction and gives each its id. Returns SQLite's code.
int insert_sessions(sqlite3* db, std::span<SessionRecord> sessions, std::string& error) {
    int rc = exec_sql(db, "BEGIN IMMEDIATE");
    if (rc == SQLITE_OK) {
        SqliteStatement session_row(
            db, "INSERT INTO session (routine_id, routine_name, start_utc_s, end_utc_s, "
                "utc_offset_s, local_date, planned_work_s, completed_work_s) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        SqliteStatement result_row(
            db, "INSERT INTO exercise_result (session_id, position, exercise_id, side, reps_done, "
                "seconds_done, skipped) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        SqliteStatement note_row(db, "INSERT INTO self_test_note (session_id, position, "
                                     "exercise_id, side, text) VALUES (?1, ?2, ?3, ?4, ?5)");
        const auto run = [&](SqliteStatement& statement) {
            rc = statement.step();
            statement.reset();
            return rc == SQLITE_DONE;
        };
        for (SessionRecord& s : sessions) {
            session_row.bind(1, s.routine_id);
            session_row.bind(2, s.routine_name);
            session_row.bind(3, s.start_utc_s);
            session_row.bind(4, s.end_utc_s);
            session_row.bind(5, s.utc_offset_s);
            session_row.bind(6, format_date(s.local_date));
            session_row.bind(7, s.planned_work_s);
            session_row.bind(8, s.completed_work_s);
            if (!run(session_row)) break;
            s.id = sqlite3_last_insert_rowid(db);
            for (std::size_t i = 0; i < s.results.size() && rc == SQLITE_DONE; ++i) {
                const ExerciseResult& r = s.results[i];
                result_row.bind(1, s.id);
                result_row.bind(2, static_cast<std::int64_t>(i));
                result_row.bind(3, r.exercise_id);
                result_row.bind(4, session_side_name(r.side));
                result_row.bind(5, r.reps_done);
                result_row.bind(6, r.seconds_done);
                result_row.bind(7, r.skipped ? 1 : 0);
                run(result_row);
            }
            for (std::size_t i = 0; i < s.notes.size() && rc == SQLITE_DONE; ++i) {
                const SelfTestNote& n = s.notes[i];
                note_row.bind(1, s.id);
                note_row.bind(2, static_cast<std::int64_t>(i));
                note_row.bind(3, n.exercise_id);
                note_row.bind(4, session_side_name(n.side));
                note_row.bind(5, n.text);
                run(note_row);
            }
            if (rc != SQLITE_DONE) break;
        }
        if (rc == SQLITE_DONE || sessions.empty()) rc = exec_sql(db, "COMMIT");
    }
    if (rc != SQLITE_OK) {
        error = error_text(db, rc);
        exec_sql(db, "ROLLBACK");
        for (SessionRecord& s : sessions) s.id = 0;
    }
    return rc;
}

// The session with `id` in `sessions` (sorted by id), or nullptr.
SessionRecord* find_session(std::vector<SessionRecord>& sessions, std::int64_t id) {
    const auto found =
        std::lower_bound(sessions.begin(), sessions.end(), id,
                         [](const SessionRecord& s, std::int64_t v) { return s.id < v; });
    return found != sessions.end() && found->id == id ? &*found : nullptr;
}

} // namespace

SaveFile::SaveFile(fs::path dir, WallClock clock)
    : dir_(std::move(dir)), path_(dir_ / kSaveFileName), backup_path_(dir_ / kBackupFileName),
      clock_(clock) {
    open(false);
}

SaveFile::~SaveFile() {
    close();
}

void SaveFile::close() {
    sqlite3_close_v2(db_);
    db_ = nullptr;
}

bool SaveFile::open(bool create) {
    close();
    notice_.clear();
    goal_ = StreakGoal{};
    std::error_code ec;
    const bool exists = fs::exists(path_, ec);
    const bool backup_exists = fs::exists(backup_path_, ec);
    if (!exists && !backup_exists && !create) return true; // nothing saved yet
    fs::create_directories(dir_, ec);
    if (ec) {
        notice_ = "Cannot create the folder for your progress, " + dir_.string() + ": " +
                  ec.message() + "." + std::string(kKeptInMemory);
        return false;
    }
    // A missing progress.db next to a backup: the backup, not an empty file, is the truth.
    if (!exists && backup_exists && !restore_backup(std::string(kSaveFileName) + " was missing. "))
        return false;

    CheckedFile file = check_file(path_, true);
    if (file.state == FileState::damaged || file.state == FileState::foreign) {
        const std::string why =
            file.state == FileState::foreign ? file.reason : "it is damaged (" + file.reason + ")";
        file.db.reset();
        std::string error;
        const auto aside = set_aside(path_, clock_.now(), error);
        if (!aside) {
            notice_ = std::string(kSaveFileName) + " cannot be read: " + why +
                      "; and it could not be set aside: " + error + "." +
                      std::string(kKeptInMemory);
            return false;
        }
        if (!restore_backup(std::string(kSaveFileName) + " could not be used: " + why +
                            ". It was set aside as " + aside->filename().string() + ". "))
            return false;
        file = check_file(path_, true);
    }
    if (file.state != FileState::usable) {
        add_notice("Cannot use " + path_.string() + ": " + file.reason + "." +
                   (file.state == FileState::newer
                        ? " It is left as it is; new sessions are kept in memory only."
                        : std::string(kKeptInMemory)));
        return false;
    }
    std::string error;
    if (!file.read_only && migrate(file.db.get(), file.version, error) != SQLITE_OK) {
        add_notice("Cannot bring " + path_.string() + " up to date: " + error + "." +
                   std::string(kKeptInMemory));
        return false;
    }
    if (file.read_only)
        add_notice(path_.string() + " can be read but not written." + std::string(kKeptInMemory));
    db_ = file.db.release();
    read_streak_goal();
    return true;
}

void SaveFile::add_notice(const std::string& text) {
    if (!notice_.empty()) notice_ += ' ';
    notice_ += text;
}

bool SaveFile::restore_backup(const std::string& what_happened) {
    notice_ = what_happened;
    CheckedFile backup = check_file(backup_path_, false);
    if (backup.state == FileState::missing) {
        notice_ += "There was no backup, so a new save file was started.";
        return true;
    }
    std::string error;
    if (backup.state != FileState::usable) {
        backup.db.reset();
        const auto aside = set_aside(backup_path_, clock_.now(), error);
        if (!aside) {
            notice_ += "The backup cannot be used (" + backup.reason + ") nor set aside: " + error +
                       "." + std::string(kKeptInMemory);
            return false;
        }
        notice_ += "The backup could not be used either (" + backup.reason + "; set aside as " +
                   aside->filename().string() + "), so a new save file was started.";
        return true;
    }
    if (copy_database(backup.db.get(), path_, error) != SQLITE_OK) {
        notice_ += "The backup could not be restored: " + error + "." + std::string(kKeptInMemory);
        return false;
    }
    int rc = SQLITE_OK;
    const std::int64_t count = query_int(backup.db.get(), "SELECT count(*) FROM session", rc);
    notice_ += "The backup from after your last save was restored (" +
               count_text(static_cast<int>(count), "session") + ").";
    return true;
}

void SaveFile::read_streak_goal() {
    StreakGoal goal;
    bool understood = true;
    SqliteStatement rows(db_, "SELECT key, value FROM setting");
    while (rows.step() == SQLITE_ROW) {
        const std::string_view key = rows.text(0), value = rows.text(1);
        if (key == "streak_goal") {
            const auto kind = streak_goal_kind_from_name(value);
            understood = understood && kind;
            goal.kind = kind.value_or(goal.kind);
        } else if (key == "rest_days_per_week" || key == "sessions_per_week") {
            const auto number = parse_int(value);
            understood = understood && number;
            (key == "rest_days_per_week" ? goal.rest_days_per_week : goal.sessions_per_week) =
                number.value_or(0);
        }
    }
    if (!understood || !is_valid(goal)) {
        goal = StreakGoal{};
        add_notice("The streak goal in the save file was not understood; it is " +
                   streak_goal_text(goal) + " until you choose again.");
    }
    goal_ = goal;
}

std::string SaveFile::refresh_backup() {
    std::string error;
    const int rc = copy_database(db_, backup_path_, error);
    if (rc == SQLITE_OK) return {};
    // A damaged backup cannot be written over: keep it aside and make a new one.
    std::string aside_error;
    if (is_damage(rc) && set_aside(backup_path_, clock_.now(), aside_error) &&
        copy_database(db_, backup_path_, error) == SQLITE_OK)
        return {};
    return error;
}

SaveStatus SaveFile::not_saved(const std::string& reason) const {
    const int waiting = static_cast<int>(pending_.size());
    return {.saved = false,
            .message = reason + " " + count_text(waiting, "session") +
                       (waiting == 1 ? " is" : " are") + " waiting to be saved."};
}

SaveStatus SaveFile::record(const SessionRecord& session) {
    return record_all(std::span<const SessionRecord>(&session, 1));
}

SaveStatus SaveFile::record_all(std::span<const SessionRecord> sessions) {
    pending_.insert(pending_.end(), sessions.begin(), sessions.end());
    return save_pending();
}

SaveStatus SaveFile::save_pending() {
    if (pending_.empty()) return {.saved = true};
    if (!db_ && !open(true)) return not_saved(notice_);
    std::string error;
    if (insert_sessions(db_, pending_, error) != SQLITE_OK) {
        // Open afresh for the next try: the folder or file may be writable by then.
        open(true);
        return not_saved("Cannot save to " + path_.string() + ": " + error + "." +
                         std::string(kKeptInMemory));
    }
    SaveStatus status{.saved = true, .session_id = pending_.back().id};
    pending_.clear();
    if (const std::string error_backup = refresh_backup(); !error_backup.empty())
        status.message = "Saved, but the backup " + backup_path_.string() +
                         " could not be refreshed: " + error_backup + ".";
    return status;
}

std::int64_t SaveFile::saved_id(const SessionRecord& session) const {
    if (session.id != 0 || !db_) return session.id;
    SqliteStatement row(db_, "SELECT id FROM session WHERE routine_id = ?1 AND start_utc_s = ?2 "
                             "AND end_utc_s = ?3 ORDER BY id DESC LIMIT 1");
    row.bind(1, session.routine_id);
    row.bind(2, session.start_utc_s);
    row.bind(3, session.end_utc_s);
    return row.step() == SQLITE_ROW ? row.int64(0) : 0;
}

SaveStatus SaveFile::update_notes(const SessionRecord& session) {
    if (session.id == 0) {
        const auto waiting = std::find_if(pending_.begin(), pending_.end(), [&](const SessionRecord& s) {
            return s.routine_id == session.routine_id && s.start_utc_s == session.start_utc_s &&
                   s.end_utc_s == session.end_utc_s;
        });
        if (waiting != pending_.end()) {
            waiting->notes = session.notes;
            return save_pending();
        }
    }
    if (!db_ && !open(true)) return not_saved(notice_);
    const std::int64_t id = saved_id(session);
    if (id == 0) return {.message = "The notes could not be saved: their session is not in the save file."};
    int rc = exec_sql(db_, "BEGIN IMMEDIATE");
    if (rc == SQLITE_OK) {
        SqliteStatement clear(db_, "DELETE FROM self_test_note WHERE session_id = ?1");
        clear.bind(1, id);
        rc = clear.step() == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db_);
        clear.reset();
        SqliteStatement note_row(db_, "INSERT INTO self_test_note (session_id, position, "
                                      "exercise_id, side, text) VALUES (?1, ?2, ?3, ?4, ?5)");
        for (std::size_t i = 0; i < session.notes.size() && rc == SQLITE_OK; ++i) {
            const SelfTestNote& n = session.notes[i];
            note_row.bind(1, id);
            note_row.bind(2, static_cast<std::int64_t>(i));
            note_row.bind(3, n.exercise_id);
            note_row.bind(4, session_side_name(n.side));
            note_row.bind(5, n.text);
            rc = note_row.step() == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db_);
            note_row.reset();
        }
        if (rc == SQLITE_OK) rc = exec_sql(db_, "COMMIT");
    }
    if (rc != SQLITE_OK) {
        const std::string error = error_text(db_, rc);
        exec_sql(db_, "ROLLBACK");
        return {.message = "The notes could not be saved to " + path_.string() + ": " + error + "."};
    }
    SaveStatus status{.saved = true, .session_id = id};
    if (const std::string error = refresh_backup(); !error.empty())
        status.message = "Saved, but the backup " + backup_path_.string() + " could not be refreshed: " + error + ".";
    return status;
}

std::vector<SessionRecord> SaveFile::sessions(SessionDetail detail) const {
    std::vector<SessionRecord> out;
    if (db_) {
        SqliteStatement rows(db_, "SELECT id, routine_id, routine_name, start_utc_s, end_utc_s, "
                                  "utc_offset_s, local_date, planned_work_s, completed_work_s "
                                  "FROM session ORDER BY id");
        while (rows.step() == SQLITE_ROW) {
            SessionRecord& s = out.emplace_back();
            s.id = rows.int64(0);
            s.routine_id = rows.text(1);
            s.routine_name = rows.text(2);
            s.start_utc_s = rows.int64(3);
            s.end_utc_s = rows.int64(4);
            s.utc_offset_s = static_cast<std::int32_t>(rows.int64(5));
            // The stored date is the truth; only a date edited into nonsense is worked out again.
            s.local_date =
                parse_date(rows.text(6)).value_or(local_date_at(s.end_utc_s, s.utc_offset_s));
            s.planned_work_s = static_cast<int>(rows.int64(7));
            s.completed_work_s = static_cast<int>(rows.int64(8));
        }
    }
    if (db_ && detail == SessionDetail::full) {
        SqliteStatement results(db_,
                                "SELECT session_id, exercise_id, side, reps_done, seconds_done, "
                                "skipped FROM exercise_result ORDER BY session_id, position");
        while (results.step() == SQLITE_ROW)
            if (SessionRecord* s = find_session(out, results.int64(0)))
                s->results.push_back(
                    {.exercise_id = std::string(results.text(1)),
                     .side = session_side_from_name(results.text(2)).value_or(SessionSide::both),
                     .reps_done = static_cast<int>(results.int64(3)),
                     .seconds_done = static_cast<int>(results.int64(4)),
                     .skipped = results.int64(5) != 0});
        SqliteStatement notes(db_, "SELECT session_id, exercise_id, side, text FROM self_test_note "
                                   "ORDER BY session_id, position");
        while (notes.step() == SQLITE_ROW)
            if (SessionRecord* s = find_session(out, notes.int64(0)))
                s->notes.push_back(
                    {.exercise_id = std::string(notes.text(1)),
                     .side = session_side_from_name(notes.text(2)).value_or(SessionSide::both),
                     .text = std::string(notes.text(3))});
    }
    for (SessionRecord s : pending_) {
        if (detail == SessionDetail::summary) {
            s.results.clear();
            s.notes.clear();
        }
        out.push_back(std::move(s));
    }
    return out;
}

SaveStatus SaveFile::set_streak_goal(const StreakGoal& goal) {
    assert(is_valid(goal) && "set_streak_goal: goal numbers out of range");
    const bool opened = db_ || open(true);
    goal_ = goal; // after opening, which reads the goal saved before
    if (!opened) return {.message = "The streak goal is kept for now but not saved: " + notice_};
    const std::string sql =
        "BEGIN IMMEDIATE; INSERT OR REPLACE INTO setting (key, value) VALUES ('streak_goal', '" +
        std::string(streak_goal_kind_name(goal.kind)) + "'), ('rest_days_per_week', '" +
        std::to_string(goal.rest_days_per_week) + "'), ('sessions_per_week', '" +
        std::to_string(goal.sessions_per_week) + "'); COMMIT;";
    if (const int rc = exec_sql(db_, sql.c_str()); rc != SQLITE_OK) {
        const std::string error = error_text(db_, rc);
        exec_sql(db_, "ROLLBACK");
        return {.message = "The streak goal is kept for now but not saved: " + error + "."};
    }
    SaveStatus status{.saved = true};
    if (const std::string error = refresh_backup(); !error.empty())
        status.message = "Saved, but the backup could not be refreshed: " + error + ".";
    return status;
}

} // namespace legwork
