#include "core/text/units.h"

#include "core/text/display_text.h"
#include "core/text/enum_names.h"

#include <cmath>

namespace legwork {
namespace {

constexpr std::array<std::string_view, kUnitsCount> kNames{"metric", "imperial"};
constexpr float kMetresPerYard = 0.9144f;
constexpr float kMetresPerInch = 0.0254f;

} // namespace

std::string_view units_name(Units units) { return kNames[static_cast<int>(units)]; }

std::optional<Units> units_from_name(std::string_view name) { return enum_from_name<Units>(kNames, name); }

std::string distance_text(float metres, Units units) {
    if (units == Units::metric) return number_text(metres) + " m";
    return std::to_string(std::lround(metres / kMetresPerYard)) + " yd";
}

std::string height_text(float metres, Units units) {
    if (units == Units::metric) return std::to_string(std::lround(metres * 100.0f)) + " cm";
    const long inches = std::lround(metres / kMetresPerInch);
    return std::to_string(inches / 12) + " ft " + std::to_string(inches % 12) + " in";
}

} // namespace legwork
