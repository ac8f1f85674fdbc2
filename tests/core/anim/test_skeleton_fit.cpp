// Fitting the canonical skeleton to a model's joints in its bind pose: the canonical body
// fits back onto itself from any pose with straight limbs, the bind transforms carry the
// rest pose to where the model's joints are, and missing joints are placed.
#include "core/anim/pose.h"
#include "core/anim/skeleton_fit.h"

#include <catch2/catch.hpp>

using namespace legwork;

namespace {

// The joints of `skeleton` posed in `pose`, and those transforms.
JointPositions posed_joints(const Skeleton& skeleton, const Pose& pose,
                            std::array<glm::mat4, kJointCount>& world) {
    world_transforms(skeleton, pose, world);
    JointPositions joints;
    for (int j = 0; j < kJointCount; ++j) joints[j] = glm::vec3(world[j][3]);
    return joints;
}

float worst_distance(const std::array<glm::vec3, kJointCount>& a,
                     const std::array<glm::vec3, kJointCount>& b) {
    float worst = 0.0f;
    for (int j = 0; j < kJointCount; ++j) worst = std::max(worst, glm::distance(a[j], b[j]));
    return worst;
}

} // namespace

TEST_CASE("The canonical body fits back onto itself from an A-pose or a T-pose", "[anim][fit]") {
    const Skeleton canonical = make_skeleton({1.62f, 1.0f});
    for (float arms_deg : {kBindArmAbductionDeg, 90.0f}) {
        INFO("arms out " << arms_deg << " degrees");
        std::array<glm::mat4, kJointCount> world{};
        const JointPositions joints =
            posed_joints(canonical, bind_pose(canonical, arms_deg), world);
        const SkeletonFit fit = fit_skeleton(joints, canonical.height_m);
        CHECK(worst_distance(rest_positions(fit.skeleton), rest_positions(canonical)) < 1e-5f);
        CHECK(fit.skeleton.parent == canonical.parent);
        // The bind transforms are the bind pose's own: the same skinning either way.
        for (int j = 0; j < kJointCount; ++j)
            for (int c = 0; c < 4; ++c)
                CHECK(glm::distance(fit.bind_world[j][c], world[j][c]) < 1e-5f);
    }
}

TEST_CASE("The bind transforms carry the fitted skeleton's rest pose to the model's joints",
          "[anim][fit]") {
    // A body with its own proportions, legs apart, feet turned out and an elbow bent.
    Skeleton body = make_skeleton({1.8f, 1.0f});
    body.rest_offset[index(Joint::leftLowerLeg)].y *= 1.1f;
    body.rest_offset[index(Joint::rightLowerLeg)].y *= 1.1f;
    body.rest_offset[index(Joint::rightLowerArm)].y *= 0.9f;
    Pose pose = bind_pose(body, 70.0f);
    pose.local_rotation[index(Joint::leftUpperLeg)] =
        glm::angleAxis(glm::radians(8.0f), glm::vec3(0, 0, 1));
    pose.local_rotation[index(Joint::rightUpperLeg)] =
        glm::angleAxis(glm::radians(-8.0f), glm::vec3(0, 0, 1));
    pose.local_rotation[index(Joint::leftFoot)] =
        glm::angleAxis(glm::radians(-15.0f), glm::vec3(0, 1, 0));
    pose.local_rotation[index(Joint::rightLowerArm)] =
        glm::angleAxis(glm::radians(30.0f), glm::vec3(1, 0, 0));
    std::array<glm::mat4, kJointCount> world{};
    const JointPositions joints = posed_joints(body, pose, world);
    const SkeletonFit fit = fit_skeleton(joints, body.height_m);

    // Rest pose: limbs hang straight with the model's lengths.
    const auto rest = rest_positions(fit.skeleton);
    for (Joint end :
         {Joint::leftLowerLeg, Joint::leftFoot, Joint::rightLowerArm, Joint::rightHand}) {
        const glm::vec3 bone = rest[index(end)] - rest[index(end) - 1];
        CHECK(bone.x == Approx(0.0f).margin(1e-6f));
        CHECK(bone.z == Approx(0.0f).margin(1e-6f));
        CHECK(glm::length(bone) ==
              Approx(glm::distance(*joints[index(end)], *joints[index(end) - 1])).epsilon(1e-5f));
    }
    // Feet point forward at rest, the ankles as high as the model's.
    CHECK(rest[index(Joint::leftToes)].x == Approx(rest[index(Joint::leftFoot)].x).margin(1e-6f));
    CHECK(rest[index(Joint::leftFoot)].y ==
          Approx(joints[index(Joint::leftFoot)]->y).margin(1e-5f));
    // Each joint's bind transform stands where the model's joint is, and moving each bone
    // by its bind turn from the rest pose gives the model's bones.
    for (int j = 0; j < kJointCount; ++j) {
        CHECK(glm::distance(glm::vec3(fit.bind_world[j][3]), *joints[j]) < 1e-5f);
        const int parent = fit.skeleton.parent[j];
        if (parent < 0) continue;
        const glm::vec3 bone = glm::mat3(fit.bind_world[parent]) * fit.skeleton.rest_offset[j];
        CHECK(glm::distance(bone, *joints[j] - *joints[parent]) < 1e-5f);
    }
}

TEST_CASE("Joints a model lacks are placed: the trunk's between their neighbours, shoulders and "
          "toes by the "
          "body's proportions",
          "[anim][fit]") {
    const Skeleton canonical = make_skeleton();
    std::array<glm::mat4, kJointCount> world{};
    JointPositions joints = posed_joints(canonical, bind_pose(canonical), world);
    for (Joint optional :
         {Joint::chest, Joint::upperChest, Joint::leftShoulder, Joint::rightToes}) {
        CHECK_FALSE(required_joint(optional));
        joints[index(optional)].reset();
    }
    for (Joint required :
         {Joint::hips, Joint::spine, Joint::head, Joint::leftHand, Joint::rightFoot})
        CHECK(required_joint(required));
    const SkeletonFit fit = fit_skeleton(joints, canonical.height_m);
    const auto rest = rest_positions(fit.skeleton);
    const auto expected = rest_positions(canonical);
    const glm::vec3 spine = expected[index(Joint::spine)], neck = expected[index(Joint::neck)];
    CHECK(glm::distance(rest[index(Joint::chest)], glm::mix(spine, neck, 1.0f / 3.0f)) < 1e-5f);
    CHECK(glm::distance(rest[index(Joint::upperChest)], glm::mix(spine, neck, 2.0f / 3.0f)) <
          1e-5f);
    // Near where the canonical body has them.
    CHECK(glm::distance(rest[index(Joint::leftShoulder)], expected[index(Joint::leftShoulder)]) <
          0.02f);
    CHECK(glm::distance(rest[index(Joint::rightToes)], expected[index(Joint::rightToes)]) < 0.01f);
    // The joints the model has stay where it has them.
    for (Joint kept : {Joint::neck, Joint::leftUpperArm, Joint::rightFoot, Joint::leftToes})
        CHECK(glm::distance(rest[index(kept)], expected[index(kept)]) < 1e-5f);
}
