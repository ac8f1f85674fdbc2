#pragma once
// SaveFile: the user's progress on disk: one SQLite database in the data folder
// (progress.db), and a copy of it (progress.backup.db) refreshed after every save.
//
// Nothing saved is lost: each save is one transaction, synced to disk before it returns, so
// a crash, a kill or a power cut loses at most the session being saved and never leaves a
// file that cannot be opened. A damaged or foreign progress.db is found when the file is
// opened, set aside as progress-YYYYMMDDTHHMMSS.corrupt.db, and the backup is restored.
// When the folder cannot be written, sessions wait in memory and are saved on the next try.
// notice() and every SaveStatus say what happened, in words for the user.
//
// Not thread-safe: one thread uses a SaveFile. Other processes may open the same file;
// they wait for each other's saves.

#include "core/platform/wall_clock.h"
#include "core/progress/session_record.h"
#include "core/progress/streak_goal.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace legwork {

inline constexpr std::string_view kSaveFileName = "progress.db";
inline constexpr std::string_view kBackupFileName = "progress.backup.db";

// How much of each session sessions() reads.
enum class SessionDetail : std::uint8_t {
    summary, // the session's own fields: enough for streaks and lists
    full,    // with its exercise results and self-test notes: for export and history
};

struct SaveStatus {
    bool saved = false;          // everything asked for is on disk
    std::int64_t session_id = 0; // the id of the last session saved
    std::string message{};       // for the user when something went wrong; else empty
};

class SaveFile {
public:
    // Opens `dir`/progress.db, bringing a file from an earlier legwork up to date; restores
    // the backup when progress.db is damaged, foreign or missing. Creates nothing until the
    // first save: a folder with neither file simply has no sessions yet. `clock` dates the
    // names of files set aside. Never fails: when the file cannot be opened, notice() says
    // why and sessions wait in memory.
    SaveFile(std::filesystem::path dir, WallClock clock);
    ~SaveFile();
    SaveFile(const SaveFile&) = delete;
    SaveFile& operator=(const SaveFile&) = delete;

    // Saves `session` (a finished one; its id is ignored) in one transaction, with any
    // sessions still waiting, creating the folder and file if need be, then refreshes the
    // backup. When it cannot be written, the
    // session waits in memory and is saved by the next record() or save_pending().
    SaveStatus record(const SessionRecord& session);
    // The same for many sessions at once, in one transaction (an imported history).
    SaveStatus record_all(std::span<const SessionRecord> sessions);
    // Replaces the self-test notes of a session recorded before with `session.notes`: the
    // saved one with its id, or, with id 0, the one still waiting in memory (or saved since)
    // with its routine, start and end. One transaction, then the backup is refreshed; when it
    // cannot be written the notes wait in memory with the sessions that do.
    SaveStatus update_notes(const SessionRecord& session);
    // Tries again to save the sessions waiting in memory (opening the file if need be).
    SaveStatus save_pending();
    std::size_t pending_count() const { return pending_.size(); }

    // Every session: the saved ones by id (the order they were saved in), then those
    // waiting in memory (id 0). Empty when the file cannot be read.
    std::vector<SessionRecord> sessions(SessionDetail detail) const;

    // The streak goal chosen in settings (the default until one is chosen).
    const StreakGoal& streak_goal() const { return goal_; }
    // Saves `goal` as the streak goal; when it cannot be saved, it holds until the file is
    // next opened. Asserts that it is valid.
    SaveStatus set_streak_goal(const StreakGoal& goal);

    // True when the saved sessions can be read: the file is open, or nothing is saved yet.
    bool readable() const { return db_ != nullptr || notice_.empty(); }
    // What the user should be told about opening the save file (a file set aside, the
    // backup restored, a folder that cannot be written); empty when all is well.
    const std::string& notice() const { return notice_; }

private:
    bool open(bool create);
    void close();
    bool restore_backup(const std::string& what_happened);
    void add_notice(const std::string& text);
    void read_streak_goal();
    std::string refresh_backup();
    SaveStatus not_saved(const std::string& reason) const;
    // The id of the saved session `session` names (its own, or the one with its routine,
    // start and end); 0 when none.
    std::int64_t saved_id(const SessionRecord& session) const;

    std::filesystem::path dir_;
    std::filesystem::path path_;
    std::filesystem::path backup_path_;
    WallClock clock_;
    sqlite3* db_ = nullptr; // owned; null while the file cannot be opened
    std::vector<SessionRecord> pending_;
    StreakGoal goal_;
    std::string notice_;
};

} // namespace legwork
