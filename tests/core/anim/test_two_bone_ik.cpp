#include "core/anim/two_bone_ik.h"

#include <catch2/catch.hpp>

using namespace legwork;

TEST_CASE("Two-bone IK puts the limb's end on a reachable target, bending toward the pole",
          "[anim][ik]") {
    TwoBoneIk ik{{0, 1, 0}, {0, 0.5f, 0}, {0, 0, 0}, {0, 0.3f, 0.4f}, {0, 0.5f, 1.0f}};
    ik.run();
    CHECK(ik.reached);
    const glm::vec3 middle = ik.root + ik.root_turn * (ik.middle - ik.root);
    const glm::vec3 end_after_root = ik.root + ik.root_turn * (ik.end - ik.root);
    const glm::vec3 end = middle + ik.middle_turn * (end_after_root - middle);
    CHECK(glm::length(end - ik.target) < 1e-4f);
    CHECK(glm::length(middle - ik.root) == Approx(0.5f)); // bones keep their lengths
    CHECK(glm::length(end - middle) == Approx(0.5f));
    CHECK(middle.z > 0.1f); // the knee went toward the pole, in front
}

TEST_CASE("Two-bone IK points a limb straight at a target out of reach", "[anim][ik]") {
    TwoBoneIk ik{{0, 1, 0}, {0, 0.5f, 0.1f}, {0, 0, 0}, {0, -2.0f, 0}, {0, 0.5f, 1.0f}};
    ik.run();
    CHECK_FALSE(ik.reached);
    const glm::vec3 middle = ik.root + ik.root_turn * (ik.middle - ik.root);
    CHECK(middle.y < 0.52f);
    CHECK(std::abs(middle.z) < 0.01f);
}
