#include "core/avatar/mannequin_outfit.h"

#include <cmath>

namespace legwork {
namespace {

constexpr float kUncovered = -1.0f; // metres: far outside any seam

glm::vec3 joint_position(const MannequinShape& shape, Joint joint) {
    return glm::vec3(shape.bind_world[index(joint)][3]);
}

// Distance of `p` past `joint` along the bone that leaves it toward `child`, metres.
float past(const MannequinShape& shape, Joint joint, Joint child, const glm::vec3& p) {
    const glm::vec3 a = joint_position(shape, joint);
    const glm::vec3 b = joint_position(shape, child);
    return glm::dot(p - a, glm::normalize(b - a));
}

} // namespace

OutfitDepth outfit_depth(const MannequinShape& shape, const glm::vec3& p,
                         const BodyGroupWeights& groups) {
    const float s = body_scale(shape.skeleton);
    const bool left = p.x >= 0.0f;
    const auto j = [left](Joint joint) { return left ? joint : mirror(joint); };
    const float arm = groups[index(left ? BodyGroup::leftArm : BodyGroup::rightArm)];
    const float leg = groups[index(left ? BodyGroup::leftLeg : BodyGroup::rightLeg)];

    // The shirt's hem and the shorts' waist: one level line a little above the hip joints.
    const float hem = joint_position(shape, Joint::hips).y + 0.055f * s;
    // Crew neck: a hole around the neck, an elliptic cylinder that the trapezius and the
    // base of the neck cross steeply, flaring out above the neck's base so that the head
    // is always inside it; in front, the hole ends in a U across the top of the chest.
    const glm::vec3 neck = joint_position(shape, Joint::neck);
    const float neck_girth = std::pow(shape.build, kNeckGirthExponent);
    const float flare = 1.0f + 10.0f * glm::max(p.y - neck.y - 0.035f * s, 0.0f) / s;
    const glm::vec2 hole = glm::vec2(0.080f, 0.095f) * (s * neck_girth * flare);
    const glm::vec2 around_neck{p.x - neck.x, p.z - (neck.z + 0.014f * s * neck_girth)};
    // Distance outside the hole's ellipse, exact enough near its rim.
    const float outside_hole = (glm::length(around_neck / hole) - 1.0f) * glm::min(hole.x, hole.y);
    const float x = (p.x - neck.x) / s;
    const float below_hole = neck.y + (5.0f * x * x - 0.045f) * s - p.y; // a U across the chest
    const float collar = glm::max(outside_hole, below_hole);

    OutfitDepth out;
    out.depth = glm::vec3(kUncovered);
    out.seam = {Seam::hem, Seam::hem, Seam::shoeCollar};
    if (arm > 0.5f) {
        // Sleeves end halfway down the upper arm.
        const float upper_arm = glm::distance(joint_position(shape, j(Joint::leftUpperArm)),
                                              joint_position(shape, j(Joint::leftLowerArm)));
        out.depth.x =
            0.5f * upper_arm - past(shape, j(Joint::leftUpperArm), j(Joint::leftLowerArm), p);
        out.seam[0] = Seam::sleeve;
    } else if (leg > 0.5f) {
        // Shorts end halfway down the thigh; shoes at a collar just below the ankle that
        // rises a little toward the tongue.
        const float thigh = glm::distance(joint_position(shape, j(Joint::leftUpperLeg)),
                                          joint_position(shape, j(Joint::leftLowerLeg)));
        const float leg_end =
            0.5f * thigh - past(shape, j(Joint::leftUpperLeg), j(Joint::leftLowerLeg), p);
        out.depth.x = p.y - hem;
        out.depth.y = glm::min(hem - p.y, leg_end);
        out.seam[1] = leg_end < hem - p.y ? Seam::shortsLeg : Seam::hem;
        // The shoe covers the foot below the ankle bones and, above them, what stands out
        // from the ankle: its collar is where the shoe's upper meets a cylinder around the
        // shank, which it crosses steeply all round.
        const glm::vec3 ankle = joint_position(shape, j(Joint::leftFoot));
        const glm::vec3 knee = joint_position(shape, j(Joint::leftLowerLeg));
        const glm::vec3 shank = glm::normalize(knee - ankle);
        const glm::vec3 off_axis = (p - ankle) - shank * glm::dot(p - ankle, shank);
        const float foot_girth = std::pow(shape.build, kHandFootGirthExponent);
        // The cylinder flares above the shoe so the calf never comes out of it.
        const float ankle_flare = 1.0f + 15.0f * glm::max(p.y - ankle.y - 0.02f * s, 0.0f) / s;
        const float outside_ankle = glm::length(off_axis) - 0.043f * s * foot_girth * ankle_flare;
        const float below_ankle_bones = ankle.y - 0.010f * s - p.y;
        out.depth.z = glm::max(below_ankle_bones, outside_ankle);
    } else {
        out.depth.x = glm::min(p.y - hem, collar);
        out.seam[0] = collar < p.y - hem ? Seam::collar : Seam::hem;
        out.depth.y = hem - p.y;
    }
    return out;
}

} // namespace legwork
