#pragma once
// ExerciseFilter: what the Library is narrowed to: words typed in the search box, and a
// category, muscle, piece of equipment and body placement picked from lists.

#include "core/content/exercise.h"

#include <optional>
#include <string>

namespace legwork {

struct ExerciseFilter {
    std::string search; // matched, ignoring case, in the name, summary and muscles' names
    std::optional<ExerciseCategory> category;
    std::optional<MuscleRegion> muscle; // worked, mainly or as a helper
    std::optional<Equipment> equipment; // needed
    std::optional<Placement> placement; // how the body is set up
    bool no_equipment = false;          // only exercises that need nothing at all

    bool operator==(const ExerciseFilter&) const = default;

    // True when `exercise` passes every part of the filter. Allocates nothing.
    bool matches(const Exercise& exercise) const;
    // True when nothing narrows the list.
    bool empty() const { return *this == ExerciseFilter{}; }
};

} // namespace legwork
