#include "core/avatar/mannequin_skin.h"

#include <algorithm>
#include <cmath>

namespace legwork {
namespace {

// Softness of the competition between groups, and the share below which a group is
// dropped altogether (so a limb's far neighbours get exactly nothing), at 1.75 m.
constexpr float kGroupSoftness = 0.008f;
constexpr float kGroupFloor = 0.05f;

glm::vec3 joint_position(const MannequinShape& shape, Joint joint) {
    return glm::vec3(shape.bind_world[index(joint)][3]);
}

// Distance of `p` past `joint` along the bone that leaves it toward `child`, metres.
float past(const MannequinShape& shape, Joint joint, Joint child, const glm::vec3& p) {
    const glm::vec3 a = joint_position(shape, joint);
    const glm::vec3 axis = glm::normalize(joint_position(shape, child) - a);
    return glm::dot(p - a, axis);
}

// 0 before the band around a joint, 1 after it, smooth in between.
float band(float distance_past, float before_m, float after_m) {
    return glm::smoothstep(-before_m, after_m, distance_past);
}

using JointWeights = std::array<float, kJointCount>;

void add_leg(const MannequinShape& shape, bool left, float share, float thigh_share,
             const glm::vec3& p, JointWeights& w) {
    const float s = body_scale(shape.skeleton);
    const auto j = [left](Joint joint) { return left ? joint : mirror(joint); };
    const float knee =
        band(past(shape, j(Joint::leftLowerLeg), j(Joint::leftFoot), p), 0.05f * s, 0.05f * s);
    // The shoe follows the foot, the leg above the ankle the shank; the instep, ahead of
    // the ankle, belongs to the foot even at the ankle's height.
    const glm::vec3 ankle = joint_position(shape, j(Joint::leftFoot));
    const float below_ankle = (ankle.y - p.y) + 0.35f * glm::max(p.z - ankle.z, 0.0f);
    const float foot = band(below_ankle, 0.02f * s, 0.02f * s);
    const float toes =
        band(p.z - joint_position(shape, j(Joint::leftToes)).z, 0.012f * s, 0.02f * s);
    const float leg = share * thigh_share;
    w[index(Joint::hips)] += share * (1.0f - thigh_share);
    w[index(j(Joint::leftUpperLeg))] += leg * (1.0f - knee);
    w[index(j(Joint::leftLowerLeg))] += leg * knee * (1.0f - foot);
    w[index(j(Joint::leftFoot))] += leg * knee * foot * (1.0f - toes);
    w[index(j(Joint::leftToes))] += leg * knee * foot * toes;
}

// How much of a point near the hip follows the thigh rather than the pelvis: none above
// the hip joint, all of it from the buttock's crease down; and at the crotch, less and
// less toward the midline, so the skin between the legs stays with the pelvis. The same
// for the trunk's skin and the leg's, so weights do not jump where the two meet.
float thigh_share(const MannequinShape& shape, bool left, const glm::vec3& p) {
    const float s = body_scale(shape.skeleton);
    const Joint hip = left ? Joint::leftUpperLeg : Joint::rightUpperLeg;
    const Joint knee = left ? Joint::leftLowerLeg : Joint::rightLowerLeg;
    const float below_hip = past(shape, hip, knee, p);
    const float crotch = 1.0f - glm::smoothstep(0.06f * s, 0.13f * s, below_hip);
    const float off_midline = glm::smoothstep(0.01f * s, 0.06f * s, glm::abs(p.x));
    return band(below_hip, 0.03f * s, 0.09f * s) * glm::mix(1.0f, off_midline, crotch);
}

void add_arm(const MannequinShape& shape, bool left, float share, const glm::vec3& p,
             JointWeights& w) {
    const float s = body_scale(shape.skeleton);
    const auto j = [left](Joint joint) { return left ? joint : mirror(joint); };
    const float arm =
        band(past(shape, j(Joint::leftUpperArm), j(Joint::leftLowerArm), p), 0.06f * s, 0.04f * s);
    const float elbow =
        band(past(shape, j(Joint::leftLowerArm), j(Joint::leftHand), p), 0.04f * s, 0.04f * s);
    const glm::vec3 forearm = glm::normalize(joint_position(shape, j(Joint::leftHand)) -
                                             joint_position(shape, j(Joint::leftLowerArm)));
    const float wrist = band(glm::dot(p - joint_position(shape, j(Joint::leftHand)), forearm),
                             0.015f * s, 0.025f * s);
    w[index(j(Joint::leftShoulder))] += share * (1.0f - arm);
    w[index(j(Joint::leftUpperArm))] += share * arm * (1.0f - elbow);
    w[index(j(Joint::leftLowerArm))] += share * arm * elbow * (1.0f - wrist);
    w[index(j(Joint::leftHand))] += share * arm * elbow * wrist;
}

// The trunk bends at its three spine joints; the top of each shoulder goes with the
// collarbone.
void add_trunk(const MannequinShape& shape, float share, const glm::vec3& p, JointWeights& w) {
    const float s = body_scale(shape.skeleton);
    const float spine = band(p.y - joint_position(shape, Joint::spine).y, 0.05f * s, 0.05f * s);
    const float chest = band(p.y - joint_position(shape, Joint::chest).y, 0.06f * s, 0.06f * s);
    const float upper =
        band(p.y - joint_position(shape, Joint::upperChest).y, 0.06f * s, 0.06f * s);
    const float shoulder_height =
        band(p.y - joint_position(shape, Joint::leftShoulder).y, 0.08f * s, 0.0f);
    const float outward = band(glm::abs(p.x) - 0.10f * s, 0.03f * s, 0.03f * s);
    const float collarbone = shoulder_height * outward;
    w[index(Joint::hips)] += share * (1.0f - spine);
    w[index(Joint::spine)] += share * spine * (1.0f - chest);
    w[index(Joint::chest)] += share * spine * chest * (1.0f - upper);
    const float top = share * spine * chest * upper;
    w[index(Joint::upperChest)] += top * (1.0f - collarbone);
    w[index(p.x >= 0.0f ? Joint::leftShoulder : Joint::rightShoulder)] += top * collarbone;
}

void add_head(const MannequinShape& shape, float share, const glm::vec3& p, JointWeights& w) {
    const float s = body_scale(shape.skeleton);
    const float neck = band(p.y - joint_position(shape, Joint::neck).y, 0.03f * s, 0.04f * s);
    const float head = band(p.y - joint_position(shape, Joint::head).y, 0.02f * s, 0.03f * s);
    w[index(Joint::upperChest)] += share * (1.0f - neck);
    w[index(Joint::neck)] += share * neck * (1.0f - head);
    w[index(Joint::head)] += share * neck * head;
}

} // namespace

BodyGroupWeights body_group_weights(const MannequinShape& shape, const glm::vec3& p) {
    std::array<float, kBodyGroupCount> d{};
    shape.group_distances(p, d);
    const float nearest = *std::min_element(d.begin(), d.end());
    const float softness = kGroupSoftness * body_scale(shape.skeleton);
    const float midline = 0.01f * body_scale(shape.skeleton);
    BodyGroupWeights g{};
    float sum = 0.0f;
    for (int i = 0; i < kBodyGroupCount; ++i) {
        float v = std::exp(-(d[i] - nearest) / softness);
        v = glm::max(v - kGroupFloor, 0.0f) / (1.0f - kGroupFloor);
        // A limb never reaches across the body's midline.
        const BodyGroup group = static_cast<BodyGroup>(i);
        if (group == BodyGroup::leftArm || group == BodyGroup::leftLeg)
            v *= glm::smoothstep(-midline, midline, p.x);
        if (group == BodyGroup::rightArm || group == BodyGroup::rightLeg)
            v *= glm::smoothstep(-midline, midline, -p.x);
        g[i] = v;
        sum += v;
    }
    if (sum <= 0.0f) { // only on the midline between two limbs: the trunk holds it
        g.fill(0.0f);
        g[index(BodyGroup::trunk)] = 1.0f;
        return g;
    }
    for (float& v : g) v /= sum;
    return g;
}

SkinInfluence mannequin_skin(const MannequinShape& shape, const glm::vec3& p,
                             const BodyGroupWeights& groups) {
    JointWeights w{};
    const float trunk = groups[index(BodyGroup::trunk)];
    // The buttocks and outer hips follow the thighs in part.
    const bool left_side = p.x >= 0.0f;
    const float buttock = trunk * thigh_share(shape, left_side, p);
    add_trunk(shape, trunk - buttock, p, w);
    add_leg(shape, left_side, buttock, 1.0f, p, w);
    add_head(shape, groups[index(BodyGroup::head)], p, w);
    add_arm(shape, true, groups[index(BodyGroup::leftArm)], p, w);
    add_arm(shape, false, groups[index(BodyGroup::rightArm)], p, w);
    for (bool left : {true, false}) {
        const float share = groups[index(left ? BodyGroup::leftLeg : BodyGroup::rightLeg)];
        if (share > 0.0f) add_leg(shape, left, share, thigh_share(shape, left, p), p, w);
    }

    // The four heaviest joints, renormalised.
    std::array<int, kJointCount> order{};
    for (int i = 0; i < kJointCount; ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return w[a] > w[b]; });
    SkinInfluence out;
    float sum = 0.0f;
    for (int k = 0; k < 4; ++k) sum += w[order[k]];
    for (int k = 0; k < 4; ++k) {
        out.joints[k] = static_cast<std::uint8_t>(order[k]);
        out.weights[k] = w[order[k]] > 0.0f ? w[order[k]] / sum : 0.0f;
        if (out.weights[k] == 0.0f) out.joints[k] = 0;
    }
    return out;
}

} // namespace legwork
