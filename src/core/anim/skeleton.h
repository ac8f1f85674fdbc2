#pragma once
// Skeleton: the canonical humanoid every motion is authored for and every model is mapped
// onto. Flat arrays indexed by joint, parents before children (ozz-animation style).
//
// Conventions (DESIGN.md): metres, +Y up, floor at y = 0, the body faces +Z at rest, so
// the body's left is +X. Joint names are VRM humanoid bone names. In the rest pose every
// joint's local frame is aligned with the world's and the body stands in the anatomical
// position: legs straight and hip-width, arms hanging straight down beside the trunk.
// Segment lengths are fractions of body height from published anthropometric tables
// (Drillis and Contini, as tabulated by Winter, "Biomechanics and Motor Control of Human
// Movement", 4th ed., fig. 4.1).

#include <array>
#include <cstdint>
#include <glm/glm.hpp>
#include <optional>
#include <string_view>

namespace legwork {

enum class Joint : std::uint8_t {
    hips, spine, chest, upperChest, neck, head,
    leftShoulder, leftUpperArm, leftLowerArm, leftHand,
    rightShoulder, rightUpperArm, rightLowerArm, rightHand,
    leftUpperLeg, leftLowerLeg, leftFoot, leftToes,
    rightUpperLeg, rightLowerLeg, rightFoot, rightToes,
};
inline constexpr int kJointCount = 22;
inline constexpr int index(Joint joint) { return static_cast<int>(joint); }

// Named points on the body that are not joints: fingertips, heels, the top of the head.
// Motion output and contacts use them.
enum class Site : std::uint8_t {
    leftHeel, leftToeTip, rightHeel, rightToeTip,
    leftHandTip, rightHandTip, headTop,
    leftKnee, rightKnee,      // front of the kneecap: where a kneeling knee touches down
    upperBack,                // between the shoulder blades: where a supine body rests
    sacrum,                   // back of the pelvis
    leftHipSide, rightHipSide, // outside of the hip: where a side-lying body rests
    leftElbowTip, rightElbowTip,
    leftPalm, rightPalm,       // centre of the palm, on its surface
    leftThighFront, rightThighFront, // front of the mid-thigh: where a ball presses the quadriceps
    leftThighInner, rightThighInner, // inside of the mid-thigh: where a ball presses the adductors
    leftSitBone, rightSitBone,       // under the buttock, behind the top of the thigh: where a seat rests
};
inline constexpr int kSiteCount = 23;
inline constexpr int index(Site site) { return static_cast<int>(site); }

struct SiteDesc {
    Joint joint;         // the joint the site moves with
    glm::vec3 offset_m;  // from that joint, in its rest frame
};

struct Skeleton {
    float height_m = 1.75f;
    std::array<int, kJointCount> parent{};           // -1 for the root (hips)
    std::array<glm::vec3, kJointCount> rest_offset{}; // from the parent joint (root: from the origin)
    std::array<SiteDesc, kSiteCount> sites{};
};

// Body shape options that change the skeleton. Widths scale with `build` (1 = average).
struct BodyProportions {
    float height_m = 1.75f;
    float build = 1.0f;
};

// The canonical skeleton for a body of the given height, standing on the floor at the origin.
Skeleton make_skeleton(const BodyProportions& body = {});

// VRM name ("leftUpperLeg"), and back; nothing for an unknown name.
std::string_view joint_name(Joint joint);
std::optional<Joint> joint_from_name(std::string_view name);
std::string_view site_name(Site site);
std::optional<Site> site_from_name(std::string_view name);

// The same joint or site on the other side of the body (central ones map to themselves).
Joint mirror(Joint joint);
Site mirror(Site site);

// Rest-pose world positions of every joint (forward kinematics of the rest offsets).
std::array<glm::vec3, kJointCount> rest_positions(const Skeleton& skeleton);

} // namespace legwork
