#pragma once
// Two-bone IK: turns a limb's upper and middle joints so its end reaches a target, bending
// toward a pole point (the knee's or elbow's direction). Analytic, like ozz's
// IKTwoBoneJob: the law of cosines gives the middle angle, the pole fixes the plane.

#include <glm/glm.hpp>
#include <glm/gtc/quaternion.hpp>

namespace legwork {

struct TwoBoneIk {
    // Inputs: world positions of the three joints, the target and the pole.
    glm::vec3 root, middle, end, target, pole;
    // Past this fraction of the limb's length the end falls behind a target that draws it
    // straight, nearing full length only as the target goes out of reach, so the middle
    // joint never snaps straight (ozz's soften). 1: the end follows the target to the limb's
    // full length.
    float soften = 1.0f;
    // Outputs: world-space rotations to apply (pre-multiply) to the root joint, then to the
    // middle joint after the root's has been applied.
    glm::quat root_turn{1, 0, 0, 0};
    glm::quat middle_turn{1, 0, 0, 0};
    bool reached = false; // false when out of reach (the limb points at it) or softened short

    void run();
};

// The shortest rotation taking direction `from` to direction `to` (need not be unit length).
glm::quat rotation_between(glm::vec3 from, glm::vec3 to);

} // namespace legwork
