#pragma once
// BodyPart: the parts of the body a content file can point at, to light up on the avatar
// while a mistake plays ("the pelvis tips", "the knees cave in"). Each is a capsule around
// the posed skeleton, generous enough to cover the part's skin.
//
// Content names: the central parts as they are (`pelvis`), one side's with the side in
// front (`leftKnee`), both sides' in the plural (`knees`).

#include "core/anim/body_angles.h"

#include <span>
#include <vector>

namespace legwork {

// clang-format off
enum class BodyPart : std::uint8_t {
    head, neck, upperBack, lowerBack, pelvis,
    // left side, then the right side in the same order
    leftShoulder, leftUpperArm, leftElbow, leftForearm, leftHand, leftHip, leftThigh, leftKnee,
    leftShin, leftAnkle, leftFoot, leftHeel,
    rightShoulder, rightUpperArm, rightElbow, rightForearm, rightHand, rightHip, rightThigh, rightKnee,
    rightShin, rightAnkle, rightFoot, rightHeel,
};
// clang-format on
inline constexpr int kCentralBodyPartCount = 5;
inline constexpr int kSidedBodyPartCount = 12;
inline constexpr int kBodyPartCount = kCentralBodyPartCount + 2 * kSidedBodyPartCount;
inline constexpr int index(BodyPart part) {
    return static_cast<int>(part);
}

std::string_view body_part_name(BodyPart part);
// The parts a content name stands for: one, or both sides' for a plural ("knees").
// Appends them to `out`; false (nothing appended) for an unknown name.
bool body_parts_from_name(std::string_view name, std::vector<BodyPart>& out);
// The same part on the other side of the body (central parts map to themselves).
BodyPart mirror(BodyPart part);

// A capsule: every point within `radius_m` of the segment from `a` to `b` (world, metres).
struct BodyCapsule {
    glm::vec3 a{0.0f};
    glm::vec3 b{0.0f};
    float radius_m = 0.0f;
};

// Appends one capsule per part for the pose `world` (kJointCount joint transforms).
// `parts` are named for the side a motion is written for; with `mirrored` (the clip plays
// the other side) each sided part lights its twin. Allocates nothing once `out` has room.
void append_body_capsules(std::span<const BodyPart> parts, const Skeleton& skeleton,
                          std::span<const glm::mat4> world, bool mirrored,
                          std::vector<BodyCapsule>& out);

} // namespace legwork
