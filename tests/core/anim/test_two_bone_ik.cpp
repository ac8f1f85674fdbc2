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

TEST_CASE("Softened two-bone IK lets the middle joint straighten gradually as the target goes out "
          "of reach",
          "[anim][ik]") {
    // The target moves 1 mm at a time from 0.9 to 1.02 of the limb's length. Unsoftened, the
    // knee swings to straight over the last millimetres, over a centimetre a step; softened,
    // it moves a few millimetres at most, and it bends, short of the target, where the
    // target is only just in reach.
    const auto knee = [](float distance, float soften) {
        TwoBoneIk ik{{0, 1, 0}, {0, 0.5f, 0}, {0, 0, 0}, {0, 1.0f - distance, 0}, {0, 0.5f, 1.0f}};
        ik.soften = soften;
        ik.run();
        return ik.root + ik.root_turn * (ik.middle - ik.root);
    };
    float hard = 0.0f, soft = 0.0f;
    for (float d = 0.9f; d < 1.02f; d += 0.001f) {
        hard = std::max(hard, glm::distance(knee(d, 1.0f), knee(d + 0.001f, 1.0f)));
        soft = std::max(soft, glm::distance(knee(d, 0.9f), knee(d + 0.001f, 0.9f)));
    }
    CHECK(hard > 0.012f);
    CHECK(soft < 0.004f);
    CHECK(knee(0.999f, 0.9f).z > 0.05f);
    CHECK(knee(0.999f, 1.0f).z < 0.03f);
}
