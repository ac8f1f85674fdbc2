#include "core/anim/center_of_mass.h"

#include "core/anim/pose.h"

namespace legwork {
namespace {

// A segment runs from a joint to a joint or a site; its centre lies `proximal` of the way.
struct Segment {
    Joint from;
    int to_joint; // -1 when the segment ends at a site
    Site to_site;
    float mass;     // fraction of body mass
    float proximal; // centre of mass from the proximal end, fraction of length
};

constexpr int kNoJoint = -1;
constexpr Segment kSegments[] = {
    {Joint::hips, index(Joint::spine), Site::headTop, 0.142f, 0.5f},        // pelvis
    {Joint::spine, index(Joint::upperChest), Site::headTop, 0.139f, 0.5f},  // abdomen
    {Joint::upperChest, index(Joint::neck), Site::headTop, 0.216f, 0.3f},   // thorax
    {Joint::neck, kNoJoint, Site::headTop, 0.081f, 0.6f},                   // head and neck
    {Joint::leftUpperArm, index(Joint::leftLowerArm), Site::headTop, 0.028f, 0.436f},
    {Joint::leftLowerArm, index(Joint::leftHand), Site::headTop, 0.016f, 0.430f},
    {Joint::leftHand, kNoJoint, Site::leftHandTip, 0.006f, 0.506f},
    {Joint::rightUpperArm, index(Joint::rightLowerArm), Site::headTop, 0.028f, 0.436f},
    {Joint::rightLowerArm, index(Joint::rightHand), Site::headTop, 0.016f, 0.430f},
    {Joint::rightHand, kNoJoint, Site::rightHandTip, 0.006f, 0.506f},
    {Joint::leftUpperLeg, index(Joint::leftLowerLeg), Site::headTop, 0.100f, 0.433f},
    {Joint::leftLowerLeg, index(Joint::leftFoot), Site::headTop, 0.0465f, 0.433f},
    {Joint::leftFoot, kNoJoint, Site::leftToeTip, 0.0145f, 0.5f},
    {Joint::rightUpperLeg, index(Joint::rightLowerLeg), Site::headTop, 0.100f, 0.433f},
    {Joint::rightLowerLeg, index(Joint::rightFoot), Site::headTop, 0.0465f, 0.433f},
    {Joint::rightFoot, kNoJoint, Site::rightToeTip, 0.0145f, 0.5f},
};

} // namespace

glm::vec3 center_of_mass(const Skeleton& skeleton, std::span<const glm::mat4> world) {
    glm::vec3 sum{0.0f};
    float mass = 0.0f;
    for (const Segment& s : kSegments) {
        const glm::vec3 a{world[index(s.from)][3]};
        const glm::vec3 b = s.to_joint >= 0 ? glm::vec3(world[s.to_joint][3])
                                            : site_position(skeleton, world, s.to_site);
        sum += s.mass * (a + s.proximal * (b - a));
        mass += s.mass;
    }
    return sum / mass;
}

} // namespace legwork
