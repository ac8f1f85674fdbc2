#pragma once
// Small exercises and routines made in code for the session tests, with round numbers so the
// expected times can be worked out by hand, and the rules every timeline keeps.

#include "core/content/library.h"
#include "core/session/timeline.h"

#include <initializer_list>
#include <string>
#include <utility>

namespace legwork::test {

// An exercise whose one rep is `phases` ({name, seconds}), with one cue per named phase.
Exercise exercise(const std::string& id, ExerciseSides sides, const Dose& dose,
                  std::initializer_list<std::pair<const char*, float>> phases,
                  std::initializer_list<std::pair<const char*, const char*>> cues = {});

// A rep of 4 s: lower 2, bottom 0.5, rise 1, top 0.5; cues on lower and rise.
Exercise squat(ExerciseSides sides, const Dose& dose);
// Lift 1, reach 1, hold (1 as written; a held dose holds it for hold_s), lower 1.5; cues on
// reach and hold.
Exercise hold(ExerciseSides sides, const Dose& dose);

// A routine of the library's exercises in order, as written (no changes to doses).
Routine routine_of(const Library& library);

// Checks what every plan keeps: contiguous segments from 0 ending in `done`, events in
// order inside their segments, every rep counted once at its end.
void check_timeline_rules(const Timeline& timeline);

} // namespace legwork::test
