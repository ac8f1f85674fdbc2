#include "core/anim/body_part.h"

#include "core/anim/pose.h"

#include <array>
#include <string>

namespace legwork {
namespace {

constexpr std::array<std::string_view, kCentralBodyPartCount + kSidedBodyPartCount> kNames{
    "head", "neck", "upperBack", "lowerBack", "pelvis", "shoulder", "upperArm", "elbow", "forearm",
    "hand", "hip",  "thigh",     "knee",      "shin",   "ankle",    "foot",     "heel",
};
// The plural names of the sided parts, in the same order.
constexpr std::array<std::string_view, kSidedBodyPartCount> kPlurals{
    "shoulders", "upperArms", "elbows", "forearms", "hands", "hips",
    "thighs",    "knees",     "shins",  "ankles",   "feet",  "heels",
};

// One end of a capsule's axis: a joint's origin moved by `offset_h` (body heights, in the
// joint's frame), or a site.
struct End {
    bool site = false;
    int id = 0; // index(Joint) or index(Site)
    glm::vec3 offset_h{0.0f};
};
constexpr End joint(Joint j, glm::vec3 offset_h = glm::vec3(0.0f)) {
    return {false, index(j), offset_h};
}
constexpr End site(Site s) {
    return {true, index(s), {}};
}

// The capsule's axis runs from `from` + t0 of the way to `to`, to t1 of the way.
struct Shape {
    End from, to;
    float t0, t1;
    float radius_h;
};

// Central parts, then the left side's; the right side's mirror the left's. Radii cover the
// part's skin with a little to spare; the backs' axes lie behind the spine so that the
// belly and chest stay dark.
const std::array<Shape, kCentralBodyPartCount + kSidedBodyPartCount> kShapes{{
    {joint(Joint::head), site(Site::headTop), 0.35f, 0.60f, 0.055f}, // head
    {joint(Joint::neck), joint(Joint::head), 0.0f, 1.0f, 0.035f},    // neck
    // upperBack, then lowerBack
    {joint(Joint::chest, {0, 0, -0.03f}), joint(Joint::neck, {0, -0.02f, -0.03f}), 0.0f, 1.0f,
     0.075f},
    {joint(Joint::hips, {0, 0.01f, -0.03f}), joint(Joint::chest, {0, 0, -0.03f}), 0.0f, 1.0f,
     0.075f},
    {joint(Joint::leftUpperLeg), joint(Joint::rightUpperLeg), 0.0f, 1.0f, 0.07f},   // pelvis
    {joint(Joint::leftUpperArm), joint(Joint::leftUpperArm), 0.0f, 0.0f, 0.05f},    // shoulder
    {joint(Joint::leftUpperArm), joint(Joint::leftLowerArm), 0.1f, 0.9f, 0.035f},   // upperArm
    {joint(Joint::leftLowerArm), joint(Joint::leftLowerArm), 0.0f, 0.0f, 0.035f},   // elbow
    {joint(Joint::leftLowerArm), joint(Joint::leftHand), 0.1f, 0.9f, 0.03f},        // forearm
    {joint(Joint::leftHand), site(Site::leftHandTip), 0.0f, 0.8f, 0.035f},          // hand
    {joint(Joint::leftUpperLeg), site(Site::leftHipSide), 0.0f, 1.0f, 0.055f},      // hip
    {joint(Joint::leftUpperLeg), joint(Joint::leftLowerLeg), 0.15f, 0.85f, 0.055f}, // thigh
    {joint(Joint::leftLowerLeg), joint(Joint::leftLowerLeg), 0.0f, 0.0f, 0.05f},    // knee
    {joint(Joint::leftLowerLeg), joint(Joint::leftFoot), 0.15f, 0.85f, 0.035f},     // shin
    {joint(Joint::leftFoot), joint(Joint::leftFoot), 0.0f, 0.0f, 0.03f},            // ankle
    {joint(Joint::leftFoot), site(Site::leftToeTip), 0.2f, 1.0f, 0.03f},            // foot
    {joint(Joint::leftFoot), site(Site::leftHeel), 0.6f, 0.6f, 0.03f},              // heel
}};

End mirrored(End end) {
    if (end.site)
        end.id = index(mirror(static_cast<Site>(end.id)));
    else
        end.id = index(mirror(static_cast<Joint>(end.id)));
    end.offset_h.x = -end.offset_h.x;
    return end;
}

glm::vec3 position(const End& end, const Skeleton& skeleton, std::span<const glm::mat4> world) {
    if (end.site) return site_position(skeleton, world, static_cast<Site>(end.id));
    return glm::vec3(world[end.id] * glm::vec4(end.offset_h * skeleton.height_m, 1.0f));
}

} // namespace

std::string_view body_part_name(BodyPart part) {
    static const std::array<std::string, kBodyPartCount> names = [] {
        std::array<std::string, kBodyPartCount> out;
        for (int i = 0; i < kCentralBodyPartCount; ++i) out[i] = std::string(kNames[i]);
        for (int i = 0; i < kSidedBodyPartCount; ++i) {
            std::string name(kNames[kCentralBodyPartCount + i]);
            name[0] = static_cast<char>(name[0] - 'a' + 'A');
            out[kCentralBodyPartCount + i] = "left" + name;
            out[kCentralBodyPartCount + kSidedBodyPartCount + i] = "right" + name;
        }
        return out;
    }();
    return names[index(part)];
}

bool body_parts_from_name(std::string_view name, std::vector<BodyPart>& out) {
    for (int i = 0; i < kBodyPartCount; ++i)
        if (body_part_name(static_cast<BodyPart>(i)) == name) {
            out.push_back(static_cast<BodyPart>(i));
            return true;
        }
    for (int i = 0; i < kSidedBodyPartCount; ++i)
        if (kPlurals[i] == name) {
            out.push_back(static_cast<BodyPart>(kCentralBodyPartCount + i));
            out.push_back(static_cast<BodyPart>(kCentralBodyPartCount + kSidedBodyPartCount + i));
            return true;
        }
    return false;
}

BodyPart mirror(BodyPart part) {
    const int i = index(part);
    if (i < kCentralBodyPartCount) return part;
    const int sided = i - kCentralBodyPartCount;
    return static_cast<BodyPart>(kCentralBodyPartCount +
                                 (sided + kSidedBodyPartCount) % (2 * kSidedBodyPartCount));
}

void append_body_capsules(std::span<const BodyPart> parts, const Skeleton& skeleton,
                          std::span<const glm::mat4> world, bool mirror_sides,
                          std::vector<BodyCapsule>& out) {
    for (BodyPart part : parts) {
        const int i = index(mirror_sides ? mirror(part) : part);
        const bool right = i >= kCentralBodyPartCount + kSidedBodyPartCount;
        const Shape& shape = kShapes[right ? i - kSidedBodyPartCount : i];
        const End from = right ? mirrored(shape.from) : shape.from;
        const End to = right ? mirrored(shape.to) : shape.to;
        const glm::vec3 p = position(from, skeleton, world), q = position(to, skeleton, world);
        out.push_back(
            {p + shape.t0 * (q - p), p + shape.t1 * (q - p), shape.radius_h * skeleton.height_m});
    }
}

} // namespace legwork
