#include "core/avatar/muscle_map.h"

#include "core/avatar/body_scale.h"

#include <cassert>
#include <cmath>

namespace legwork {
namespace {

enum class Limb { trunk, head, leftArm, rightArm, leftLeg, rightLeg };

Limb limb_of(Joint joint) {
    switch (joint) {
    case Joint::hips:
    case Joint::spine:
    case Joint::chest:
    case Joint::upperChest:
        return Limb::trunk;
    case Joint::neck:
    case Joint::head:
        return Limb::head;
    case Joint::leftShoulder:
    case Joint::leftUpperArm:
    case Joint::leftLowerArm:
    case Joint::leftHand:
        return Limb::leftArm;
    case Joint::rightShoulder:
    case Joint::rightUpperArm:
    case Joint::rightLowerArm:
    case Joint::rightHand:
        return Limb::rightArm;
    case Joint::leftUpperLeg:
    case Joint::leftLowerLeg:
    case Joint::leftFoot:
    case Joint::leftToes:
        return Limb::leftLeg;
    default:
        return Limb::rightLeg;
    }
}

// 1 well inside an edge, 0 well outside, easing over `feather` centred on the edge;
// `outside` is the signed distance past the edge (negative inside).
float ramp(float outside, float feather) {
    return 1.0f - glm::smoothstep(-0.5f * feather, 0.5f * feather, outside);
}

// Signed distance past the interval [lo, hi].
float beyond(float v, float lo, float hi) {
    return glm::max(lo - v, v - hi);
}

// A point's place on a limb bone: how far down it (fraction of the bone's length), the
// angle around it in degrees (0 front, +90 outer side) and its distance from the axis.
struct AroundBone {
    float along;
    float along_m;
    float length_m;
    float angle_deg;
    float radius_m;
};

AroundBone around_bone(const MuscleMap& map, Joint joint, Joint child, float side,
                       const glm::vec3& p) {
    const glm::vec3 q = glm::vec3(map.bind_inverse[index(joint)] * glm::vec4(p, 1.0f));
    const glm::vec3 c = glm::vec3(map.bind_inverse[index(joint)] * map.bind_world[index(child)][3]);
    const float length = glm::length(c);
    const glm::vec3 axis = c / length; // down the limb
    const float along = glm::dot(q, axis);
    const glm::vec3 across = q - axis * along;
    const float lateral = side * across.x, front = across.z;
    return {along / length, along, length, glm::degrees(std::atan2(lateral, front)),
            glm::length(across)};
}

// Signed arc length (metres) past the sector centre +- half_width (degrees).
float beyond_arc(const AroundBone& b, float centre_deg, float half_width_deg) {
    const float off = std::remainder(b.angle_deg - centre_deg, 360.0f);
    return glm::radians(std::abs(off) - half_width_deg) * b.radius_m;
}

float sector(const AroundBone& b, float centre_deg, float half_width_deg, float from, float to,
             float feather) {
    return ramp(beyond(b.along, from, to) * b.length_m, feather) *
           ramp(beyond_arc(b, centre_deg, half_width_deg), feather);
}

} // namespace

MuscleMap make_muscle_map(const Skeleton& skeleton, std::span<const glm::mat4> bind_world) {
    assert(bind_world.size() >= kJointCount && "one transform per joint");
    MuscleMap map;
    for (int j = 0; j < kJointCount; ++j) {
        map.bind_world[j] = bind_world[j];
        map.bind_inverse[j] = glm::inverse(bind_world[j]);
    }
    map.scale = body_scale(skeleton);
    map.feather_m = 0.02f * map.scale;
    return map;
}

MuscleWeights muscle_weights(const MuscleMap& map, const glm::vec3& position,
                             const glm::u8vec4& joints, const glm::vec4& weights) {
    float share[6] = {};
    for (int k = 0; k < 4; ++k)
        share[static_cast<int>(limb_of(static_cast<Joint>(joints[k])))] += weights[k];
    MuscleWeights out{};
    const float arms_and_head = share[static_cast<int>(Limb::leftArm)] +
                                share[static_cast<int>(Limb::rightArm)] +
                                share[static_cast<int>(Limb::head)];
    if (arms_and_head >= 0.5f) return out;

    // The side: the leg the point follows, else the side of the body it is on.
    const float left_leg = share[static_cast<int>(Limb::leftLeg)];
    const float right_leg = share[static_cast<int>(Limb::rightLeg)];
    const glm::vec3 in_hips =
        glm::vec3(map.bind_inverse[index(Joint::hips)] * glm::vec4(position, 1.0f));
    const bool left = left_leg != right_leg ? left_leg > right_leg : in_hips.x >= 0.0f;
    const float side = left ? 1.0f : -1.0f;
    const auto j = [left](Joint joint) { return left ? joint : mirror(joint); };
    const float s = map.scale, f = map.feather_m;

    const AroundBone thigh =
        around_bone(map, j(Joint::leftUpperLeg), j(Joint::leftLowerLeg), side, position);
    out[index(MuscleRegion::quadriceps)] = sector(thigh, 22.5f, 77.5f, 0.10f, 0.90f, f);
    out[index(MuscleRegion::hamstrings)] = sector(thigh, 180.0f, 50.0f, 0.24f, 0.92f, f);
    out[index(MuscleRegion::adductors)] = sector(thigh, -95.0f, 40.0f, 0.02f, 0.68f, f);

    const AroundBone shank =
        around_bone(map, j(Joint::leftLowerLeg), j(Joint::leftFoot), side, position);
    out[index(MuscleRegion::calves)] = sector(shank, 180.0f, 70.0f, 0.06f, 0.72f, f);
    out[index(MuscleRegion::shins)] = sector(shank, 40.0f, 55.0f, 0.10f, 0.85f, f);

    // Around the hip joint, in the pelvis's frame: outward, up and forward, metres.
    const glm::vec3 hip = glm::vec3(map.bind_inverse[index(Joint::hips)] *
                                    map.bind_world[index(j(Joint::leftUpperLeg))][3]);
    const float out_m = side * (in_hips.x - hip.x), up = in_hips.y - hip.y, fwd = in_hips.z - hip.z;
    const float from_midline = side * in_hips.x;
    out[index(MuscleRegion::glutes)] =
        ramp(fwd + 0.03f * s, f) * ramp(beyond(up, -0.10f * s, 0.07f * s), f) *
        ramp(out_m - 0.055f * s, f) * ramp(0.006f * s - from_midline, f);
    out[index(MuscleRegion::hipAbductors)] = ramp(0.045f * s - out_m, f) *
                                             ramp(beyond(up, 0.0f, 0.11f * s), f) *
                                             ramp(beyond(fwd, -0.09f * s, 0.035f * s), f);
    out[index(MuscleRegion::hipFlexors)] = ramp(0.03f * s - fwd, f) *
                                           ramp(beyond(up, -0.07f * s, 0.06f * s), f) *
                                           ramp(beyond(out_m, -0.045f * s, 0.045f * s), f);

    // The core: a belt around the trunk from the pelvis to the ribs, reaching lower in
    // front (the lower abdomen) than behind (where the glutes begin).
    const float facing = std::cos(std::atan2(in_hips.x, in_hips.z)); // 1 front, -1 back
    const float bottom = 0.05f * s - 0.08f * s * glm::max(facing, 0.0f);
    const float trunk = share[static_cast<int>(Limb::trunk)];
    out[index(MuscleRegion::core)] =
        ramp(beyond(in_hips.y, bottom, 0.30f * s), f) * glm::smoothstep(0.3f, 0.6f, trunk);

    // Feet carry no region: the shank's regions end above the ankle, and the shoe is a shoe.
    const float foot = [&] {
        float sum = 0.0f;
        for (int k = 0; k < 4; ++k) {
            const Joint joint = static_cast<Joint>(joints[k]);
            if (joint == j(Joint::leftFoot) || joint == j(Joint::leftToes)) sum += weights[k];
        }
        return sum;
    }();
    const float keep = (1.0f - glm::smoothstep(0.0f, 0.5f, arms_and_head)) *
                       (1.0f - glm::smoothstep(0.3f, 0.7f, foot));
    for (float& w : out) w = glm::clamp(w * keep, 0.0f, 1.0f);
    return out;
}

} // namespace legwork
