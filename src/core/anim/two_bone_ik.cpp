#include "core/anim/two_bone_ik.h"

#include <algorithm>
#include <cmath>

namespace legwork {

glm::quat rotation_between(glm::vec3 from, glm::vec3 to) {
    const float lengths = glm::length(from) * glm::length(to);
    if (lengths < 1e-12f) return {1, 0, 0, 0};
    const glm::vec3 a = from / glm::length(from), b = to / glm::length(to);
    const float c = glm::dot(a, b);
    if (c < -0.99999f) {
        // Opposite: any axis perpendicular to `a`.
        glm::vec3 axis = glm::cross(a, glm::vec3(1, 0, 0));
        if (glm::dot(axis, axis) < 1e-6f) axis = glm::cross(a, glm::vec3(0, 1, 0));
        return glm::angleAxis(glm::pi<float>(), glm::normalize(axis));
    }
    const glm::vec3 axis = glm::cross(a, b);
    const float s = std::sqrt((1.0f + c) * 2.0f);
    return glm::normalize(glm::quat(s * 0.5f, axis.x / s, axis.y / s, axis.z / s));
}

void TwoBoneIk::run() {
    const float upper = glm::length(middle - root);
    const float lower = glm::length(end - middle);
    const glm::vec3 to_target = target - root;
    const float wanted = glm::length(to_target);
    const float longest = upper + lower - 1e-4f;
    float softened = wanted;
    if (const float start = soften * longest; wanted > start && soften < 1.0f) {
        const float room = longest - start;
        softened = start + room * (1.0f - std::exp((start - wanted) / room));
    }
    const float reach = std::clamp(softened, std::abs(upper - lower) + 1e-4f, longest);
    reached = softened == wanted && wanted <= longest && wanted >= std::abs(upper - lower) + 1e-4f;
    if (wanted < 1e-6f) return;
    const glm::vec3 dir = to_target / wanted;

    // The bend direction: toward the pole, perpendicular to the root-target line.
    glm::vec3 bend = (pole - root) - glm::dot(pole - root, dir) * dir;
    if (glm::dot(bend, bend) < 1e-10f) bend = (middle - root) - glm::dot(middle - root, dir) * dir;
    if (glm::dot(bend, bend) < 1e-10f) return;
    bend = glm::normalize(bend);

    const float cos_root = std::clamp((upper * upper + reach * reach - lower * lower) / (2.0f * upper * reach), -1.0f, 1.0f);
    const float sin_root = std::sqrt(1.0f - cos_root * cos_root);
    const glm::vec3 new_middle = root + upper * (cos_root * dir + sin_root * bend);
    const glm::vec3 new_end = root + reach * dir;

    root_turn = rotation_between(middle - root, new_middle - root);
    // Also turn about the upper bone so the limb's plane contains the pole: rotating the
    // old end with root_turn, then aligning the lower bone.
    const glm::vec3 end_after_root = root + root_turn * (end - root);
    middle_turn = rotation_between(end_after_root - new_middle, new_end - new_middle);
}

} // namespace legwork
