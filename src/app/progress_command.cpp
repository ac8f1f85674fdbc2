#include "app/headless_commands.h"
#include "core/platform/user_data_dir.h"
#include "core/progress/save_file.h"
#include "core/progress/session_export.h"
#include "core/progress/streak.h"
#include "core/text/display_text.h"
#include "core/text/json_text.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>

namespace legwork {
namespace {

// Opens the save file for `command`, printing what the user should be told about it on
// stderr. Nothing when there is no data folder or the file cannot be read.
std::unique_ptr<SaveFile> open_save_file(const CommandLine& line, const char* command) {
    const std::filesystem::path dir = user_data_dir(line.data_dir);
    if (dir.empty()) {
        std::fprintf(stderr,
                     "legwork %s: no place for your data: set HOME, XDG_DATA_HOME or "
                     "LEGWORK_DATA_DIR, or pass --data-dir DIR\n",
                     command);
        return nullptr;
    }
    auto file = std::make_unique<SaveFile>(dir, WallClock(line.now));
    if (!file->notice().empty())
        std::fprintf(stderr, "legwork %s: %s\n", command, file->notice().c_str());
    if (!file->readable()) return nullptr;
    return file;
}

// "9:30": minutes and seconds.
std::string minutes_text(int seconds) {
    char text[24];
    std::snprintf(text, sizeof text, "%d:%02d", seconds / 60, seconds % 60);
    return text;
}

// "Hamstring basics, 2024-03-10 18:30 (+01:00), 9:00 of 10:00 worked".
std::string session_line(const SessionRecord& s) {
    const std::string end = format_iso8601({s.end_utc_s, s.utc_offset_s});
    return s.routine_name + ", " + end.substr(0, 10) + " " + end.substr(11, 5) + " (" +
           end.substr(19) + "), " + minutes_text(s.completed_work_s) + " of " +
           minutes_text(s.planned_work_s) + " worked" + (counts_for_streak(s) ? "" : " (partial)");
}

std::string goal_json(const StreakGoal& goal) {
    const std::string kind = json_text(streak_goal_kind_name(goal.kind));
    return goal.kind == StreakGoalKind::daily
               ? "{\"kind\": " + kind +
                     ", \"rest_days_per_week\": " + std::to_string(goal.rest_days_per_week) + "}"
               : "{\"kind\": " + kind +
                     ", \"sessions_per_week\": " + std::to_string(goal.sessions_per_week) + "}";
}

} // namespace

int run_progress_command(const CommandLine& line) {
    const auto file = open_save_file(line, "progress");
    if (!file) return 1;
    const std::vector<SessionRecord> sessions = file->sessions(SessionDetail::summary);
    const WallTime now = WallClock(line.now).now();
    const LocalDate today = local_date_at(now.utc_s, now.utc_offset_s);
    const StreakGoal& goal = file->streak_goal();
    const Streak streak = compute_streak(sessions, goal, today);
    const int partial = static_cast<int>(
        std::count_if(sessions.begin(), sessions.end(),
                      [](const SessionRecord& s) { return !counts_for_streak(s); }));
    const std::string unit = goal.kind == StreakGoalKind::daily ? "day" : "week";
    const std::string needed = needed_today_text(streak, goal);

    if (line.json) {
        std::printf(
            "{\n  \"current_streak\": %d,\n  \"best_streak\": %d,\n  \"streak_unit\": \"%ss\",\n",
            streak.current, streak.best, unit.c_str());
        std::printf("  \"goal\": %s,\n  \"today\": \"%s\",\n", goal_json(goal).c_str(),
                    format_date(today).c_str());
        std::printf("  \"needed_today\": %s,\n  \"needed_today_kind\": \"%s\",\n",
                    json_text(needed).c_str(), std::string(today_need_name(streak.needed)).c_str());
        std::printf("  \"sessions_this_week\": %d,\n  \"total_sessions\": %d,\n  "
                    "\"partial_sessions\": %d,\n",
                    streak.sessions_this_week, static_cast<int>(sessions.size()), partial);
        std::printf("  \"last_session\": %s\n}\n",
                    sessions.empty() ? "null" : session_json(sessions.back()).c_str());
        return 0;
    }
    std::printf("Current streak  %s\n", count_text(streak.current, unit).c_str());
    std::printf("Best streak     %s\n", count_text(streak.best, unit).c_str());
    std::printf("Goal            %s\n", streak_goal_text(goal).c_str());
    std::printf("Today           %s\n", needed.c_str());
    std::printf("This week       %s\n", count_text(streak.sessions_this_week, "session").c_str());
    std::printf("Sessions        %d in all, %d of them partial\n",
                static_cast<int>(sessions.size()), partial);
    std::printf("Last session    %s\n",
                sessions.empty() ? "none yet" : session_line(sessions.back()).c_str());
    return 0;
}

int run_progress_export_command(const CommandLine& line) {
    const auto file = open_save_file(line, "progress export");
    if (!file) return 1;
    const std::vector<SessionRecord> sessions = file->sessions(SessionDetail::full);
    const std::string text =
        export_sessions(sessions, line.csv ? ExportFormat::csv : ExportFormat::json);
    if (line.output.empty()) {
        std::fwrite(text.data(), 1, text.size(), stdout);
        return 0;
    }
    std::ofstream out(line.output, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) {
        std::fprintf(stderr, "legwork progress export: cannot write %s\n", line.output.c_str());
        return 1;
    }
    std::fprintf(stderr, "legwork progress export: %s written to %s\n",
                 count_text(static_cast<int>(sessions.size()), "session").c_str(),
                 line.output.c_str());
    return 0;
}

} // namespace legwork
