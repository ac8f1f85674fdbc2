#pragma once
// ExerciseCategory: what an exercise is for, as the Library filters it.

#include <cstdint>
#include <optional>
#include <string_view>

namespace legwork {

enum class ExerciseCategory : std::uint8_t {
    selfTest, // finds an imbalance: done on both sides and compared
    strength, // builds the weaker muscles
    balance,  // trains the hip and ankle stabilisers on one leg
    mobility, // stretches and loosens
    release,  // self-massage on a ball
    drill,    // running drills
};
inline constexpr int kExerciseCategoryCount = 6;

// Content and JSON name ("self-test"), and back; nothing for an unknown name.
std::string_view exercise_category_name(ExerciseCategory category);
std::optional<ExerciseCategory> exercise_category_from_name(std::string_view name);
// As the screens show it ("Self-test", "Mobility and stretch").
std::string_view exercise_category_title(ExerciseCategory category);

} // namespace legwork
