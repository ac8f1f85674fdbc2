#pragma once
// SelfTestDraft: what the user is noting about one side of one self-test while the routine
// runs and after it: quick choices toggled with a gamepad ("Looked good", and the exercise's
// common mistakes by their short names) and text typed on a keyboard. Its note_text() is
// what the save file keeps as the side's SelfTestNote.

#include "core/content/exercise.h"
#include "core/progress/session_record.h"

#include <cstdint>
#include <string>
#include <vector>

namespace legwork {

inline constexpr std::string_view kLookedGood = "Looked good";
// Long enough for a sentence or two; the typing box holds no more.
inline constexpr std::size_t kMaxNoteTyped = 200;

struct SelfTestDraft {
    int exercise = 0;                  // into Timeline::exercises
    std::string exercise_id;
    SessionSide side = SessionSide::both;
    std::vector<std::string> choices;  // "Looked good", then each mistake's title
    std::uint64_t chosen = 0;          // bit i: choices[i] is ticked
    std::string typed;                 // at most kMaxNoteTyped bytes

    bool is_chosen(std::size_t choice) const { return (chosen >> choice) & 1u; }
};

// The quick choices for `exercise`: "Looked good", then its mistakes' short names (at most
// 63 of them, which is more than any exercise has).
std::vector<std::string> note_choices(const Exercise& exercise);

// The note in words: the ticked choices, then what was typed ("Knees cave in, Heels lift.
// Left knee wobbled"); empty when nothing was noted.
std::string note_text(const SelfTestDraft& draft);

} // namespace legwork
