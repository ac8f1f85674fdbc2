#include "core/content/exercise_category.h"

#include "core/text/enum_names.h"

namespace legwork {
namespace {

constexpr std::array<std::string_view, kExerciseCategoryCount> kNames{
    "self-test", "strength", "balance", "mobility", "release", "drill"};
constexpr std::array<std::string_view, kExerciseCategoryCount> kTitles{
    "Self-test", "Strength", "Balance", "Mobility and stretch", "Self-release", "Running drill"};

} // namespace

std::string_view exercise_category_name(ExerciseCategory category) {
    return kNames[static_cast<int>(category)];
}

std::optional<ExerciseCategory> exercise_category_from_name(std::string_view name) {
    return enum_from_name<ExerciseCategory>(kNames, name);
}

std::string_view exercise_category_title(ExerciseCategory category) {
    return kTitles[static_cast<int>(category)];
}

} // namespace legwork
