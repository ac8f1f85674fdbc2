// The motion quality rules: what a physiotherapist watching would expect of a body. Every
// demonstration in content/ keeps them on both sides and in every variant, and a motion
// that breaks one is told why.
#include "core/anim/motion_quality.h"
#include "core/content/library.h"
#include "core/content/motion_check.h"

#include <catch2/catch.hpp>

using namespace legwork;

namespace {

// A standing motion on the right foot, the left one also planted when `both_feet`, that
// bends to `end` over `seconds`.
Motion standing(const BodyAngles& end, float seconds, bool both_feet = true) {
    Motion motion;
    motion.phases.push_back({.name = "bend", .duration_s = seconds, .end = end});
    motion.phases.push_back({.name = "back", .duration_s = 1.0f});
    motion.contacts.push_back({.side = Side::right});
    if (both_feet) motion.contacts.push_back({.side = Side::left});
    return motion;
}

std::vector<std::string> problems(const Motion& motion) {
    std::vector<std::string> found;
    check_motion_quality(MotionSampler(make_skeleton(), MotionClip(motion, {})), found);
    return found;
}

bool mentions(const std::vector<std::string>& found, const std::string& text) {
    return std::any_of(found.begin(), found.end(),
                       [&](const std::string& p) { return p.find(text) != std::string::npos; });
}

} // namespace

TEST_CASE("Every demonstration moves like a human body, on both sides and in every variant",
          "[anim][motion][quality]") {
    ContentErrors errors;
    const Library library = load_library(LEGWORK_CONTENT_DIR, errors);
    REQUIRE(library.exercises.size() >= 3);
    for (const Exercise& exercise : library.exercises) check_motions(exercise, errors);
    for (const ContentError& error : errors) FAIL_CHECK(error.to_string());
}

TEST_CASE("A motion past a knee's or elbow's range, or with a joint jumping, is told why",
          "[anim][motion][quality]") {
    BodyAngles deep;
    deep[*dof_from_name("kneeFlexion", Side::left)] = 170.0f; // the free leg
    deep[*dof_from_name("hipFlexion", Side::left)] = 60.0f;
    CHECK(mentions(problems(standing(deep, 1.0f, false)), "a knee bends 170 degrees, past 150"));

    BodyAngles back;
    back[*dof_from_name("elbowFlexion", Side::right)] = -30.0f;
    CHECK(mentions(problems(standing(back, 1.0f)), "an elbow bends backwards by 30 degrees"));

    BodyAngles fling;
    fling[*dof_from_name("shoulderFlexion", Side::left)] = 170.0f;
    CHECK(mentions(problems(standing(fling, 0.02f)), "a joint jumps"));
    CHECK(problems(standing(fling, 1.5f)).empty()); // the same reach at a human speed is fine
}

TEST_CASE("An exercise's motion problems are reported at its motion, per side and variant",
          "[anim][motion][quality]") {
    BodyAngles fling;
    fling[*dof_from_name("shoulderFlexion", Side::left)] = 170.0f;
    Exercise exercise;
    exercise.file = "content/exercises/fling.yaml";
    exercise.motion_line = 12;
    exercise.motion_column = 1;
    exercise.motion = standing(fling, 0.02f);
    ContentErrors errors;
    check_motions(exercise, errors);
    REQUIRE(errors.size() == 2); // the left arm flings on the left side, the right on the right
    CHECK(errors[0].to_string().starts_with(
        "content/exercises/fling.yaml:12:1: motion (left side, correct form): a joint jumps"));
    CHECK(errors[1].message.starts_with("motion (right side, correct form)"));
}
