#pragma once
// LibraryBrowse: where the user is in the Library: the list narrowed by a filter, or one
// exercise's page open (the exercise itself is the DemoChoice's, so the avatar shows it).

#include "core/content/exercise_filter.h"

namespace legwork {

struct LibraryBrowse {
    ExerciseFilter filter;
    bool page_open = false; // the chosen exercise's page, rather than the list

    bool operator==(const LibraryBrowse&) const = default;
};

} // namespace legwork
