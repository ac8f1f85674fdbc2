#include "core/progress/save_schema.h"

#include <array>

namespace legwork {
namespace {

// Times are seconds since 1970 in UTC with the zone's offset at completion beside them;
// local_date is the calendar date at completion in that zone ("YYYY-MM-DD"), stored so that
// later travel or clock changes never move a session to another day. side is 'both', 'left'
// or 'right'; it has no CHECK constraint because the quick_check at every open evaluates
// CHECK constraints on every row, which made opening ten years of sessions four times slower.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE session (
    id INTEGER PRIMARY KEY,
    routine_id TEXT NOT NULL,
    routine_name TEXT NOT NULL,
    start_utc_s INTEGER NOT NULL,
    end_utc_s INTEGER NOT NULL,
    utc_offset_s INTEGER NOT NULL,
    local_date TEXT NOT NULL,
    planned_work_s INTEGER NOT NULL,
    completed_work_s INTEGER NOT NULL
);
CREATE TABLE exercise_result (
    session_id INTEGER NOT NULL REFERENCES session(id),
    position INTEGER NOT NULL,
    exercise_id TEXT NOT NULL,
    side TEXT NOT NULL,
    reps_done INTEGER NOT NULL,
    seconds_done INTEGER NOT NULL,
    skipped INTEGER NOT NULL,
    PRIMARY KEY (session_id, position)
) WITHOUT ROWID;
CREATE TABLE self_test_note (
    session_id INTEGER NOT NULL REFERENCES session(id),
    position INTEGER NOT NULL,
    exercise_id TEXT NOT NULL,
    side TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (session_id, position)
) WITHOUT ROWID;
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql";

constexpr std::array<std::string_view, 1> kMigrations{kVersion1};

} // namespace

std::span<const std::string_view> save_migrations() {
    return kMigrations;
}

int save_schema_version() {
    return static_cast<int>(kMigrations.size());
}

} // namespace legwork
