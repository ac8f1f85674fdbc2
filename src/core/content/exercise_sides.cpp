#include "core/content/exercise_sides.h"

#include "core/text/enum_names.h"

namespace legwork {
namespace {

constexpr std::array<std::string_view, kExerciseSidesCount> kNames{"both", "each", "alternating"};

} // namespace

std::string_view exercise_sides_name(ExerciseSides sides) {
    return kNames[static_cast<int>(sides)];
}

std::optional<ExerciseSides> exercise_sides_from_name(std::string_view name) {
    return enum_from_name<ExerciseSides>(kNames, name);
}

} // namespace legwork
