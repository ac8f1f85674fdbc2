#pragma once
// The user's timers on disk: `timers.yaml` in the user's data folder, YAML a person can
// read. The app writes it whole (core/platform/atomic_file.h); only what differs from the
// program's values is kept, besides the general settings.
//
//   general: {get_ready_s: 10, switch_sides_s: 5, rest_between_exercises_s: 30,
//             weaker_side: left, weaker_side_first: true, weaker_side_extra_set: false}
//   routines:
//     runners-imbalance-fix:
//       rest_between_exercises_s: 20
//       every_exercise: {sets: 2}
//       exercises:
//         single-leg-glute-bridge: {reps: 12, tempo_s: 5, rest_after_s: 40}

#include "core/content/content_error.h"
#include "core/session/timer_settings.h"

#include <filesystem>
#include <string>

namespace legwork {

inline constexpr const char* kTimersFileName = "timers.yaml";

// Reads `data_dir`/timers.yaml: the program's values when there is none yet. What cannot
// be read (the whole file, or one value) keeps the program's value, and each problem is
// appended to `problems` as file:line:col: message.
TimerSettings load_timers(const std::filesystem::path& data_dir, ContentErrors& problems);

// Writes `data_dir`/timers.yaml, creating the folder; false with the reason in `error`
// when it cannot, the file before (if any) then left as it was.
bool save_timers(const std::filesystem::path& data_dir, const TimerSettings& settings,
                 std::string& error);

} // namespace legwork
