// Each demonstration shows the form its exercise asks for at its key phase, and each
// common mistake shows plainly and measurably.
#include "core/anim/body_shape.h"
#include "core/anim/center_of_mass.h"
#include "core/anim/motion_sampler.h"
#include "core/content/exercise.h"

#include <catch2/catch.hpp>

using namespace legwork;

namespace {

// The body at the end of `phase` of `exercise_id`, in `variant` ("correct" or a mistake id).
struct Snapshot {
    Skeleton skeleton = make_skeleton();
    std::array<glm::mat4, kJointCount> world{};
    glm::vec3 joint(Joint j) const { return glm::vec3(world[index(j)][3]); }
    glm::vec3 site(Site s) const { return site_position(skeleton, world, s); }
    // Midway between the shoulder joints: "the shoulders" of a form cue.
    glm::vec3 shoulders() const { return 0.5f * (joint(Joint::leftUpperArm) + joint(Joint::rightUpperArm)); }
};

Snapshot at_end_of(const std::string& exercise_id, const std::string& phase, const std::string& variant,
                   Side side = Side::left) {
    ContentErrors errors;
    const auto exercise = load_exercise(std::filesystem::path(LEGWORK_CONTENT_DIR) / "exercises" / (exercise_id + ".yaml"), errors);
    REQUIRE(exercise);
    ClipOptions options;
    options.side = side;
    options.variant = variant == "correct" ? -1 : exercise->motion.variant_index(variant);
    REQUIRE((variant == "correct" || options.variant >= 0));
    Snapshot snapshot;
    const MotionSampler sampler(snapshot.skeleton, MotionClip(exercise->motion, options));
    const int p = exercise->motion.phase_index(phase);
    REQUIRE(p >= 0);
    Pose pose;
    sampler.sample(sampler.clip().phase_start_s(p + 1) - 1e-3f, pose, snapshot.world);
    return snapshot;
}

// Angle in degrees between the segments a->b and b->c (0 = in one straight line).
float bend_deg(glm::vec3 a, glm::vec3 b, glm::vec3 c) {
    return glm::degrees(std::acos(std::clamp(glm::dot(glm::normalize(b - a), glm::normalize(c - b)), -1.0f, 1.0f)));
}

} // namespace

TEST_CASE("Full squat: hips below the knees, heels down, knees out over the toes", "[anim][form]") {
    const Snapshot s = at_end_of("full-squat", "bottom", "correct");
    for (Side side : {Side::left, Side::right}) {
        const bool l = side == Side::left;
        CHECK(s.joint(Joint::hips).y < s.joint(l ? Joint::leftLowerLeg : Joint::rightLowerLeg).y);
        CHECK(s.site(l ? Site::leftHeel : Site::rightHeel).y < 0.01f);
        // The knee is no closer to the midline than the middle of the foot.
        const float knee_x = std::abs(s.joint(l ? Joint::leftLowerLeg : Joint::rightLowerLeg).x);
        const float foot_x = std::abs(0.5f * (s.joint(l ? Joint::leftFoot : Joint::rightFoot).x + s.joint(l ? Joint::leftToes : Joint::rightToes).x));
        CHECK(knee_x >= foot_x - 0.01f);
    }
}

TEST_CASE("Full squat mistakes: knees cave in, heels lift, too shallow", "[anim][form]") {
    const Snapshot correct = at_end_of("full-squat", "bottom", "correct");
    const Snapshot caving = at_end_of("full-squat", "bottom", "knees-cave-in");
    const float foot_x = std::abs(caving.joint(Joint::leftFoot).x);
    CHECK(std::abs(caving.joint(Joint::leftLowerLeg).x) < foot_x - 0.04f); // knees visibly inside the feet
    CHECK(std::abs(caving.joint(Joint::rightLowerLeg).x) < foot_x - 0.04f);
    CHECK(glm::length(caving.joint(Joint::leftToes) - correct.joint(Joint::leftToes)) < 0.005f); // same feet

    const Snapshot heels = at_end_of("full-squat", "bottom", "heels-lift");
    CHECK(heels.site(Site::leftHeel).y > 0.04f);
    CHECK(heels.site(Site::rightHeel).y > 0.04f);

    const Snapshot shallow = at_end_of("full-squat", "bottom", "too-shallow");
    CHECK(shallow.joint(Joint::hips).y > shallow.joint(Joint::leftLowerLeg).y + 0.05f);
}

TEST_CASE("Single-leg bridge: shoulders, hips and knee in one line, pelvis level", "[anim][form]") {
    for (Side side : {Side::left, Side::right}) {
        const Snapshot s = at_end_of("single-leg-glute-bridge", "top", "correct", side);
        const Joint knee = side == Side::left ? Joint::leftLowerLeg : Joint::rightLowerLeg;
        CHECK(bend_deg(s.shoulders(), s.joint(Joint::hips), s.joint(knee)) < 12.0f);
        CHECK(std::abs(s.joint(Joint::leftUpperLeg).y - s.joint(Joint::rightUpperLeg).y) < 0.015f);
        CHECK(s.site(Site::upperBack).y < 0.01f); // still resting on the upper back
    }
    const Snapshot drop = at_end_of("single-leg-glute-bridge", "top", "hip-drops");
    CHECK(drop.joint(Joint::leftUpperLeg).y - drop.joint(Joint::rightUpperLeg).y > 0.03f); // free side drops
    const Snapshot sag = at_end_of("single-leg-glute-bridge", "top", "hips-sag");
    CHECK(bend_deg(sag.shoulders(), sag.joint(Joint::hips), sag.joint(Joint::leftLowerLeg)) > 15.0f);
    const Snapshot toes = at_end_of("single-leg-glute-bridge", "top", "pushing-through-toes");
    CHECK(toes.site(Site::leftHeel).y > 0.03f);
}

TEST_CASE("Single-leg Romanian deadlift: one straight line from upper back to heel, hips square",
          "[anim][form]") {
    const Snapshot s = at_end_of("single-leg-romanian-deadlift", "bottom", "correct");
    // Trunk close to horizontal, and the free leg continuing its line.
    const glm::vec3 trunk = s.joint(Joint::neck) - s.joint(Joint::hips);
    CHECK(glm::degrees(std::asin(trunk.y / glm::length(trunk))) < 30.0f);
    CHECK(bend_deg(s.joint(Joint::upperChest), s.joint(Joint::hips), s.site(Site::rightHeel)) < 15.0f);
    // Standing knee softly bent, about 20 degrees.
    const float knee = bend_deg(s.joint(Joint::leftUpperLeg), s.joint(Joint::leftLowerLeg), s.joint(Joint::leftFoot));
    CHECK(knee > 10.0f);
    CHECK(knee < 30.0f);
    CHECK(std::abs(s.joint(Joint::leftUpperLeg).y - s.joint(Joint::rightUpperLeg).y) < 0.03f);

    const Snapshot open = at_end_of("single-leg-romanian-deadlift", "bottom", "hips-rotate-open");
    // The pelvis turns open against shoulders that stay square to the floor.
    const glm::vec3 hips_axis = open.joint(Joint::rightUpperLeg) - open.joint(Joint::leftUpperLeg);
    const glm::vec3 shoulder_axis = open.joint(Joint::rightUpperArm) - open.joint(Joint::leftUpperArm);
    const glm::vec3 square_hips = s.joint(Joint::rightUpperLeg) - s.joint(Joint::leftUpperLeg);
    const glm::vec3 square_shoulders = s.joint(Joint::rightUpperArm) - s.joint(Joint::leftUpperArm);
    CHECK(glm::degrees(std::acos(glm::dot(glm::normalize(hips_axis), glm::normalize(shoulder_axis)))) > 20.0f);
    CHECK(glm::degrees(std::acos(glm::dot(glm::normalize(square_hips), glm::normalize(square_shoulders)))) < 8.0f);
    const Snapshot round = at_end_of("single-leg-romanian-deadlift", "bottom", "back-rounds");
    CHECK(bend_deg(round.joint(Joint::hips), round.joint(Joint::chest), round.joint(Joint::neck)) > 15.0f);
}

namespace {

// Degrees above the horizontal of the line from a to b.
float elevation_deg(glm::vec3 a, glm::vec3 b) {
    const glm::vec3 d = b - a;
    return glm::degrees(std::asin(std::clamp(d.y / glm::length(d), -1.0f, 1.0f)));
}

// Degrees between the directions a->b and c->d.
float between_deg(glm::vec3 a, glm::vec3 b, glm::vec3 c, glm::vec3 d) {
    return glm::degrees(std::acos(std::clamp(glm::dot(glm::normalize(b - a), glm::normalize(d - c)), -1.0f, 1.0f)));
}

float horizontal_m(glm::vec3 a, glm::vec3 b) { return glm::length(glm::vec2(a.x - b.x, a.z - b.z)); }

Joint pick(Side side, Joint left, Joint right) { return side == Side::left ? left : right; }
Site pick(Side side, Site left, Site right) { return side == Side::left ? left : right; }

// Knee flexion of one leg, degrees.
float knee_deg(const Snapshot& s, Side side) {
    return bend_deg(s.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg)), s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg)),
                    s.joint(pick(side, Joint::leftFoot, Joint::rightFoot)));
}

// How far, horizontally, the centre of mass lies from the line between two points.
float com_off_line_m(const Snapshot& s, glm::vec3 a, glm::vec3 b) {
    const glm::vec3 com = center_of_mass(s.skeleton, s.world);
    const glm::vec2 p{com.x - a.x, com.z - a.z}, d = glm::normalize(glm::vec2(b.x - a.x, b.z - a.z));
    return std::abs(p.x * d.y - p.y * d.x);
}

} // namespace

TEST_CASE("Bird dog: the reaching arm and leg level with the floor and in line with a flat back, pelvis level",
          "[anim][form]") {
    for (Side side : {Side::left, Side::right}) {
        // `side` names the leg that reaches back; the other side's arm reaches forward.
        const Side arm = other(side);
        const Snapshot s = at_end_of("bird-dog", "hold", "correct", side);
        const glm::vec3 hip = s.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg));
        const glm::vec3 ankle = s.joint(pick(side, Joint::leftFoot, Joint::rightFoot));
        const glm::vec3 shoulder = s.joint(pick(arm, Joint::leftUpperArm, Joint::rightUpperArm));
        const glm::vec3 hand = s.joint(pick(arm, Joint::leftHand, Joint::rightHand));
        INFO(side_name(side));
        CHECK(std::abs(elevation_deg(hip, ankle)) < 10.0f);
        CHECK(std::abs(elevation_deg(shoulder, hand)) < 10.0f);
        CHECK(knee_deg(s, side) < 5.0f);                                                    // the leg straight
        CHECK(between_deg(s.joint(Joint::neck), s.joint(Joint::hips), hip, ankle) < 20.0f);  // in line with the back
        CHECK(between_deg(s.joint(Joint::hips), s.joint(Joint::neck), shoulder, hand) < 20.0f);
        CHECK(bend_deg(s.joint(Joint::hips), s.joint(Joint::chest), s.joint(Joint::neck)) < 8.0f); // a flat back
        CHECK(std::abs(s.joint(Joint::leftUpperLeg).y - s.joint(Joint::rightUpperLeg).y) < 0.015f);
        CHECK(std::abs(s.joint(Joint::leftUpperArm).y - s.joint(Joint::rightUpperArm).y) < 0.02f);
        // The other hand flat under its shoulder, the other knee under its hip, both down.
        const glm::vec3 palm = s.site(pick(side, Site::leftPalm, Site::rightPalm));
        const glm::vec3 knee = s.site(pick(arm, Site::leftKnee, Site::rightKnee));
        CHECK(palm.y < 0.01f);
        CHECK(knee.y < 0.01f);
        CHECK(horizontal_m(palm, s.joint(pick(side, Joint::leftUpperArm, Joint::rightUpperArm))) < 0.1f);
        CHECK(horizontal_m(s.joint(pick(arm, Joint::leftLowerLeg, Joint::rightLowerLeg)), s.joint(pick(arm, Joint::leftUpperLeg, Joint::rightUpperLeg))) < 0.05f);
        const glm::vec3 palm_faces = glm::mat3(s.world[index(pick(side, Joint::leftHand, Joint::rightHand))]) *
                                     glm::vec3(side == Side::left ? -1.0f : 1.0f, 0, 0);
        CHECK(palm_faces.y < -0.98f);
        // On a hand and a knee, balanced over the line between them.
        CHECK(com_off_line_m(s, palm, knee) < 0.03f);
    }
    // Resting between reps, all four are down: hands under shoulders, knees under hips.
    const Snapshot rest = at_end_of("bird-dog", "rest", "correct");
    for (Side side : {Side::left, Side::right}) {
        CHECK(rest.site(pick(side, Site::leftPalm, Site::rightPalm)).y < 0.01f);
        CHECK(rest.site(pick(side, Site::leftKnee, Site::rightKnee)).y < 0.01f);
        CHECK(horizontal_m(rest.site(pick(side, Site::leftPalm, Site::rightPalm)), rest.joint(pick(side, Joint::leftUpperArm, Joint::rightUpperArm))) < 0.1f);
    }
}

TEST_CASE("Bird dog mistakes: the pelvis rolls toward the lifted leg; the back sags as the leg goes too high",
          "[anim][form]") {
    const Snapshot correct = at_end_of("bird-dog", "hold", "correct");
    const Snapshot rotate = at_end_of("bird-dog", "hold", "hips-rotate");
    // The lifted (left) leg's hip rides up, while the shoulders stay square.
    CHECK(rotate.joint(Joint::leftUpperLeg).y - rotate.joint(Joint::rightUpperLeg).y > 0.03f);
    CHECK(std::abs(rotate.joint(Joint::leftUpperArm).y - rotate.joint(Joint::rightUpperArm).y) < 0.02f);
    CHECK(std::abs(elevation_deg(rotate.joint(Joint::rightUpperArm), rotate.joint(Joint::rightHand))) < 10.0f);

    const Snapshot sag = at_end_of("bird-dog", "hold", "back-sags");
    // The back arches: the chest tips up against the pelvis, the lumbar spine sagging
    // below the line between them...
    const auto arch_deg = [](const Snapshot& s) {
        return between_deg(s.joint(Joint::hips), s.joint(Joint::spine), s.joint(Joint::upperChest), s.joint(Joint::neck));
    };
    const auto dip_m = [](const Snapshot& s) {
        const glm::vec3 a = s.joint(Joint::hips), b = s.joint(Joint::chest), p = s.joint(Joint::spine);
        const float t = glm::dot(p - a, b - a) / glm::dot(b - a, b - a);
        return (a + t * (b - a)).y - p.y;
    };
    CHECK(arch_deg(sag) > 15.0f);
    CHECK(arch_deg(correct) < 5.0f);
    CHECK(dip_m(sag) > 0.004f);
    CHECK(dip_m(correct) < 0.001f);
    // ...and the leg rises well above level.
    CHECK(elevation_deg(sag.joint(Joint::leftUpperLeg), sag.joint(Joint::leftFoot)) > 12.0f);
    CHECK(std::abs(sag.joint(Joint::leftUpperLeg).y - sag.joint(Joint::rightUpperLeg).y) < 0.015f); // pelvis still level
}

TEST_CASE("Same-side bird dog: weight shifted over the hand and knee that stay down, the back flat and level",
          "[anim][form]") {
    for (Side side : {Side::left, Side::right}) {
        const Side support = other(side);
        const Snapshot s = at_end_of("same-side-bird-dog", "hold", "correct", side);
        INFO(side_name(side));
        CHECK(std::abs(elevation_deg(s.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg)), s.joint(pick(side, Joint::leftFoot, Joint::rightFoot)))) < 10.0f);
        CHECK(std::abs(elevation_deg(s.joint(pick(side, Joint::leftUpperArm, Joint::rightUpperArm)), s.joint(pick(side, Joint::leftHand, Joint::rightHand)))) < 10.0f);
        const glm::vec3 palm = s.site(pick(support, Site::leftPalm, Site::rightPalm));
        const glm::vec3 knee = s.site(pick(support, Site::leftKnee, Site::rightKnee));
        CHECK(com_off_line_m(s, palm, knee) < 0.03f);
        CHECK(std::abs(s.joint(Joint::leftUpperLeg).y - s.joint(Joint::rightUpperLeg).y) < 0.015f);
        CHECK(std::abs(s.joint(Joint::leftUpperArm).y - s.joint(Joint::rightUpperArm).y) < 0.02f);
        // Before the shift the weight is on all four; the shift moves the hips 8 cm or more.
        const Snapshot before = at_end_of("same-side-bird-dog", "center", "correct", side);
        CHECK(horizontal_m(s.joint(Joint::hips), before.joint(Joint::hips)) > 0.08f);
    }
    const Snapshot lean = at_end_of("same-side-bird-dog", "hold", "leans-to-side");
    // Pelvis and shoulders tip over together, the lifted side up.
    CHECK(lean.joint(Joint::leftUpperLeg).y - lean.joint(Joint::rightUpperLeg).y > 0.03f);
    CHECK(lean.joint(Joint::leftUpperArm).y - lean.joint(Joint::rightUpperArm).y > 0.04f);
    const Snapshot rotate = at_end_of("same-side-bird-dog", "hold", "hips-rotate");
    CHECK(rotate.joint(Joint::leftUpperLeg).y - rotate.joint(Joint::rightUpperLeg).y > 0.03f);
    CHECK(std::abs(rotate.joint(Joint::leftUpperArm).y - rotate.joint(Joint::rightUpperArm).y) < 0.02f);
}

namespace {

// The pelvis's roll back from stacked, degrees: the top hip behind the bottom one.
float pelvis_roll_back_deg(const Snapshot& s, Side top) {
    const glm::vec3 up = s.joint(pick(top, Joint::leftUpperLeg, Joint::rightUpperLeg)) - s.joint(pick(other(top), Joint::leftUpperLeg, Joint::rightUpperLeg));
    return glm::degrees(std::atan2(-up.z, up.y));
}

float heels_apart_m(const Snapshot& s) { return glm::length(s.site(Site::leftHeel) - s.site(Site::rightHeel)); }
float knees_apart_m(const Snapshot& s) { return glm::length(s.joint(Joint::leftLowerLeg) - s.joint(Joint::rightLowerLeg)); }

} // namespace

TEST_CASE("Clam shell: the top knee opens while the heels stay together and the pelvis stays stacked",
          "[anim][form]") {
    for (Side top : {Side::left, Side::right}) {
        INFO("top leg " << side_name(top));
        const Snapshot closed = at_end_of("clam-shell-band", "bottom", "correct", top);
        const Snapshot open = at_end_of("clam-shell-band", "top", "correct", top);
        // Lying on the other side: the working leg is the top one.
        CHECK(closed.joint(pick(top, Joint::leftUpperLeg, Joint::rightUpperLeg)).y > closed.joint(pick(other(top), Joint::leftUpperLeg, Joint::rightUpperLeg)).y + 0.15f);
        CHECK(knees_apart_m(closed) < 0.13f); // knees stacked, touching
        CHECK(knees_apart_m(open) - knees_apart_m(closed) > 0.15f);
        for (const Snapshot* s : {&closed, &open}) {
            CHECK(heels_apart_m(*s) < 0.08f);
            CHECK(std::abs(pelvis_roll_back_deg(*s, top)) < 5.0f);
            CHECK(std::min(s->site(Site::leftHeel).y, s->site(Site::rightHeel).y) > 0.03f); // feet hovering
            CHECK(std::max(s->site(Site::leftHeel).y, s->site(Site::rightHeel).y) < 0.25f);
            CHECK(knee_deg(*s, top) == Approx(90.0f).margin(8.0f));
            CHECK(knee_deg(*s, other(top)) == Approx(90.0f).margin(8.0f));
        }
        // Hips bent about 45 degrees: the thighs forward of the trunk's line.
        const glm::vec3 trunk = closed.joint(Joint::hips) - closed.joint(Joint::neck);
        const glm::vec3 thigh = closed.joint(pick(other(top), Joint::leftLowerLeg, Joint::rightLowerLeg)) - closed.joint(pick(other(top), Joint::leftUpperLeg, Joint::rightUpperLeg));
        CHECK(glm::degrees(std::acos(glm::dot(glm::normalize(trunk), glm::normalize(thigh)))) == Approx(45.0f).margin(12.0f));
        // Propped on the bottom elbow; the top hand on the floor in front of the chest.
        CHECK(closed.joint(pick(other(top), Joint::leftLowerArm, Joint::rightLowerArm)).y < 0.06f); // forearm on the floor
        // The head rests on the bottom hand: the palm on its side, 6 to 12 cm from its middle.
        const glm::vec3 head = 0.5f * (closed.joint(Joint::head) + closed.site(Site::headTop));
        const float palm_to_head = glm::length(closed.site(pick(other(top), Site::leftPalm, Site::rightPalm)) - head);
        CHECK(palm_to_head > 0.06f);
        CHECK(palm_to_head < 0.12f);
        const glm::vec3 hand = closed.site(pick(top, Site::leftPalm, Site::rightPalm));
        CHECK(hand.y < 0.01f);
        CHECK(hand.z > closed.joint(Joint::upperChest).z + 0.15f);
    }
}

TEST_CASE("Clam shell mistakes: the pelvis rolls back; the feet come apart", "[anim][form]") {
    const Snapshot roll = at_end_of("clam-shell-band", "top", "pelvis-rolls-back");
    CHECK(pelvis_roll_back_deg(roll, Side::left) > 12.0f);
    CHECK(heels_apart_m(roll) < 0.08f);
    const Snapshot feet = at_end_of("clam-shell-band", "top", "feet-come-apart");
    CHECK(heels_apart_m(feet) > 0.12f);
    CHECK(std::abs(pelvis_roll_back_deg(feet, Side::left)) < 5.0f);
}

TEST_CASE("Ball hamstring curl: one line from shoulders to knees rolled out, knees past 90 degrees rolled in, hips up",
          "[anim][form]") {
    const float ball_top = surface_height_m(Surface::ball) + kMatThickness_m;
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Snapshot out = at_end_of("stability-ball-hamstring-curl", "rest", "correct", side);
        const Snapshot in = at_end_of("stability-ball-hamstring-curl", "squeeze", "correct", side);
        for (Side leg : {Side::left, Side::right}) {
            const Joint knee = pick(leg, Joint::leftLowerLeg, Joint::rightLowerLeg);
            CHECK(bend_deg(out.shoulders(), out.joint(Joint::hips), out.joint(knee)) < 12.0f);
            CHECK(knee_deg(out, leg) < 15.0f);  // almost straight
            CHECK(knee_deg(in, leg) >= 90.0f);  // heels pulled to the glutes
            const Site heel = pick(leg, Site::leftHeel, Site::rightHeel);
            CHECK(out.site(heel).y == Approx(ball_top).margin(0.01)); // on the ball's crown
            CHECK(in.site(heel).y > 0.5f * ball_top);                 // on its upper half, rolled in
            CHECK(in.site(heel).y < ball_top + 0.01f);
        }
        // The heels come in toward the hips by 30 cm or more; the hips stay up and level.
        CHECK(horizontal_m(out.site(Site::leftHeel), in.site(Site::leftHeel)) > 0.3f);
        CHECK(in.joint(Joint::hips).y >= out.joint(Joint::hips).y);
        CHECK(out.joint(Joint::hips).y > 0.2f);
        for (const Snapshot* s : {&out, &in}) {
            CHECK(std::abs(s->joint(Joint::leftUpperLeg).y - s->joint(Joint::rightUpperLeg).y) < 0.01f);
            CHECK(s->site(Site::upperBack).y < 0.01f + kMatThickness_m);
        }
    }
}

TEST_CASE("Ball curl mistakes: hips drop as the ball rolls in; the legs never straighten; the hips sag rolled out",
          "[anim][form]") {
    const Snapshot in = at_end_of("stability-ball-hamstring-curl", "squeeze", "correct");
    const Snapshot out = at_end_of("stability-ball-hamstring-curl", "rest", "correct");
    const Snapshot drop = at_end_of("stability-ball-hamstring-curl", "squeeze", "hips-drop");
    CHECK(in.joint(Joint::hips).y - drop.joint(Joint::hips).y > 0.08f);
    CHECK(knee_deg(drop, Side::left) > 80.0f); // still curled

    const Snapshot partial = at_end_of("stability-ball-hamstring-curl", "rest", "partial-range");
    CHECK(knee_deg(partial, Side::left) > 30.0f);
    CHECK(knee_deg(partial, Side::right) > 30.0f);

    const Snapshot sag = at_end_of("stability-ball-hamstring-curl", "rest", "hips-sag");
    CHECK(bend_deg(sag.shoulders(), sag.joint(Joint::hips), sag.joint(Joint::leftLowerLeg)) > 15.0f);
    CHECK(out.joint(Joint::hips).y - sag.joint(Joint::hips).y > 0.04f);
    CHECK(knee_deg(sag, Side::left) < 15.0f); // the legs straight as in correct form
}

namespace {

// How far the pelvis is tipped forward, degrees (negative: tucked under), from its own up
// axis against the vertical, for a body facing +Z.
float pelvis_forward_tilt_deg(const Snapshot& s) {
    const glm::vec3 up = glm::mat3(s.world[index(Joint::hips)]) * glm::vec3(0, 1, 0);
    return glm::degrees(std::atan2(up.z, up.y));
}

// The lower back's arch, for a body upright and facing +Z: the chest's line tipped back
// against the lumbar spine's, degrees (negative: the back rounds forward).
float lumbar_arch_deg(const Snapshot& s) {
    const auto forward_deg = [](glm::vec3 a, glm::vec3 b) { return glm::degrees(std::atan2(b.z - a.z, b.y - a.y)); };
    return forward_deg(s.joint(Joint::hips), s.joint(Joint::spine)) - forward_deg(s.joint(Joint::upperChest), s.joint(Joint::neck));
}

} // namespace

TEST_CASE("Kneeling hip flexor stretch: pelvis tucked, back hip extended, trunk tall, front knee over the ankle",
          "[anim][form]") {
    const float floor = kMatThickness_m;
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Side front = other(side);
        const Snapshot s = at_end_of("kneeling-hip-flexor-stretch", "hold", "correct", side);
        const Snapshot start = at_end_of("kneeling-hip-flexor-stretch", "rest", "correct", side);
        CHECK(s.site(pick(side, Site::leftKnee, Site::rightKnee)).y < floor + 0.005f); // back knee down
        // The back thigh slopes back from the hip to the knee: the hips glided forward.
        const glm::vec3 hip = s.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg));
        const glm::vec3 knee = s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg));
        CHECK(hip.z - knee.z > 0.08f);
        CHECK(s.joint(Joint::hips).z - start.joint(Joint::hips).z > 0.08f);
        CHECK(pelvis_forward_tilt_deg(s) < -5.0f);                   // tucked under
        CHECK(elevation_deg(s.joint(Joint::hips), s.joint(Joint::neck)) > 80.0f); // trunk tall
        CHECK(lumbar_arch_deg(s) < 5.0f); // no arch: the lower back flat or a little rounded
        // Front shin near upright: the knee over the ankle, behind the toes, the heel down.
        const glm::vec3 front_knee = s.joint(pick(front, Joint::leftLowerLeg, Joint::rightLowerLeg));
        const glm::vec3 ankle = s.joint(pick(front, Joint::leftFoot, Joint::rightFoot));
        CHECK(std::abs(front_knee.z - ankle.z) < 0.12f);
        CHECK(front_knee.z < s.site(pick(front, Site::leftToeTip, Site::rightToeTip)).z);
        CHECK(s.site(pick(front, Site::leftHeel, Site::rightHeel)).y < floor + 0.005f);
    }
    const Snapshot arch = at_end_of("kneeling-hip-flexor-stretch", "hold", "back-arches");
    CHECK(pelvis_forward_tilt_deg(arch) > 5.0f);
    CHECK(lumbar_arch_deg(arch) > 10.0f);
    const Snapshot deep = at_end_of("kneeling-hip-flexor-stretch", "hold", "front-knee-past-toes");
    CHECK(deep.joint(Joint::rightLowerLeg).z > deep.site(Site::rightToeTip).z);
    CHECK(deep.site(Site::rightHeel).y > floor + 0.03f);
}

namespace {

// Distance from p to the segment a-b.
float to_segment_m(glm::vec3 p, glm::vec3 a, glm::vec3 b) {
    const float t = std::clamp(glm::dot(p - a, b - a) / glm::dot(b - a, b - a), 0.0f, 1.0f);
    return glm::length(p - (a + t * (b - a)));
}

} // namespace

TEST_CASE("Figure-four stretch: ankle on the other knee, crossed knee open, bottom thigh drawn in, head down",
          "[anim][form]") {
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Side bottom = other(side); // `side` is the crossed leg
        const Snapshot s = at_end_of("figure-four-glute-stretch", "hold", "correct", side);
        const glm::vec3 hip = s.joint(pick(bottom, Joint::leftUpperLeg, Joint::rightUpperLeg));
        const glm::vec3 knee = s.joint(pick(bottom, Joint::leftLowerLeg, Joint::rightLowerLeg));
        // The crossed ankle rests on the lower end of the bottom thigh, just above its knee.
        const glm::vec3 ankle = s.joint(pick(side, Joint::leftFoot, Joint::rightFoot));
        CHECK(to_segment_m(ankle, hip + 0.6f * (knee - hip), knee) < 0.11f);
        // The crossed knee is open: well out to its own side of its hip.
        const glm::vec3 crossed_hip = s.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg));
        const float out = side == Side::left ? 1.0f : -1.0f;
        CHECK(out * (s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg)).x - crossed_hip.x) > 0.15f);
        // The bottom thigh is drawn past upright toward the chest (the head lies toward -Z),
        // its foot off the floor, both hands holding the back of it.
        CHECK(knee.z < hip.z);
        CHECK(s.site(pick(bottom, Site::leftHeel, Site::rightHeel)).y > 0.2f);
        for (Site palm : {Site::leftPalm, Site::rightPalm})
            CHECK(to_segment_m(s.site(palm), hip, knee) < thigh_radius_m(s.skeleton, 0.7f) + 0.05f);
        // Head and shoulders rest on the mat, the head no higher than lying at rest.
        const Snapshot rest = at_end_of("figure-four-glute-stretch", "rest", "correct", side);
        CHECK(s.site(Site::upperBack).y < kMatThickness_m + 0.01f);
        CHECK(s.site(Site::headTop).y < rest.site(Site::headTop).y + 0.03f);
    }
    const Snapshot correct = at_end_of("figure-four-glute-stretch", "hold", "correct");
    const Snapshot head = at_end_of("figure-four-glute-stretch", "hold", "head-lifts");
    CHECK(head.site(Site::headTop).y - correct.site(Site::headTop).y > 0.08f);
    const Snapshot in = at_end_of("figure-four-glute-stretch", "hold", "knee-drifts-in");
    CHECK((correct.joint(Joint::leftLowerLeg).x - correct.joint(Joint::leftUpperLeg).x) -
              (in.joint(Joint::leftLowerLeg).x - in.joint(Joint::leftUpperLeg).x) > 0.07f);
}

TEST_CASE("Lying hamstring stretch: the leg straight and near upright, hands behind the thigh, other leg long",
          "[anim][form]") {
    const float floor = kMatThickness_m;
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Side down = other(side);
        const Snapshot s = at_end_of("supine-hamstring-stretch", "hold", "correct", side);
        const glm::vec3 hip = s.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg));
        const glm::vec3 knee = s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg));
        CHECK(knee_deg(s, side) < 12.0f);
        CHECK(elevation_deg(hip, s.joint(pick(side, Joint::leftFoot, Joint::rightFoot))) > 65.0f);
        for (Site palm : {Site::leftPalm, Site::rightPalm})
            CHECK(to_segment_m(s.site(palm), hip, knee) < thigh_radius_m(s.skeleton, 0.6f) + 0.04f);
        // The other leg lies long on the mat, heel down; back and head down too.
        CHECK(knee_deg(s, down) < 8.0f);
        CHECK(s.site(pick(down, Site::leftHeel, Site::rightHeel)).y < floor + 0.015f);
        CHECK(s.site(Site::upperBack).y < floor + 0.01f);
        CHECK(s.site(Site::sacrum).y < floor + 0.01f);
    }
    const Snapshot bent = at_end_of("supine-hamstring-stretch", "hold", "knee-stays-bent");
    CHECK(knee_deg(bent, Side::left) > 30.0f);
    const Snapshot other_knee = at_end_of("supine-hamstring-stretch", "hold", "other-knee-bends");
    CHECK(knee_deg(other_knee, Side::right) > 30.0f);
    CHECK(other_knee.joint(Joint::rightLowerLeg).y > 0.2f);
}

namespace {

// How far the thigh points ahead of the trunk's line continued down, degrees, for a body
// upright and facing +Z (negative: behind it, the hip extended).
float thigh_ahead_of_trunk_deg(const Snapshot& s, Side side) {
    const auto forward_deg = [](glm::vec3 d) { return glm::degrees(std::atan2(d.z, -d.y)); };
    const glm::vec3 thigh = s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg)) - s.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg));
    return forward_deg(thigh) - forward_deg(s.joint(Joint::hips) - s.joint(Joint::neck));
}

} // namespace

TEST_CASE("Standing quad stretch: heel to the seat in the hand, knees side by side, thigh pointing down, trunk tall",
          "[anim][form]") {
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Side stance = other(side);
        const Snapshot s = at_end_of("standing-quad-stretch", "hold", "correct", side);
        const glm::vec3 hip = s.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg));
        const glm::vec3 knee = s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg));
        CHECK(knee_deg(s, stance) < 12.0f);
        CHECK(knee_deg(s, side) > 125.0f);
        // The thigh points at the floor, its knee no further forward than the hip.
        CHECK(elevation_deg(hip, knee) < -75.0f);
        CHECK(knee.z < hip.z + 0.03f);
        CHECK(horizontal_m(knee, s.joint(pick(stance, Joint::leftLowerLeg, Joint::rightLowerLeg))) < 0.14f);
        // The same-side hand holds the ankle.
        CHECK(glm::length(s.site(pick(side, Site::leftPalm, Site::rightPalm)) - s.joint(pick(side, Joint::leftFoot, Joint::rightFoot))) < 0.07f);
        CHECK(elevation_deg(s.joint(Joint::hips), s.joint(Joint::neck)) > 82.0f);
        // Hips pressed forward: the thigh runs behind the line of the trunk.
        CHECK(thigh_ahead_of_trunk_deg(s, side) < -5.0f);
    }
    const Snapshot lean = at_end_of("standing-quad-stretch", "hold", "leans-forward");
    CHECK(elevation_deg(lean.joint(Joint::hips), lean.joint(Joint::neck)) < 75.0f);
    CHECK(thigh_ahead_of_trunk_deg(lean, Side::left) > 5.0f); // the hip bent: no stretch in front
    CHECK(glm::length(lean.site(Site::leftPalm) - lean.joint(Joint::leftFoot)) < 0.07f); // still holding on
    const Snapshot flare = at_end_of("standing-quad-stretch", "hold", "knee-flares-out");
    CHECK(horizontal_m(flare.joint(Joint::leftLowerLeg), flare.joint(Joint::rightLowerLeg)) > 0.2f);
    CHECK(glm::length(flare.site(Site::leftPalm) - flare.joint(Joint::leftFoot)) < 0.07f);
}

TEST_CASE("Butterfly stretch: soles together, heels drawn in, knees open and sinking, back long",
          "[anim][form]") {
    const Snapshot start = at_end_of("butterfly-stretch", "rest", "correct");
    const Snapshot s = at_end_of("butterfly-stretch", "hold", "correct");
    for (const Snapshot* p : {&start, &s}) {
        CHECK(glm::length(p->site(Site::leftHeel) - p->site(Site::rightHeel)) < 0.06f);
        CHECK(glm::length(p->site(Site::leftToeTip) - p->site(Site::rightToeTip)) < 0.12f);
        const float heels_in = 0.5f * (p->site(Site::leftHeel).z + p->site(Site::rightHeel).z) - p->joint(Joint::hips).z;
        CHECK(heels_in > 0.2f);
        CHECK(heels_in < 0.45f);
        CHECK(p->joint(Joint::hips).y < 0.14f); // sitting on the mat
        for (Side side : {Side::left, Side::right})
            CHECK(glm::length(p->site(pick(side, Site::leftPalm, Site::rightPalm)) - p->joint(pick(side, Joint::leftFoot, Joint::rightFoot))) < 0.08f);
    }
    // The knees open wide and sink as the stretch comes on.
    CHECK(horizontal_m(s.joint(Joint::leftLowerLeg), s.joint(Joint::rightLowerLeg)) > 0.6f);
    CHECK(start.joint(Joint::leftLowerLeg).y - s.joint(Joint::leftLowerLeg).y > 0.04f);
    CHECK(start.joint(Joint::rightLowerLeg).y - s.joint(Joint::rightLowerLeg).y > 0.04f);
    // A long back, tipped a little forward from the hips.
    CHECK(bend_deg(s.joint(Joint::hips), s.joint(Joint::chest), s.joint(Joint::neck)) < 10.0f);
    CHECK(elevation_deg(s.joint(Joint::hips), s.joint(Joint::neck)) > 70.0f);
    const Snapshot round = at_end_of("butterfly-stretch", "hold", "back-rounds");
    CHECK(bend_deg(round.joint(Joint::hips), round.joint(Joint::chest), round.joint(Joint::neck)) > 20.0f);
}

TEST_CASE("Peanut ball glute release: sitting back on the ball, ankle over the other knee, weight on the crossed side",
          "[anim][form]") {
    const float top = surface_height_m(Surface::peanutBall) + kMatThickness_m;
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Side bottom = other(side);
        for (const char* phase : {"cross", "back", "forward"}) {
            INFO(phase);
            const Snapshot s = at_end_of("peanut-ball-glute-release", phase, "correct", side);
            CHECK(s.site(Site::sacrum).y == Approx(top).margin(0.005));
            // The crossed ankle rests on the lower thigh of the planted leg.
            const glm::vec3 hip = s.joint(pick(bottom, Joint::leftUpperLeg, Joint::rightUpperLeg));
            const glm::vec3 knee = s.joint(pick(bottom, Joint::leftLowerLeg, Joint::rightLowerLeg));
            CHECK(to_segment_m(s.joint(pick(side, Joint::leftFoot, Joint::rightFoot)), hip + 0.6f * (knee - hip), knee) < 0.11f);
            // Leaning onto the crossed side's buttock: its hip sits lower.
            CHECK(s.joint(pick(bottom, Joint::leftUpperLeg, Joint::rightUpperLeg)).y - s.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg)).y > 0.015f);
            for (Site palm : {Site::leftPalm, Site::rightPalm}) CHECK(s.site(palm).y < kMatThickness_m + 0.005f);
            CHECK(s.site(pick(bottom, Site::leftHeel, Site::rightHeel)).y < kMatThickness_m + 0.005f);
        }
        // The rock rolls the ball along the buttock: the pelvis tips through 8 degrees or more.
        const Snapshot back = at_end_of("peanut-ball-glute-release", "back", "correct", side);
        const Snapshot forward = at_end_of("peanut-ball-glute-release", "forward", "correct", side);
        const glm::vec3 up_back = glm::mat3(back.world[index(Joint::hips)]) * glm::vec3(0, 1, 0);
        const glm::vec3 up_forward = glm::mat3(forward.world[index(Joint::hips)]) * glm::vec3(0, 1, 0);
        CHECK(glm::degrees(std::acos(std::clamp(glm::dot(up_back, up_forward), -1.0f, 1.0f))) > 7.0f);
    }
}

namespace {

// How far a foot points away from straight ahead (+Z), degrees, seen from above.
float foot_turn_deg(const Snapshot& s, Side side) {
    const glm::vec3 d = s.site(pick(side, Site::leftToeTip, Site::rightToeTip)) - s.site(pick(side, Site::leftHeel, Site::rightHeel));
    return glm::degrees(std::atan2(std::abs(d.x), d.z));
}

// The angle of the leg from hip to ankle out from straight down, in the frontal plane.
float leg_out_deg(const Snapshot& s, Side side) {
    const glm::vec3 d = s.joint(pick(side, Joint::leftFoot, Joint::rightFoot)) - s.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg));
    return glm::degrees(std::atan2((side == Side::left ? 1.0f : -1.0f) * d.x, -d.y));
}

} // namespace

TEST_CASE("Standing band hip abduction: the straight leg out to the side, toes forward, pelvis level, trunk upright",
          "[anim][form]") {
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Snapshot s = at_end_of("band-hip-abduction", "top", "correct", side);
        const Snapshot bottom = at_end_of("band-hip-abduction", "bottom", "correct", side);
        CHECK(leg_out_deg(s, side) > 25.0f);
        CHECK(leg_out_deg(s, side) - leg_out_deg(bottom, side) > 20.0f);
        CHECK(knee_deg(s, side) < 8.0f);
        CHECK(foot_turn_deg(s, side) < 15.0f);
        CHECK(std::abs(s.joint(Joint::leftUpperLeg).y - s.joint(Joint::rightUpperLeg).y) < 0.02f);
        CHECK(elevation_deg(s.joint(Joint::hips), s.joint(Joint::neck)) > 85.0f);
        // The free foot hovers between reps; it never lands.
        CHECK(bottom.site(pick(side, Site::leftHeel, Site::rightHeel)).y > 0.01f);
    }
    const Snapshot lean = at_end_of("band-hip-abduction", "top", "trunk-leans");
    CHECK(elevation_deg(lean.joint(Joint::hips), lean.joint(Joint::neck)) < 80.0f);
    const Snapshot turned = at_end_of("band-hip-abduction", "top", "toes-turn-up");
    CHECK(foot_turn_deg(turned, Side::left) > 30.0f);
}

TEST_CASE("Side-lying hip adduction: the straight bottom leg lifts, hips stacked, top foot planted in front",
          "[anim][form]") {
    for (Side bottom : {Side::left, Side::right}) {
        INFO("bottom leg " << side_name(bottom));
        const Side top = other(bottom);
        const Snapshot up = at_end_of("side-lying-hip-adduction", "top", "correct", bottom);
        const Snapshot down = at_end_of("side-lying-hip-adduction", "bottom", "correct", bottom);
        const Joint ankle = pick(bottom, Joint::leftFoot, Joint::rightFoot);
        CHECK(up.joint(ankle).y - down.joint(ankle).y > 0.08f); // a few inches
        CHECK(knee_deg(up, bottom) < 10.0f);
        for (const Snapshot* s : {&up, &down}) {
            CHECK(std::abs(pelvis_roll_back_deg(*s, top)) < 6.0f);
            // The top foot flat on the mat in front of the bottom knee, its knee up.
            CHECK(s->site(pick(top, Site::leftHeel, Site::rightHeel)).y < kMatThickness_m + 0.01f);
            CHECK(s->site(pick(top, Site::leftToeTip, Site::rightToeTip)).y < kMatThickness_m + 0.01f);
            CHECK(s->joint(pick(top, Joint::leftFoot, Joint::rightFoot)).z > s->joint(pick(bottom, Joint::leftLowerLeg, Joint::rightLowerLeg)).z + 0.08f);
            CHECK(s->joint(pick(top, Joint::leftLowerLeg, Joint::rightLowerLeg)).y > 0.3f);
        }
    }
    const Snapshot roll = at_end_of("side-lying-hip-adduction", "top", "rolls-back", Side::right);
    CHECK(pelvis_roll_back_deg(roll, Side::left) > 10.0f);
    const Snapshot bent = at_end_of("side-lying-hip-adduction", "top", "knee-bends", Side::right);
    CHECK(knee_deg(bent, Side::right) > 25.0f);
}

TEST_CASE("Prone band hamstring curl: the heel curls past 90 degrees with the hips and thigh down on the mat",
          "[anim][form]") {
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Snapshot top = at_end_of("band-hamstring-curl", "top", "correct", side);
        const Snapshot bottom = at_end_of("band-hamstring-curl", "bottom", "correct", side);
        CHECK(knee_deg(top, side) > 95.0f);
        CHECK(knee_deg(bottom, side) < 15.0f);
        CHECK(knee_deg(top, other(side)) < 15.0f);
        for (const Snapshot* s : {&top, &bottom}) {
            CHECK(s->joint(Joint::hips).y < 0.115f); // hips heavy on the mat
            CHECK(s->joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg)).y < 0.08f); // the thigh stays down
        }
        CHECK(std::abs(top.joint(Joint::hips).y - bottom.joint(Joint::hips).y) < 0.01f);
    }
    const Snapshot correct = at_end_of("band-hamstring-curl", "top", "correct");
    const Snapshot lift = at_end_of("band-hamstring-curl", "top", "hips-lift");
    CHECK(lift.joint(Joint::hips).y - correct.joint(Joint::hips).y > 0.04f);
    const Snapshot partial = at_end_of("band-hamstring-curl", "top", "partial-range");
    CHECK(knee_deg(partial, Side::left) < 60.0f);
}
