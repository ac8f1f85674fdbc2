#include "core/progress/session_export.h"

#include "core/text/json_text.h"

namespace legwork {
namespace {

std::string start_time(const SessionRecord& s) {
    return format_iso8601({s.start_utc_s, s.utc_offset_s});
}

std::string end_time(const SessionRecord& s) {
    return format_iso8601({s.end_utc_s, s.utc_offset_s});
}

// A CSV field: quoted when it holds a comma, a quote or a line break, quotes doubled.
std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

} // namespace

std::string session_json(const SessionRecord& s) {
    std::string out =
        "{\"id\": " + std::to_string(s.id) + ", \"routine_id\": " + json_text(s.routine_id) +
        ", \"routine_name\": " + json_text(s.routine_name) +
        ", \"start\": " + json_text(start_time(s)) + ", \"end\": " + json_text(end_time(s)) +
        ", \"utc_offset_s\": " + std::to_string(s.utc_offset_s) +
        ", \"local_date\": " + json_text(format_date(s.local_date)) +
        ", \"planned_work_s\": " + std::to_string(s.planned_work_s) +
        ", \"completed_work_s\": " + std::to_string(s.completed_work_s) +
        ", \"counts\": " + (counts_for_streak(s) ? "true" : "false");
    if (!s.results.empty()) {
        out += ", \"results\": [";
        for (std::size_t i = 0; i < s.results.size(); ++i) {
            const ExerciseResult& r = s.results[i];
            out += std::string(i ? ", " : "") + "{\"exercise_id\": " + json_text(r.exercise_id) +
                   ", \"side\": " + json_text(session_side_name(r.side)) +
                   ", \"reps_done\": " + std::to_string(r.reps_done) +
                   ", \"seconds_done\": " + std::to_string(r.seconds_done) +
                   ", \"skipped\": " + (r.skipped ? "true" : "false") + "}";
        }
        out += "]";
    }
    if (!s.notes.empty()) {
        out += ", \"notes\": [";
        for (std::size_t i = 0; i < s.notes.size(); ++i) {
            const SelfTestNote& n = s.notes[i];
            out += std::string(i ? ", " : "") + "{\"exercise_id\": " + json_text(n.exercise_id) +
                   ", \"side\": " + json_text(session_side_name(n.side)) +
                   ", \"text\": " + json_text(n.text) + "}";
        }
        out += "]";
    }
    return out + "}";
}

std::string sessions_json(std::span<const SessionRecord> sessions) {
    std::string out = "{\"sessions\": [";
    for (std::size_t i = 0; i < sessions.size(); ++i)
        out += std::string(i ? ",\n  " : "\n  ") + session_json(sessions[i]);
    return out + (sessions.empty() ? "]}\n" : "\n]}\n");
}

std::string sessions_csv(std::span<const SessionRecord> sessions) {
    std::string out =
        "session_id,routine_id,routine_name,start,end,local_date,planned_work_s,"
        "completed_work_s,counts,kind,exercise_id,side,reps_done,seconds_done,skipped,note\r\n";
    for (const SessionRecord& s : sessions) {
        const std::string session =
            std::to_string(s.id) + "," + csv_field(s.routine_id) + "," + csv_field(s.routine_name) +
            "," + start_time(s) + "," + end_time(s) + "," + format_date(s.local_date) + "," +
            std::to_string(s.planned_work_s) + "," + std::to_string(s.completed_work_s) + "," +
            (counts_for_streak(s) ? "yes" : "no") + ",";
        for (const ExerciseResult& r : s.results)
            out += session + "result," + csv_field(r.exercise_id) + "," +
                   std::string(session_side_name(r.side)) + "," + std::to_string(r.reps_done) +
                   "," + std::to_string(r.seconds_done) + "," + (r.skipped ? "yes" : "no") +
                   ",\r\n";
        for (const SelfTestNote& n : s.notes)
            out += session + "note," + csv_field(n.exercise_id) + "," +
                   std::string(session_side_name(n.side)) + ",,,," + csv_field(n.text) + "\r\n";
        if (s.results.empty() && s.notes.empty()) out += session + "session,,,,,,\r\n";
    }
    return out;
}

std::string export_sessions(std::span<const SessionRecord> sessions, ExportFormat format) {
    return format == ExportFormat::csv ? sessions_csv(sessions) : sessions_json(sessions);
}

std::string_view export_extension(ExportFormat format) {
    return format == ExportFormat::csv ? ".csv" : ".json";
}

} // namespace legwork
