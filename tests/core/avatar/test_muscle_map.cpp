// Muscle regions on the avatar lie where the muscles are, on both sides alike, with soft
// edges; and the map works from a skeleton alone, for any model.
#include "avatar_fixture.h"
#include "core/anim/pose.h"
#include "core/avatar/muscle_map.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace legwork;
using legwork::test::avatar;

namespace {

// Area-weighted extent of a region on one side of the body (x > 0 left, x < 0 right).
struct Patch {
    double area_m2 = 0.0;
    glm::dvec3 centroid{0.0};
};

Patch patch(const SkinnedMesh& mesh, MuscleRegion region, bool left) {
    // Each vertex stands for a third of the area of the triangles around it.
    std::vector<double> area(mesh.vertex_count(), 0.0);
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3) {
        const glm::vec3 a = mesh.positions[mesh.indices[t]],
                        b = mesh.positions[mesh.indices[t + 1]],
                        c = mesh.positions[mesh.indices[t + 2]];
        const double third = glm::length(glm::cross(b - a, c - a)) / 6.0;
        for (int k = 0; k < 3; ++k) area[mesh.indices[t + k]] += third;
    }
    Patch p;
    for (std::size_t v = 0; v < mesh.vertex_count(); ++v) {
        if ((mesh.positions[v].x > 0.0f) != left) continue;
        const double w = area[v] * mesh.muscles[v][index(region)];
        p.area_m2 += w;
        p.centroid += w * glm::dvec3(mesh.positions[v]);
    }
    if (p.area_m2 > 0.0) p.centroid /= p.area_m2;
    return p;
}

} // namespace

TEST_CASE("Every muscle region covers skin on both sides of the body, mirror images of "
          "each other",
          "[avatar][muscles]") {
    const SkinnedMesh& mesh = avatar();
    for (int r = 0; r < kMuscleRegionCount; ++r) {
        const MuscleRegion region = static_cast<MuscleRegion>(r);
        INFO(muscle_region_name(region));
        const Patch left = patch(mesh, region, true), right = patch(mesh, region, false);
        CHECK(left.area_m2 > 50e-4); // at least 50 cm^2 each side
        CHECK(right.area_m2 == Approx(left.area_m2).epsilon(0.05));
        const glm::dvec3 mirrored{-right.centroid.x, right.centroid.y, right.centroid.z};
        CHECK(glm::distance(left.centroid, mirrored) < 0.01);
    }
}

TEST_CASE("Muscle regions lie where the muscles are", "[avatar][muscles]") {
    const SkinnedMesh& mesh = avatar();
    const Skeleton skeleton = make_skeleton();
    std::array<glm::mat4, kJointCount> world;
    world_transforms(skeleton, bind_pose(skeleton), world);
    const auto at = [&](Joint j) { return glm::dvec3(world[index(j)][3]); };
    const glm::dvec3 hip = at(Joint::leftUpperLeg), knee = at(Joint::leftLowerLeg),
                     ankle = at(Joint::leftFoot), spine = at(Joint::spine),
                     chest = at(Joint::chest);
    const auto centre = [&](MuscleRegion r) { return patch(mesh, r, true).centroid; };

    // Thigh: hamstrings behind the femur, quadriceps in front, adductors on the inside.
    for (MuscleRegion r :
         {MuscleRegion::hamstrings, MuscleRegion::quadriceps, MuscleRegion::adductors}) {
        INFO(muscle_region_name(r));
        CHECK(centre(r).y < hip.y);
        CHECK(centre(r).y > knee.y);
    }
    CHECK(centre(MuscleRegion::hamstrings).z < hip.z - 0.03);
    CHECK(centre(MuscleRegion::quadriceps).z > hip.z + 0.03);
    CHECK(centre(MuscleRegion::adductors).x < hip.x - 0.03);
    // Shank: calves behind, shins in front and toward the outside.
    for (MuscleRegion r : {MuscleRegion::calves, MuscleRegion::shins}) {
        INFO(muscle_region_name(r));
        CHECK(centre(r).y < knee.y);
        CHECK(centre(r).y > ankle.y);
    }
    CHECK(centre(MuscleRegion::calves).z < knee.z - 0.02);
    CHECK(centre(MuscleRegion::shins).z > knee.z + 0.01);
    CHECK(centre(MuscleRegion::shins).x > knee.x);
    // Hip: glutes behind the pelvis, abductors on its outside, flexors at the groin.
    CHECK(centre(MuscleRegion::glutes).z < hip.z - 0.06);
    CHECK(std::abs(centre(MuscleRegion::glutes).y - hip.y) < 0.08);
    CHECK(centre(MuscleRegion::hipAbductors).x > hip.x + 0.04);
    CHECK(centre(MuscleRegion::hipAbductors).y > hip.y - 0.01);
    CHECK(centre(MuscleRegion::hipFlexors).z > hip.z + 0.04);
    CHECK(std::abs(centre(MuscleRegion::hipFlexors).y - hip.y) < 0.08);
    // Core: around the lumbar spine, between the pelvis and the ribs, front and back.
    const glm::dvec3 core = centre(MuscleRegion::core);
    CHECK(core.y > spine.y - 0.08);
    CHECK(core.y < chest.y + 0.05);
    CHECK(core.z > spine.z);
    bool front = false, back = false;
    for (std::size_t v = 0; v < mesh.vertex_count(); ++v) {
        if (mesh.muscles[v][index(MuscleRegion::core)] < 0.9f) continue;
        if (mesh.positions[v].z > spine.z + 0.08) front = true;
        if (mesh.positions[v].z < spine.z - 0.06) back = true;
    }
    CHECK(front);
    CHECK(back);
}

TEST_CASE("Arms, head and shoes belong to no muscle region", "[avatar][muscles]") {
    const SkinnedMesh& mesh = avatar();
    for (std::size_t v = 0; v < mesh.vertex_count(); ++v) {
        const glm::vec3 p = mesh.positions[v];
        const bool hand_or_forearm = std::abs(p.x) > 0.28f;
        const bool head = p.y > 1.5f;
        const bool sole = p.y < 0.03f;
        if (!hand_or_forearm && !head && !sole) continue;
        for (float w : mesh.muscles[v]) REQUIRE(w == 0.0f);
    }
}

TEST_CASE("A muscle region's edge eases from 1 to 0 over about 2 cm", "[avatar][muscles]") {
    const Skeleton skeleton = make_skeleton();
    std::array<glm::mat4, kJointCount> world;
    world_transforms(skeleton, bind_pose(skeleton), world);
    const MuscleMap map = make_muscle_map(skeleton, world);
    // Walk around the left thigh halfway down, 7 cm from the femur, from front to back:
    // the quadriceps give way to the hamstrings.
    const glm::vec3 hip{world[index(Joint::leftUpperLeg)][3]},
        knee{world[index(Joint::leftLowerLeg)][3]};
    const glm::vec3 middle = 0.5f * (hip + knee);
    const float radius = 0.07f;
    float first_above = -1.0f, last_below = -1.0f;
    for (float deg = 90.0f; deg <= 180.0f; deg += 0.05f) {
        const float a = glm::radians(deg); // 90: outer side, 180: back
        const glm::vec3 p = middle + radius * glm::vec3(std::sin(a), 0.0f, std::cos(a));
        const float w = muscle_weights(map, p, {index(Joint::leftUpperLeg), 0, 0, 0},
                                       {1, 0, 0, 0})[index(MuscleRegion::hamstrings)];
        if (w <= 0.05f) last_below = deg;
        if (w >= 0.95f && first_above < 0.0f) first_above = deg;
    }
    REQUIRE(first_above > 0.0f);
    REQUIRE(last_below > 0.0f);
    const float ramp_m = glm::radians(first_above - last_below) * radius;
    CHECK(ramp_m > 0.01f);
    CHECK(ramp_m < 0.03f);
}

TEST_CASE("Muscle regions follow the skeleton of any height", "[avatar][muscles]") {
    // A 1.5 m skeleton's thigh regions sit on its own, shorter femur.
    for (float height : {1.5f, 2.0f}) {
        const Skeleton skeleton = make_skeleton({height, 1.0f});
        std::array<glm::mat4, kJointCount> world;
        world_transforms(skeleton, bind_pose(skeleton), world);
        const MuscleMap map = make_muscle_map(skeleton, world);
        const glm::vec3 hip{world[index(Joint::leftUpperLeg)][3]},
            knee{world[index(Joint::leftLowerLeg)][3]};
        const glm::vec3 front_of_thigh =
            glm::mix(hip, knee, 0.5f) + glm::vec3(0, 0, 0.07f * height / 1.75f);
        const MuscleWeights w = muscle_weights(map, front_of_thigh,
                                               {index(Joint::leftUpperLeg), 0, 0, 0}, {1, 0, 0, 0});
        CHECK(w[index(MuscleRegion::quadriceps)] == 1.0f);
        CHECK(w[index(MuscleRegion::hamstrings)] == 0.0f);
    }
}
