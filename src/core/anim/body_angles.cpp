#include "core/anim/body_angles.h"

namespace legwork {
namespace {

constexpr std::array<std::string_view, kCentralDofCount + kSideDofCount> kNames{
    "pelvisTilt", "pelvisObliquity", "pelvisRotation",
    "spineFlexion", "spineSideBend", "spineRotation",
    "neckFlexion", "neckRotation",
    "hipFlexion", "hipAbduction", "hipRotation", "kneeFlexion",
    "ankleDorsiflexion", "ankleInversion", "toeExtension", "heelRaise",
    "shoulderFlexion", "shoulderAbduction", "shoulderRotation", "elbowFlexion", "wristExtension",
};

const glm::vec3 kX{1, 0, 0}, kY{0, 1, 0}, kZ{0, 0, 1};

glm::quat rot(float deg, const glm::vec3& axis) { return glm::angleAxis(glm::radians(deg), axis); }

Dof sided(Side side, int offset) {
    const int first = kCentralDofCount + (side == Side::left ? 0 : kSideDofCount);
    return static_cast<Dof>(first + offset);
}

// How much of the spine's movement each of its three joints takes, lumbar to thoracic.
constexpr float kSpineShare[3] = {0.40f, 0.35f, 0.25f};

} // namespace

std::string_view side_name(Side side) { return side == Side::left ? "left" : "right"; }

bool is_sided(Dof dof) { return index(dof) >= kCentralDofCount; }

std::string_view dof_name(Dof dof) {
    const int i = index(dof);
    return i < kCentralDofCount ? kNames[i] : kNames[kCentralDofCount + (i - kCentralDofCount) % kSideDofCount];
}

std::optional<Dof> dof_from_name(std::string_view name, std::optional<Side> side) {
    for (int i = 0; i < static_cast<int>(kNames.size()); ++i) {
        if (kNames[i] != name) continue;
        if (i < kCentralDofCount) return side ? std::nullopt : std::optional<Dof>(static_cast<Dof>(i));
        if (!side) return std::nullopt;
        return sided(*side, i - kCentralDofCount);
    }
    return std::nullopt;
}

BodyAngles mirrored(const BodyAngles& angles) {
    BodyAngles out = angles;
    for (int i = 0; i < kSideDofCount; ++i) {
        out[sided(Side::left, i)] = angles[sided(Side::right, i)];
        out[sided(Side::right, i)] = angles[sided(Side::left, i)];
    }
    for (Dof lateral : {Dof::pelvisObliquity, Dof::pelvisRotation, Dof::spineSideBend,
                        Dof::spineRotation, Dof::neckRotation})
        out[lateral] = -angles[lateral];
    return out;
}

void apply_angles(const BodyAngles& a, const glm::quat& base, Pose& pose) {
    auto& r = pose.local_rotation;
    // Tilt first, so rotation and obliquity stay about the pelvis's own axes: a hinged
    // pelvis that rotates opens toward the ceiling, as a hip opening in a deadlift does.
    r[index(Joint::hips)] = base * rot(a[Dof::pelvisTilt], kX) * rot(a[Dof::pelvisRotation], kY) *
                            rot(a[Dof::pelvisObliquity], kZ);
    const Joint spine[3] = {Joint::spine, Joint::chest, Joint::upperChest};
    for (int i = 0; i < 3; ++i)
        r[index(spine[i])] = rot(kSpineShare[i] * a[Dof::spineFlexion], kX) *
                             rot(-kSpineShare[i] * a[Dof::spineSideBend], kZ) *
                             rot(kSpineShare[i] * a[Dof::spineRotation], kY);
    for (Joint j : {Joint::neck, Joint::head})
        r[index(j)] = rot(0.5f * a[Dof::neckFlexion], kX) * rot(0.5f * a[Dof::neckRotation], kY);

    for (Side side : {Side::left, Side::right}) {
        // Movements away from the midline turn the left side about +Z and the right about -Z.
        const float s = side == Side::left ? 1.0f : -1.0f;
        const auto v = [&](int offset) { return a[sided(side, offset)]; };
        const bool left = side == Side::left;
        r[index(left ? Joint::leftUpperLeg : Joint::rightUpperLeg)] =
            rot(-v(0), kX) * rot(s * v(1), kZ) * rot(-s * v(2), kY);
        r[index(left ? Joint::leftLowerLeg : Joint::rightLowerLeg)] = rot(v(3), kX);
        r[index(left ? Joint::leftFoot : Joint::rightFoot)] = rot(-v(4), kX) * rot(-s * v(5), kZ);
        r[index(left ? Joint::leftToes : Joint::rightToes)] = rot(-v(6), kX);
        r[index(left ? Joint::leftUpperArm : Joint::rightUpperArm)] =
            rot(-v(8), kX) * rot(s * v(9), kZ) * rot(-s * v(10), kY);
        r[index(left ? Joint::leftLowerArm : Joint::rightLowerArm)] = rot(-v(11), kX);
        r[index(left ? Joint::leftHand : Joint::rightHand)] = rot(s * v(12), kZ);
    }
}

} // namespace legwork
