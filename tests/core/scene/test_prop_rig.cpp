// Props in every demonstration touch what they should and nothing of the body passes
// through them, on both sides and in every variant; each placement rule does what it
// says on a small motion of its own; placing them every frame allocates nothing.
#include "../content/library_exercise.h"
#include "core/anim/body_shape.h"
#include "core/content/exercise.h"
#include "core/scene/prop_rig.h"

#include <catch2/catch.hpp>

using namespace legwork;
using legwork::test::library_exercise;

namespace {

std::vector<Exercise> library() {
    ContentErrors errors;
    std::vector<Exercise> exercises =
        load_exercises(std::filesystem::path(LEGWORK_CONTENT_DIR) / "exercises", errors);
    for (const ContentError& error : errors) FAIL(error.to_string());
    return exercises;
}

struct Frame {
    float t = 0.0f;
    std::array<glm::mat4, kJointCount> world{};
    std::vector<PropPiece> pieces;
    glm::vec3 joint(Joint j) const { return glm::vec3(world[index(j)][3]); }
};

Frame frame_at(const MotionSampler& sampler, const PropRig& rig, float t) {
    Frame f;
    f.t = t;
    Pose pose;
    sampler.sample(t, pose, f.world);
    place_props(rig, f.world, t, f.pieces);
    return f;
}

std::vector<const PropPiece*> pieces_of(const Frame& f, PropKind kind) {
    std::vector<const PropPiece*> out;
    for (const PropPiece& p : f.pieces)
        if (p.kind == kind) out.push_back(&p);
    return out;
}

glm::vec3 centre(const PropPiece& p) {
    return glm::vec3(p.transform[3]);
}
glm::vec3 local(const PropPiece& p, glm::vec3 world_point) {
    return glm::transpose(glm::mat3(p.transform)) * (world_point - centre(p));
}

// The stability ball itself (not its seam).
const PropPiece* ball_of(const Frame& f) {
    for (const PropPiece* p : pieces_of(f, PropKind::stabilityBall))
        if (p->shape == PropShape::ellipsoid) return p;
    return nullptr;
}

// Where contact `c` presses on what it rests on: the site, or the ball of a foot brought
// down to its sole.
glm::vec3 contact_point(const Skeleton& skeleton, const Frame& f, const Contact& contact) {
    if (contact.kind == Contact::Kind::site) return site_position(skeleton, f.world, contact.site);
    const Joint toes = contact.side == Side::left ? Joint::leftToes : Joint::rightToes;
    return f.joint(toes) - glm::vec3(0, rest_positions(skeleton)[index(toes)].y, 0);
}

// How deep the body goes into `piece`: the most any point on its rough surface is inside,
// and where that is.
struct Depth {
    float m = -1.0f;
    std::string where;
};
Depth body_depth(const Skeleton& skeleton, const Frame& f, const PropPiece& piece) {
    Depth deepest;
    const auto note = [&](float depth, std::string_view what, float u) {
        if (depth > deepest.m) deepest = {depth, std::string(what) + " " + std::to_string(u)};
    };
    for (const BodySegmentShape& segment : body_segment_shapes()) {
        const glm::vec3 a = f.joint(segment.from);
        const glm::vec3 b = segment.to_joint >= 0
                                ? f.joint(static_cast<Joint>(segment.to_joint))
                                : site_position(skeleton, f.world, segment.to_site);
        const int steps = std::max(1, static_cast<int>(glm::length(b - a) / 0.02f));
        for (int i = 0; i <= steps; ++i) {
            const float u = static_cast<float>(i) / static_cast<float>(steps);
            const float radius =
                skeleton.height_m *
                (segment.radius_from_h + u * (segment.radius_to_h - segment.radius_from_h));
            note(radius - signed_distance_m(piece, a + u * (b - a)), joint_name(segment.from), u);
        }
    }
    for (int s = 0; s < kSiteCount; ++s)
        note(-signed_distance_m(piece, site_position(skeleton, f.world, static_cast<Site>(s))),
             site_name(static_cast<Site>(s)), 0.0f);
    return deepest;
}

bool well_formed(const PropPiece& p) {
    const glm::mat3 r(p.transform);
    const glm::mat3 should_be_identity = glm::transpose(r) * r;
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            if (std::abs(should_be_identity[i][j] - (i == j ? 1.0f : 0.0f)) > 1e-3f) return false;
    if (glm::determinant(r) < 0.0f) return false;
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j)
            if (!std::isfinite(p.transform[i][j])) return false;
    if (std::abs(p.transform[0][3]) + std::abs(p.transform[1][3]) + std::abs(p.transform[2][3]) >
            1e-6f ||
        p.transform[3][3] != 1.0f)
        return false;
    if (!(p.size_m.x > 0.0f && p.size_m.y > 0.0f && p.size_m.z > 0.0f && p.size_m.x < 3.0f &&
          p.size_m.y < 3.0f && p.size_m.z < 3.0f))
        return false;
    if (p.corner_radius_m < 0.0f ||
        2.0f * p.corner_radius_m > std::min({p.size_m.x, p.size_m.y, p.size_m.z}) + 1e-6f)
        return false;
    if (p.shape == PropShape::cylinder && std::abs(p.size_m.x - p.size_m.z) > 1e-6f) return false;
    return glm::all(glm::greaterThanEqual(p.color, glm::vec3(0.0f))) &&
           glm::all(glm::lessThanEqual(p.color, glm::vec3(1.0f)));
}

} // namespace

TEST_CASE("Every prop of every demonstration touches what it should and nothing passes through it",
          "[scene][props]") {
    const Skeleton skeleton = make_skeleton();
    const std::vector<Exercise> exercises = library();
    for (const Exercise& exercise : exercises) {
        for (Side side : {Side::left, Side::right}) {
            for (int variant = -1; variant < static_cast<int>(exercise.motion.variants.size());
                 ++variant) {
                ClipOptions options;
                options.side = side;
                options.variant = variant;
                const MotionSampler sampler(skeleton, MotionClip(exercise.motion, options));
                const PropRig rig = make_prop_rig(sampler, exercise.props);
                const MotionClip& clip = sampler.clip();
                INFO(exercise.id << " " << side_name(side) << " "
                                 << (variant < 0 ? "correct"
                                                 : exercise.motion.variants[variant].id));

                std::size_t piece_count = 0;
                float deepest = -1.0f, worst_off_ball = 0.0f, worst_off_support = 0.0f,
                      worst_grip = 0.0f;
                float worst_band = 0.0f, worst_mat = 0.0f;
                std::string deepest_where, worst_mat_where;
                for (int i = 0; i <= static_cast<int>(clip.duration_s() * 30.0f); ++i) {
                    const Frame f = frame_at(sampler, rig, static_cast<float>(i) / 30.0f);
                    if (i == 0) piece_count = f.pieces.size();
                    CHECK(f.pieces.size() == piece_count); // the same pieces every frame
                    for (const PropPiece& p : f.pieces) {
                        CHECK(well_formed(p));
                        const Depth depth = body_depth(skeleton, f, p);
                        if (depth.m > deepest)
                            deepest = depth.m, deepest_where = depth.where + " in the " +
                                                               std::string(prop_kind_name(p.kind)) +
                                                               " at t " + std::to_string(f.t);
                    }
                    // Each contact meets the top of what it rests on while it holds.
                    for (int c = 0; c < static_cast<int>(clip.contacts().size()); ++c) {
                        const Contact& contact = clip.contacts()[c];
                        if (clip.contact_weight(c, f.t) < 1.0f) continue;
                        const glm::vec3 point = contact_point(skeleton, f, contact);
                        if (contact.surface == Surface::ball) {
                            const PropPiece* ball = ball_of(f);
                            REQUIRE(ball);
                            const float r = 0.5f * ball->size_m.x;
                            worst_off_ball = std::max(
                                worst_off_ball, std::abs(glm::length(point - centre(*ball)) - r));
                            // ...and the ball stands on the floor or its mat.
                            CHECK(centre(*ball).y - r >= -1e-4f);
                            CHECK(centre(*ball).y - r <= kMatThickness_m + 1e-4f);
                        } else if (contact.surface == Surface::floor && exercise.motion.on_mat) {
                            const std::vector<const PropPiece*> mats = pieces_of(f, PropKind::mat);
                            REQUIRE(mats.size() == 1);
                            const glm::vec3 on_mat = local(*mats[0], point);
                            // On it: over its top, not sunk into it, not floating more than 1 cm.
                            const float above = on_mat.y - 0.5f * mats[0]->size_m.y;
                            const float off =
                                std::max({std::abs(on_mat.x) - 0.5f * mats[0]->size_m.x,
                                          std::abs(on_mat.z) - 0.5f * mats[0]->size_m.z, -above,
                                          above - 0.009f});
                            if (off > worst_mat)
                                worst_mat = off, worst_mat_where = "contact " + std::to_string(c) +
                                                                   " at t " + std::to_string(f.t);
                        } else if (contact.surface == Surface::peanutBall) {
                            // A peanut ball holds the body on its two lobes' tops, the
                            // point (the spine, the sacrum) over the groove between them.
                            const std::vector<const PropPiece*> peanut =
                                pieces_of(f, PropKind::peanutBall);
                            REQUIRE(peanut.size() == 3);
                            float top = 0.0f;
                            glm::vec3 middle{0.0f};
                            for (const PropPiece* p : peanut) {
                                top = std::max(top, centre(*p).y + 0.5f * p->size_m.y);
                                middle += centre(*p) / 3.0f;
                            }
                            worst_off_support = std::max(
                                {worst_off_support, std::abs(point.y - top),
                                 glm::length(glm::vec2(point.x - middle.x, point.z - middle.z))});
                        } else if (contact.surface != Surface::floor) {
                            // Something of the prop has its top right under the point.
                            float nearest = 1.0f;
                            for (const PropPiece& p : f.pieces)
                                nearest = std::min(nearest, std::abs(signed_distance_m(p, point)));
                            worst_off_support = std::max(worst_off_support, nearest);
                        }
                    }
                    // A dumbbell's handle lies in the palm.
                    for (const PropUse& use : exercise.props) {
                        if (use.kind != PropKind::dumbbell) continue;
                        const Side hand = clip.mirrored() ? other(use.hand) : use.hand;
                        const glm::vec3 palm =
                            site_position(skeleton, f.world,
                                          hand == Side::left ? Site::leftPalm : Site::rightPalm);
                        float nearest = 1.0f;
                        for (const PropPiece* p : pieces_of(f, PropKind::dumbbell))
                            if (p->shape == PropShape::cylinder)
                                nearest = std::min(nearest, std::abs(signed_distance_m(*p, palm)));
                        worst_grip = std::max(worst_grip, nearest);
                    }
                    // A band hugs the thighs: half its strips lie on a thigh's surface; none
                    // cuts into one.
                    const std::vector<const PropPiece*> band = pieces_of(f, PropKind::loopBand);
                    if (!band.empty()) {
                        int hugging = 0;
                        for (const PropPiece* p : band) {
                            for (Side leg : {Side::left, Side::right}) {
                                const glm::vec3 hip = f.joint(
                                    leg == Side::left ? Joint::leftUpperLeg : Joint::rightUpperLeg);
                                const glm::vec3 knee = f.joint(
                                    leg == Side::left ? Joint::leftLowerLeg : Joint::rightLowerLeg);
                                const float u = std::clamp(glm::dot(centre(*p) - hip, knee - hip) /
                                                               glm::dot(knee - hip, knee - hip),
                                                           0.0f, 1.0f);
                                const float from_axis =
                                    glm::length(centre(*p) - (hip + u * (knee - hip)));
                                const float off = from_axis - thigh_radius_m(skeleton, u);
                                if (std::abs(off) < 0.015f) ++hugging;
                                worst_band = std::max(worst_band, -off);
                            }
                        }
                        CHECK(hugging >= static_cast<int>(band.size()) / 2);
                    }
                }
                INFO("deepest into a prop: " << deepest_where);
                CHECK(deepest < 0.01f);
                CHECK(worst_off_ball < 0.01f);
                CHECK(worst_off_support < 0.01f);
                CHECK(worst_grip < 0.015f);
                CHECK(worst_band < 0.01f);
                INFO("furthest off the mat: " << worst_mat_where);
                CHECK(worst_mat < 0.001f);
            }
        }
    }
}

TEST_CASE("Placing props every frame allocates nothing once warm", "[scene][props]") {
    const Skeleton skeleton = make_skeleton();
    for (const Exercise& exercise : library()) {
        const MotionSampler sampler(skeleton, MotionClip(exercise.motion, {}));
        const PropRig rig = make_prop_rig(sampler, exercise.props);
        std::array<glm::mat4, kJointCount> world{};
        Pose pose;
        std::vector<PropPiece> pieces;
        const auto cycle = [&] {
            for (float t = 0.0f; t < sampler.clip().duration_s(); t += 1.0f / 60.0f) {
                pieces.resize(0);
                sampler.sample(t, pose, world);
                place_props(rig, world, t, pieces);
            }
        };
        cycle();
        const std::size_t capacity = pieces.capacity();
        const PropPiece* data = pieces.data();
        cycle();
        INFO(exercise.id);
        CHECK(pieces.capacity() == capacity);
        CHECK(pieces.data() == data);
    }
}

TEST_CASE("A loop band stretches as the knees part", "[scene][props]") {
    const Exercise clam = library_exercise("clam-shell-band");
    const MotionSampler sampler(make_skeleton(), MotionClip(clam.motion, {}));
    const PropRig rig = make_prop_rig(sampler, clam.props);
    const auto band_length = [&](float t) {
        float length = 0.0f;
        const Frame f = frame_at(sampler, rig, t);
        for (const PropPiece* p : pieces_of(f, PropKind::loopBand)) length += p->size_m.x;
        return length;
    };
    const float closed = band_length(sampler.clip().phase_start_s(0) + 1e-3f);
    const float open = band_length(sampler.clip().phase_start_s(2) - 1e-3f);
    // Round two touching thighs about 12 cm across, about 60 cm, like a mini band at rest;
    // the knee opening adds about twice its rise.
    CHECK(closed > 0.5f);
    CHECK(closed < 0.8f);
    CHECK(open - closed > 0.15f);
}

namespace {

Contact site_on(Site site, Surface surface) {
    Contact c;
    c.kind = Contact::Kind::site;
    c.site = site;
    c.surface = surface;
    return c;
}

Contact feet_on(Side side, Surface surface) {
    Contact c;
    c.kind = Contact::Kind::foot;
    c.side = side;
    c.surface = surface;
    return c;
}

void both(BodyAngles& a, Dof left, float deg) {
    a[left] = deg;
    a[static_cast<Dof>(index(left) + kSideDofCount)] = deg;
}

// A motion that holds one pose for two seconds.
Motion holding(Placement placement, const BodyAngles& pose, std::vector<Contact> contacts) {
    Motion m;
    m.placement = placement;
    m.phases = {{"hold", 1.0f, pose}, {"again", 1.0f, pose}};
    m.contacts = std::move(contacts);
    return m;
}

struct Placed {
    MotionSampler sampler;
    PropRig rig;
    Frame frame;
};

Placed place(const Motion& motion, std::vector<PropUse> props = {}, float t = 0.5f) {
    MotionSampler sampler(make_skeleton(), MotionClip(motion, {}));
    PropRig rig = make_prop_rig(sampler, props);
    Frame f = frame_at(sampler, rig, t);
    return {std::move(sampler), std::move(rig), std::move(f)};
}

float deepest_m(const Placed& p) {
    float deepest = -1.0f;
    for (const PropPiece& piece : p.frame.pieces)
        deepest = std::max(deepest, body_depth(p.sampler.skeleton(), p.frame, piece).m);
    return deepest;
}

glm::vec3 site_of(const Placed& p, Site s) {
    return site_position(p.sampler.skeleton(), p.frame.world, s);
}

} // namespace

TEST_CASE(
    "A hip thrust's upper back rests on a bench's edge, the bench reaching away from the body",
    "[scene][props][rules]") {
    BodyAngles pose;
    pose[Dof::pelvisTilt] = 10.0f; // hips a little below the bench
    both(pose, Dof::leftHipFlexion, 80.0f);
    both(pose, Dof::leftKneeFlexion, 90.0f);
    both(pose, Dof::leftShoulderAbduction, 20.0f);
    const Placed p =
        place(holding(Placement::supine, pose,
                      {site_on(Site::upperBack, Surface::bench),
                       feet_on(Side::left, Surface::floor), feet_on(Side::right, Surface::floor)}));
    const std::vector<const PropPiece*> bench = pieces_of(p.frame, PropKind::bench);
    REQUIRE_FALSE(bench.empty());
    const PropPiece& pad = *bench[0];
    const glm::vec3 back = site_of(p, Site::upperBack);
    CHECK(back.y == Approx(surface_height_m(Surface::bench)).margin(0.002));
    CHECK(signed_distance_m(pad, back) == Approx(0.0f).margin(0.01));
    // Its near edge just beyond the back, the rest toward the head, across the body.
    const glm::vec3 at = local(pad, back);
    CHECK(0.5f * pad.size_m.z - std::abs(at.z) < 0.06f);
    CHECK(centre(pad).z < back.z); // supine, the head is toward -Z
    CHECK(std::abs(glm::dot(glm::vec3(pad.transform[0]), glm::vec3(1, 0, 0))) > 0.99f);
    CHECK(deepest_m(p) < 0.01f);
}

TEST_CASE("Calf raises: both feet on one step, heels hanging off its back edge",
          "[scene][props][rules]") {
    Motion m;
    m.placement = Placement::standing;
    BodyAngles up;
    both(up, Dof::leftHeelRaise, 25.0f);
    both(up, Dof::leftHipAbduction, 4.0f);
    BodyAngles down = up;
    both(down, Dof::leftHeelRaise, 0.0f);
    m.phases = {{"up", 1.0f, up}, {"down", 1.0f, down}};
    m.contacts = {feet_on(Side::left, Surface::step), feet_on(Side::right, Surface::step)};
    for (float t : {0.0f, 1.0f}) {
        const Placed p = place(m, {}, t);
        const std::vector<const PropPiece*> step = pieces_of(p.frame, PropKind::step);
        REQUIRE(step.size() == 3); // one step: a deck on two risers
        const PropPiece& deck = *step[0];
        for (Side side : {Side::left, Side::right}) {
            const Contact& foot = p.sampler.clip().contacts()[side == Side::left ? 0 : 1];
            const glm::vec3 ball = contact_point(p.sampler.skeleton(), p.frame, foot);
            CHECK(ball.y == Approx(surface_height_m(Surface::step)).margin(0.002));
            CHECK(std::abs(signed_distance_m(deck, ball)) < 0.005f);
            // The heel is behind the deck's back edge (the step's local z runs forward).
            const glm::vec3 heel =
                local(deck, site_of(p, side == Side::left ? Site::leftHeel : Site::rightHeel));
            CHECK(heel.z < -0.5f * deck.size_m.z);
        }
        CHECK(deepest_m(p) < 0.01f);
    }
}

TEST_CASE("Squats to a bench: a bench square behind the heels, its top under the sit bones while "
          "they touch",
          "[scene][props][rules]") {
    for (const char* id : {"squat-to-bench", "single-leg-squat-to-bench"}) {
        for (Side side : {Side::left, Side::right}) {
            INFO(id << " " << side_name(side));
            const Exercise squat = library_exercise(id);
            ClipOptions options;
            options.side = side;
            const MotionSampler sampler(make_skeleton(), MotionClip(squat.motion, options));
            const PropRig rig = make_prop_rig(sampler, squat.props);
            const MotionClip& clip = sampler.clip();
            const Frame touch = frame_at(
                sampler, rig, clip.phase_start_s(squat.motion.phase_index("touch") + 1) - 1e-3f);
            const std::vector<const PropPiece*> bench = pieces_of(touch, PropKind::bench);
            REQUIRE(!bench.empty());
            const PropPiece& pad = *bench[0];
            // Across the body, whichever leg it stands on.
            CHECK(std::abs(glm::dot(glm::vec3(pad.transform[0]), glm::vec3(1, 0, 0))) > 0.99f);
            const Site bone = side == Side::left ? Site::leftSitBone : Site::rightSitBone;
            const glm::vec3 on_pad =
                local(pad, site_position(sampler.skeleton(), touch.world, bone));
            CHECK(on_pad.y == Approx(0.5f * pad.size_m.y).margin(0.005)); // on its top
            CHECK(std::abs(on_pad.z) < 0.5f * pad.size_m.z);              // over it
            // Behind the standing heel, clear of the calf.
            const Site heel = side == Side::left ? Site::leftHeel : Site::rightHeel;
            CHECK(centre(pad).z + 0.5f * pad.size_m.z <
                  site_position(sampler.skeleton(), touch.world, heel).z);
            // Standing tall, the seat is well above it.
            const Frame top =
                frame_at(sampler, rig, clip.phase_start_s(squat.motion.phase_index("top")) + 0.1f);
            CHECK(site_position(sampler.skeleton(), top.world, bone).y >
                  surface_height_m(Surface::bench) + 0.2f);
        }
    }
}

TEST_CASE(
    "Leg extension machine: a seat under the sit bones, a backrest on the back, the roller on "
    "the front of both shins as the knees straighten",
    "[scene][props][rules]") {
    const Exercise extension = library_exercise("machine-leg-extension");
    const MotionSampler sampler(make_skeleton(), MotionClip(extension.motion, {}));
    const PropRig rig = make_prop_rig(sampler, extension.props);
    const Skeleton& skeleton = sampler.skeleton();
    const MotionClip& clip = sampler.clip();
    for (const char* phase : {"bottom", "top"}) {
        INFO(phase);
        const Frame f = frame_at(
            sampler, rig, clip.phase_start_s(extension.motion.phase_index(phase) + 1) - 1e-3f);
        const std::vector<const PropPiece*> machine = pieces_of(f, PropKind::legExtensionMachine);
        REQUIRE(machine.size() == 6); // seat, column, foot, backrest, roller, lever
        float seat = 1.0f, back = 1.0f;
        for (Site bone : {Site::leftSitBone, Site::rightSitBone})
            seat = std::min(seat, std::abs(signed_distance_m(
                                      *machine[0], site_position(skeleton, f.world, bone))));
        for (Site on_back : {Site::sacrum, Site::upperBack})
            back = std::min(back, std::abs(signed_distance_m(
                                      *machine[3], site_position(skeleton, f.world, on_back))));
        CHECK(seat < 0.005f);
        CHECK(back < 0.01f);
        // The roller lies across both shins, on their fronts, in the lower third.
        const PropPiece& roller = *machine[4];
        CHECK(roller.shape == PropShape::cylinder);
        for (Side side : {Side::left, Side::right}) {
            const glm::vec3 knee =
                f.joint(side == Side::left ? Joint::leftLowerLeg : Joint::rightLowerLeg);
            const glm::vec3 ankle =
                f.joint(side == Side::left ? Joint::leftFoot : Joint::rightFoot);
            const glm::vec3 toes = f.joint(side == Side::left ? Joint::leftToes : Joint::rightToes);
            const glm::vec3 on_roller = local(roller, knee + 0.8f * (ankle - knee));
            CHECK(std::abs(on_roller.y) < 0.5f * roller.size_m.y); // within its length
            const float gap = glm::length(glm::vec2(on_roller.x, on_roller.z)) -
                              0.5f * roller.size_m.x - shin_radius_m(skeleton, 0.8f);
            CHECK(std::abs(gap) < 0.01f);                                 // touching
            CHECK(glm::dot(centre(roller) - ankle, toes - ankle) > 0.0f); // on the front
        }
    }
}

TEST_CASE(
    "Leg curl machine: a pad under the body and forearms ending at the kneecaps, the "
    "roller on the back of the working leg just above the heel as it curls, on either side",
    "[scene][props][rules]") {
    const Exercise curl = library_exercise("machine-leg-curl");
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const MotionSampler sampler(make_skeleton(),
                                    MotionClip(curl.motion, {.side = side}));
        const PropRig rig = make_prop_rig(sampler, curl.props);
        const Skeleton& skeleton = sampler.skeleton();
        const MotionClip& clip = sampler.clip();
        const bool left = side == Side::left;
        for (const char* phase : {"curl", "top", "lower", "bottom"}) {
            INFO(phase);
            const Frame f = frame_at(
                sampler, rig, clip.phase_start_s(curl.motion.phase_index(phase) + 1) - 1e-3f);
            const std::vector<const PropPiece*> machine = pieces_of(f, PropKind::legCurlMachine);
            REQUIRE(machine.size() == 7); // body pad, arm pad, two columns, rail, roller, lever
            const PropPiece& pad = *machine[0];
            const PropPiece& arm_pad = *machine[1];
            // The pads are under the resting knee and both elbows.
            CHECK(std::abs(signed_distance_m(
                      pad, site_position(skeleton, f.world, left ? Site::rightKnee : Site::leftKnee))) <
                  0.005f);
            for (Site on_pad : {Site::leftElbowTip, Site::rightElbowTip})
                CHECK(std::abs(signed_distance_m(arm_pad,
                                                 site_position(skeleton, f.world, on_pad))) < 0.005f);
            CHECK(centre(arm_pad).y == Approx(centre(pad).y));
            CHECK(centre(pad).y + 0.5f * pad.size_m.y == Approx(0.47f).margin(0.001f));
            // The resting kneecap on its rounded end, and both thighs along the pad.
            const float resting = -local(pad, site_position(skeleton, f.world,
                                                            left ? Site::rightKnee : Site::leftKnee))
                                       .z -
                                  0.5f * pad.size_m.z;
            CHECK(resting > -0.02f);
            CHECK(resting < 0.0f);
            for (Site thigh : {Site::leftThighFront, Site::rightThighFront})
                CHECK(std::abs(signed_distance_m(pad, site_position(skeleton, f.world, thigh))) <
                      0.01f);
            // The roller lies across the working leg, on the back of it, just above the heel.
            const PropPiece& roller = *machine[5];
            CHECK(roller.shape == PropShape::cylinder);
            const glm::vec3 knee = f.joint(left ? Joint::leftLowerLeg : Joint::rightLowerLeg);
            const glm::vec3 ankle = f.joint(left ? Joint::leftFoot : Joint::rightFoot);
            const glm::vec3 toes = f.joint(left ? Joint::leftToes : Joint::rightToes);
            const glm::vec3 on_roller = local(roller, knee + 0.85f * (ankle - knee));
            CHECK(std::abs(on_roller.y) < 0.5f * roller.size_m.y); // within its length
            const float gap = glm::length(glm::vec2(on_roller.x, on_roller.z)) -
                              0.5f * roller.size_m.x - shin_radius_m(skeleton, 0.85f);
            CHECK(std::abs(gap) < 0.01f);                                 // touching
            CHECK(glm::dot(centre(roller) - ankle, toes - ankle) < 0.0f); // behind the leg
            // Its lever runs from beside the working knee, outside that leg.
            const PropPiece& lever = *machine[6];
            const glm::vec3 other_knee = f.joint(left ? Joint::rightLowerLeg : Joint::leftLowerLeg);
            CHECK(glm::distance(centre(lever), other_knee) > glm::distance(centre(lever), knee));
        }
    }
}

TEST_CASE("Leg press: a seat under the sit bones, a back pad on the sacrum and upper back, the foot platform flat "
          "against both soles as it slides along level rails",
          "[scene][props][rules]") {
    const Exercise press = library_exercise("leg-press");
    const MotionSampler sampler(make_skeleton(), MotionClip(press.motion, {}));
    const PropRig rig = make_prop_rig(sampler, press.props);
    const Skeleton& skeleton = sampler.skeleton();
    const MotionClip& clip = sampler.clip();
    std::optional<glm::vec3> first_platform;
    float lowest = 1.0f;
    for (int i = 0; i <= 40; ++i) {
        const Frame f = frame_at(sampler, rig, clip.duration_s() * static_cast<float>(i) / 40.0f);
        INFO("t " << f.t);
        const std::vector<const PropPiece*> machine = pieces_of(f, PropKind::legPressMachine);
        REQUIRE(machine.size() == 8); // seat, back pad, column, beam, two rails, platform, carriage
        // The sit bones never go into the seat, and rest on it where they come lowest.
        for (Site bone : {Site::leftSitBone, Site::rightSitBone}) {
            const float above = signed_distance_m(*machine[0], site_position(skeleton, f.world, bone));
            CHECK(above > -0.005f);
            lowest = std::min(lowest, above);
        }
        for (Site on_back : {Site::sacrum, Site::upperBack})
            CHECK(std::abs(signed_distance_m(*machine[1], site_position(skeleton, f.world, on_back))) < 0.01f);
        // Every point of both soles lies on the platform's face.
        const PropPiece& platform = *machine[6];
        for (Site sole : {Site::leftHeel, Site::leftToeTip, Site::rightHeel, Site::rightToeTip}) {
            INFO(site_name(sole));
            const glm::vec3 p = local(platform, site_position(skeleton, f.world, sole));
            CHECK(std::abs(p.x) < 0.5f * platform.size_m.x);
            CHECK(std::abs(p.y) < 0.5f * platform.size_m.y);
            CHECK(std::abs(signed_distance_m(platform, site_position(skeleton, f.world, sole))) < 0.015f);
        }
        // It only slides along the rails: neither sideways nor up or down.
        if (!first_platform) first_platform = centre(platform);
        CHECK(std::abs(centre(platform).x - first_platform->x) < 1e-4f);
        CHECK(std::abs(centre(platform).y - first_platform->y) < 1e-4f);
    }
    CHECK(lowest < 0.005f);
}

TEST_CASE("A hurdle string stands just in front of the toes at the height of the knees",
          "[scene][props][rules]") {
    const Placed p =
        place(holding(Placement::standing, {},
                      {feet_on(Side::left, Surface::floor), feet_on(Side::right, Surface::floor)}),
              {{PropKind::hurdle, PropUse::Where::floor}});
    const std::vector<const PropPiece*> hurdle = pieces_of(p.frame, PropKind::hurdle);
    const PropPiece* string = nullptr;
    for (const PropPiece* piece : hurdle)
        if (piece->shape == PropShape::cylinder && piece->size_m.x < 0.01f) string = piece;
    REQUIRE(string);
    const glm::vec3 axis = glm::vec3(string->transform[1]);
    CHECK(std::abs(axis.x) > 0.999f); // across the body, which faces +Z
    const float toes = std::max(site_of(p, Site::leftToeTip).z, site_of(p, Site::rightToeTip).z);
    CHECK(centre(*string).z - toes > 0.02f);
    CHECK(centre(*string).z - toes < 0.06f);
    CHECK(centre(*string).y == Approx(site_of(p, Site::leftKnee).y).margin(0.01));
    CHECK(string->size_m.y == Approx(prop_size(PropKind::hurdle).width_m));
}

TEST_CASE("A broomstick runs through both palms overhead", "[scene][props][rules]") {
    BodyAngles pose;
    both(pose, Dof::leftShoulderFlexion, 165.0f);
    both(pose, Dof::leftShoulderAbduction, 25.0f);
    both(pose, Dof::leftShoulderRotation, -60.0f);
    const Placed p =
        place(holding(Placement::standing, pose,
                      {feet_on(Side::left, Surface::floor), feet_on(Side::right, Surface::floor)}),
              {{PropKind::broomstick, PropUse::Where::hands}});
    const std::vector<const PropPiece*> stick = pieces_of(p.frame, PropKind::broomstick);
    REQUIRE(stick.size() == 1);
    for (Site palm : {Site::leftPalm, Site::rightPalm})
        CHECK(std::abs(signed_distance_m(*stick[0], site_of(p, palm))) < 0.015f);
    CHECK(centre(*stick[0]).y > p.frame.joint(Joint::head).y);
    CHECK(deepest_m(p) < 0.01f);
}

TEST_CASE("A pillow fills the gap between the knees, squeezed to it", "[scene][props][rules]") {
    BodyAngles pose;
    both(pose, Dof::leftHipFlexion, 55.0f);
    both(pose, Dof::leftKneeFlexion, 100.0f);
    for (float apart : {8.0f, 14.0f}) {
        both(pose, Dof::leftHipAbduction, apart);
        const Placed p = place(
            holding(Placement::supine, pose,
                    {site_on(Site::sacrum, Surface::floor), feet_on(Side::left, Surface::floor),
                     feet_on(Side::right, Surface::floor)}),
            {{PropKind::pillow, PropUse::Where::knees}});
        const std::vector<const PropPiece*> pillow = pieces_of(p.frame, PropKind::pillow);
        REQUIRE(pillow.size() == 1);
        const glm::vec3 left = p.frame.joint(Joint::leftLowerLeg),
                        right = p.frame.joint(Joint::rightLowerLeg);
        const float gap = glm::length(left - right) - 2.0f * knee_radius_m(p.sampler.skeleton());
        INFO("knees apart by " << gap);
        CHECK(pillow[0]->size_m.x ==
              Approx(std::min(gap, prop_size(PropKind::pillow).thickness_m)).margin(0.001));
        // Between the knees: as far from one as from the other.
        CHECK(std::abs(glm::length(centre(*pillow[0]) - left) -
                       glm::length(centre(*pillow[0]) - right)) < 0.005f);
        CHECK(deepest_m(p) < 0.01f);
    }
}

TEST_CASE("Lacrosse and peanut balls lie under what rests on them, a peanut's lobes either side of "
          "the spine",
          "[scene][props][rules]") {
    const Placed lacrosse = place(holding(
        Placement::supine, {},
        {site_on(Site::sacrum, Surface::lacrosseBall), site_on(Site::upperBack, Surface::floor)}));
    const std::vector<const PropPiece*> ball = pieces_of(lacrosse.frame, PropKind::lacrosseBall);
    REQUIRE(ball.size() == 1);
    CHECK(std::abs(signed_distance_m(*ball[0], site_of(lacrosse, Site::sacrum))) < 0.005f);
    CHECK(centre(*ball[0]).y ==
          Approx(0.5f * prop_size(PropKind::lacrosseBall).diameter_m).margin(0.001));

    const Placed peanut = place(holding(
        Placement::supine, {},
        {site_on(Site::upperBack, Surface::peanutBall), site_on(Site::sacrum, Surface::floor)}));
    const std::vector<const PropPiece*> lobes = pieces_of(peanut.frame, PropKind::peanutBall);
    REQUIRE(lobes.size() == 3);
    // The back lies on the lobes' tops, the spine over the groove between them.
    const glm::vec3 back = site_of(peanut, Site::upperBack);
    float top = 0.0f;
    for (const PropPiece* lobe : lobes)
        top = std::max(top, centre(*lobe).y + 0.5f * lobe->size_m.y);
    CHECK(top == Approx(back.y).margin(0.005));
    CHECK(glm::length(glm::vec2(centre(*lobes[2]).x - back.x, centre(*lobes[2]).z - back.z)) <
          0.01f);
    const glm::vec3 between_lobes = centre(*lobes[1]) - centre(*lobes[0]);
    const glm::vec3 spine = peanut.frame.joint(Joint::neck) - peanut.frame.joint(Joint::hips);
    CHECK(std::abs(glm::dot(glm::normalize(between_lobes), glm::normalize(spine))) < 0.1f);
}

TEST_CASE("Heels resting on a still ball: its top under them", "[scene][props][rules]") {
    BodyAngles pose;
    pose[Dof::pelvisTilt] = -25.0f;
    both(pose, Dof::leftHipAbduction, -3.0f); // heels 8 cm apart, both on the ball's crown
    Contact left = site_on(Site::leftHeel, Surface::ball),
            right = site_on(Site::rightHeel, Surface::ball);
    const Placed p = place(
        holding(Placement::supine, pose, {site_on(Site::upperBack, Surface::floor), left, right}));
    const PropPiece* ball = ball_of(p.frame);
    REQUIRE(ball);
    CHECK(centre(*ball).y == Approx(0.5f * ball->size_m.y).margin(0.001));
    for (Site heel : {Site::leftHeel, Site::rightHeel})
        CHECK(std::abs(signed_distance_m(*ball, site_of(p, heel))) < 0.01f);
}

TEST_CASE("A dumbbell held in one hand changes hands when the exercise plays on the other side",
          "[scene][props][rules]") {
    const Exercise rdl = library_exercise("single-leg-romanian-deadlift");
    for (Side side : {Side::left, Side::right}) {
        ClipOptions options;
        options.side = side;
        const MotionSampler sampler(make_skeleton(), MotionClip(rdl.motion, options));
        const Frame f = frame_at(sampler, make_prop_rig(sampler, rdl.props), 1.0f);
        // Standing on the left leg, the weight is in the right hand, and the other way round.
        const Site holding_palm = side == Side::left ? Site::rightPalm : Site::leftPalm;
        const Site free_palm = side == Side::left ? Site::leftPalm : Site::rightPalm;
        float to_holding = 1.0f, to_free = 1.0f;
        for (const PropPiece* p : pieces_of(f, PropKind::dumbbell)) {
            to_holding = std::min(
                to_holding, std::abs(signed_distance_m(
                                *p, site_position(sampler.skeleton(), f.world, holding_palm))));
            to_free =
                std::min(to_free, std::abs(signed_distance_m(
                                      *p, site_position(sampler.skeleton(), f.world, free_palm))));
        }
        CHECK(to_holding < 0.015f);
        CHECK(to_free > 0.2f);
    }
}
