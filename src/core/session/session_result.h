#pragma once
// What a played routine comes to for the save file: per exercise and side, the reps counted
// and the seconds held or worked, what was skipped, and the planned and completed work.

#include "core/progress/session_record.h"
#include "core/session/timeline.h"

#include <span>

namespace legwork {

// `worked_s[i]` is how long segment i of `timeline` actually ran (the player's time spent in
// it, not skipped over). A rep or hold counts as done once 80% of it ran. Times and the
// local date are left for finish_session(); the rest of the record is filled in.
SessionRecord session_result(const Timeline& timeline, std::span<const double> worked_s);

} // namespace legwork
