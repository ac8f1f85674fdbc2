#pragma once
// How a body's per-vertex outfit and muscle weights travel in a model file: as four RGBA
// vertex colour sets (glTF COLOR_0..COLOR_3, float4), the one place both the writer and
// the loader read the layout from.
//
//   COLOR_0  outfit coverage: r top, g shorts, b shoes, a 0 (SkinnedMesh::outfit)
//   COLOR_1  hamstrings, quadriceps, glutes, 0
//   COLOR_2  hipAbductors, adductors, hipFlexors, 0
//   COLOR_3  calves, shins, core, 0
//
// Muscle regions go three to a set in MuscleRegion order. A file with fewer than four
// colour sets carries neither.

#include "core/avatar/muscle_region.h"

#include <array>
#include <glm/glm.hpp>

namespace legwork {

inline constexpr int kBodyColorSets = 4;
inline constexpr int kOutfitColorSet = 0;
inline constexpr int kFirstMuscleColorSet = 1;
inline constexpr int kMusclesPerColorSet = 3;
static_assert(kFirstMuscleColorSet +
                  (kMuscleRegionCount + kMusclesPerColorSet - 1) / kMusclesPerColorSet ==
              kBodyColorSets);

using BodyColors = std::array<glm::vec4, kBodyColorSets>;

BodyColors pack_body_colors(const glm::vec4& outfit, const MuscleWeights& muscles);
void unpack_body_colors(const BodyColors& colors, glm::vec4& outfit, MuscleWeights& muscles);

} // namespace legwork
