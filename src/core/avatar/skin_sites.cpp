#include "core/avatar/skin_sites.h"

#include "core/anim/pose.h"
#include "core/avatar/dual_quaternion_skinning.h"

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <optional>
#include <vector>

namespace legwork {
namespace {

// How to find one site (for the left side and the centre; the right side mirrors them):
// from where the canonical proportions put it, along the way it faces, to the outermost
// vertex near that line, less how far inside the skin the site lies on the built-in
// mannequin (whose sites are the canonical ones: its shoes' heels stand out behind the
// heel bone, its buttocks behind the sacrum).
struct SiteProbe {
    Site site;
    std::uint32_t parts; // vertices that follow one of these joints most (bits)
    glm::vec3 direction; // the way the site faces
    float inset_h;       // how far inside the skin it lies on the mannequin, body heights
};

// How near the line a vertex must be, in body heights.
constexpr float kProbeReach_h = 0.02f;

constexpr std::uint32_t joints(std::initializer_list<Joint> list) {
    std::uint32_t bits = 0;
    for (Joint joint : list) bits |= 1u << index(joint);
    return bits;
}

constexpr std::uint32_t kLeftFoot = joints({Joint::leftFoot, Joint::leftToes});
constexpr std::uint32_t kTrunk =
    joints({Joint::hips, Joint::spine, Joint::chest, Joint::upperChest, Joint::leftShoulder,
            Joint::rightShoulder, Joint::leftUpperLeg, Joint::rightUpperLeg});
constexpr std::array<SiteProbe, 13> kProbes{{
    {Site::leftHeel, kLeftFoot, {0, -1, 0}, 0.0f},
    {Site::leftToeTip, kLeftFoot, {0, -1, 0}, 0.0f},
    {Site::leftHandTip, joints({Joint::leftHand}), {0, -1, 0}, 0.0f},
    {Site::headTop, joints({Joint::head, Joint::neck}), {0, 1, 0}, 0.0f},
    {Site::leftKnee, joints({Joint::leftUpperLeg, Joint::leftLowerLeg}), {0, 0, 1}, 0.0043f},
    {Site::upperBack, kTrunk, {0, 0, -1}, 0.0020f},
    {Site::sacrum, kTrunk, {0, 0, -1}, 0.0107f},
    {Site::leftHipSide, joints({Joint::hips, Joint::leftUpperLeg}), {1, 0, 0}, 0.0050f},
    {Site::leftElbowTip, joints({Joint::leftUpperArm, Joint::leftLowerArm}), {0, 0, -1}, 0.0059f},
    {Site::leftPalm, joints({Joint::leftHand}), {-1, 0, 0}, -0.0006f},
    {Site::leftThighFront, joints({Joint::leftUpperLeg}), {0, 0, 1}, 0.0080f},
    {Site::leftThighInner, joints({Joint::leftUpperLeg}), {-1, 0, 0}, 0.0040f},
    {Site::leftSitBone, joints({Joint::hips, Joint::leftUpperLeg}), {0, 0, -1}, 0.0103f},
}};

// How far the skin reaches past the site along the way it faces: the outermost of the
// vertices near that line; nothing when there is none.
std::optional<float> skin_beyond(const SiteProbe& probe, bool right,
                                 const std::vector<glm::vec3>& rest,
                                 const std::vector<int>& heaviest,
                                 const std::array<glm::vec3, kJointCount>& joints,
                                 const Skeleton& skeleton) {
    const Site site = right ? mirror(probe.site) : probe.site;
    const SiteDesc& desc = skeleton.sites[index(site)];
    std::array<bool, kJointCount> counts{};
    for (int j = 0; j < kJointCount; ++j)
        if (probe.parts & (1u << j))
            counts[index(right ? mirror(static_cast<Joint>(j)) : static_cast<Joint>(j))] = true;
    const glm::vec3 start = joints[index(desc.joint)] + desc.offset_m;
    const glm::vec3 d = glm::vec3(right ? -1.0f : 1.0f, 1.0f, 1.0f) * probe.direction;
    const float reach = kProbeReach_h * skeleton.height_m;
    std::optional<float> furthest;
    for (std::size_t v = 0; v < rest.size(); ++v) {
        if (!counts[heaviest[v]]) continue;
        const glm::vec3 to = rest[v] - start;
        const float along = glm::dot(to, d);
        if (glm::length(to - along * d) <= reach)
            furthest = std::max(furthest.value_or(along), along);
    }
    return furthest;
}

} // namespace

void place_sites_on_skin(const SkinnedMesh& mesh, Skeleton& skeleton) {
    std::array<glm::mat4, kJointCount> world{};
    world_transforms(skeleton, rest_pose(skeleton), world);
    std::array<DualQuaternion, kJointCount> motion{};
    skinning_transforms(world, mesh.inverse_bind, motion);
    std::vector<glm::vec3> rest(mesh.vertex_count()), normals(mesh.vertex_count());
    skin(mesh, motion, rest, normals);
    std::vector<int> heaviest(mesh.vertex_count());
    for (std::size_t v = 0; v < mesh.vertex_count(); ++v) heaviest[v] = mesh.heaviest_joint(v);
    const std::array<glm::vec3, kJointCount> joints = rest_positions(skeleton);
    for (const SiteProbe& probe : kProbes)
        for (bool right : {false, true}) {
            if (right && mirror(probe.site) == probe.site) continue;
            const std::optional<float> beyond =
                skin_beyond(probe, right, rest, heaviest, joints, skeleton);
            if (!beyond) continue;
            const glm::vec3 d = glm::vec3(right ? -1.0f : 1.0f, 1.0f, 1.0f) * probe.direction;
            skeleton.sites[index(right ? mirror(probe.site) : probe.site)].offset_m +=
                (*beyond - probe.inset_h * skeleton.height_m) * d;
        }
}

} // namespace legwork
