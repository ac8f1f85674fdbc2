#pragma once
// Routine: an ordered list of exercises done in one go, each at a dose the routine may
// change from the exercise's own, as a file under content/routines/ describes it. The
// session part turns one into a timeline with the user's timers (core/session/timeline.h).

#include "core/content/content_error.h"
#include "core/content/dose_override.h"
#include "core/content/exercise.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace legwork {

struct RoutineItem {
    ContentRef exercise;                // the exercise's id, where the file names it
    DoseOverride dose;                  // changes to the exercise's dose
    std::optional<ExerciseSides> sides; // each or alternating instead of the exercise's own
    std::optional<float> rest_after_s;  // before the next exercise; default: the user's setting
    std::string note_prompt; // self-tests: what to look for, noted for each side afterwards
};

struct Routine {
    std::string id;      // the file's name without .yaml
    std::string name;    // as shown to the user
    std::string summary; // one line: what it is for; may be empty
    std::vector<RoutineItem> items;
    std::filesystem::path file;
};

// Reads one routine file. On failure returns nothing and appends every problem found.
// Exercise ids are checked against the exercises by load_library().
std::optional<Routine> load_routine(const std::filesystem::path& file, ContentErrors& errors);

// Reads every *.yaml in `dir`, sorted by id; none when there is no such folder (a content
// folder may hold exercises only). Files with problems are left out and reported.
std::vector<Routine> load_routines(const std::filesystem::path& dir, ContentErrors& errors);

} // namespace legwork
