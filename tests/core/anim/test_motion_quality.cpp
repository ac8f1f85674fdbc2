// Every demonstration in content/, on both sides and in every variant, held to what a
// physiotherapist watching would expect of a body: bones keep their length, nothing sinks
// into the floor, planted feet and hands stay put, joints stay in their human range, and
// a body standing on one leg keeps its weight over that foot.
#include "core/anim/center_of_mass.h"
#include "core/anim/motion_sampler.h"
#include "core/content/exercise.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <glm/gtc/quaternion.hpp>

using namespace legwork;

namespace {

std::vector<Exercise> library() {
    ContentErrors errors;
    std::vector<Exercise> exercises = load_exercises(std::filesystem::path(LEGWORK_CONTENT_DIR) / "exercises", errors);
    for (const ContentError& error : errors) FAIL(error.to_string());
    return exercises;
}

struct Frame {
    float t;
    std::array<glm::mat4, kJointCount> world;
    glm::vec3 joint(Joint j) const { return glm::vec3(world[index(j)][3]); }
};

std::vector<Frame> frames(const MotionSampler& sampler, int per_second) {
    std::vector<Frame> out;
    Pose pose;
    const float duration = sampler.clip().duration_s();
    for (int i = 0; i <= static_cast<int>(duration * per_second); ++i) {
        Frame frame;
        frame.t = static_cast<float>(i) / static_cast<float>(per_second);
        sampler.sample(frame.t, pose, frame.world);
        out.push_back(frame);
    }
    return out;
}

// Flexion of the joint between `upper` and `lower` segments, signed about `axis` (the
// upper joint's local +X turned into the world): positive = the normal bending direction.
float flexion_deg(const Frame& f, Joint a, Joint b, Joint c, float sign) {
    const glm::vec3 upper = f.joint(b) - f.joint(a), lower = f.joint(c) - f.joint(b);
    const glm::vec3 axis = glm::mat3(f.world[index(a)]) * glm::vec3(1, 0, 0);
    const float s = glm::dot(glm::cross(upper, lower), axis);
    return sign * glm::degrees(std::atan2(s, glm::dot(upper, lower)));
}

float site_y(const Skeleton& skeleton, const Frame& f, Site site) {
    return site_position(skeleton, f.world, site).y;
}

// How far `point` lies outside the convex hull of `points` (0 inside), on the floor plane.
float outside_hull_m(std::vector<glm::vec2> points, glm::vec2 point) {
    if (points.empty()) return 1e9f;
    std::sort(points.begin(), points.end(), [](glm::vec2 a, glm::vec2 b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
    const auto cross = [](glm::vec2 o, glm::vec2 a, glm::vec2 b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); };
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
        const float t = glm::dot(ab, ab) > 0.0f ? std::clamp(glm::dot(p - a, ab) / glm::dot(ab, ab), 0.0f, 1.0f) : 0.0f;
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

} // namespace

TEST_CASE("Every demonstration moves like a human body, on both sides and in every variant",
          "[anim][motion][quality]") {
    const Skeleton skeleton = make_skeleton();
    const std::array<glm::vec3, kJointCount> rest = rest_positions(skeleton);
    const std::vector<Exercise> exercises = library();
    REQUIRE(exercises.size() >= 3);

    for (const Exercise& exercise : exercises) {
        for (Side side : {Side::left, Side::right}) {
            for (int variant = -1; variant < static_cast<int>(exercise.motion.variants.size()); ++variant) {
                ClipOptions options;
                options.side = side;
                options.variant = variant;
                const MotionSampler sampler(skeleton, MotionClip(exercise.motion, options));
                const std::vector<Frame> cycle = frames(sampler, 60);
                INFO(exercise.id << " " << side_name(side) << " "
                                 << (variant < 0 ? "correct" : exercise.motion.variants[variant].id));

                float worst_bone = 0.0f, lowest = 1.0f, worst_knee = 0.0f, least_knee = 0.0f, worst_elbow = 0.0f;
                float worst_jump = 0.0f;
                for (std::size_t i = 0; i < cycle.size(); ++i) {
                    const Frame& f = cycle[i];
                    for (int j = 1; j < kJointCount; ++j) {
                        const float length = glm::length(f.joint(static_cast<Joint>(j)) - glm::vec3(f.world[skeleton.parent[j]][3]));
                        worst_bone = std::max(worst_bone, std::abs(length - glm::length(rest[j] - rest[skeleton.parent[j]])));
                        lowest = std::min(lowest, f.world[j][3].y);
                    }
                    for (int s = 0; s < kSiteCount; ++s) lowest = std::min(lowest, site_y(skeleton, f, static_cast<Site>(s)));
                    for (Side limb : {Side::left, Side::right}) {
                        const bool l = limb == Side::left;
                        const float knee = flexion_deg(f, l ? Joint::leftUpperLeg : Joint::rightUpperLeg,
                                                       l ? Joint::leftLowerLeg : Joint::rightLowerLeg,
                                                       l ? Joint::leftFoot : Joint::rightFoot, 1.0f);
                        const float elbow = flexion_deg(f, l ? Joint::leftUpperArm : Joint::rightUpperArm,
                                                        l ? Joint::leftLowerArm : Joint::rightLowerArm,
                                                        l ? Joint::leftHand : Joint::rightHand, -1.0f);
                        worst_knee = std::max(worst_knee, knee);
                        least_knee = std::min(least_knee, knee);
                        worst_elbow = std::max(worst_elbow, std::abs(std::min(elbow, 0.0f)));
                    }
                    if (i > 0)
                        for (int j = 0; j < kJointCount; ++j)
                            worst_jump = std::max(worst_jump, glm::length(f.joint(static_cast<Joint>(j)) - cycle[i - 1].joint(static_cast<Joint>(j))));
                }
                CHECK(worst_bone < 0.001f);  // bones keep their length
                CHECK(lowest > -0.01f);      // nothing more than 1 cm below the floor
                CHECK(worst_knee <= 150.0f); // knee 0-150 degrees, no more than 5 of hyperextension
                CHECK(least_knee >= -5.0f);
                CHECK(worst_elbow <= 5.0f);  // elbows do not bend backwards
                CHECK(worst_jump < 0.05f);   // no joint jumps: under 3 m/s at 60 frames a second

                // Planted contacts stay put while they hold fully.
                const MotionClip& clip = sampler.clip();
                for (int c = 0; c < static_cast<int>(clip.contacts().size()); ++c) {
                    const Contact& contact = clip.contacts()[c];
                    std::optional<glm::vec3> held;
                    float drift = 0.0f, off_ball = 0.0f;
                    for (const Frame& f : cycle) {
                        if (clip.contact_weight(c, f.t) < 1.0f) {
                            held.reset();
                            continue;
                        }
                        const glm::vec3 point = contact.kind == Contact::Kind::foot
                            ? f.joint(contact.side == Side::left ? Joint::leftToes : Joint::rightToes)
                            : site_position(skeleton, f.world, contact.site);
                        glm::vec3 compared = point;
                        if (contact.slide) compared = {0.0f, point.y, 0.0f};
                        if (contact.slide && contact.surface == Surface::ball) {
                            // A ball rolls to stay under it: it stays on the ball's upper
                            // half, from the ball's middle to its top.
                            const float top = clip.surface_height_m(Surface::ball);
                            off_ball = std::max({off_ball, point.y - top, 0.5f * top - point.y});
                            continue;
                        }
                        if (!held) held = compared;
                        drift = std::max(drift, glm::length(compared - *held));
                    }
                    INFO("contact " << c);
                    CHECK(drift < 0.01f);
                    CHECK(off_ball < 0.01f);
                }

                // Lying, kneeling or on all fours, the centre of mass stays over what the body
                // rests on: the outline of the body's points on the floor and its held
                // contacts, give or take the 3 cm a hand, knee or hip is wide.
                if (clip.placement() != Placement::standing) {
                    float worst = 0.0f, worst_t = 0.0f;
                    for (const Frame& f : cycle) {
                        std::vector<glm::vec2> support;
                        const float floor = clip.surface_height_m(Surface::floor);
                        const auto note = [&](glm::vec3 p) {
                            if (p.y < floor + 0.06f) support.emplace_back(p.x, p.z);
                        };
                        for (int j = 0; j < kJointCount; ++j) note(f.joint(static_cast<Joint>(j)));
                        for (int k = 0; k < kSiteCount; ++k) note(site_position(skeleton, f.world, static_cast<Site>(k)));
                        for (int c = 0; c < static_cast<int>(clip.contacts().size()); ++c) {
                            const Contact& contact = clip.contacts()[c];
                            if (clip.contact_weight(c, f.t) < 1.0f || contact.kind != Contact::Kind::site) continue;
                            const glm::vec3 p = site_position(skeleton, f.world, contact.site);
                            support.emplace_back(p.x, p.z);
                        }
                        const glm::vec3 com = center_of_mass(skeleton, f.world);
                        const float outside = outside_hull_m(support, {com.x, com.z});
                        if (outside > worst) worst = outside, worst_t = f.t;
                    }
                    INFO("centre of mass outside the support at t " << worst_t);
                    CHECK(worst < 0.03f);
                }

                // On one leg, the centre of mass stays over the standing foot.
                if (clip.placement() == Placement::standing) {
                    for (const Frame& f : cycle) {
                        int feet = 0;
                        Side stance = Side::left;
                        for (int c = 0; c < static_cast<int>(clip.contacts().size()); ++c)
                            if (clip.contacts()[c].kind == Contact::Kind::foot && clip.contact_weight(c, f.t) > 0.0f) {
                                ++feet;
                                stance = clip.contacts()[c].side;
                            }
                        if (feet != 1) continue;
                        const bool l = stance == Side::left;
                        const glm::vec3 heel = site_position(skeleton, f.world, l ? Site::leftHeel : Site::rightHeel);
                        const glm::vec3 toe = site_position(skeleton, f.world, l ? Site::leftToeTip : Site::rightToeTip);
                        const glm::vec3 com = center_of_mass(skeleton, f.world);
                        const glm::vec2 along = glm::normalize(glm::vec2(toe.x - heel.x, toe.z - heel.z));
                        const glm::vec2 to_com{com.x - heel.x, com.z - heel.z};
                        const float forward = glm::dot(to_com, along);
                        const float sideways = std::abs(along.x * to_com.y - along.y * to_com.x);
                        INFO("t " << f.t);
                        CHECK(forward > 0.0f);
                        CHECK(forward < glm::length(glm::vec2(toe.x - heel.x, toe.z - heel.z)));
                        CHECK(sideways < 0.05f); // within the foot's width
                    }
                }
            }
        }
    }
}
