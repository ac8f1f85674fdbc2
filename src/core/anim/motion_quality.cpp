#include "core/anim/motion_quality.h"

#include "core/anim/center_of_mass.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

namespace legwork {
namespace {

constexpr float kBoneTolerance_m = 0.001f;
constexpr float kBelowFloor_m = 0.01f;
constexpr float kKneeMax_deg = 150.0f;
constexpr float kKneeHyperextension_deg = 5.0f;
constexpr float kElbowHyperextension_deg = 5.0f;
constexpr float kJumpPerFrame_m = 0.05f; // at 60 frames a second, 3 m/s
constexpr float kPlantedDrift_m = 0.01f;
constexpr float kSupportMargin_m = 0.03f; // a hand, knee or hip is about as wide
constexpr float kFootHalfWidth_m = 0.05f;

struct Frame {
    float t = 0.0f;
    std::array<glm::mat4, kJointCount> world{};
    glm::vec3 joint(Joint j) const { return glm::vec3(world[index(j)][3]); }
};

// Flexion of the joint between `upper` and `lower` segments, signed about the upper
// joint's local +X turned into the world: positive = the normal bending direction.
float flexion_deg(const Frame& f, Joint a, Joint b, Joint c, float sign) {
    const glm::vec3 upper = f.joint(b) - f.joint(a), lower = f.joint(c) - f.joint(b);
    const glm::vec3 axis = glm::mat3(f.world[index(a)]) * glm::vec3(1, 0, 0);
    const float s = glm::dot(glm::cross(upper, lower), axis);
    return sign * glm::degrees(std::atan2(s, glm::dot(upper, lower)));
}

// How far `point` lies outside the convex hull of `points` (0 inside), on the floor plane.
float outside_hull_m(std::vector<glm::vec2> points, glm::vec2 point) {
    if (points.empty()) return 1e9f;
    std::sort(points.begin(), points.end(),
              [](glm::vec2 a, glm::vec2 b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    const auto cross = [](glm::vec2 o, glm::vec2 a, glm::vec2 b) {
        return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
    };
    std::vector<glm::vec2> hull(2 * points.size());
    std::size_t k = 0;
    for (std::size_t i = 0; i < points.size(); ++i) { // Andrew's monotone chain
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], points[i]) <= 0.0f) --k;
        hull[k++] = points[i];
    }
    for (std::size_t i = points.size() - 1, t = k + 1; i-- > 0;) {
        while (k >= t && cross(hull[k - 2], hull[k - 1], points[i]) <= 0.0f) --k;
        hull[k++] = points[i];
    }
    hull.resize(k > 1 ? k - 1 : k);
    const auto to_segment = [](glm::vec2 p, glm::vec2 a, glm::vec2 b) {
        const glm::vec2 ab = b - a;
        const float t = glm::dot(ab, ab) > 0.0f
                            ? std::clamp(glm::dot(p - a, ab) / glm::dot(ab, ab), 0.0f, 1.0f)
                            : 0.0f;
        return glm::length(p - (a + t * ab));
    };
    bool inside = hull.size() >= 3;
    float nearest = 1e9f;
    for (std::size_t i = 0; i < hull.size(); ++i) {
        const glm::vec2 a = hull[i], b = hull[(i + 1) % hull.size()];
        if (hull.size() >= 3 && cross(a, b, point) < 0.0f) inside = false;
        nearest = std::min(nearest, to_segment(point, a, b));
    }
    return inside ? 0.0f : nearest;
}

// The worst value of a measure over the cycle, and when it happened.
struct Worst {
    float value = 0.0f;
    float t = 0.0f;
    void note(float v, float at) {
        if (v > value) value = v, t = at;
    }
};

std::string format(const char* pattern, float a, float t) {
    char line[160];
    std::snprintf(line, sizeof line, pattern, a, t);
    return line;
}

std::string contact_name(const Contact& contact) {
    if (contact.kind == Contact::Kind::foot) return std::string(side_name(contact.side)) + " foot";
    return std::string(site_name(contact.site));
}

} // namespace

void check_motion_quality(const MotionSampler& sampler, std::vector<std::string>& problems,
                          int per_second) {
    const Skeleton& skeleton = sampler.skeleton();
    const MotionClip& clip = sampler.clip();
    const std::array<glm::vec3, kJointCount> rest = rest_positions(skeleton);

    std::vector<Frame> cycle;
    Pose pose;
    for (int i = 0; i <= static_cast<int>(clip.duration_s() * static_cast<float>(per_second));
         ++i) {
        Frame& frame = cycle.emplace_back();
        frame.t = static_cast<float>(i) / static_cast<float>(per_second);
        sampler.sample(frame.t, pose, frame.world);
    }
    const float jump_limit = kJumpPerFrame_m * 60.0f / static_cast<float>(per_second);

    Worst bone, below, knee, knee_back, elbow_back, jump;
    for (std::size_t i = 0; i < cycle.size(); ++i) {
        const Frame& f = cycle[i];
        for (int j = 1; j < kJointCount; ++j) {
            const float length = glm::length(f.joint(static_cast<Joint>(j)) -
                                             glm::vec3(f.world[skeleton.parent[j]][3]));
            bone.note(std::abs(length - glm::length(rest[j] - rest[skeleton.parent[j]])), f.t);
            below.note(-f.world[j][3].y, f.t);
        }
        for (int s = 0; s < kSiteCount; ++s)
            below.note(-site_position(skeleton, f.world, static_cast<Site>(s)).y, f.t);
        for (Side limb : {Side::left, Side::right}) {
            const bool l = limb == Side::left;
            const float k = flexion_deg(f, l ? Joint::leftUpperLeg : Joint::rightUpperLeg,
                                        l ? Joint::leftLowerLeg : Joint::rightLowerLeg,
                                        l ? Joint::leftFoot : Joint::rightFoot, 1.0f);
            const float e = flexion_deg(f, l ? Joint::leftUpperArm : Joint::rightUpperArm,
                                        l ? Joint::leftLowerArm : Joint::rightLowerArm,
                                        l ? Joint::leftHand : Joint::rightHand, -1.0f);
            knee.note(k, f.t);
            knee_back.note(-k, f.t);
            elbow_back.note(-e, f.t);
        }
        if (i > 0)
            for (int j = 0; j < kJointCount; ++j)
                jump.note(glm::length(f.joint(static_cast<Joint>(j)) -
                                      cycle[i - 1].joint(static_cast<Joint>(j))),
                          f.t);
    }
    if (bone.value >= kBoneTolerance_m)
        problems.push_back(
            format("a bone stretches by %.1f mm (t %.2f s)", bone.value * 1000.0f, bone.t));
    if (below.value > kBelowFloor_m)
        problems.push_back(format("the body sinks %.1f cm into the floor (t %.2f s)",
                                  below.value * 100.0f, below.t));
    if (knee.value > kKneeMax_deg)
        problems.push_back(
            format("a knee bends %.0f degrees, past 150 (t %.2f s)", knee.value, knee.t));
    if (knee_back.value > kKneeHyperextension_deg)
        problems.push_back(format("a knee bends backwards by %.0f degrees (t %.2f s)",
                                  knee_back.value, knee_back.t));
    if (elbow_back.value > kElbowHyperextension_deg)
        problems.push_back(format("an elbow bends backwards by %.0f degrees (t %.2f s)",
                                  elbow_back.value, elbow_back.t));
    if (jump.value >= jump_limit)
        problems.push_back(
            format("a joint jumps %.1f cm in one frame (t %.2f s)", jump.value * 100.0f, jump.t));

    // Planted contacts stay put while they hold fully.
    for (int c = 0; c < static_cast<int>(clip.contacts().size()); ++c) {
        const Contact& contact = clip.contacts()[c];
        std::optional<glm::vec3> held;
        Worst drift, off_ball;
        for (const Frame& f : cycle) {
            if (clip.contact_weight(c, f.t) < 1.0f) {
                held.reset();
                continue;
            }
            const glm::vec3 point =
                contact.kind == Contact::Kind::foot
                    ? f.joint(contact.side == Side::left ? Joint::leftToes : Joint::rightToes)
                    : site_position(skeleton, f.world, contact.site);
            glm::vec3 compared = point;
            if (contact.slide) compared = {0.0f, point.y, 0.0f};
            if (contact.slide && contact.surface == Surface::ball) {
                // A ball rolls to stay under it: it stays on the ball's upper half.
                const float top = clip.surface_height_m(Surface::ball);
                off_ball.note(std::max(point.y - top, 0.5f * top - point.y), f.t);
                continue;
            }
            if (!held) held = compared;
            drift.note(glm::length(compared - *held), f.t);
        }
        if (drift.value >= kPlantedDrift_m)
            problems.push_back(
                contact_name(contact) +
                format(" slides %.1f cm while planted (t %.2f s)", drift.value * 100.0f, drift.t));
        if (off_ball.value >= kPlantedDrift_m)
            problems.push_back(contact_name(contact) +
                               format(" leaves the ball's top by %.1f cm (t %.2f s)",
                                      off_ball.value * 100.0f, off_ball.t));
    }

    if (clip.placement() != Placement::standing) {
        // Lying, kneeling or on all fours, the centre of mass stays over the outline of the
        // body's points on the floor and its held contacts.
        Worst outside;
        std::vector<glm::vec2> support;
        for (const Frame& f : cycle) {
            support.clear();
            const float floor = clip.surface_height_m(Surface::floor);
            const auto note = [&](glm::vec3 p) {
                if (p.y < floor + 0.06f) support.emplace_back(p.x, p.z);
            };
            for (int j = 0; j < kJointCount; ++j) note(f.joint(static_cast<Joint>(j)));
            for (int k = 0; k < kSiteCount; ++k)
                note(site_position(skeleton, f.world, static_cast<Site>(k)));
            for (int c = 0; c < static_cast<int>(clip.contacts().size()); ++c) {
                const Contact& contact = clip.contacts()[c];
                if (clip.contact_weight(c, f.t) < 1.0f || contact.kind != Contact::Kind::site)
                    continue;
                const glm::vec3 p = site_position(skeleton, f.world, contact.site);
                support.emplace_back(p.x, p.z);
            }
            const glm::vec3 com = center_of_mass(skeleton, f.world);
            outside.note(outside_hull_m(support, {com.x, com.z}), f.t);
        }
        if (outside.value >= kSupportMargin_m)
            problems.push_back(
                format("the centre of mass is %.1f cm outside what the body rests on (t %.2f s)",
                       outside.value * 100.0f, outside.t));
        return;
    }

    // On one leg, the centre of mass stays over the standing foot.
    Worst off_foot;
    for (const Frame& f : cycle) {
        int feet = 0;
        Side stance = Side::left;
        for (int c = 0; c < static_cast<int>(clip.contacts().size()); ++c)
            if (clip.contacts()[c].kind == Contact::Kind::foot &&
                clip.contact_weight(c, f.t) > 0.0f) {
                ++feet;
                stance = clip.contacts()[c].side;
            }
        if (feet != 1) continue;
        const bool l = stance == Side::left;
        const glm::vec3 heel =
            site_position(skeleton, f.world, l ? Site::leftHeel : Site::rightHeel);
        const glm::vec3 toe =
            site_position(skeleton, f.world, l ? Site::leftToeTip : Site::rightToeTip);
        const glm::vec3 com = center_of_mass(skeleton, f.world);
        const glm::vec2 foot{toe.x - heel.x, toe.z - heel.z};
        const glm::vec2 along = glm::normalize(foot);
        const glm::vec2 to_com{com.x - heel.x, com.z - heel.z};
        const float forward = glm::dot(to_com, along);
        const float sideways = std::abs(along.x * to_com.y - along.y * to_com.x);
        off_foot.note(
            std::max({-forward, forward - glm::length(foot), sideways - kFootHalfWidth_m, 0.0f}) +
                1e-6f,
            f.t);
    }
    if (off_foot.value > 1e-6f)
        problems.push_back(
            format("on one leg, the centre of mass is %.1f cm off the standing foot (t %.2f s)",
                   off_foot.value * 100.0f, off_foot.t));
}

} // namespace legwork
