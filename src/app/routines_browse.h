#pragma once
// RoutinesBrowse: where the user is on the Routines screen: the list, one routine's page
// (its exercises, doses and timers), or the routine being built or changed. RoutinesView:
// what App knows of the routines for that screen, made when they or the timers change.

#include "core/content/exercise_category.h"
#include "core/content/routine.h"
#include "core/session/routine_overview.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace legwork {

enum class RoutinesPage : std::uint8_t { list, routine, build };

struct RoutinesBrowse {
    RoutinesPage page = RoutinesPage::list;
    int routine = -1;  // the routine open, into the library's routines; -1 on the list or new
    int exercise = -1; // the item whose timers (or, building, whose dose) are open; -1: none
    // Building: the routine as the user has it so far, saved only when they say so. An empty
    // id is a new routine (App makes one from its name); else the routine it changes.
    Routine draft;
    ExerciseCategory adding = ExerciseCategory::strength; // the library's part shown to add from
    // The routine's page asks "are you sure?" before deleting it or restoring the program's.
    bool confirm_remove = false;
};

// Where a routine comes from, for what can be done to it.
enum class RoutineOrigin : std::uint8_t {
    program, // built in, as the program has it
    changed, // built in, replaced by the user's copy ("Restore the program's version")
    yours,   // the user's own ("Delete")
};

struct RoutinesView {
    RoutinesBrowse browse;
    std::vector<RoutineOverview> overviews; // each routine with the user's timers, as the library's
    std::vector<RoutineOrigin> origins;     // likewise
    RoutineOverview draft;                  // the routine being built
    std::string message;                    // the outcome of the last save or removal
    bool message_is_problem = false;        // ... when it failed: the draft is kept
    bool focus_page = false;                // the page just changed: the focus goes to its top
};

} // namespace legwork
