#pragma once
// BodyAngles: a whole-body pose in the words a physiotherapist uses, degrees of each
// anatomical movement, and its translation into joint rotations.
//
// Sign conventions, the same on both sides of the body (so mirroring swaps values):
//   flexion + (the hip, shoulder and spine bend forward; the knee and elbow bend)
//   abduction + (the limb moves away from the midline)
//   rotation + = internal rotation for hips and shoulders
//   ankleDorsiflexion + (toes up), - is plantar flexion (toes down)
//   ankleInversion + (sole turns to face the other foot)
//   toeExtension + (toes bend up)
//   wristExtension + (with the palm facing the body, the fingers turn away from it)
//   heelRaise + : for a planted foot only, the heel's lift about the ball of the foot
//   spineSideBend + / spineRotation + / neckRotation + toward the body's left
//   pelvisTilt + forward (anterior tilt, also the whole-body hinge); pelvisObliquity +
//   lifts the left side; pelvisRotation + turns the front of the pelvis to the left.

#include "core/anim/pose.h"

#include <array>
#include <optional>
#include <string_view>

namespace legwork {

enum class Dof : std::uint8_t {
    pelvisTilt, pelvisObliquity, pelvisRotation,
    spineFlexion, spineSideBend, spineRotation,
    neckFlexion, neckRotation,
    // left side, then the right side in the same order
    leftHipFlexion, leftHipAbduction, leftHipRotation, leftKneeFlexion,
    leftAnkleDorsiflexion, leftAnkleInversion, leftToeExtension, leftHeelRaise,
    leftShoulderFlexion, leftShoulderAbduction, leftShoulderRotation, leftElbowFlexion, leftWristExtension,
    rightHipFlexion, rightHipAbduction, rightHipRotation, rightKneeFlexion,
    rightAnkleDorsiflexion, rightAnkleInversion, rightToeExtension, rightHeelRaise,
    rightShoulderFlexion, rightShoulderAbduction, rightShoulderRotation, rightElbowFlexion, rightWristExtension,
};
inline constexpr int kDofCount = 34;
inline constexpr int kCentralDofCount = 8;
inline constexpr int kSideDofCount = 13;
inline constexpr int index(Dof dof) { return static_cast<int>(dof); }

enum class Side : std::uint8_t { left, right };
inline constexpr Side other(Side side) { return side == Side::left ? Side::right : Side::left; }
std::string_view side_name(Side side);

// The per-side movement named `name` ("hipFlexion") on `side`, or a central one ("spineFlexion").
std::optional<Dof> dof_from_name(std::string_view name, std::optional<Side> side);
// The name of a movement without its side ("hipFlexion"), and whether it has sides.
std::string_view dof_name(Dof dof);
bool is_sided(Dof dof);

struct BodyAngles {
    std::array<float, kDofCount> deg{}; // all zero: the anatomical standing position
    float& operator[](Dof dof) { return deg[index(dof)]; }
    float operator[](Dof dof) const { return deg[index(dof)]; }
};

// The same movement seen in a mirror: left and right swap, sideways movements of the
// trunk and pelvis change sign.
BodyAngles mirrored(const BodyAngles& angles);

// The body's orientation before any angle is applied (see placement.h).
// Writes every joint's local rotation (and the root's, composed with `base`) into `pose`;
// the root's position is left as it is.
void apply_angles(const BodyAngles& angles, const glm::quat& base, Pose& pose);

} // namespace legwork
