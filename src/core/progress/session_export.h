#pragma once
// Sessions written out for the user to keep, or to study in a spreadsheet or a script:
// `legwork progress export` and the Progress screen's export write these.
//
// Times are ISO 8601 in the local time of the session's end, with that offset
// ("2024-03-10T18:30:00+01:00"); local_date is the date the session belongs to; counts says
// whether it counted for streaks (80% of its planned work done).

#include "core/progress/session_record.h"

#include <span>
#include <string>

namespace legwork {

// One session as a JSON object on one line: id, routine_id, routine_name, start, end,
// utc_offset_s, local_date, planned_work_s, completed_work_s, counts, and (when it has any)
// results [{exercise_id, side, reps_done, seconds_done, skipped}] and notes
// [{exercise_id, side, text}].
std::string session_json(const SessionRecord& session);

// {"sessions": [...]} with one session_json() per line, in the order given.
std::string sessions_json(std::span<const SessionRecord> sessions);

// CSV (RFC 4180) with a header row: one row per exercise result (kind "result") and per
// self-test note (kind "note"), each repeating its session's columns; a session with
// neither has one row of kind "session".
std::string sessions_csv(std::span<const SessionRecord> sessions);

enum class ExportFormat : std::uint8_t { csv, json };

// sessions_csv() or sessions_json().
std::string export_sessions(std::span<const SessionRecord> sessions, ExportFormat format);

// The file name extension for `format`: ".csv" or ".json".
std::string_view export_extension(ExportFormat format);

} // namespace legwork
