#include "core/text/units.h"

#include "core/text/display_text.h"
#include "core/text/enum_names.h"

#include <cmath>
#include <cstdio>

namespace legwork {
namespace {

constexpr std::array<std::string_view, kUnitsCount> kNames{"metric", "imperial"};

} // namespace

std::string_view units_name(Units units) {
    return kNames[static_cast<int>(units)];
}

std::optional<Units> units_from_name(std::string_view name) {
    return enum_from_name<Units>(kNames, name);
}

std::string distance_text(float metres, Units units) {
    if (units == Units::metric) return number_text(metres) + " m";
    return std::to_string(std::lround(metres / kMetresPerYard)) + " yd";
}

HeightText height_text(float metres, Units units) {
    HeightText out;
    if (units == Units::metric) {
        std::snprintf(out.text, sizeof out.text, "%ld cm", std::lround(metres * 100.0f));
    } else {
        const long inches = std::lround(metres / kMetresPerInch);
        std::snprintf(out.text, sizeof out.text, "%ld ft %ld in", inches / 12, inches % 12);
    }
    return out;
}

} // namespace legwork
