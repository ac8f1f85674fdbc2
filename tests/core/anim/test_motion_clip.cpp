#include "core/anim/motion_clip.h"

#include <catch2/catch.hpp>

using namespace legwork;

namespace {

// A squat-like cycle: down over 2 s, a pause, up over 1 s.
Motion knee_bend() {
    Motion motion;
    Phase lower{"lower", 2.0f, {}};
    lower.end[Dof::leftKneeFlexion] = 90.0f;
    lower.end[Dof::spineSideBend] = 10.0f;
    Phase bottom{"bottom", 0.5f, lower.end};
    Phase rise{"rise", 1.0f, {}};
    motion.phases = {lower, bottom, rise};
    Contact foot;
    foot.phases = {0, 1};
    motion.contacts = {foot};
    return motion;
}

} // namespace

TEST_CASE("A clip passes through every phase pose at the phase boundaries", "[anim][clip]") {
    const MotionClip clip(knee_bend(), {});
    CHECK(clip.duration_s() == Approx(3.5f));
    CHECK(clip.angles_at(0.0f)[Dof::leftKneeFlexion] == Approx(0.0f).margin(1e-4));
    CHECK(clip.angles_at(2.0f)[Dof::leftKneeFlexion] == Approx(90.0f));
    CHECK(clip.angles_at(2.25f)[Dof::leftKneeFlexion] == Approx(90.0f)); // the pause holds still
    CHECK(clip.angles_at(3.5f)[Dof::leftKneeFlexion] == Approx(0.0f).margin(1e-4));
    CHECK(clip.phase_at(2.2f).phase == 1);
    CHECK(clip.phase_at(3.0f).fraction == Approx(0.5f));
}

TEST_CASE("Sampling is smooth and never overshoots the poses", "[anim][clip]") {
    const MotionClip clip(knee_bend(), {});
    const float dt = 1e-3f;
    float previous_velocity = 0.0f;
    float worst_velocity_jump = 0.0f;
    for (float t = 0.0f; t < clip.duration_s(); t += dt) {
        const float knee = clip.angles_at(t)[Dof::leftKneeFlexion];
        CHECK(knee >= -1e-3f);
        CHECK(knee <= 90.0f + 1e-3f);
        const float velocity = (clip.angles_at(t + dt)[Dof::leftKneeFlexion] - knee) / dt;
        if (t > 0.0f) worst_velocity_jump = std::max(worst_velocity_jump, std::abs(velocity - previous_velocity));
        previous_velocity = velocity;
    }
    // C1: no step in velocity anywhere (a C0 joint at 90 deg/s would jump by ~90).
    CHECK(worst_velocity_jump < 2.0f);
}

TEST_CASE("A tempo stretches each phase to its own length", "[anim][clip]") {
    ClipOptions slow;
    slow.phase_s = {3.0f, 1.0f, 1.0f}; // 3 s down, 1 s pause, 1 s up
    const MotionClip clip(knee_bend(), slow);
    CHECK(clip.duration_s() == Approx(5.0f));
    CHECK(clip.angles_at(3.0f)[Dof::leftKneeFlexion] == Approx(90.0f));
    CHECK(clip.angles_at(1.5f)[Dof::leftKneeFlexion] == Approx(45.0f).margin(0.5f));
}

TEST_CASE("The other side is the mirror image", "[anim][clip]") {
    ClipOptions right;
    right.side = Side::right;
    const MotionClip clip(knee_bend(), right);
    CHECK(clip.angles_at(2.0f)[Dof::rightKneeFlexion] == Approx(90.0f));
    CHECK(clip.angles_at(2.0f)[Dof::leftKneeFlexion] == Approx(0.0f));
    CHECK(clip.angles_at(2.0f)[Dof::spineSideBend] == Approx(-10.0f));
    CHECK(clip.contacts()[0].side == Side::right);
}

TEST_CASE("A contact eases off when its limb lifts and back when it sets down", "[anim][clip]") {
    const MotionClip clip(knee_bend(), {});
    CHECK(clip.contact_weight(0, 1.0f) == 1.0f);  // holds while lowering
    CHECK(clip.contact_weight(0, 3.0f) == 0.0f);  // free in the middle of the rise
    const float lifting = clip.contact_weight(0, 2.6f);
    CHECK(lifting > 0.0f);
    CHECK(lifting < 1.0f);
}
