#pragma once
// SessionRecord: one finished session as the save file keeps it: which routine, when it
// began and ended, the local date it belongs to, how much of the planned work was done, what
// was done of each exercise on each side, and what the user noted in self-tests.

#include "core/platform/wall_clock.h"
#include "core/progress/local_date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace legwork {

// The leg a result or note is about; `both` for work done with both legs together.
enum class SessionSide : std::uint8_t { both, left, right };
std::string_view session_side_name(SessionSide side);
std::optional<SessionSide> session_side_from_name(std::string_view name);

// What was done of one exercise on one side.
struct ExerciseResult {
    std::string exercise_id;
    SessionSide side = SessionSide::both;
    int reps_done = 0;
    int seconds_done = 0; // held or worked, for timed exercises
    bool skipped = false;
};

// What the user saw on one side during a self-test ("knee drifts in at the bottom").
struct SelfTestNote {
    std::string exercise_id;
    SessionSide side = SessionSide::both;
    std::string text;
};

struct SessionRecord {
    std::int64_t id = 0; // given by the save file when saved; 0 before
    std::string routine_id;
    std::string routine_name; // as it was called then
    std::int64_t start_utc_s = 0;
    std::int64_t end_utc_s = 0;
    std::int32_t utc_offset_s = 0; // of the zone in force at completion
    LocalDate local_date{};        // at completion, in that zone; stored, never recomputed
    int planned_work_s = 0;
    int completed_work_s = 0;
    std::vector<ExerciseResult> results;
    std::vector<SelfTestNote> notes;
};

// Sets the end of `session` to `end` (the wall clock at completion), with its offset and
// the local date the session belongs to from then on.
void finish_session(SessionRecord& session, WallTime end);

// True when at least 80% of the planned work was done: such sessions count for streaks,
// the others are kept and shown as partial. A session with nothing planned counts.
bool counts_for_streak(const SessionRecord& session);

} // namespace legwork
