#pragma once
// MuscleRegion: the muscle groups an exercise can light up on the avatar. Every vertex of
// a body mesh carries how much it belongs to each (0..1, soft at the edges), so the
// renderer can tint the muscles an exercise works.

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace legwork {

enum class MuscleRegion : std::uint8_t {
    hamstrings,   // back of the thigh
    quadriceps,   // front of the thigh
    glutes,       // the buttock (gluteus maximus)
    hipAbductors, // outside of the hip, above and behind the greater trochanter (gluteus medius)
    adductors,    // inside of the thigh
    hipFlexors,   // front of the hip, at the crease of the groin
    calves,       // back of the lower leg
    shins,        // front and outside of the lower leg (tibialis anterior)
    core,         // abdomen, flanks and the muscles beside the lower spine
};
inline constexpr int kMuscleRegionCount = 9;
inline constexpr int index(MuscleRegion region) { return static_cast<int>(region); }

// How much one vertex belongs to each region, indexed by index(MuscleRegion).
using MuscleWeights = std::array<float, kMuscleRegionCount>;

// Content name ("hipAbductors"), and back; nothing for an unknown name.
std::string_view muscle_region_name(MuscleRegion region);
std::optional<MuscleRegion> muscle_region_from_name(std::string_view name);
// As the screens show it ("Hip abductors").
std::string_view muscle_region_title(MuscleRegion region);

} // namespace legwork
