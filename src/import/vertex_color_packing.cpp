#include "import/vertex_color_packing.h"

namespace legwork {

BodyColors pack_body_colors(const glm::vec4& outfit, const MuscleWeights& muscles) {
    BodyColors colors{};
    colors[kOutfitColorSet] = glm::vec4(glm::vec3(outfit), 0.0f);
    for (int r = 0; r < kMuscleRegionCount; ++r)
        colors[kFirstMuscleColorSet + r / kMusclesPerColorSet][r % kMusclesPerColorSet] =
            muscles[r];
    return colors;
}

void unpack_body_colors(const BodyColors& colors, glm::vec4& outfit, MuscleWeights& muscles) {
    outfit = glm::vec4(glm::vec3(colors[kOutfitColorSet]), 0.0f);
    for (int r = 0; r < kMuscleRegionCount; ++r)
        muscles[r] =
            colors[kFirstMuscleColorSet + r / kMusclesPerColorSet][r % kMusclesPerColorSet];
}

} // namespace legwork
