#include "core/anim/body_shape.h"

#include <array>

namespace legwork {
namespace {

constexpr int kNoJoint = -1;
constexpr float kThighAtHip = 0.045f, kThighAtKnee = 0.030f;
constexpr float kKnee = 0.030f, kShinAtAnkle = 0.020f;

// Upper back 0.058 h behind the upper chest and sacrum 0.060 h behind the hips (skeleton.cpp)
// bound the trunk's radii; hips' sides 0.045 h outside the hip joints bound the pelvis's.
constexpr std::array<BodySegmentShape, 22> kSegments{{
    {Joint::leftUpperLeg, index(Joint::rightUpperLeg), Site::headTop, 0.045f, 0.045f}, // pelvis
    {Joint::hips, index(Joint::chest), Site::headTop, 0.058f, 0.058f},                 // abdomen
    {Joint::chest, index(Joint::neck), Site::headTop, 0.056f,
     0.032f}, // thorax, narrowing to the neck
    {Joint::leftUpperArm, index(Joint::rightUpperArm), Site::headTop, 0.030f, 0.030f}, // shoulders
    {Joint::neck, index(Joint::head), Site::headTop, 0.030f, 0.030f},
    {Joint::head, kNoJoint, Site::headTop, 0.042f, 0.010f},
    {Joint::leftUpperArm, index(Joint::leftLowerArm), Site::headTop, 0.024f, 0.020f},
    {Joint::leftLowerArm, index(Joint::leftHand), Site::headTop, 0.019f, 0.015f},
    {Joint::leftHand, kNoJoint, Site::leftHandTip, 0.012f, 0.008f},
    {Joint::rightUpperArm, index(Joint::rightLowerArm), Site::headTop, 0.024f, 0.020f},
    {Joint::rightLowerArm, index(Joint::rightHand), Site::headTop, 0.019f, 0.015f},
    {Joint::rightHand, kNoJoint, Site::rightHandTip, 0.012f, 0.008f},
    {Joint::leftUpperLeg, index(Joint::leftLowerLeg), Site::headTop, kThighAtHip, kThighAtKnee},
    {Joint::leftLowerLeg, index(Joint::leftFoot), Site::headTop, kKnee, kShinAtAnkle},
    {Joint::leftFoot, index(Joint::leftToes), Site::headTop, 0.022f, 0.012f},
    {Joint::leftToes, kNoJoint, Site::leftToeTip, 0.012f, 0.004f},
    {Joint::rightUpperLeg, index(Joint::rightLowerLeg), Site::headTop, kThighAtHip, kThighAtKnee},
    {Joint::rightLowerLeg, index(Joint::rightFoot), Site::headTop, kKnee, kShinAtAnkle},
    {Joint::rightFoot, index(Joint::rightToes), Site::headTop, 0.022f, 0.012f},
    {Joint::rightToes, kNoJoint, Site::rightToeTip, 0.012f, 0.004f},
    {Joint::leftFoot, kNoJoint, Site::leftHeel, 0.022f, 0.004f},
    {Joint::rightFoot, kNoJoint, Site::rightHeel, 0.022f, 0.004f},
}};

} // namespace

std::span<const BodySegmentShape> body_segment_shapes() {
    return kSegments;
}

float thigh_radius_m(const Skeleton& skeleton, float fraction) {
    return skeleton.height_m * (kThighAtHip + fraction * (kThighAtKnee - kThighAtHip));
}

float shin_radius_m(const Skeleton& skeleton, float fraction) {
    return skeleton.height_m * (kKnee + fraction * (kShinAtAnkle - kKnee));
}

float knee_radius_m(const Skeleton& skeleton) {
    return skeleton.height_m * kKnee;
}

float joint_radius_m(const Skeleton& skeleton, Joint joint) {
    for (const BodySegmentShape& segment : kSegments)
        if (segment.from == joint) return skeleton.height_m * segment.radius_from_h;
    return 0.0f;
}

} // namespace legwork
