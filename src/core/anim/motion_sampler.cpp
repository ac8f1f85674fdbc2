#include "core/anim/motion_sampler.h"

#include "core/anim/body_shape.h"
#include "core/anim/center_of_mass.h"
#include "core/anim/two_bone_ik.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <glm/gtc/matrix_transform.hpp>
#include <limits>
#include <tuple>

namespace legwork {
namespace {

struct Limb {
    Joint upper, middle, end;
};

constexpr Limb kLeftLeg{Joint::leftUpperLeg, Joint::leftLowerLeg, Joint::leftFoot};
constexpr Limb kRightLeg{Joint::rightUpperLeg, Joint::rightLowerLeg, Joint::rightFoot};
constexpr Limb kLeftArm{Joint::leftUpperArm, Joint::leftLowerArm, Joint::leftHand};
constexpr Limb kRightArm{Joint::rightUpperArm, Joint::rightLowerArm, Joint::rightHand};

// The limb an IK solve moves to keep a contact, or nothing when the contact sits on the
// trunk, a thigh or a forearm and only moving the whole body can keep it.
std::optional<Limb> limb_of(const Contact& contact, const Skeleton& skeleton) {
    if (contact.kind == Contact::Kind::foot) return contact.side == Side::left ? kLeftLeg : kRightLeg;
    switch (skeleton.sites[index(contact.site)].joint) {
    case Joint::leftFoot:
    case Joint::leftToes: return kLeftLeg;
    case Joint::rightFoot:
    case Joint::rightToes: return kRightLeg;
    case Joint::leftHand: return kLeftArm;
    case Joint::rightHand: return kRightArm;
    default: return std::nullopt;
    }
}

bool is_leg(const Limb& limb) { return limb.upper == Joint::leftUpperLeg || limb.upper == Joint::rightUpperLeg; }

glm::quat rotation_of(const glm::mat4& m) { return glm::quat_cast(glm::mat3(m)); }
glm::vec3 position_of(const glm::mat4& m) { return glm::vec3(m[3]); }
glm::quat yaw_rotation(float yaw) { return glm::angleAxis(yaw, glm::vec3(0, 1, 0)); }

// Sets a joint's local rotation so its world rotation becomes `world_rotation`.
void set_world_rotation(const Skeleton& skeleton, Pose& pose, std::span<const glm::mat4> world,
                        Joint joint, const glm::quat& world_rotation) {
    const int parent = skeleton.parent[index(joint)];
    const glm::quat parent_rotation = parent < 0 ? glm::quat(1, 0, 0, 0) : rotation_of(world[parent]);
    pose.local_rotation[index(joint)] = glm::normalize(glm::inverse(parent_rotation) * world_rotation);
}

// The points of a contact that touch its surface: a foot's heel and toe tip, a palm and
// the fingertips beyond it, or the site.
std::array<Site, 2> contact_points(const Contact& contact) {
    if (contact.kind == Contact::Kind::site) {
        if (contact.site == Site::leftPalm) return {Site::leftPalm, Site::leftHandTip};
        if (contact.site == Site::rightPalm) return {Site::rightPalm, Site::rightHandTip};
        return {contact.site, contact.site};
    }
    if (contact.side == Side::left) return {Site::leftHeel, Site::leftToeTip};
    return {Site::rightHeel, Site::rightToeTip};
}

bool is_palm(Site site) { return site == Site::leftPalm || site == Site::rightPalm; }

Joint toes_of(Side side) { return side == Side::left ? Joint::leftToes : Joint::rightToes; }
Dof heel_raise_of(Side side) { return side == Side::left ? Dof::leftHeelRaise : Dof::rightHeelRaise; }

constexpr int kMaxSettlePoints = 8;

// A planted hand this much out of its arm's reach makes the body bend at the hips for it;
// less, the IK's reach is near enough.
constexpr float kReachSlack_m = 0.005f;

// A held foot is brought this far within its leg's full length, so the IK reaches it.
constexpr float kIkReachMargin_m = 0.0005f;

// How early (a fraction of the limb's length) a limb that barely holds begins to fall
// behind a goal that draws it straight.
constexpr float kSoftestIk = 0.9f;

// The turn about `axis` (unit) through `pivot` that brings `point` to within `reach` of
// `goal`, or as near as a turn about that axis can; the smallest such turn.
glm::quat turn_toward(glm::vec3 pivot, glm::vec3 axis, glm::vec3 point, glm::vec3 goal, float reach) {
    const glm::vec3 r = point - pivot, g = goal - pivot;
    const glm::vec3 r_across = r - glm::dot(r, axis) * axis, g_across = g - glm::dot(g, axis) * axis;
    const float nearest = std::atan2(glm::dot(glm::cross(r_across, g_across), axis), glm::dot(r_across, g_across));
    const auto short_by = [&](float angle) {
        return glm::distance(pivot + glm::angleAxis(angle, axis) * r, goal) - reach;
    };
    if (short_by(nearest) >= 0.0f) return glm::angleAxis(nearest, axis);
    float lo = 0.0f, hi = nearest; // short at lo, within reach at hi
    for (int step = 0; step < 24; ++step) {
        const float mid = 0.5f * (lo + hi);
        (short_by(mid) > 0.0f ? lo : hi) = mid;
    }
    return glm::angleAxis(hi, axis);
}

// The rigid turn, about the weighted centre of `now`, that best lines the points `now` up
// with `goal`: for two points the shortest turn between their joining lines, eased by the
// lighter weight; for more, a few steps of the mean small-angle turn they ask for.
std::pair<glm::vec3, glm::quat> settling_turn(std::span<const glm::vec3> now, std::span<const glm::vec3> goal,
                                              std::span<const float> weight) {
    glm::vec3 centre{0.0f}, goal_centre{0.0f};
    float total = 0.0f;
    for (std::size_t i = 0; i < now.size(); ++i) {
        centre += weight[i] * now[i];
        goal_centre += weight[i] * goal[i];
        total += weight[i];
    }
    centre /= total;
    goal_centre /= total;
    if (now.size() == 2) {
        const glm::quat full = rotation_between(now[1] - now[0], goal[1] - goal[0]);
        return {centre, glm::slerp(glm::quat(1, 0, 0, 0), full, std::min(weight[0], weight[1]))};
    }
    glm::quat turn(1, 0, 0, 0);
    for (int step = 0; step < 4; ++step) {
        glm::vec3 torque{0.0f};
        float inertia = 0.0f;
        for (std::size_t i = 0; i < now.size(); ++i) {
            const glm::vec3 r = turn * (now[i] - centre);
            torque += weight[i] * glm::cross(r, goal[i] - goal_centre - r);
            inertia += weight[i] * glm::dot(r, r);
        }
        const glm::vec3 angle = torque / std::max(inertia, 1e-6f);
        if (glm::length(angle) < 1e-6f) break;
        turn = glm::normalize(glm::angleAxis(glm::length(angle), glm::normalize(angle)) * turn);
    }
    return {centre, turn};
}

} // namespace

MotionSampler::MotionSampler(const Skeleton& skeleton, MotionClip clip)
    : skeleton_(skeleton), clip_(std::move(clip)), base_(placement_orientation(clip_.placement(), clip_.mirrored())) {
    const std::span<const Contact> contacts = clip_.contacts();
    const int count = static_cast<int>(contacts.size());
    const float cycle = clip_.duration_s();

    // Holds start where free spans end; a contact that never lifts holds from t = 0.
    holds_.assign(count, {});
    for (int c = 0; c < count; ++c) {
        for (const auto& [start, end] : clip_.free_spans(c)) holds_[c].push_back({std::fmod(end, cycle), {}});
        if (holds_[c].empty()) holds_[c].push_back({0.0f, {}});
        std::sort(holds_[c].begin(), holds_[c].end(), [](const Hold& a, const Hold& b) { return a.start_s < b.start_s; });
    }

    // Place the body for t = 0: what touches down rests on its surface, centred on the origin.
    std::array<glm::mat4, kJointCount> world{};
    Pose pose;
    solve(0.0f, pose, world);
    float lift = 0.0f;
    glm::vec2 centre{0.0f};
    int touching = 0;
    for (int c = 0; c < count; ++c) {
        if (clip_.contact_weight(c, 0.0f) < 1.0f) continue;
        const Target down = touch_down(c, world);
        const glm::vec3 now = contacts[c].kind == Contact::Kind::foot
                                  ? position_of(world[index(toes_of(contacts[c].side))])
                                  : site_position(skeleton_, world, contacts[c].site);
        lift += down.point.y - now.y;
        centre += glm::vec2(now.x, now.z);
        ++touching;
    }
    if (touching > 0) start_offset_ = {-centre.x / touching, lift / touching, -centre.y / touching};

    // Then each hold's target, in time order: those holding at t = 0 first, the rest where
    // they touch down, solved with the targets already known.
    // A body resting on several anchors settles onto them, which moves them a little along
    // their surfaces: find where they come to rest by touching down again from the settled
    // pose, a few times over.
    for (int pass = 0; pass < 4; ++pass) {
        solve(0.0f, pose, world);
        for (int c = 0; c < count; ++c)
            if (clip_.contact_weight(c, 0.0f) >= 1.0f) holds_[c][hold_index(c, 0.0f)].target = touch_down(c, world);
    }
    std::vector<std::pair<float, int>> later;
    for (int c = 0; c < count; ++c)
        for (const Hold& hold : holds_[c])
            if (!hold.target.known) later.emplace_back(hold.start_s, c);
    std::sort(later.begin(), later.end());
    for (const auto& [start, c] : later) {
        solve(start, pose, world);
        for (Hold& hold : holds_[c])
            if (hold.start_s == start) hold.target = touch_down(c, world);
    }
}

MotionSampler::Target MotionSampler::touch_down(int c, std::span<const glm::mat4> world) const {
    const Contact& contact = clip_.contacts()[c];
    const float surface = clip_.surface_height_m(contact.surface);
    Target target;
    target.known = true;
    target.surface_m = surface;
    if (contact.kind == Contact::Kind::foot) {
        const Joint toes = toes_of(contact.side);
        const glm::vec3 forward = rotation_of(world[index(toes) - 1]) * glm::vec3(0, 0, 1);
        target.yaw = std::atan2(forward.x, forward.z);
        // The ball of the foot sits as high above the surface as it does standing.
        target.point = position_of(world[index(toes)]);
        target.point.y = surface + rest_positions(skeleton_)[index(toes)].y;
    } else {
        target.point = site_position(skeleton_, world, contact.site);
        target.point.y = surface;
    }
    return target;
}

int MotionSampler::hold_index(int c, float t_s) const {
    const std::vector<Hold>& holds = holds_[c];
    const float cycle = clip_.duration_s();
    float t = std::fmod(t_s, cycle);
    if (t < 0.0f) t += cycle;
    // While lifted, the first half of the span eases away from the hold it left, the
    // second half toward the one it sets down for.
    for (const auto& [start, end] : clip_.free_spans(c)) {
        const float in_span = t < start ? t + cycle : t;
        if (in_span > end) continue;
        t = in_span < 0.5f * (start + end) ? std::fmod(start, cycle) - 1e-4f : std::fmod(end, cycle);
        if (t < 0.0f) t += cycle;
        break;
    }
    int found = static_cast<int>(holds.size()) - 1; // the last hold runs on past the cycle's end
    for (int i = 0; i < static_cast<int>(holds.size()); ++i)
        if (holds[i].start_s <= t) found = i;
    return found;
}

const MotionSampler::Target* MotionSampler::target_at(int c, float t_s) const {
    const Target& target = holds_[c][hold_index(c, t_s)].target;
    return target.known ? &target : nullptr;
}

void MotionSampler::sample(float t_s, Pose& pose, std::span<glm::mat4> world) const { solve(t_s, pose, world); }

void MotionSampler::solve(float t_s, Pose& pose, std::span<glm::mat4> world) const {
    const BodyAngles angles = clip_.angles_at(t_s);
    pose.root_position = skeleton_.rest_offset[index(Joint::hips)] + start_offset_;
    apply_angles(angles, base_, pose);
    world_transforms(skeleton_, pose, world);

    const std::span<const Contact> contacts = clip_.contacts();
    const int count = static_cast<int>(contacts.size());
    const glm::vec3 toes_offset = skeleton_.rest_offset[index(Joint::leftToes)];

    // Where each held foot's ankle must be: the ball pinned, the foot flat on its heading,
    // the heel lifted by heelRaise.
    const auto foot_goal = [&](const Contact& contact, const Target& target) {
        const glm::quat rotation = yaw_rotation(target.yaw) *
                                   glm::angleAxis(glm::radians(angles[heel_raise_of(contact.side)]), glm::vec3(1, 0, 0));
        const glm::vec3 offset = contact.side == Side::left ? toes_offset : glm::vec3(-toes_offset.x, toes_offset.y, toes_offset.z);
        return std::pair{rotation, target.point - rotation * offset};
    };

    // 1. Move the whole body so its contacts meet their targets: the anchoring ones (knees,
    //    back, hips) and the feet and hands, each weighted by how firmly it holds. While some
    //    anchor holds fully, the body hangs on those alone: one easing off as it lifts (a
    //    knee leaving the floor) or on as it sets down pulls at nothing. An anchor easing in
    //    or out takes the body over from the feet and hands as gradually as it holds, so a
    //    seat setting down on a ball the body's own legs hold higher or lower never snaps.
    bool any_full_anchor = false, any_full_limb = false;
    float anchor_weight = 0.0f; // how firmly the anchors hold, as the firmest does
    for (int c = 0; c < count; ++c) {
        if (!target_at(c, t_s)) continue;
        const float w = clip_.contact_weight(c, t_s);
        if (limb_of(contacts[c], skeleton_)) {
            any_full_limb |= !contacts[c].slide && w >= 1.0f;
        } else {
            any_full_anchor |= w >= 1.0f;
            anchor_weight = std::max(anchor_weight, w);
        }
    }
    const auto counts = [&](int c, float w) {
        if (w <= 0.0f) return false;
        return limb_of(contacts[c], skeleton_).has_value() || !any_full_anchor || w >= 1.0f;
    };

    // 1a. A body resting on several anchors (a hip and an elbow, two knees) settles onto all
    //     of them: it turns about their centre until they line up with their targets, as
    //     well as a rigid turn can (exactly for two), so none of them slides or sinks.
    {
        std::array<glm::vec3, kMaxSettlePoints> now{}, goal{};
        std::array<float, kMaxSettlePoints> weight{};
        int n = 0;
        for (int c = 0; c < count && n < kMaxSettlePoints; ++c) {
            const Target* target = target_at(c, t_s);
            const float w = clip_.contact_weight(c, t_s);
            if (!target || !counts(c, w) || contacts[c].slide || limb_of(contacts[c], skeleton_)) continue;
            now[n] = site_position(skeleton_, world, contacts[c].site);
            goal[n] = target->point;
            weight[n] = w;
            ++n;
        }
        if (n >= 2) {
            const auto [pivot, turn] = settling_turn(std::span(now).first(n), std::span(goal).first(n), std::span(weight).first(n));
            pose.root_position = pivot + turn * (pose.root_position - pivot);
            pose.local_rotation[index(Joint::hips)] = glm::normalize(turn * pose.local_rotation[index(Joint::hips)]);
            world_transforms(skeleton_, pose, world);
        }
    }
    // Per axis, the weighted sum of how far the anchors, and the feet and hands, are from
    // their targets, and their weights: (x, y, z) and (horizontal, vertical). A foot or hand
    // easing on or off while another holds fully only pulls the body up or down (it meets
    // its surface as gradually as it holds); across the floor the body stays over the feet
    // and hands that hold.
    glm::vec3 anchor_sum{0.0f}, limb_sum{0.0f};
    glm::vec2 anchor_total{0.0f}, limb_total{0.0f};
    for (int c = 0; c < count; ++c) {
        const Target* target = target_at(c, t_s);
        const float w = clip_.contact_weight(c, t_s);
        if (!target || !counts(c, w)) continue;
        const bool limb = limb_of(contacts[c], skeleton_).has_value();
        glm::vec3 now, goal;
        if (contacts[c].kind == Contact::Kind::foot) {
            now = position_of(world[index(limb_of(contacts[c], skeleton_)->end)]);
            goal = foot_goal(contacts[c], *target).second;
        } else {
            now = site_position(skeleton_, world, contacts[c].site);
            goal = target->point;
        }
        const float horizontal = contacts[c].slide || (limb && any_full_limb && w < 1.0f) ? 0.0f : w;
        (limb ? limb_sum : anchor_sum) += glm::vec3(horizontal, w, horizontal) * (goal - now);
        (limb ? limb_total : anchor_total) += glm::vec2(horizontal, w);
    }
    const auto blended = [&](float anchor, float anchor_w, float limb, float limb_w) {
        if (anchor_w <= 0.0f) return limb_w > 0.0f ? limb / limb_w : 0.0f;
        if (limb_w <= 0.0f) return anchor / anchor_w;
        return glm::mix(limb / limb_w, anchor / anchor_w, anchor_weight);
    };
    pose.root_position += glm::vec3(blended(anchor_sum.x, anchor_total.x, limb_sum.x, limb_total.x),
                                    blended(anchor_sum.y, anchor_total.y, limb_sum.y, limb_total.y),
                                    blended(anchor_sum.z, anchor_total.x, limb_sum.z, limb_total.x));
    world_transforms(skeleton_, pose, world);

    // 2. Standing: turn the body about its planted feet until its centre of mass is over
    //    them. Each foot counts as firmly as it holds, so shifting onto one leg is smooth.
    if (clip_.placement() == Placement::standing) {
        glm::vec3 pivot{0.0f}, support{0.0f};
        float total = 0.0f;
        int feet = 0;
        std::array<glm::vec3, 2> ankles{};
        std::array<float, 2> firmness{};
        for (int c = 0; c < count; ++c) {
            const Target* target = target_at(c, t_s);
            const float w = clip_.contact_weight(c, t_s);
            if (contacts[c].kind != Contact::Kind::foot || !target || w <= 0.0f || feet == 2) continue;
            const auto [rotation, ankle] = foot_goal(contacts[c], *target);
            const Site heel = contacts[c].side == Side::left ? Site::leftHeel : Site::rightHeel;
            const glm::vec3 heel_point = ankle + rotation * skeleton_.sites[index(heel)].offset_m;
            ankles[feet] = ankle;
            firmness[feet] = w;
            pivot += w * ankle;
            support += w * 0.5f * (heel_point + target->point);
            total += w;
            ++feet;
        }
        if (feet > 0) {
            pivot /= total;
            support /= total;
            for (int iteration = 0; iteration < 3; ++iteration) {
                const glm::vec3 com = center_of_mass(skeleton_, world);
                glm::vec3 error{support.x - com.x, 0.0f, support.z - com.z};
                if (feet == 2) {
                    // On two feet the stance is wide enough sideways: only lean forward or back.
                    const glm::vec3 across = glm::normalize(ankles[1] - ankles[0] + glm::vec3(1e-6f, 0, 0));
                    error -= std::min(firmness[0], firmness[1]) * glm::dot(error, across) * across;
                }
                const glm::quat turn = rotation_between(com - pivot, com - pivot + error);
                pose.root_position = pivot + turn * (pose.root_position - pivot);
                pose.local_rotation[index(Joint::hips)] = glm::normalize(turn * pose.local_rotation[index(Joint::hips)]);
                world_transforms(skeleton_, pose, world);
            }
        }
    }

    // 2b. On all fours, a hand held where the arm cannot reach (legs long for the arms):
    //     the body bends at the hips, the trunk turning toward the hand about the line
    //     through the hip joints, until it can. The legs stay where they are.
    for (int c = 0; c < count && clip_.placement() == Placement::quadruped; ++c) {
        const Target* target = target_at(c, t_s);
        const std::optional<Limb> limb = limb_of(contacts[c], skeleton_);
        if (!target || !limb || contacts[c].slide || clip_.contact_weight(c, t_s) <= 0.0f || is_leg(*limb))
            continue;
        const glm::vec3 hand = position_of(world[index(limb->end)]);
        const glm::vec3 touching = contacts[c].kind == Contact::Kind::site ? site_position(skeleton_, world, contacts[c].site) : hand;
        const glm::vec3 goal = target->point - (touching - hand);
        const glm::vec3 shoulder = position_of(world[index(limb->upper)]);
        const float reach = glm::length(skeleton_.rest_offset[index(limb->middle)]) +
                            glm::length(skeleton_.rest_offset[index(limb->end)]);
        if (glm::distance(shoulder, goal) - reach <= kReachSlack_m) continue;
        const glm::vec3 pivot = 0.5f * (position_of(world[index(Joint::leftUpperLeg)]) +
                                        position_of(world[index(Joint::rightUpperLeg)]));
        const glm::vec3 axis = glm::normalize(rotation_of(world[index(Joint::hips)]) * glm::vec3(1, 0, 0));
        const glm::quat turn = turn_toward(pivot, axis, shoulder, goal, reach);
        const glm::quat hips_turned = glm::normalize(turn * rotation_of(world[index(Joint::hips)]));
        for (Joint upper_leg : {Joint::leftUpperLeg, Joint::rightUpperLeg})
            pose.local_rotation[index(upper_leg)] =
                glm::normalize(glm::inverse(hips_turned) * rotation_of(world[index(upper_leg)]));
        pose.local_rotation[index(Joint::hips)] = hips_turned;
        pose.root_position = pivot + turn * (pose.root_position - pivot);
        world_transforms(skeleton_, pose, world);
    }

    // Where a held limb's end joint goes, and how it turns, to keep contact `c` on `target`.
    const auto held_end = [&](int c, const Limb& limb, const Target& target) {
        if (contacts[c].kind == Contact::Kind::foot) return foot_goal(contacts[c], target);
        const SiteDesc& site = skeleton_.sites[index(contacts[c].site)];
        glm::vec3 site_goal = target.point;
        if (contacts[c].slide) {
            // Sliding on a flat surface keeps the height; on a ball, which rolls wherever
            // the contact leads it, the contact only keeps from rising above its top.
            site_goal = site_position(skeleton_, world, contacts[c].site);
            site_goal.y = contacts[c].surface == Surface::ball ? std::min(site_goal.y, target.point.y) : target.point.y;
        }
        // The site's joint keeps its world rotation, except that a planted palm lies flat
        // on its surface (the hand turns the least it can for that); the joint's origin
        // goes where the site must.
        glm::quat end_goal = rotation_of(world[index(limb.end)]);
        glm::quat site_rotation = rotation_of(world[index(site.joint)]);
        if (is_palm(contacts[c].site)) {
            // The palm faces along the hand's local x, toward the thumb side's opposite.
            const glm::vec3 palm_normal = site_rotation * glm::vec3(site.offset_m.x < 0.0f ? -1.0f : 1.0f, 0, 0);
            site_rotation = glm::normalize(rotation_between(palm_normal, glm::vec3(0, -1, 0)) * site_rotation);
            end_goal = site_rotation;
        }
        glm::vec3 goal = site_goal - site_rotation * site.offset_m;
        if (site.joint != limb.end) goal -= position_of(world[index(site.joint)]) - position_of(world[index(limb.end)]);
        return std::pair{end_goal, goal};
    };

    // 2c. A held foot the leg cannot reach (legs short for the stance, a foot on a bench
    //     and one on the floor): the body sinks until it can, bending the other legs more.
    //     A foot easing on or off asks for what its easing goal needs; anchors carrying the
    //     body take over as firmly as they hold.
    if (anchor_weight < 1.0f) {
        float drop = 0.0f;
        for (int c = 0; c < count; ++c) {
            const Target* target = target_at(c, t_s);
            const float w = clip_.contact_weight(c, t_s);
            const std::optional<Limb> limb = limb_of(contacts[c], skeleton_);
            if (!target || !limb || w <= 0.0f || !is_leg(*limb)) continue;
            const glm::vec3 hip = position_of(world[index(limb->upper)]);
            const glm::vec3 to_hip = hip - held_end(c, *limb, *target).second;
            const float reach = glm::length(skeleton_.rest_offset[index(limb->middle)]) +
                                glm::length(skeleton_.rest_offset[index(limb->end)]) - kIkReachMargin_m;
            const float across = glm::length(glm::vec2(to_hip.x, to_hip.z));
            if (glm::length(to_hip) <= reach || across >= reach) continue;
            drop = std::max(drop, w * (to_hip.y - std::sqrt(reach * reach - across * across)));
        }
        pose.root_position.y -= (1.0f - anchor_weight) * drop;
        world_transforms(skeleton_, pose, world);
    }

    // 3. IK: every held foot and hand reaches its target exactly.
    for (int c = 0; c < count; ++c) {
        const Target* target = target_at(c, t_s);
        const float w = clip_.contact_weight(c, t_s);
        const std::optional<Limb> limb = limb_of(contacts[c], skeleton_);
        if (!target || !limb) continue;
        const glm::quat end_before = rotation_of(world[index(limb->end)]);
        auto [end_goal, goal] = held_end(c, *limb, *target);
        goal = glm::mix(position_of(world[index(limb->end)]), goal, w);
        end_goal = glm::slerp(end_before, end_goal, w);
        // A limb lifting off or setting down never dips below the surface it leaves or lands
        // on: the end rises by whatever its lowest point would sink, its contact points or
        // the skin round its end joint (a wrist, an ankle); a foot's toes as they will lie,
        // turned toward flat as firmly as the foot holds.
        const glm::mat4 moved = glm::translate(glm::mat4(1.0f), goal) * glm::mat4_cast(end_goal) *
                                glm::inverse(world[index(limb->end)]);
        float lowest = goal.y - joint_radius_m(skeleton_, limb->end);
        for (const Site site : contact_points(contacts[c])) {
            const SiteDesc& desc = skeleton_.sites[index(site)];
            glm::mat4 joint = moved * world[index(desc.joint)];
            if (contacts[c].kind == Contact::Kind::foot && desc.joint == toes_of(contacts[c].side)) {
                const glm::vec4 origin = joint[3];
                joint = glm::mat4_cast(glm::slerp(rotation_of(joint), yaw_rotation(target->yaw), w));
                joint[3] = origin;
            }
            lowest = std::min(lowest, glm::vec3(joint * glm::vec4(desc.offset_m, 1.0f)).y);
        }
        const float sink = target->surface_m - lowest;
        if (w < 1.0f && sink > 0.0f) goal.y += sink;
        else if (w <= 0.0f) continue;

        // Knees point forward of the thigh, elbows behind the upper arm.
        const glm::vec3 bend_dir = rotation_of(world[index(limb->upper)]) * glm::vec3(0, 0, is_leg(*limb) ? 1.0f : -1.0f);
        TwoBoneIk ik{position_of(world[index(limb->upper)]), position_of(world[index(limb->middle)]),
                     position_of(world[index(limb->end)]), goal,
                     position_of(world[index(limb->middle)]) + 0.5f * bend_dir};
        // A limb easing on or off, drawn toward a goal at its full length, straightens
        // gradually; never less than its own angles hold it.
        const float length = glm::length(skeleton_.rest_offset[index(limb->middle)]) +
                             glm::length(skeleton_.rest_offset[index(limb->end)]);
        ik.soften = std::max(glm::mix(kSoftestIk, 1.0f, w), glm::distance(ik.root, ik.end) / length);
        ik.run();
        set_world_rotation(skeleton_, pose, world, limb->upper, ik.root_turn * rotation_of(world[index(limb->upper)]));
        world_transforms(skeleton_, pose, world);
        set_world_rotation(skeleton_, pose, world, limb->middle, ik.middle_turn * rotation_of(world[index(limb->middle)]));
        world_transforms(skeleton_, pose, world);
        set_world_rotation(skeleton_, pose, world, limb->end, end_goal);
        if (contacts[c].kind == Contact::Kind::foot) {
            // The toes lie flat on the surface whatever the heel does.
            world_transforms(skeleton_, pose, world);
            const glm::quat toes_before = rotation_of(world[index(toes_of(contacts[c].side))]);
            set_world_rotation(skeleton_, pose, world, toes_of(contacts[c].side),
                               glm::slerp(toes_before, yaw_rotation(target->yaw), w));
        }
        world_transforms(skeleton_, pose, world);
    }
}

} // namespace legwork
