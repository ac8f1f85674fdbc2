#pragma once
// Units: how distances and heights are shown, metric or imperial, as the user chooses.
// Everything is measured and stored in metres; only the words change.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace legwork {

enum class Units : std::uint8_t { metric, imperial };
inline constexpr int kUnitsCount = 2;

inline constexpr float kMetresPerYard = 0.9144f;
inline constexpr float kMetresPerInch = 0.0254f;

std::string_view units_name(Units units); // "metric" or "imperial", shown and saved
std::optional<Units> units_from_name(std::string_view name);

// A distance walked or covered: "50 m", or in yards, "55 yd" (whole yards).
std::string distance_text(float metres, Units units);
// A body's height: "175 cm", or in feet and inches, "5 ft 9 in" (whole inches). In a
// small buffer of its own, so screens can show it every frame without allocating.
struct HeightText {
    char text[24];
};
HeightText height_text(float metres, Units units);

} // namespace legwork
