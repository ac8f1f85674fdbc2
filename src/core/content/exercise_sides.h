#pragma once
// ExerciseSides: how the legs take turns in an exercise.

#include <cstdint>
#include <optional>
#include <string_view>

namespace legwork {

// Together, one side for a set then the other, or side to side every rep. The working
// side's muscles are the ones lit.
enum class ExerciseSides : std::uint8_t { both, each, alternating };
inline constexpr int kExerciseSidesCount = 3;

// Content and JSON name ("each"), and back; nothing for an unknown name.
std::string_view exercise_sides_name(ExerciseSides sides);
std::optional<ExerciseSides> exercise_sides_from_name(std::string_view name);

} // namespace legwork
