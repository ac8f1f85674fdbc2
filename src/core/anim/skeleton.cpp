#include "core/anim/skeleton.h"

#include "core/text/enum_names.h"

#include <cassert>

namespace legwork {
namespace {

constexpr std::array<std::string_view, kJointCount> kJointNames{
    "hips", "spine", "chest", "upperChest", "neck", "head",
    "leftShoulder", "leftUpperArm", "leftLowerArm", "leftHand",
    "rightShoulder", "rightUpperArm", "rightLowerArm", "rightHand",
    "leftUpperLeg", "leftLowerLeg", "leftFoot", "leftToes",
    "rightUpperLeg", "rightLowerLeg", "rightFoot", "rightToes",
};

constexpr std::array<std::string_view, kSiteCount> kSiteNames{
    "leftHeel", "leftToeTip", "rightHeel", "rightToeTip",
    "leftHandTip", "rightHandTip", "headTop",
    "leftKnee", "rightKnee", "upperBack", "sacrum",
    "leftHipSide", "rightHipSide", "leftElbowTip", "rightElbowTip", "leftPalm", "rightPalm",
    "leftThighFront", "rightThighFront", "leftThighInner", "rightThighInner",
    "leftSitBone", "rightSitBone",
};

// Rest offsets as fractions of body height, for the left side; the right side mirrors them.
// Heights of the joints above the floor (Winter, fig. 4.1): hip 0.530 (the hips bone sits
// level with the greater trochanter, the hip joints a little below), knee 0.285, ankle
// 0.039, shoulder 0.818, chin 0.870. Segment lengths: thigh 0.245, shank 0.246, foot
// 0.152, upper arm 0.186, forearm 0.146, hand 0.108.
struct Segment {
    Joint joint;
    Joint parent;
    glm::vec3 offset_h; // in body heights
};

constexpr float kNone = 0.0f;
constexpr std::array<Segment, 13> kCentreAndLeft{{
    {Joint::spine, Joint::hips, {kNone, 0.060f, -0.005f}},
    {Joint::chest, Joint::spine, {kNone, 0.080f, 0.0f}},
    {Joint::upperChest, Joint::chest, {kNone, 0.070f, 0.0f}},
    {Joint::neck, Joint::upperChest, {kNone, 0.085f, 0.0f}},
    {Joint::head, Joint::neck, {kNone, 0.045f, 0.005f}},
    {Joint::leftShoulder, Joint::upperChest, {0.020f, 0.055f, 0.0f}},
    {Joint::leftUpperArm, Joint::leftShoulder, {0.090f, 0.005f, -0.005f}},
    {Joint::leftLowerArm, Joint::leftUpperArm, {0.0f, -0.186f, 0.0f}},
    {Joint::leftHand, Joint::leftLowerArm, {0.0f, -0.146f, 0.0f}},
    {Joint::leftUpperLeg, Joint::hips, {0.050f, -0.015f, 0.0f}},
    {Joint::leftLowerLeg, Joint::leftUpperLeg, {0.0f, -0.230f, 0.0f}},
    {Joint::leftFoot, Joint::leftLowerLeg, {0.0f, -0.246f, 0.0f}},
    {Joint::leftToes, Joint::leftFoot, {0.0f, -0.026f, 0.078f}},
}};
constexpr float kHipsHeight = 0.530f;

struct SiteOffset {
    Site site;
    Joint joint;
    glm::vec3 offset_h;
};
constexpr std::array<SiteOffset, 13> kCentreAndLeftSites{{
    {Site::leftHeel, Joint::leftFoot, {0.0f, -0.039f, -0.040f}},
    {Site::leftToeTip, Joint::leftToes, {0.0f, -0.013f, 0.034f}},
    {Site::leftHandTip, Joint::leftHand, {0.0f, -0.108f, 0.0f}},
    {Site::headTop, Joint::head, {0.0f, 0.125f, 0.010f}},
    {Site::leftKnee, Joint::leftLowerLeg, {0.0f, -0.030f, 0.030f}},
    {Site::upperBack, Joint::upperChest, {0.0f, 0.0f, -0.058f}},
    {Site::sacrum, Joint::hips, {0.0f, 0.0f, -0.060f}},
    {Site::leftHipSide, Joint::leftUpperLeg, {0.045f, -0.010f, 0.0f}},
    {Site::leftElbowTip, Joint::leftLowerArm, {0.0f, -0.005f, -0.022f}},
    {Site::leftPalm, Joint::leftHand, {-0.012f, -0.045f, 0.0f}},
    // Halfway down the thigh, where a ball presses it: a little inside the mannequin's skin
    // (skin_sites.cpp), as a thigh lying on a ball or the floor gives under it.
    {Site::leftThighFront, Joint::leftUpperLeg, {0.0f, -0.115f, 0.0435f}},
    {Site::leftThighInner, Joint::leftUpperLeg, {-0.0383f, -0.115f, 0.0f}},
    // Behind the top of the thigh, under the ischial tuberosity (5.6 cm from the midline):
    // what a seated body rests on, 1.8 cm inside the mannequin's buttock as it gives on a
    // seat. It moves with the thigh, so it faces down whenever the hip bends to sit, and
    // lies outside the rough shape's thigh (body_shape.cpp), so that never cuts the seat.
    {Site::leftSitBone, Joint::leftUpperLeg, {-0.018f, -0.030f, -0.060f}},
}};

glm::vec3 mirrored(glm::vec3 v) { return {-v.x, v.y, v.z}; }

} // namespace

Skeleton make_skeleton(const BodyProportions& body) {
    assert(body.height_m > 0.5f && body.height_m < 2.5f && "height out of human range");
    Skeleton skeleton;
    skeleton.height_m = body.height_m;
    const float h = body.height_m;
    // A broader build widens the shoulders and hips a little; lengths stay as they are.
    const glm::vec3 scale{h * (0.9f + 0.1f * body.build), h, h};

    skeleton.parent.fill(-1);
    skeleton.rest_offset[index(Joint::hips)] = {0.0f, kHipsHeight * h, 0.0f};
    for (const Segment& s : kCentreAndLeft) {
        skeleton.parent[index(s.joint)] = index(s.parent);
        skeleton.rest_offset[index(s.joint)] = s.offset_h * scale;
        if (mirror(s.joint) != s.joint) {
            skeleton.parent[index(mirror(s.joint))] = index(mirror(s.parent));
            skeleton.rest_offset[index(mirror(s.joint))] = mirrored(s.offset_h * scale);
        }
    }
    for (const SiteOffset& s : kCentreAndLeftSites) {
        skeleton.sites[index(s.site)] = {s.joint, s.offset_h * scale};
        if (mirror(s.site) != s.site)
            skeleton.sites[index(mirror(s.site))] = {mirror(s.joint), mirrored(s.offset_h * scale)};
    }
    return skeleton;
}

std::string_view joint_name(Joint joint) { return kJointNames[index(joint)]; }

std::optional<Joint> joint_from_name(std::string_view name) {
    return enum_from_name<Joint>(kJointNames, name);
}

std::string_view site_name(Site site) { return kSiteNames[index(site)]; }

std::optional<Site> site_from_name(std::string_view name) {
    return enum_from_name<Site>(kSiteNames, name);
}

Joint mirror(Joint joint) {
    switch (joint) {
    case Joint::leftShoulder: return Joint::rightShoulder;
    case Joint::leftUpperArm: return Joint::rightUpperArm;
    case Joint::leftLowerArm: return Joint::rightLowerArm;
    case Joint::leftHand: return Joint::rightHand;
    case Joint::rightShoulder: return Joint::leftShoulder;
    case Joint::rightUpperArm: return Joint::leftUpperArm;
    case Joint::rightLowerArm: return Joint::leftLowerArm;
    case Joint::rightHand: return Joint::leftHand;
    case Joint::leftUpperLeg: return Joint::rightUpperLeg;
    case Joint::leftLowerLeg: return Joint::rightLowerLeg;
    case Joint::leftFoot: return Joint::rightFoot;
    case Joint::leftToes: return Joint::rightToes;
    case Joint::rightUpperLeg: return Joint::leftUpperLeg;
    case Joint::rightLowerLeg: return Joint::leftLowerLeg;
    case Joint::rightFoot: return Joint::leftFoot;
    case Joint::rightToes: return Joint::leftToes;
    default: return joint;
    }
}

Site mirror(Site site) {
    switch (site) {
    case Site::leftHeel: return Site::rightHeel;
    case Site::rightHeel: return Site::leftHeel;
    case Site::leftToeTip: return Site::rightToeTip;
    case Site::rightToeTip: return Site::leftToeTip;
    case Site::leftHandTip: return Site::rightHandTip;
    case Site::rightHandTip: return Site::leftHandTip;
    case Site::leftKnee: return Site::rightKnee;
    case Site::rightKnee: return Site::leftKnee;
    case Site::leftHipSide: return Site::rightHipSide;
    case Site::rightHipSide: return Site::leftHipSide;
    case Site::leftElbowTip: return Site::rightElbowTip;
    case Site::rightElbowTip: return Site::leftElbowTip;
    case Site::leftPalm: return Site::rightPalm;
    case Site::rightPalm: return Site::leftPalm;
    case Site::leftThighFront: return Site::rightThighFront;
    case Site::rightThighFront: return Site::leftThighFront;
    case Site::leftThighInner: return Site::rightThighInner;
    case Site::rightThighInner: return Site::leftThighInner;
    case Site::leftSitBone: return Site::rightSitBone;
    case Site::rightSitBone: return Site::leftSitBone;
    default: return site;
    }
}

std::array<glm::vec3, kJointCount> rest_positions(const Skeleton& skeleton) {
    std::array<glm::vec3, kJointCount> world{};
    for (int i = 0; i < kJointCount; ++i) {
        const int parent = skeleton.parent[i];
        world[i] = (parent < 0 ? glm::vec3(0.0f) : world[parent]) + skeleton.rest_offset[i];
    }
    return world;
}

} // namespace legwork
