// Each demonstration shows the form its exercise asks for at its key phase, and each
// common mistake shows plainly and measurably.
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
