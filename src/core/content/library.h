#pragma once
// Library: all the content, read and checked as a whole: the sources, then every exercise,
// then every routine, then what the files say about each other (progressions, regressions,
// sources, the exercises of routines and the doses they ask of them). Broken files are left
// out and reported; the rest is usable, so the app starts with them.

#include "core/content/exercise.h"
#include "core/content/routine.h"
#include "core/content/source.h"

#include <filesystem>
#include <vector>

namespace legwork {

struct Library {
    std::vector<Exercise> exercises; // sorted by id
    std::vector<Source> sources;
    std::vector<Routine> routines; // sorted by id; every item names an exercise above

    // By id; nullptr when there is none.
    const Exercise* exercise(std::string_view id) const;
    const Source* source(std::string_view id) const;
    const Routine* routine(std::string_view id) const;
};

// Reads `content_dir`/sources.yaml, `content_dir`/exercises/*.yaml and
// `content_dir`/routines/*.yaml; appends every problem. A reference to an exercise or
// source that does not exist is reported at its place and dropped; the exercise or routine
// naming it stays (a routine left with no exercise goes). A routine's change to a dose that
// does not apply, or to sides that cannot be, is reported and not made.
Library load_library(const std::filesystem::path& content_dir, ContentErrors& errors);

// Checks what `routine`'s items ask of the exercises in `library`, as load_library() does:
// drops items naming no exercise, undoes side changes that cannot be; appends the
// problems. The user's own routines go through it too.
void check_routine(Routine& routine, const Library& library, ContentErrors& errors);

} // namespace legwork
