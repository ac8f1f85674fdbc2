#include "core/anim/skeleton_fit.h"

#include "core/anim/two_bone_ik.h"

#include <cassert>
#include <cmath>
#include <glm/gtc/quaternion.hpp>

namespace legwork {
namespace {

constexpr glm::vec3 kDown{0.0f, -1.0f, 0.0f};

// The trunk from the hips up: a missing joint goes between the nearest present ones.
constexpr std::array<Joint, 6> kTrunk{Joint::hips,       Joint::spine, Joint::chest,
                                      Joint::upperChest, Joint::neck,  Joint::head};

// A missing shoulder sits where the canonical body has it between the upper chest and the
// upper arm: a fifth of the way out, nine tenths of the way up.
constexpr glm::vec3 kShoulderBetween{0.2f, 0.9f, 0.2f};
// A missing ball of the foot: two thirds of the way from the ankle down to the sole, and
// this far forward (canonical proportions, in body heights).
constexpr float kToesDrop = 2.0f / 3.0f;
constexpr float kToesForward_h = 0.078f;

struct Limb {
    Joint upper, middle, end;
};
constexpr std::array<Limb, 4> kLimbs{{
    {Joint::leftUpperLeg, Joint::leftLowerLeg, Joint::leftFoot},
    {Joint::rightUpperLeg, Joint::rightLowerLeg, Joint::rightFoot},
    {Joint::leftUpperArm, Joint::leftLowerArm, Joint::leftHand},
    {Joint::rightUpperArm, Joint::rightLowerArm, Joint::rightHand},
}};

// Every joint's bind position: the model's, or placed.
std::array<glm::vec3, kJointCount> complete(const JointPositions& bind, float height_m) {
    std::array<glm::vec3, kJointCount> p{};
    for (int j = 0; j < kJointCount; ++j) {
        assert((bind[j] || !required_joint(static_cast<Joint>(j))) &&
               "a required joint is missing");
        if (bind[j]) p[j] = *bind[j];
    }
    for (std::size_t i = 1; i + 1 < kTrunk.size(); ++i) {
        if (bind[index(kTrunk[i])]) continue;
        std::size_t below = i - 1, above = i + 1;
        while (!bind[index(kTrunk[below])]) --below;
        while (!bind[index(kTrunk[above])]) ++above;
        const float t = static_cast<float>(i - below) / static_cast<float>(above - below);
        p[index(kTrunk[i])] = glm::mix(p[index(kTrunk[below])], p[index(kTrunk[above])], t);
    }
    for (Joint shoulder : {Joint::leftShoulder, Joint::rightShoulder}) {
        if (bind[index(shoulder)]) continue;
        const glm::vec3 chest = p[index(Joint::upperChest)];
        p[index(shoulder)] = chest + kShoulderBetween * (p[index(shoulder) + 1] - chest);
    }
    for (Joint toes : {Joint::leftToes, Joint::rightToes}) {
        if (bind[index(toes)]) continue;
        const glm::vec3 foot = p[index(toes) - 1];
        p[index(toes)] = foot + glm::vec3(0.0f, -kToesDrop * foot.y, kToesForward_h * height_m);
    }
    return p;
}

} // namespace

bool required_joint(Joint joint) {
    switch (joint) {
    case Joint::chest:
    case Joint::upperChest:
    case Joint::neck:
    case Joint::leftShoulder:
    case Joint::rightShoulder:
    case Joint::leftToes:
    case Joint::rightToes:
        return false;
    default:
        return true;
    }
}

SkeletonFit fit_skeleton(const JointPositions& bind_m, float height_m) {
    const std::array<glm::vec3, kJointCount> p = complete(bind_m, height_m);
    SkeletonFit fit;
    Skeleton& s = fit.skeleton;
    s = make_skeleton({height_m, 1.0f}); // the parents, and sites to start from
    std::array<glm::quat, kJointCount> turn;
    turn.fill(glm::quat(1.0f, 0.0f, 0.0f, 0.0f));

    // Trunk, hips and shoulders as the model has them.
    for (int j = 1; j < kJointCount; ++j) s.rest_offset[j] = p[j] - p[s.parent[j]];
    // Limbs hang straight in the rest pose; the bind pose turns each bone from its parent's
    // direction to the model's.
    for (const Limb& limb : kLimbs) {
        const glm::vec3 upper = p[index(limb.middle)] - p[index(limb.upper)];
        const glm::vec3 lower = p[index(limb.end)] - p[index(limb.middle)];
        s.rest_offset[index(limb.middle)] = glm::length(upper) * kDown;
        s.rest_offset[index(limb.end)] = glm::length(lower) * kDown;
        const glm::quat upper_turn = rotation_between(kDown, upper);
        turn[index(limb.upper)] = upper_turn;
        turn[index(limb.middle)] =
            glm::normalize(rotation_between(upper_turn * kDown, lower) * upper_turn);
        turn[index(limb.end)] = turn[index(limb.middle)]; // a hand goes on along its forearm
    }
    // Feet point forward at rest: the bind pose turns them out about the vertical only, so
    // a sole flat on the floor stays flat.
    for (Joint toes : {Joint::leftToes, Joint::rightToes}) {
        const glm::vec3 d = p[index(toes)] - p[index(toes) - 1];
        s.rest_offset[index(toes)] = {0.0f, d.y, std::hypot(d.x, d.z)};
        const glm::quat yaw = glm::angleAxis(std::atan2(d.x, d.z), glm::vec3(0, 1, 0));
        turn[index(toes) - 1] = yaw;
        turn[index(toes)] = yaw;
    }
    // The hips stand as high as the straightened legs reach, over the ankles' height.
    float hips_y = 0.0f;
    for (Joint upper : {Joint::leftUpperLeg, Joint::rightUpperLeg}) {
        const int u = index(upper);
        hips_y += 0.5f * (p[u + 2].y - s.rest_offset[u].y - s.rest_offset[u + 1].y -
                          s.rest_offset[u + 2].y);
    }
    s.rest_offset[index(Joint::hips)] = {p[index(Joint::hips)].x, hips_y, p[index(Joint::hips)].z};

    for (int j = 0; j < kJointCount; ++j) {
        fit.bind_world[j] = glm::mat4_cast(turn[j]);
        fit.bind_world[j][3] = glm::vec4(p[j], 1.0f);
    }
    return fit;
}

} // namespace legwork
