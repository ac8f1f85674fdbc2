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

// A bent knee on one leg tracks over the middle of its foot: not inside it, not far outside.
void check_knee_over_foot(const Snapshot& s, Side side) {
    const float knee_x = s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg)).x;
    const float foot_x = 0.5f * (s.joint(pick(side, Joint::leftFoot, Joint::rightFoot)).x + s.joint(pick(side, Joint::leftToes, Joint::rightToes)).x);
    const float outward = side == Side::left ? knee_x - foot_x : foot_x - knee_x;
    CHECK(outward > -0.01f);
    CHECK(outward < 0.07f);
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

TEST_CASE("Bird dog mistakes: the pelvis rolls toward the lifted leg - the back sags as the leg goes too high",
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

TEST_CASE("Clam shell mistakes: the pelvis rolls back - the feet come apart", "[anim][form]") {
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

TEST_CASE("Ball curl mistakes: hips drop as the ball rolls in - the legs never straighten - the hips sag rolled out",
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

TEST_CASE("Deep overhead squat: hips below the knees, heels down, knees out, the stick overhead above the feet",
          "[anim][form]") {
    const Snapshot s = at_end_of("deep-overhead-squat", "bottom", "correct");
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        CHECK(s.joint(Joint::hips).y < s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg)).y);
        CHECK(s.site(pick(side, Site::leftHeel, Site::rightHeel)).y < 0.01f);
        const float knee_x = std::abs(s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg)).x);
        const float foot_x = std::abs(0.5f * (s.joint(pick(side, Joint::leftFoot, Joint::rightFoot)).x + s.joint(pick(side, Joint::leftToes, Joint::rightToes)).x));
        CHECK(knee_x >= foot_x - 0.01f);
        CHECK(knee_x < foot_x + 0.15f); // out over the toes, not splayed
        // Arms straight overhead.
        CHECK(s.joint(pick(side, Joint::leftHand, Joint::rightHand)).y > s.site(Site::headTop).y + 0.15f);
        CHECK(bend_deg(s.joint(pick(side, Joint::leftUpperArm, Joint::rightUpperArm)), s.joint(pick(side, Joint::leftLowerArm, Joint::rightLowerArm)),
                       s.joint(pick(side, Joint::leftHand, Joint::rightHand))) < 15.0f);
    }
    // The stick (between the hands) stays above the feet, not drifting forward of the toes.
    const float stick_z = 0.5f * (s.site(Site::leftPalm).z + s.site(Site::rightPalm).z);
    CHECK(stick_z > s.site(Site::leftHeel).z);
    CHECK(stick_z < s.site(Site::leftToeTip).z + 0.05f);
    // Hands wide, like a Y: well over shoulder width apart.
    CHECK(glm::length(s.site(Site::leftPalm) - s.site(Site::rightPalm)) >
          1.8f * glm::length(s.joint(Joint::leftUpperArm) - s.joint(Joint::rightUpperArm)));

    const Snapshot caving = at_end_of("deep-overhead-squat", "bottom", "knees-cave-in");
    for (Side side : {Side::left, Side::right})
        CHECK(std::abs(caving.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg)).x) <
              std::abs(caving.joint(pick(side, Joint::leftFoot, Joint::rightFoot)).x) - 0.04f);
    const Snapshot shallow = at_end_of("deep-overhead-squat", "bottom", "too-shallow");
    CHECK(shallow.joint(Joint::hips).y > shallow.joint(Joint::leftLowerLeg).y + 0.05f);
    CHECK(knee_deg(shallow, Side::left) < 95.0f);
    const Snapshot heels = at_end_of("deep-overhead-squat", "bottom", "heels-lift");
    CHECK(heels.site(Site::leftHeel).y > 0.04f);
    CHECK(heels.site(Site::rightHeel).y > 0.04f);
}

TEST_CASE("Hurdle step: the foot clears the string with knee and foot straight ahead, hips level - the heel taps beyond it",
          "[anim][form]") {
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Side stance = other(side);
        const Snapshot start = at_end_of("hurdle-step", "stand", "correct", side);
        // The string: an inch or two ahead of the toes, at the height of the knees.
        const float string_y = start.site(Site::leftKnee).y;
        const float string_z = std::max(start.site(Site::leftToeTip).z, start.site(Site::rightToeTip).z) + 0.04f;
        const Snapshot over = at_end_of("hurdle-step", "over", "correct", side);
        const glm::vec3 hip = over.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg));
        CHECK(over.site(pick(side, Site::leftHeel, Site::rightHeel)).y > string_y + 0.1f); // well clear
        CHECK(over.site(pick(side, Site::leftToeTip, Site::rightToeTip)).z > string_z);    // and past it
        CHECK(std::abs(over.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg)).x - hip.x) < 0.05f); // knee ahead
        CHECK(std::abs(over.joint(pick(side, Joint::leftFoot, Joint::rightFoot)).x - hip.x) < 0.05f);         // foot ahead
        CHECK(std::abs(over.joint(Joint::leftUpperLeg).y - over.joint(Joint::rightUpperLeg).y) < 0.015f);
        CHECK(knee_deg(over, stance) < 5.0f); // standing tall while the leg goes over

        const Snapshot tap = at_end_of("hurdle-step", "tap", "correct", side);
        const glm::vec3 heel = tap.site(pick(side, Site::leftHeel, Site::rightHeel));
        const glm::vec3 toe = tap.site(pick(side, Site::leftToeTip, Site::rightToeTip));
        CHECK(heel.y < 0.012f);
        CHECK(heel.y > -0.005f);
        CHECK(heel.z > string_z + 0.05f);
        CHECK(std::abs(glm::degrees(std::atan2(toe.x - heel.x, toe.z - heel.z))) < 12.0f); // toes point ahead
        CHECK(std::abs(tap.joint(Joint::leftUpperLeg).y - tap.joint(Joint::rightUpperLeg).y) < 0.02f);
        // The chest stays square and upright.
        const glm::vec3 trunk = tap.joint(Joint::neck) - tap.joint(Joint::hips);
        CHECK(glm::degrees(std::asin(trunk.y / glm::length(trunk))) > 75.0f);
    }
    // The mistakes take the foot, or the knee, well out to the side of the hip.
    const Snapshot foot = at_end_of("hurdle-step", "over", "foot-turns-out");
    CHECK(foot.joint(Joint::leftFoot).x - foot.joint(Joint::leftUpperLeg).x > 0.12f);
    const Snapshot knee = at_end_of("hurdle-step", "over", "knee-turns-out");
    CHECK(knee.joint(Joint::leftLowerLeg).x - knee.joint(Joint::leftUpperLeg).x > 0.12f);
}

TEST_CASE("Single-leg squat: the standing thigh level with the floor, knee over the foot, heel down, pelvis level",
          "[anim][form]") {
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Snapshot s = at_end_of("single-leg-squat", "bottom", "correct", side);
        const glm::vec3 hip = s.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg));
        const glm::vec3 knee = s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg));
        CHECK(std::abs(elevation_deg(knee, hip)) < 15.0f); // thigh about level
        CHECK(knee_deg(s, side) > 85.0f);
        CHECK(knee_deg(s, side) < 120.0f);
        CHECK(s.site(pick(side, Site::leftHeel, Site::rightHeel)).y < 0.01f);
        // The knee tracks over the foot, neither inside it nor far outside.
        check_knee_over_foot(s, side);
        CHECK(std::abs(s.joint(Joint::leftUpperLeg).y - s.joint(Joint::rightUpperLeg).y) < 0.015f);
        // The free foot stays off the floor, out in front.
        const Site free_heel = pick(other(side), Site::leftHeel, Site::rightHeel);
        CHECK(s.site(free_heel).y > 0.05f);
        CHECK(s.site(free_heel).z > s.site(pick(side, Site::leftToeTip, Site::rightToeTip)).z);
        const Snapshot top = at_end_of("single-leg-squat", "top", "correct", side);
        CHECK(top.site(free_heel).y > 0.02f);
        CHECK(std::abs(top.joint(Joint::leftUpperLeg).y - top.joint(Joint::rightUpperLeg).y) < 0.01f);
    }
    const Snapshot caving = at_end_of("single-leg-squat", "bottom", "knee-caves-in");
    CHECK(caving.joint(Joint::leftLowerLeg).x < caving.joint(Joint::leftFoot).x - 0.04f);
    const Snapshot drop = at_end_of("single-leg-squat", "bottom", "hip-drops");
    CHECK(drop.joint(Joint::leftUpperLeg).y - drop.joint(Joint::rightUpperLeg).y > 0.03f); // free side sinks
    CHECK(std::abs(drop.joint(Joint::neck).x - drop.joint(Joint::hips).x) < 0.06f);        // trunk still upright
    const Snapshot heel = at_end_of("single-leg-squat", "bottom", "heel-lifts");
    CHECK(heel.site(Site::leftHeel).y > 0.04f);
}

TEST_CASE("Single-leg balance: the standing knee straight but soft, the pelvis level, the trunk tall over the foot",
          "[anim][form]") {
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Snapshot s = at_end_of("single-leg-balance", "hold", "correct", side);
        CHECK(knee_deg(s, side) > 2.0f); // not locked...
        CHECK(knee_deg(s, side) < 15.0f); // ...but straight
        CHECK(std::abs(s.joint(Joint::leftUpperLeg).y - s.joint(Joint::rightUpperLeg).y) < 0.01f);
        CHECK(horizontal_m(s.joint(Joint::neck), s.joint(Joint::hips)) < 0.03f);
        CHECK(s.site(pick(other(side), Site::leftHeel, Site::rightHeel)).y > 0.1f); // the other foot up
        CHECK(s.site(pick(side, Site::leftHeel, Site::rightHeel)).y < 0.005f);     // the standing heel down
    }
    const Snapshot drop = at_end_of("single-leg-balance", "hold", "hip-drops");
    CHECK(drop.joint(Joint::leftUpperLeg).y - drop.joint(Joint::rightUpperLeg).y > 0.025f);
    const Snapshot lean = at_end_of("single-leg-balance", "hold", "leans-over");
    CHECK(lean.joint(Joint::neck).x - lean.joint(Joint::hips).x > 0.05f); // toward the standing (left) side
}

TEST_CASE("Static lunge hold: front thigh level, front knee over the ankle, back knee hovering, trunk upright",
          "[anim][form]") {
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Side back = other(side);
        const Snapshot s = at_end_of("static-lunge-hold", "hold", "correct", side);
        const glm::vec3 hip = s.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg));
        const glm::vec3 knee = s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg));
        const glm::vec3 ankle = s.joint(pick(side, Joint::leftFoot, Joint::rightFoot));
        CHECK(std::abs(elevation_deg(hip, knee)) < 12.0f);
        CHECK(knee_deg(s, side) > 80.0f);
        CHECK(knee_deg(s, side) < 105.0f);
        CHECK(knee.z - ankle.z < 0.1f);  // the knee no further forward than just past the ankle
        CHECK(knee.z - ankle.z > -0.03f);
        CHECK(std::abs(knee.x - ankle.x) < 0.03f); // in line with the foot
        CHECK(s.site(pick(side, Site::leftHeel, Site::rightHeel)).y < 0.005f);
        // The back knee hovers just off the floor, under the hips.
        const glm::vec3 back_knee = s.site(pick(back, Site::leftKnee, Site::rightKnee));
        CHECK(back_knee.y > 0.02f);
        CHECK(back_knee.y < 0.1f);
        CHECK(std::abs(back_knee.z - s.joint(Joint::hips).z) < 0.1f);
        CHECK(elevation_deg(s.joint(Joint::hips), s.joint(Joint::neck)) > 80.0f);
    }
    const Snapshot caving = at_end_of("static-lunge-hold", "hold", "front-knee-caves-in");
    CHECK(caving.joint(Joint::leftLowerLeg).x < caving.joint(Joint::leftFoot).x - 0.06f);
    const Snapshot lean = at_end_of("static-lunge-hold", "hold", "torso-leans-forward");
    CHECK(elevation_deg(lean.joint(Joint::hips), lean.joint(Joint::neck)) < 65.0f);
}

TEST_CASE("Step-up: the front foot flat on the bench, its knee over the foot, standing tall on top - the back foot does not push",
          "[anim][form]") {
    const float bench = surface_height_m(Surface::bench);
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Side back = other(side);
        for (const char* phase : {"bottom", "drive", "top"}) {
            INFO(phase);
            const Snapshot s = at_end_of("step-up", phase, "correct", side);
            // The front foot flat on the bench the whole time.
            CHECK(s.site(pick(side, Site::leftHeel, Site::rightHeel)).y == Approx(bench).margin(0.005));
            CHECK(s.site(pick(side, Site::leftToeTip, Site::rightToeTip)).y == Approx(bench).margin(0.005));
            // The knee in line with the foot, seen from the front.
            CHECK(std::abs(s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg)).x - s.joint(pick(side, Joint::leftFoot, Joint::rightFoot)).x) < 0.05f);
        }
        const Snapshot bottom = at_end_of("step-up", "bottom", "correct", side);
        CHECK(bottom.site(pick(back, Site::leftHeel, Site::rightHeel)).y < 0.005f); // back foot flat on the floor
        CHECK(knee_deg(bottom, side) > 90.0f);
        const Snapshot top = at_end_of("step-up", "top", "correct", side);
        CHECK(knee_deg(top, side) < 8.0f);
        CHECK(elevation_deg(top.joint(Joint::hips), top.joint(Joint::neck)) > 80.0f);
        CHECK(horizontal_m(top.joint(Joint::hips), top.joint(pick(side, Joint::leftFoot, Joint::rightFoot))) < 0.12f);
        // The other knee up in front, its foot well clear of the bench.
        CHECK(top.joint(pick(back, Joint::leftLowerLeg, Joint::rightLowerLeg)).y > top.joint(Joint::hips).y - 0.15f);
        CHECK(top.site(pick(back, Site::leftToeTip, Site::rightToeTip)).y > bench + 0.15f);
        // On the way up the back leg folds; it does not stay straight to push.
        CHECK(knee_deg(at_end_of("step-up", "drive", "correct", side), back) > 45.0f);
    }
    const Snapshot push = at_end_of("step-up", "drive", "push-off-back-foot");
    CHECK(knee_deg(push, Side::right) < 35.0f);
    CHECK(push.site(Site::rightToeTip).y < push.site(Site::rightHeel).y - 0.1f); // toes pointed, pushing
    const Snapshot caving = at_end_of("step-up", "drive", "knee-caves-in");
    CHECK(caving.joint(Joint::leftLowerLeg).x < caving.joint(Joint::leftFoot).x - 0.03f);
}

TEST_CASE("Squat to a bench: the sit bones on a knee-high bench, the weight over the feet, thighs about level, heels down, knees out",
          "[anim][form]") {
    const Snapshot s = at_end_of("squat-to-bench", "touch", "correct");
    // Both sit bones on the 45 cm bench, yet the weight stays over the feet: a light touch.
    for (Site bone : {Site::leftSitBone, Site::rightSitBone})
        CHECK(s.site(bone).y == Approx(surface_height_m(Surface::bench)).margin(0.005));
    const glm::vec3 com = center_of_mass(s.skeleton, s.world);
    CHECK(com.z > s.site(Site::leftHeel).z - 0.02f);
    CHECK(com.z < s.site(Site::leftToeTip).z);
    // Just before the touch the seat is still coming down onto the bench, not yet on it.
    const Snapshot settling = at_end_of("squat-to-bench", "lower", "correct");
    CHECK(settling.site(Site::leftSitBone).y == Approx(surface_height_m(Surface::bench)).margin(0.01));
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const glm::vec3 hip = s.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg));
        const glm::vec3 knee = s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg));
        CHECK(std::abs(elevation_deg(knee, hip)) < 15.0f);
        CHECK(s.site(pick(side, Site::leftHeel, Site::rightHeel)).y < 0.01f);
        CHECK(std::abs(knee.x) >= std::abs(s.joint(pick(side, Joint::leftFoot, Joint::rightFoot)).x) - 0.01f);
        // The hips sit back behind the heels, as onto a bench.
        CHECK(s.joint(Joint::hips).z < s.site(pick(side, Site::leftHeel, Site::rightHeel)).z - 0.05f);
    }
    CHECK(elevation_deg(s.joint(Joint::hips), s.joint(Joint::neck)) > 40.0f); // chest up
    const Snapshot caving = at_end_of("squat-to-bench", "touch", "knees-cave-in");
    for (Side side : {Side::left, Side::right})
        CHECK(std::abs(caving.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg)).x) <
              std::abs(caving.joint(pick(side, Joint::leftFoot, Joint::rightFoot)).x) - 0.03f);
    const Snapshot drop = at_end_of("squat-to-bench", "touch", "chest-drops");
    CHECK(elevation_deg(s.joint(Joint::hips), s.joint(Joint::neck)) - elevation_deg(drop.joint(Joint::hips), drop.joint(Joint::neck)) > 15.0f);
    CHECK(bend_deg(drop.joint(Joint::hips), drop.joint(Joint::chest), drop.joint(Joint::neck)) > 15.0f); // the back rounds
}

TEST_CASE("Single-leg squat to a bench: the sit bone on the bench on one leg, knee over the foot, heel down, pelvis level",
          "[anim][form]") {
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Snapshot s = at_end_of("single-leg-squat-to-bench", "touch", "correct", side);
        const glm::vec3 hip = s.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg));
        // The standing side's sit bone on the bench, the other level with it.
        CHECK(s.site(pick(side, Site::leftSitBone, Site::rightSitBone)).y == Approx(surface_height_m(Surface::bench)).margin(0.005));
        CHECK(s.site(pick(other(side), Site::leftSitBone, Site::rightSitBone)).y < surface_height_m(Surface::bench) + 0.03f);
        CHECK(s.joint(Joint::hips).z < s.site(pick(side, Site::leftHeel, Site::rightHeel)).z - 0.1f); // sitting back
        CHECK(s.site(pick(side, Site::leftHeel, Site::rightHeel)).y < 0.01f);
        check_knee_over_foot(s, side);
        CHECK(std::abs(s.joint(Joint::leftUpperLeg).y - s.joint(Joint::rightUpperLeg).y) < 0.015f);
        CHECK(s.site(pick(other(side), Site::leftHeel, Site::rightHeel)).y > 0.05f);
        // Not as deep as the single-leg squat it leads to.
        const Snapshot full = at_end_of("single-leg-squat", "bottom", "correct", side);
        CHECK(hip.y > full.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg)).y + 0.02f);
    }
    const Snapshot caving = at_end_of("single-leg-squat-to-bench", "touch", "knee-caves-in");
    CHECK(caving.joint(Joint::leftLowerLeg).x < caving.joint(Joint::leftFoot).x - 0.04f);
    // The free side's hip sinks on the way down, until the bench stops it.
    const Snapshot drop = at_end_of("single-leg-squat-to-bench", "sink", "hip-drops");
    CHECK(drop.joint(Joint::leftUpperLeg).y - drop.joint(Joint::rightUpperLeg).y > 0.03f);
}

TEST_CASE("Eccentric squat: four even seconds down to below parallel, heels down, knees out - up at a normal pace",
          "[anim][form]") {
    ContentErrors errors;
    const auto exercise = load_exercise(std::filesystem::path(LEGWORK_CONTENT_DIR) / "exercises" / "eccentric-squat.yaml", errors);
    REQUIRE(exercise);
    const Motion& m = exercise->motion;
    const float down = m.phases[m.phase_index("lower")].duration_s + m.phases[m.phase_index("sink")].duration_s;
    const float up = m.phases[m.phase_index("rise")].duration_s;
    CHECK(down >= 3.5f);
    CHECK(down >= 2.0f * up);
    // Even: halfway through the count the hips are about halfway down.
    const Snapshot top = at_end_of("eccentric-squat", "top", "correct");
    const Snapshot half = at_end_of("eccentric-squat", "lower", "correct");
    const Snapshot s = at_end_of("eccentric-squat", "bottom", "correct");
    const float done = (top.joint(Joint::hips).y - half.joint(Joint::hips).y) / (top.joint(Joint::hips).y - s.joint(Joint::hips).y);
    CHECK(done > 0.3f);
    CHECK(done < 0.6f);
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        CHECK(s.joint(Joint::hips).y < s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg)).y);
        CHECK(s.site(pick(side, Site::leftHeel, Site::rightHeel)).y < 0.01f);
        CHECK(std::abs(s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg)).x) >=
              std::abs(0.5f * (s.joint(pick(side, Joint::leftFoot, Joint::rightFoot)).x + s.joint(pick(side, Joint::leftToes, Joint::rightToes)).x)) - 0.01f);
    }
    const Snapshot caving = at_end_of("eccentric-squat", "bottom", "knees-cave-in");
    CHECK(std::abs(caving.joint(Joint::leftLowerLeg).x) < std::abs(caving.joint(Joint::leftFoot).x) - 0.04f);
    const Snapshot heels = at_end_of("eccentric-squat", "bottom", "heels-lift");
    CHECK(heels.site(Site::leftHeel).y > 0.04f);
    CHECK(heels.site(Site::rightHeel).y > 0.04f);
}

TEST_CASE("Single-leg squat arms drill: a shallow squat on one leg, arms straight up, trunk upright, knee over the foot",
          "[anim][form]") {
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Snapshot s = at_end_of("single-leg-squat-arms-drill", "bottom", "correct", side);
        CHECK(knee_deg(s, side) > 45.0f);
        CHECK(knee_deg(s, side) < 75.0f);
        CHECK(elevation_deg(s.joint(Joint::hips), s.joint(Joint::neck)) > 75.0f); // no hip hinge
        for (Side arm : {Side::left, Side::right}) {
            CHECK(s.joint(pick(arm, Joint::leftHand, Joint::rightHand)).y > s.site(Site::headTop).y + 0.15f);
            CHECK(elevation_deg(s.joint(pick(arm, Joint::leftUpperArm, Joint::rightUpperArm)), s.joint(pick(arm, Joint::leftHand, Joint::rightHand))) > 70.0f);
        }
        CHECK(s.site(pick(side, Site::leftHeel, Site::rightHeel)).y < 0.01f);
        check_knee_over_foot(s, side);
        CHECK(std::abs(s.joint(Joint::leftUpperLeg).y - s.joint(Joint::rightUpperLeg).y) < 0.015f);
        CHECK(s.site(pick(other(side), Site::leftToeTip, Site::rightToeTip)).y > 0.1f); // free foot up behind
    }
    const Snapshot caving = at_end_of("single-leg-squat-arms-drill", "bottom", "knee-caves-in");
    CHECK(caving.joint(Joint::leftLowerLeg).x < caving.joint(Joint::leftFoot).x - 0.03f);
    const Snapshot drift = at_end_of("single-leg-squat-arms-drill", "bottom", "arms-drift-forward");
    CHECK(elevation_deg(drift.joint(Joint::hips), drift.joint(Joint::neck)) < 65.0f);
    CHECK(drift.joint(Joint::leftHand).y < drift.site(Site::headTop).y);
}

TEST_CASE("Glute bridge: shoulders, hips and knees in one line at the top, hips level, heels down",
          "[anim][form]") {
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Snapshot s = at_end_of("glute-bridge", "top", "correct", side);
        for (Side leg : {Side::left, Side::right}) {
            CHECK(bend_deg(s.shoulders(), s.joint(Joint::hips), s.joint(pick(leg, Joint::leftLowerLeg, Joint::rightLowerLeg))) < 12.0f);
            CHECK(s.site(pick(leg, Site::leftHeel, Site::rightHeel)).y < kMatThickness_m + 0.005f); // heels down
        }
        CHECK(std::abs(s.joint(Joint::leftUpperLeg).y - s.joint(Joint::rightUpperLeg).y) < 0.01f);
        CHECK(s.site(Site::upperBack).y < kMatThickness_m + 0.005f);
        // Between reps the hips come right down.
        const Snapshot bottom = at_end_of("glute-bridge", "bottom", "correct", side);
        CHECK(s.joint(Joint::hips).y - bottom.joint(Joint::hips).y > 0.12f);
    }
    const Snapshot toes = at_end_of("glute-bridge", "top", "pushing-through-toes");
    CHECK(toes.site(Site::leftHeel).y > 0.03f);
    CHECK(toes.site(Site::rightHeel).y > 0.03f);
    const Snapshot sag = at_end_of("glute-bridge", "top", "hips-sag");
    CHECK(bend_deg(sag.shoulders(), sag.joint(Joint::hips), sag.joint(Joint::leftLowerLeg)) > 15.0f);
}

TEST_CASE("Pillow-squeeze bridge: the knees hold the pillow, in line over the feet - drifting apart shows",
          "[anim][form]") {
    const auto knee_gap_m = [](const Snapshot& s) { return knees_apart_m(s) - 2.0f * knee_radius_m(s.skeleton); };
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Snapshot s = at_end_of("glute-bridge-pillow-squeeze", "top", "correct", side);
        CHECK(knee_gap_m(s) > 0.03f); // a squeezed pillow between them
        CHECK(knee_gap_m(s) < 0.08f);
        for (Side leg : {Side::left, Side::right}) {
            CHECK(std::abs(s.joint(pick(leg, Joint::leftLowerLeg, Joint::rightLowerLeg)).x) <= std::abs(s.joint(pick(leg, Joint::leftFoot, Joint::rightFoot)).x) + 0.01f);
            CHECK(bend_deg(s.shoulders(), s.joint(Joint::hips), s.joint(pick(leg, Joint::leftLowerLeg, Joint::rightLowerLeg))) < 12.0f);
        }
    }
    const Snapshot correct = at_end_of("glute-bridge-pillow-squeeze", "top", "correct");
    const Snapshot apart = at_end_of("glute-bridge-pillow-squeeze", "top", "knees-drift-apart");
    CHECK(knee_gap_m(apart) - knee_gap_m(correct) > 0.035f);
    CHECK(std::abs(apart.joint(Joint::leftLowerLeg).x) > std::abs(apart.joint(Joint::leftFoot).x) + 0.015f); // knees outside the feet
    CHECK(glm::length(apart.joint(Joint::leftToes) - correct.joint(Joint::leftToes)) < 0.005f);              // same feet
    const Snapshot toes = at_end_of("glute-bridge-pillow-squeeze", "top", "pushing-through-toes");
    CHECK(toes.site(Site::leftHeel).y > 0.03f);
}

TEST_CASE("Single-leg calf raise: the heel sinks below the step and rises high, the standing knee straight",
          "[anim][form]") {
    const float step = surface_height_m(Surface::step);
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Snapshot bottom = at_end_of("single-leg-calf-raise", "bottom", "correct", side);
        const Snapshot top = at_end_of("single-leg-calf-raise", "top", "correct", side);
        const Site heel = pick(side, Site::leftHeel, Site::rightHeel);
        CHECK(bottom.site(heel).y < step - 0.04f); // below the edge of the step
        CHECK(top.site(heel).y > step + 0.08f);    // high on the toes
        CHECK(knee_deg(bottom, side) < 10.0f);
        CHECK(knee_deg(top, side) < 10.0f);
        // The free foot hooked behind the standing ankle: close behind it, off the step.
        const glm::vec3 ankle = bottom.joint(pick(side, Joint::leftFoot, Joint::rightFoot));
        const glm::vec3 free_ankle = bottom.joint(pick(other(side), Joint::leftFoot, Joint::rightFoot));
        CHECK(horizontal_m(ankle, free_ankle) < 0.14f);
        CHECK(free_ankle.z < ankle.z);
    }
    const Snapshot partial = at_end_of("single-leg-calf-raise", "bottom", "partial-range");
    CHECK(partial.site(Site::leftHeel).y > step);
    const Snapshot bent = at_end_of("single-leg-calf-raise", "bottom", "knee-bends");
    CHECK(knee_deg(bent, Side::left) > 18.0f);
}

namespace {

// The trunk's lean from upright, degrees: the line from the hips to the neck against the vertical.
float trunk_lean_deg(const Snapshot& s) { return 90.0f - elevation_deg(s.joint(Joint::hips), s.joint(Joint::neck)); }

} // namespace

TEST_CASE("Lunge and eccentric lunge: both knees at about 90 degrees, back knee low, front knee over the foot, trunk upright",
          "[anim][form]") {
    for (const char* id : {"lunge", "eccentric-lunge"})
    for (Side side : {Side::left, Side::right}) {
        INFO(id << " " << side_name(side));
        const Snapshot s = at_end_of(id, "bottom", "correct", side);
        const Side back = other(side);
        CHECK(knee_deg(s, side) == Approx(90.0f).margin(15.0f));
        CHECK(knee_deg(s, back) == Approx(90.0f).margin(20.0f));
        CHECK(s.site(pick(back, Site::leftKnee, Site::rightKnee)).y < 0.1f); // just above the floor
        CHECK(s.site(pick(back, Site::leftKnee, Site::rightKnee)).y > 0.02f);
        // The front knee over the foot: not far past the ankle, not inside the foot.
        const glm::vec3 knee = s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg));
        const glm::vec3 ankle = s.joint(pick(side, Joint::leftFoot, Joint::rightFoot));
        CHECK(knee.z - ankle.z < 0.09f);
        CHECK(knee.z < s.site(pick(side, Site::leftToeTip, Site::rightToeTip)).z);
        CHECK(std::abs(knee.x) >= std::abs(ankle.x) - 0.01f);
        CHECK(trunk_lean_deg(s) < 15.0f);
        // Standing tall between reps, both feet down.
        const Snapshot top = at_end_of(id, "top", "correct", side);
        CHECK(top.joint(Joint::hips).y - s.joint(Joint::hips).y > 0.25f);
        CHECK(top.site(pick(side, Site::leftToeTip, Site::rightToeTip)).y < 0.01f);
    }
    for (const char* id : {"lunge", "eccentric-lunge"}) {
        INFO(id);
        const Snapshot caving = at_end_of(id, "bottom", "front-knee-caves-in");
        CHECK(std::abs(caving.joint(Joint::leftLowerLeg).x) < std::abs(caving.joint(Joint::leftFoot).x) - 0.04f);
        const Snapshot lean = at_end_of(id, "bottom", "torso-leans-forward");
        CHECK(trunk_lean_deg(lean) > 30.0f);
    }
    // The eccentric lunge lowers over about four seconds, at least three times as long as it rises.
    ContentErrors errors;
    const auto eccentric = load_exercise(std::filesystem::path(LEGWORK_CONTENT_DIR) / "exercises" / "eccentric-lunge.yaml", errors);
    REQUIRE(eccentric);
    const Motion& m = eccentric->motion;
    const float lower_s = m.phases[m.phase_index("lower")].duration_s, rise_s = m.phases[m.phase_index("rise")].duration_s;
    CHECK(lower_s >= 3.5f);
    CHECK(lower_s >= 3.0f * rise_s);
}

TEST_CASE("Heel walk: on the heels with the toes pulled up, the weight over the heel that is down",
          "[anim][form]") {
    for (Side lifted : {Side::left, Side::right}) {
        INFO("lifting " << side_name(lifted));
        const Side stance = other(lifted);
        const Snapshot s = at_end_of("heel-walk", lifted == Side::left ? "lift-left" : "lift-right", "correct");
        const glm::vec3 heel = s.site(pick(stance, Site::leftHeel, Site::rightHeel));
        CHECK(heel.y < 0.005f);
        CHECK(s.site(pick(stance, Site::leftToeTip, Site::rightToeTip)).y > 0.07f); // toes well up
        CHECK(s.site(pick(lifted, Site::leftHeel, Site::rightHeel)).y > 0.1f);      // a real step
        CHECK(s.site(pick(lifted, Site::leftToeTip, Site::rightToeTip)).y > s.site(pick(lifted, Site::leftHeel, Site::rightHeel)).y);
        const glm::vec3 com = center_of_mass(s.skeleton, s.world);
        CHECK(horizontal_m(com, heel) < 0.04f);
    }
    const Snapshot both = at_end_of("heel-walk", "set-left", "correct");
    for (Side side : {Side::left, Side::right}) {
        CHECK(both.site(pick(side, Site::leftHeel, Site::rightHeel)).y < 0.005f);
        CHECK(both.site(pick(side, Site::leftToeTip, Site::rightToeTip)).y > 0.07f);
    }
    CHECK(trunk_lean_deg(both) < 12.0f);
    const Snapshot drop = at_end_of("heel-walk", "set-left", "toes-drop");
    CHECK(drop.site(Site::leftToeTip).y < 0.04f);
    const Snapshot back = at_end_of("heel-walk", "set-left", "leaning-back");
    CHECK(back.joint(Joint::neck).z < back.joint(Joint::hips).z - 0.1f); // shoulders behind the hips
    CHECK(horizontal_m(center_of_mass(back.skeleton, back.world), back.site(Site::leftHeel)) < 0.15f);
}

TEST_CASE("Seated ball leg lift: sitting tall on the ball, the lifted leg straight and level, pelvis and shoulders level",
          "[anim][form]") {
    const float ball_top = surface_height_m(Surface::ball);
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Snapshot s = at_end_of("seated-ball-leg-lift", "hold", "correct", side);
        CHECK(s.site(Site::sacrum).y == Approx(ball_top).margin(0.005));
        CHECK(knee_deg(s, side) < 10.0f);
        CHECK(std::abs(elevation_deg(s.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg)), s.joint(pick(side, Joint::leftFoot, Joint::rightFoot)))) < 12.0f);
        CHECK(s.site(pick(other(side), Site::leftHeel, Site::rightHeel)).y < 0.005f); // the other foot down
        CHECK(std::abs(s.joint(Joint::leftUpperLeg).y - s.joint(Joint::rightUpperLeg).y) < 0.015f);
        CHECK(std::abs(s.joint(Joint::leftUpperArm).y - s.joint(Joint::rightUpperArm).y) < 0.015f);
        CHECK(std::abs(trunk_lean_deg(s)) < 25.0f);
        // Between lifts both feet rest flat-ish on the floor.
        const Snapshot rest = at_end_of("seated-ball-leg-lift", "rest", "correct", side);
        CHECK(rest.site(Site::leftHeel).y < 0.005f);
        CHECK(rest.site(Site::rightHeel).y < 0.005f);
    }
    const Snapshot correct = at_end_of("seated-ball-leg-lift", "hold", "correct");
    const Snapshot away = at_end_of("seated-ball-leg-lift", "hold", "trunk-leans-away");
    CHECK(away.joint(Joint::leftUpperArm).y - away.joint(Joint::rightUpperArm).y > 0.05f); // leaning over the right foot
    const Snapshot back = at_end_of("seated-ball-leg-lift", "hold", "leans-back");
    CHECK(back.joint(Joint::neck).z < correct.joint(Joint::neck).z - 0.08f);
}

TEST_CASE("Ball squat: sits on the top of the ball with the knees over the feet, leans forward before standing, feet flat",
          "[anim][form]") {
    const float ball_top = surface_height_m(Surface::ball);
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Snapshot sit = at_end_of("ball-squat", "sit", "correct", side);
        const Snapshot lean = at_end_of("ball-squat", "lean", "correct", side);
        const Snapshot top = at_end_of("ball-squat", "top", "correct", side);
        CHECK(sit.site(Site::sacrum).y == Approx(ball_top).margin(0.005));
        for (const Snapshot* s : {&sit, &lean, &top})
            for (Side leg : {Side::left, Side::right}) {
                CHECK(s->site(pick(leg, Site::leftHeel, Site::rightHeel)).y < 0.005f); // feet flat
                CHECK(s->site(pick(leg, Site::leftToeTip, Site::rightToeTip)).y < 0.01f);
                if (s != &top) // knees bent: over the feet, not inside them
                    CHECK(std::abs(s->joint(pick(leg, Joint::leftLowerLeg, Joint::rightLowerLeg)).x) >= std::abs(s->joint(pick(leg, Joint::leftFoot, Joint::rightFoot)).x) - 0.01f);
            }
        // Standing, the weight is over the feet; before standing up the chest comes forward,
        // bringing it most of the way there.
        const auto com_ahead_of_heels = [](const Snapshot& s) { return center_of_mass(s.skeleton, s.world).z - s.site(Site::leftHeel).z; };
        CHECK(com_ahead_of_heels(top) > 0.02f);
        CHECK(com_ahead_of_heels(top) < 0.15f);
        CHECK(com_ahead_of_heels(lean) - com_ahead_of_heels(sit) > 0.06f);
        CHECK(trunk_lean_deg(lean) > 30.0f);
    }
    const Snapshot correct = at_end_of("ball-squat", "drive", "correct");
    const Snapshot caving = at_end_of("ball-squat", "drive", "knees-cave-in");
    CHECK(knees_apart_m(correct) - knees_apart_m(caving) > 0.05f);
}

TEST_CASE("Walking lunges: a moderate lunge in place with the opposite arm forward, then back to standing",
          "[anim][form]") {
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Snapshot s = at_end_of("walking-lunge", "bottom", "correct", side);
        const Side back = other(side);
        CHECK(knee_deg(s, side) > 60.0f);
        CHECK(s.site(pick(back, Site::leftKnee, Site::rightKnee)).y < 0.2f); // the back knee sinks toward the floor
        CHECK(trunk_lean_deg(s) < 15.0f);
        // The front knee stays behind the toes and over the foot.
        const glm::vec3 knee = s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg));
        CHECK(knee.z < s.site(pick(side, Site::leftToeTip, Site::rightToeTip)).z);
        CHECK(std::abs(knee.x) >= std::abs(s.joint(pick(side, Joint::leftFoot, Joint::rightFoot)).x) - 0.01f);
        // The arm opposite the front leg swings forward.
        CHECK(s.joint(pick(back, Joint::leftHand, Joint::rightHand)).z > s.joint(pick(side, Joint::leftHand, Joint::rightHand)).z + 0.25f);
        const Snapshot stand = at_end_of("walking-lunge", "stand", "correct", side);
        CHECK(stand.site(Site::leftToeTip).y < 0.01f);
        CHECK(stand.site(Site::rightToeTip).y < 0.01f);
        CHECK(stand.joint(Joint::hips).y - s.joint(Joint::hips).y > 0.25f);
    }
    const Snapshot caving = at_end_of("walking-lunge", "bottom", "front-knee-caves-in");
    CHECK(std::abs(caving.joint(Joint::leftLowerLeg).x) < std::abs(caving.joint(Joint::leftFoot).x) - 0.04f);
}

TEST_CASE("Leg swings: the leg swings well forward and back under a still, upright trunk, the foot clearing the floor",
          "[anim][form]") {
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Joint hip = pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg), ankle = pick(side, Joint::leftFoot, Joint::rightFoot);
        const Snapshot front = at_end_of("leg-swings", "front", "correct", side);
        const Snapshot back = at_end_of("leg-swings", "back", "correct", side);
        const Snapshot low = at_end_of("leg-swings", "low-front", "correct", side);
        CHECK(front.joint(ankle).z - front.joint(hip).z > 0.55f);
        CHECK(back.joint(hip).z - back.joint(ankle).z > 0.25f);
        for (const Snapshot* s : {&front, &back, &low}) {
            CHECK(std::abs(trunk_lean_deg(*s)) < 10.0f);
            CHECK(s->site(pick(other(side), Site::leftToeTip, Site::rightToeTip)).y < 0.005f); // standing foot down
        }
        CHECK(low.site(pick(side, Site::leftToeTip, Site::rightToeTip)).y > 0.015f); // swinging through, clear of the floor
    }
    const Snapshot correct = at_end_of("leg-swings", "front", "correct");
    const Snapshot rock = at_end_of("leg-swings", "front", "trunk-rocks");
    // The trunk bends back against the standing leg (the whole body then tips to stay over the foot).
    const auto trunk_on_leg_deg = [](const Snapshot& s) {
        return between_deg(s.joint(Joint::rightFoot), s.joint(Joint::rightUpperLeg), s.joint(Joint::hips), s.joint(Joint::neck));
    };
    CHECK(trunk_on_leg_deg(correct) < 8.0f);
    CHECK(trunk_on_leg_deg(rock) > 18.0f);
}

TEST_CASE("Power skips: the knee drives to hip height, the standing foot rises onto its toes, arms swing straight",
          "[anim][form]") {
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Side stance = other(side);
        const Snapshot s = at_end_of("power-skips", "drive", "correct", side);
        CHECK(elevation_deg(s.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg)), s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg))) > -15.0f);
        CHECK(s.site(pick(stance, Site::leftHeel, Site::rightHeel)).y > 0.05f); // up on the toes
        CHECK(s.site(pick(stance, Site::leftToeTip, Site::rightToeTip)).y < 0.005f);
        // The arm opposite the driving knee forward, both hands on their own side of the body.
        const glm::vec3 forward_hand = s.joint(pick(stance, Joint::leftHand, Joint::rightHand));
        const glm::vec3 back_hand = s.joint(pick(side, Joint::leftHand, Joint::rightHand));
        CHECK(forward_hand.z > back_hand.z + 0.3f);
        const float outward = stance == Side::left ? 1.0f : -1.0f; // the body's left is +X
        CHECK(outward * (forward_hand.x - s.joint(Joint::hips).x) > 0.05f);
        CHECK(trunk_lean_deg(s) < 12.0f);
    }
    const Snapshot cross = at_end_of("power-skips", "drive", "arms-cross-body");
    CHECK(cross.joint(Joint::rightHand).x > cross.joint(Joint::hips).x); // the right hand across the midline
    const Snapshot low = at_end_of("power-skips", "drive", "low-knee");
    CHECK(elevation_deg(low.joint(Joint::leftUpperLeg), low.joint(Joint::leftLowerLeg)) < -40.0f);
    CHECK(low.site(Site::rightHeel).y < 0.03f);
}

TEST_CASE("Machine leg curl: face down on the pad, the heel curls past a right angle while the hips and thigh stay down",
          "[anim][form]") {
    const float pad = surface_height_m(Surface::curlPad);
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Snapshot top = at_end_of("machine-leg-curl", "top", "correct", side);
        const Snapshot bottom = at_end_of("machine-leg-curl", "bottom", "correct", side);
        const Joint hip = pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg);
        const Joint knee = pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg);
        CHECK(knee_deg(top, side) >= 100.0f);
        CHECK(knee_deg(bottom, side) < 20.0f);
        for (const Snapshot* s : {&top, &bottom}) {
            CHECK(std::abs(elevation_deg(s->joint(hip), s->joint(knee))) < 10.0f); // the thigh lies flat
            CHECK(s->site(pick(side, Site::rightKnee, Site::leftKnee)).y ==
                  Approx(pad).margin(0.005)); // the resting knee on the pad
            CHECK(s->joint(Joint::hips).y < pad + 0.14f);             // the hips down
            // Lying along the pad, face down: the head no lower than the pad's top.
            CHECK(s->site(Site::headTop).y > pad);
            CHECK(knee_deg(*s, other(side)) < 10.0f);                               // the other leg rests long
        }
        CHECK(std::abs(top.joint(Joint::hips).y - bottom.joint(Joint::hips).y) < 0.02f);
    }
    const Snapshot top = at_end_of("machine-leg-curl", "top", "correct");
    const Snapshot lift = at_end_of("machine-leg-curl", "top", "hips-lift");
    // The seat rises clear of the pad while the thighs and forearms stay on it.
    CHECK(lift.joint(Joint::hips).y - top.joint(Joint::hips).y > 0.035f);
    const Snapshot short_top = at_end_of("machine-leg-curl", "top", "partial-range");
    const Snapshot short_bottom = at_end_of("machine-leg-curl", "bottom", "partial-range");
    CHECK(knee_deg(short_top, Side::left) < 70.0f);
    CHECK(knee_deg(short_bottom, Side::left) > 35.0f);
}

TEST_CASE("Leg press: seated reclined, knees past a right angle to soft at the top, the feet pressing level along the rails, knees over the feet",
          "[anim][form]") {
    const float seat = surface_height_m(Surface::pressSeat);
    const Snapshot bottom = at_end_of("leg-press", "bottom", "correct");
    const Snapshot top = at_end_of("leg-press", "top", "correct");
    for (Side leg : {Side::left, Side::right}) {
        INFO(side_name(leg));
        const Joint knee = pick(leg, Joint::leftLowerLeg, Joint::rightLowerLeg);
        const Joint ankle = pick(leg, Joint::leftFoot, Joint::rightFoot);
        CHECK(knee_deg(bottom, leg) >= 90.0f);
        CHECK(std::abs(bottom.joint(knee).x) >= std::abs(bottom.joint(ankle).x) - 0.01f); // knee over the foot
        CHECK(knee_deg(top, leg) > 5.0f);  // never locked
        CHECK(knee_deg(top, leg) < 20.0f); // but long
        // The feet press forward along the level rails, well away from the seat.
        CHECK(top.joint(ankle).z - bottom.joint(ankle).z > 0.25f);
        CHECK(std::abs(top.joint(ankle).y - bottom.joint(ankle).y) < 0.08f);
    }
    // The sacrum stays against the foot of the back pad.
    for (const Snapshot* s : {&bottom, &top}) CHECK(s->site(Site::sacrum).y == Approx(seat).margin(0.005));
    // Reclined about 45 degrees against the back pad, the hips staying put on the seat.
    CHECK(elevation_deg(bottom.joint(Joint::hips), bottom.joint(Joint::neck)) == Approx(45.0f).margin(12.0f));
    CHECK(glm::distance(bottom.joint(Joint::hips), top.joint(Joint::hips)) < 0.01f);

    const Snapshot caving = at_end_of("leg-press", "bottom", "knees-cave-in");
    CHECK(std::abs(caving.joint(Joint::leftLowerLeg).x) < std::abs(caving.joint(Joint::leftFoot).x) - 0.04f);
    CHECK(std::abs(caving.joint(Joint::rightLowerLeg).x) < std::abs(caving.joint(Joint::rightFoot).x) - 0.04f);
    // The back rounds and the upper back leaves the line of the back pad.
    const Snapshot roll = at_end_of("leg-press", "lower", "hips-roll-up");
    const glm::vec3 pad = glm::normalize(bottom.site(Site::upperBack) - bottom.site(Site::sacrum));
    const glm::vec3 moved = roll.site(Site::upperBack) - bottom.site(Site::upperBack);
    CHECK(glm::length(moved - glm::dot(moved, pad) * pad) > 0.04f);
    CHECK(bend_deg(roll.joint(Joint::hips), roll.joint(Joint::chest), roll.joint(Joint::neck)) -
              bend_deg(bottom.joint(Joint::hips), bottom.joint(Joint::chest), bottom.joint(Joint::neck)) > 10.0f);
}

TEST_CASE("Running in place with a weight: trunk tall, the weight held high, one knee driving at a time",
          "[anim][form]") {
    for (const char* phase : {"left-knee-up", "right-knee-up"}) {
        const Snapshot s = at_end_of("run-in-place-weight-overhead", phase, "correct");
        const bool left_up = std::string(phase) == "left-knee-up";
        INFO(phase);
        const float knee_rise = s.joint(Joint::leftLowerLeg).y - s.joint(Joint::rightLowerLeg).y;
        CHECK((left_up ? knee_rise : -knee_rise) > 0.2f);
        CHECK(std::abs(s.joint(Joint::neck).x - s.joint(Joint::hips).x) < 0.04f); // no side lean
        CHECK(s.joint(Joint::rightHand).y > s.site(Site::headTop).y + 0.15f);      // weight overhead
        CHECK(std::abs(s.joint(Joint::rightHand).x - s.joint(Joint::head).x) < 0.15f);
    }
    const Snapshot sway = at_end_of("run-in-place-weight-overhead", "left-knee-up", "trunk-sways");
    CHECK(std::abs(sway.joint(Joint::neck).x - sway.joint(Joint::hips).x) > 0.06f);
    const Snapshot drop = at_end_of("run-in-place-weight-overhead", "left-knee-up", "arms-drop");
    CHECK(drop.joint(Joint::rightHand).y < drop.site(Site::headTop).y + 0.05f);

    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        const Snapshot s = at_end_of("run-in-place-weight-to-side", "left-knee-up", "correct", side);
        const Joint hand = pick(side, Joint::leftHand, Joint::rightHand);
        const float out = s.joint(hand).x - s.joint(pick(side, Joint::leftUpperArm, Joint::rightUpperArm)).x;
        CHECK((side == Side::left ? out : -out) > 0.05f);                  // out past the shoulder
        CHECK(s.joint(hand).y > s.site(Site::headTop).y + 0.05f);          // and up high
        CHECK(std::abs(s.joint(Joint::neck).x - s.joint(Joint::hips).x) < 0.04f);
    }
    const Snapshot lean = at_end_of("run-in-place-weight-to-side", "left-knee-up", "leans-away");
    CHECK(lean.joint(Joint::hips).x - lean.joint(Joint::neck).x > 0.06f); // away from the weight on the left
}

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

namespace {

// A thigh release face down on a lacrosse ball: `site` of the working thigh rests on the ball
// (whose top is at `top`), in the middle of the muscle rather than under the hip or the knee,
// propped on both forearms with the other knee down and the shoulders above the hips.
void check_ball_release(const Snapshot& s, Side side, Site site, float top) {
    const glm::vec3 ball = s.site(site);
    CHECK(ball.y == Approx(top).margin(0.005));
    const glm::vec3 hip = s.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg));
    const glm::vec3 knee = s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg));
    const float along = glm::dot(ball - hip, knee - hip) / glm::dot(knee - hip, knee - hip);
    CHECK(along > 0.35f);
    CHECK(along < 0.65f);
    for (Site elbow : {Site::leftElbowTip, Site::rightElbowTip}) CHECK(s.site(elbow).y < kMatThickness_m + 0.01f);
    CHECK(s.site(pick(other(side), Site::leftKnee, Site::rightKnee)).y < kMatThickness_m + 0.01f);
    CHECK(s.shoulders().y > s.joint(Joint::hips).y + 0.1f);
}

// The sagging back of a release face down: at the end of `bend` the belly drops toward the
// floor and the lower back arches.
void check_back_sags(const char* exercise) {
    const Snapshot correct = at_end_of(exercise, "bend", "correct");
    const Snapshot sag = at_end_of(exercise, "bend", "back-sags");
    CHECK(correct.joint(Joint::spine).y - sag.joint(Joint::spine).y > 0.015f);
    CHECK(bend_deg(sag.joint(Joint::hips), sag.joint(Joint::chest), sag.joint(Joint::neck)) -
              bend_deg(correct.joint(Joint::hips), correct.joint(Joint::chest), correct.joint(Joint::neck)) > 5.0f);
}

} // namespace

TEST_CASE("Lacrosse ball quad release: the middle of the front of the thigh on the ball, propped on the forearms, the knee bending past 90 degrees",
          "[anim][form]") {
    const float top = surface_height_m(Surface::lacrosseBall) + kMatThickness_m;
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        for (const char* phase : {"bend", "straighten", "pause"}) {
            INFO(phase);
            const Snapshot s = at_end_of("lacrosse-ball-quad-release", phase, "correct", side);
            check_ball_release(s, side, pick(side, Site::leftThighFront, Site::rightThighFront), top);
        }
        CHECK(knee_deg(at_end_of("lacrosse-ball-quad-release", "bend", "correct", side), side) > 90.0f);
        CHECK(knee_deg(at_end_of("lacrosse-ball-quad-release", "pause", "correct", side), side) < 40.0f);
    }
    check_back_sags("lacrosse-ball-quad-release");
}

TEST_CASE("Lacrosse ball adductor release: the middle of the inner thigh on the ball, the leg out to the side, the knee straightening with the foot clear of the floor",
          "[anim][form]") {
    const float top = surface_height_m(Surface::lacrosseBall) + kMatThickness_m;
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        for (const char* phase : {"straighten", "bend", "pause"}) {
            INFO(phase);
            const Snapshot s = at_end_of("lacrosse-ball-adductor-release", phase, "correct", side);
            check_ball_release(s, side, pick(side, Site::leftThighInner, Site::rightThighInner), top);
            // The thigh is drawn well out to the side, the knee wide of the hip.
            const glm::vec3 hip = s.joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg));
            const glm::vec3 knee = s.joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg));
            CHECK(std::abs(knee.x - hip.x) > 0.6f * glm::distance(knee, hip));
        }
        CHECK(knee_deg(at_end_of("lacrosse-ball-adductor-release", "pause", "correct", side), side) > 80.0f);
        CHECK(knee_deg(at_end_of("lacrosse-ball-adductor-release", "straighten", "correct", side), side) < 50.0f);
        // All through the swing the working foot stays off the floor.
        ContentErrors errors;
        const auto exercise = load_exercise(std::filesystem::path(LEGWORK_CONTENT_DIR) / "exercises" / "lacrosse-ball-adductor-release.yaml", errors);
        REQUIRE(exercise);
        const Skeleton skeleton = make_skeleton();
        const MotionSampler sampler(skeleton, MotionClip(exercise->motion, {.side = side}));
        std::array<glm::mat4, kJointCount> world{};
        Pose pose;
        for (int i = 0; i < 30; ++i) {
            sampler.sample(static_cast<float>(i) / 30.0f * sampler.clip().duration_s(), pose, world);
            for (Site site : {pick(side, Site::leftToeTip, Site::rightToeTip), pick(side, Site::leftHeel, Site::rightHeel)})
                CHECK(site_position(skeleton, world, site).y > 0.01f);
        }
    }
    check_back_sags("lacrosse-ball-adductor-release");
}

TEST_CASE("Machine leg extension: seated on the sit bones with the thighs level, the knees straightening from a right angle to nearly straight",
          "[anim][form]") {
    const float seat = surface_height_m(Surface::machineSeat);
    const Snapshot bottom = at_end_of("machine-leg-extension", "bottom", "correct");
    const Snapshot top = at_end_of("machine-leg-extension", "top", "correct");
    for (Side side : {Side::left, Side::right}) {
        INFO(side_name(side));
        for (const Snapshot* s : {&bottom, &top}) {
            CHECK(s->site(pick(side, Site::leftSitBone, Site::rightSitBone)).y == Approx(seat).margin(0.005));
            const glm::vec3 hip = s->joint(pick(side, Joint::leftUpperLeg, Joint::rightUpperLeg));
            const glm::vec3 knee = s->joint(pick(side, Joint::leftLowerLeg, Joint::rightLowerLeg));
            CHECK(std::abs(elevation_deg(knee, hip)) < 10.0f); // the thigh stays down on the seat
            // The feet hang clear of the floor.
            CHECK(s->site(pick(side, Site::leftHeel, Site::rightHeel)).y > 0.01f);
            CHECK(s->site(pick(side, Site::leftToeTip, Site::rightToeTip)).y > 0.01f);
        }
        CHECK(knee_deg(bottom, side) == Approx(90.0f).margin(8.0f));
        CHECK(knee_deg(top, side) < 15.0f);
        // The hips stay put on the seat while the knees work.
        CHECK(glm::distance(bottom.joint(Joint::hips), top.joint(Joint::hips)) < 0.01f);
    }
    // The trunk sits up, reclined a little against the backrest.
    CHECK(elevation_deg(bottom.joint(Joint::hips), bottom.joint(Joint::neck)) > 70.0f);
    // Mistakes: the knees stop well short of straight; the lower back arches off the backrest.
    CHECK(knee_deg(at_end_of("machine-leg-extension", "top", "partial-range"), Side::left) > 35.0f);
    const Snapshot arched = at_end_of("machine-leg-extension", "top", "back-arches");
    CHECK(bend_deg(arched.joint(Joint::hips), arched.joint(Joint::chest), arched.joint(Joint::neck)) -
              bend_deg(top.joint(Joint::hips), top.joint(Joint::chest), top.joint(Joint::neck)) > 5.0f);
    CHECK(arched.joint(Joint::chest).z > top.joint(Joint::chest).z + 0.03f); // away from the backrest
}
