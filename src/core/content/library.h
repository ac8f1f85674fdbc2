#pragma once
// Library: all the content, read and checked as a whole: the sources, then every exercise,
// then what the files say about each other (progressions, regressions, sources). Broken
// files are left out and reported; the rest is usable, so the app starts with them.

#include "core/content/exercise.h"
#include "core/content/source.h"

#include <filesystem>
#include <vector>

namespace legwork {

struct Library {
    std::vector<Exercise> exercises; // sorted by id
    std::vector<Source> sources;

    // By id; nullptr when there is none.
    const Exercise* exercise(std::string_view id) const;
    const Source* source(std::string_view id) const;
};

// Reads `content_dir`/sources.yaml and `content_dir`/exercises/*.yaml; appends every
// problem. A reference to an exercise or source that does not exist is reported at its
// place and dropped; the exercise naming it stays.
Library load_library(const std::filesystem::path& content_dir, ContentErrors& errors);

} // namespace legwork
