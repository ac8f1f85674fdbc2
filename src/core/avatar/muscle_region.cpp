#include "core/avatar/muscle_region.h"

#include "core/text/enum_names.h"

namespace legwork {
namespace {

constexpr std::array<std::string_view, kMuscleRegionCount> kNames{
    "hamstrings", "quadriceps", "glutes", "hipAbductors", "adductors",
    "hipFlexors", "calves",     "shins",  "core",
};
constexpr std::array<std::string_view, kMuscleRegionCount> kTitles{
    "Hamstrings",  "Quadriceps", "Glutes", "Hip abductors", "Adductors",
    "Hip flexors", "Calves",     "Shins",  "Core",
};

} // namespace

std::string_view muscle_region_name(MuscleRegion region) {
    return kNames[index(region)];
}

std::string_view muscle_region_title(MuscleRegion region) {
    return kTitles[index(region)];
}

std::optional<MuscleRegion> muscle_region_from_name(std::string_view name) {
    return enum_from_name<MuscleRegion>(kNames, name);
}

} // namespace legwork
