// The sampler's rules for bodies that rest on more than feet: settling onto several
// anchors, mirrored placements, flat palms, limbs that lift without dipping through the
// floor, rolling balls and mats.
#include "core/anim/motion_sampler.h"

#include <catch2/catch.hpp>

using namespace legwork;

namespace {

struct Sampled {
    Skeleton skeleton;
    std::array<glm::mat4, kJointCount> world{};
    glm::vec3 joint(Joint j) const { return glm::vec3(world[index(j)][3]); }
    glm::vec3 site(Site s) const { return site_position(skeleton, world, s); }
};

Sampled sample(const MotionSampler& sampler, float t_s) {
    Sampled s{sampler.skeleton(), {}};
    Pose pose;
    sampler.sample(t_s, pose, s.world);
    return s;
}

Contact site_contact(Site site, std::vector<int> phases = {}) {
    Contact c;
    c.kind = Contact::Kind::site;
    c.site = site;
    c.phases = std::move(phases);
    return c;
}

// Lying on the right side on the hip and the right elbow, the chest propped up by a side
// bend that leaves the elbow well above the floor before settling.
Motion side_lying_on_elbow() {
    Motion m;
    m.placement = Placement::sideLying;
    BodyAngles pose;
    pose[Dof::spineSideBend] = 25.0f;
    pose[Dof::rightShoulderAbduction] = 80.0f;
    pose[Dof::rightElbowFlexion] = 90.0f;
    m.phases = {{"still", 1.0f, pose}, {"again", 1.0f, pose}};
    m.contacts = {site_contact(Site::rightHipSide), site_contact(Site::rightElbowTip)};
    return m;
}

// On hands and knees, hands planted with the wrist only partly extended.
Motion all_fours(float wrist_deg) {
    Motion m;
    m.placement = Placement::quadruped;
    BodyAngles pose;
    pose[Dof::pelvisTilt] = -15.0f;
    for (Side side : {Side::left, Side::right}) {
        const bool l = side == Side::left;
        pose[l ? Dof::leftHipFlexion : Dof::rightHipFlexion] = 75.0f;
        pose[l ? Dof::leftKneeFlexion : Dof::rightKneeFlexion] = 90.0f;
        pose[l ? Dof::leftAnkleDorsiflexion : Dof::rightAnkleDorsiflexion] = -65.0f;
        pose[l ? Dof::leftShoulderFlexion : Dof::rightShoulderFlexion] = 75.0f;
        pose[l ? Dof::leftShoulderRotation : Dof::rightShoulderRotation] = 90.0f;
        pose[l ? Dof::leftWristExtension : Dof::rightWristExtension] = wrist_deg;
    }
    m.phases = {{"still", 1.0f, pose}, {"again", 1.0f, pose}};
    m.contacts = {site_contact(Site::leftKnee), site_contact(Site::rightKnee),
                  site_contact(Site::leftPalm), site_contact(Site::rightPalm)};
    return m;
}

} // namespace

TEST_CASE("A body resting on two anchors settles until both touch and stay put",
          "[anim][sampler]") {
    const MotionSampler sampler(make_skeleton(), MotionClip(side_lying_on_elbow(), {}));
    for (int i = 0; i < 8; ++i) {
        const Sampled s = sample(sampler, 0.25f * static_cast<float>(i));
        CHECK(s.site(Site::rightHipSide).y == Approx(0.0f).margin(0.002));
        CHECK(s.site(Site::rightElbowTip).y == Approx(0.0f).margin(0.002));
    }
    // Resting on the hip alone, the same angles leave the elbow far from the floor: the
    // anchors only both touch because the body turns onto them.
    Motion one_anchor = side_lying_on_elbow();
    one_anchor.contacts.pop_back();
    const Sampled unsettled =
        sample(MotionSampler(make_skeleton(), MotionClip(one_anchor, {})), 0.0f);
    CHECK(std::abs(unsettled.site(Site::rightElbowTip).y) > 0.03f);
}

TEST_CASE("Side-lying played on the other side lies on the other side, head the other way",
          "[anim][sampler]") {
    const Motion motion = side_lying_on_elbow();
    const Sampled right_down = sample(MotionSampler(make_skeleton(), MotionClip(motion, {})), 0.0f);
    ClipOptions other;
    other.side = Side::right;
    const Sampled left_down =
        sample(MotionSampler(make_skeleton(), MotionClip(motion, other)), 0.0f);
    // Written for the left side: lying on the right side, head toward -X, left hip on top.
    CHECK(right_down.site(Site::headTop).x < right_down.joint(Joint::hips).x - 0.5f);
    CHECK(right_down.joint(Joint::leftUpperLeg).y >
          right_down.joint(Joint::rightUpperLeg).y + 0.1f);
    // Its mirror image: on the left side, head toward +X, resting on the left elbow.
    CHECK(left_down.site(Site::headTop).x > left_down.joint(Joint::hips).x + 0.5f);
    CHECK(left_down.joint(Joint::rightUpperLeg).y > left_down.joint(Joint::leftUpperLeg).y + 0.1f);
    CHECK(left_down.site(Site::leftElbowTip).y == Approx(0.0f).margin(0.002));
    for (int j = 0; j < kJointCount; ++j) {
        const glm::vec3 a = right_down.joint(static_cast<Joint>(j));
        const glm::vec3 b = left_down.joint(mirror(static_cast<Joint>(j)));
        CHECK(glm::length(a - glm::vec3(-b.x, b.y, b.z)) < 0.002f);
    }
}

TEST_CASE("A planted palm lies flat on the floor, however far the wrist is bent",
          "[anim][sampler]") {
    for (float wrist : {90.0f, 60.0f}) {
        const MotionSampler sampler(make_skeleton(), MotionClip(all_fours(wrist), {}));
        const Sampled s = sample(sampler, 0.5f);
        for (Side side : {Side::left, Side::right}) {
            const Joint hand = side == Side::left ? Joint::leftHand : Joint::rightHand;
            const glm::vec3 palm_normal = glm::mat3(s.world[index(hand)]) *
                                          glm::vec3(side == Side::left ? -1.0f : 1.0f, 0, 0);
            INFO("wrist " << wrist << " " << side_name(side));
            CHECK(palm_normal.y < -0.999f); // within 2.5 degrees of facing straight down
            CHECK(s.site(side == Side::left ? Site::leftPalm : Site::rightPalm).y ==
                  Approx(0.0f).margin(0.002));
        }
    }
}

TEST_CASE("On all fours, a body with legs long for its arms bends at the hips so both hands reach the floor",
          "[anim][sampler]") {
    Skeleton long_legs = make_skeleton();
    for (Joint shin : {Joint::leftLowerLeg, Joint::leftFoot, Joint::rightLowerLeg, Joint::rightFoot})
        long_legs.rest_offset[index(shin)] *= 1.1f;
    // Left to the clip's angles, the longer thighs would hold the hands 4 cm off the floor.
    const MotionSampler sampler(long_legs, MotionClip(all_fours(90.0f), {}));
    for (float t : {0.0f, 0.5f, 1.5f}) {
        const Sampled s = sample(sampler, t);
        for (Site site : {Site::leftPalm, Site::rightPalm, Site::leftKnee, Site::rightKnee}) {
            INFO(site_name(site) << " at " << t << " s");
            CHECK(s.site(site).y == Approx(0.0f).margin(0.002));
        }
    }
}

TEST_CASE("A hand lifting off never dips through the floor on its way up", "[anim][sampler]") {
    // The hand lifts in the second phase, the arm straight and a little too long for the
    // floor: left to its angles it would sink as it lets go.
    Motion m = all_fours(90.0f);
    BodyAngles reach = m.phases[0].end;
    reach[Dof::rightShoulderFlexion] = 160.0f;
    reach[Dof::rightWristExtension] = 0.0f;
    m.phases = {
        {"rest", 1.0f, m.phases[0].end}, {"reach", 1.5f, reach}, {"back", 1.5f, m.phases[0].end}};
    m.contacts[3].phases = {0};
    const MotionSampler sampler(make_skeleton(), MotionClip(m, {}));
    float lowest = 1.0f;
    for (float t = 0.0f; t < 4.0f; t += 1.0f / 120.0f)
        lowest = std::min(lowest, sample(sampler, t).site(Site::rightPalm).y);
    CHECK(lowest > -0.001f);
}

TEST_CASE("Heels rolling a ball move with the legs and stay no higher than its top",
          "[anim][sampler]") {
    Motion m;
    m.placement = Placement::supine;
    BodyAngles out, in;
    out[Dof::pelvisTilt] = -30.0f;
    in[Dof::pelvisTilt] = -40.0f;
    in[Dof::leftKneeFlexion] = in[Dof::rightKneeFlexion] = 90.0f;
    in[Dof::leftHipFlexion] = in[Dof::rightHipFlexion] = 30.0f;
    m.phases = {{"in", 1.0f, in}, {"out", 1.0f, out}};
    Contact heel = site_contact(Site::leftHeel);
    heel.surface = Surface::ball;
    heel.slide = true;
    m.contacts = {site_contact(Site::upperBack), heel};
    const MotionSampler sampler(make_skeleton(), MotionClip(m, {}));
    const Sampled rolled_in = sample(sampler, 1.0f), rolled_out = sample(sampler, 2.0f);
    // Pulled in toward the hips by a bent knee, pushed out by a straight one.
    CHECK(rolled_out.site(Site::leftHeel).z - rolled_in.site(Site::leftHeel).z > 0.2f);
    for (float t = 0.0f; t < 2.0f; t += 0.05f)
        CHECK(sample(sampler, t).site(Site::leftHeel).y <= surface_height_m(Surface::ball) + 1e-3f);
}

TEST_CASE("On a mat every contact rests on its top", "[anim][sampler]") {
    Motion m = all_fours(90.0f);
    m.on_mat = true;
    const MotionClip clip(m, {});
    CHECK(clip.surface_height_m(Surface::floor) == Approx(kMatThickness_m));
    CHECK(clip.surface_height_m(Surface::bench) ==
          Approx(surface_height_m(Surface::bench) + kMatThickness_m));
    const Sampled s = sample(MotionSampler(make_skeleton(), clip), 0.5f);
    for (Site site : {Site::leftKnee, Site::rightKnee, Site::leftPalm, Site::rightPalm})
        CHECK(s.site(site).y == Approx(kMatThickness_m).margin(0.001));
}

TEST_CASE("Anchors on surfaces of different heights both come to rest exactly on them",
          "[anim][sampler]") {
    // The upper back on a peanut ball, the sacrum on the floor: the body tips onto both.
    Motion m;
    m.placement = Placement::supine;
    m.phases = {{"still", 1.0f, {}}, {"again", 1.0f, {}}};
    Contact back = site_contact(Site::upperBack);
    back.surface = Surface::peanutBall;
    m.contacts = {back, site_contact(Site::sacrum)};
    const Sampled s = sample(MotionSampler(make_skeleton(), MotionClip(m, {})), 0.5f);
    CHECK(s.site(Site::upperBack).y == Approx(surface_height_m(Surface::peanutBall)).margin(0.002));
    CHECK(s.site(Site::sacrum).y == Approx(0.0f).margin(0.002));
}

TEST_CASE("A knee easing off the floor does not drag the body: the knee still down stays put",
          "[anim][sampler]") {
    Motion m = all_fours(90.0f);
    BodyAngles lifted = m.phases[0].end;
    lifted[Dof::leftHipFlexion] = 40.0f; // the left knee rises and swings back
    lifted[Dof::leftKneeFlexion] = 60.0f;
    m.phases = {
        {"down", 1.0f, m.phases[0].end}, {"lift", 1.0f, lifted}, {"back", 1.0f, m.phases[0].end}};
    m.contacts[0].phases = {0}; // the left knee holds only while down
    const MotionSampler sampler(make_skeleton(), MotionClip(m, {}));
    const glm::vec3 knee = sample(sampler, 0.5f).site(Site::rightKnee);
    for (float t = 1.0f; t < 1.4f; t += 0.02f) {
        INFO("t " << t);
        CHECK(glm::length(sample(sampler, t).site(Site::rightKnee) - knee) < 0.001f);
    }
}

namespace {

// The canonical skeleton with thighs and shins `scale` times as long, standing on the floor.
Skeleton with_legs(float scale) {
    const Skeleton canonical = make_skeleton();
    Skeleton s = canonical;
    for (Joint j : {Joint::leftLowerLeg, Joint::leftFoot, Joint::rightLowerLeg, Joint::rightFoot})
        s.rest_offset[index(j)] *= scale;
    s.rest_offset[index(Joint::hips)].y -= rest_positions(s)[index(Joint::leftToes)].y -
                                           rest_positions(canonical)[index(Joint::leftToes)].y;
    return s;
}

// The most any joint moves from one frame to the next, at 60 frames a second.
float largest_step_m(const MotionSampler& sampler) {
    std::array<glm::mat4, kJointCount> before{}, after{};
    Pose pose;
    sampler.sample(0.0f, pose, before);
    float largest = 0.0f;
    for (int i = 1; i <= static_cast<int>(sampler.clip().duration_s() * 60.0f); ++i) {
        sampler.sample(static_cast<float>(i) / 60.0f, pose, after);
        for (int j = 0; j < kJointCount; ++j)
            largest =
                std::max(largest, glm::distance(glm::vec3(before[j][3]), glm::vec3(after[j][3])));
        before = after;
    }
    return largest;
}

} // namespace

TEST_CASE("A seat setting down on a ball higher or lower than the legs hold it takes the body over "
          "gradually",
          "[anim][sampler]") {
    // Squatting onto a ball, the heels down: the seat touches the ball's top only for a body
    // built like the canonical one. On shorter or longer legs the seat eases onto it.
    Motion m;
    BodyAngles squat;
    squat[Dof::pelvisTilt] = -60.0f;
    squat[Dof::spineFlexion] = 90.0f;
    for (Side side : {Side::left, Side::right}) {
        const bool l = side == Side::left;
        squat[l ? Dof::leftHipFlexion : Dof::rightHipFlexion] = -5.0f;
        squat[l ? Dof::leftKneeFlexion : Dof::rightKneeFlexion] = 55.0f;
        squat[l ? Dof::leftShoulderFlexion : Dof::rightShoulderFlexion] = 80.0f;
    }
    m.phases = {{"lower", 2.0f, squat},  {"settle", 0.3f, squat}, {"sit", 0.5f, squat},
                {"unload", 0.3f, squat}, {"rise", 1.3f, {}},      {"top", 0.5f, {}}};
    Contact seat = site_contact(Site::sacrum, {2});
    seat.surface = Surface::ball;
    m.contacts = {seat, site_contact(Site::leftHeel), site_contact(Site::rightHeel)};
    for (float legs : {0.9f, 1.0f, 1.08f}) {
        INFO("legs " << legs << " times as long");
        const MotionSampler sampler(with_legs(legs), MotionClip(m, {}));
        CHECK(largest_step_m(sampler) < 0.04f);
        CHECK(sample(sampler, 2.55f).site(Site::sacrum).y ==
              Approx(surface_height_m(Surface::ball)).margin(0.002));
    }
}

TEST_CASE(
    "A planted foot the legs are too short to reach brings the body down to it, and stays put",
    "[anim][sampler]") {
    // One foot on a bench, the other on the floor behind it with the heel raised: on legs a
    // tenth shorter, the straight back leg cannot reach the floor from where the bench
    // leg holds the hips.
    Motion m;
    BodyAngles stance;
    stance[Dof::pelvisTilt] = 12.0f;
    stance[Dof::leftHipFlexion] = 96.0f;
    stance[Dof::leftKneeFlexion] = 122.0f;
    stance[Dof::leftAnkleDorsiflexion] = 10.0f;
    stance[Dof::rightKneeFlexion] = 4.0f;
    stance[Dof::rightHeelRaise] = 15.0f;
    m.phases = {{"still", 1.0f, stance}, {"again", 1.0f, stance}};
    Contact bench, floor;
    bench.surface = Surface::bench;
    floor.side = Side::right;
    m.contacts = {bench, floor};
    const MotionSampler sampler(with_legs(0.9f), MotionClip(m, {}));
    const glm::vec3 ball = sample(sampler, 0.0f).joint(Joint::rightToes);
    CHECK(ball.y ==
          Approx(rest_positions(sampler.skeleton())[index(Joint::rightToes)].y).margin(0.001));
    for (float t = 0.0f; t < 2.0f; t += 0.25f) {
        INFO("t " << t);
        CHECK(glm::distance(sample(sampler, t).joint(Joint::rightToes), ball) < 0.001f);
    }
}
