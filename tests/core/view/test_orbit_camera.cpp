#include "core/view/orbit_camera.h"

#include <catch2/catch.hpp>
#include <glm/gtc/matrix_transform.hpp>

using namespace legwork;

TEST_CASE("The default camera stands in front of the avatar, looking at it",
          "[view][orbit_camera]") {
    const OrbitView view;
    const glm::vec3 eye = eye_position(view);
    CHECK(eye.z > 3.0f); // the avatar faces +Z, so its front is seen from +Z
    CHECK(eye.x == Approx(0.0f).margin(1e-5));
    CHECK(eye.y > view.target.y); // slightly above, looking down a little
    CHECK(glm::length(eye - view.target) == Approx(view.distance_m));

    // The target projects to the centre of the screen.
    const glm::vec4 clip = projection_matrix(view, 16.0f / 9.0f) * view_matrix(view) *
                           glm::vec4(view.target, 1.0f);
    CHECK(clip.x / clip.w == Approx(0.0f).margin(1e-5));
    CHECK(clip.y / clip.w == Approx(0.0f).margin(1e-5));
}

TEST_CASE("Positive yaw moves the camera toward +X", "[view][orbit_camera]") {
    const OrbitView view = orbit(OrbitView{}, 90.0f, 0.0f);
    const glm::vec3 eye = eye_position(view);
    CHECK(eye.x > 3.0f);
    CHECK(eye.z == Approx(0.0f).margin(1e-4));
}

TEST_CASE("Orbiting wraps yaw and clamps pitch", "[view][orbit_camera]") {
    const OrbitLimits limits;
    OrbitView view;
    view = orbit(view, 270.0f, 0.0f, limits);
    CHECK(view.yaw_deg == Approx(-90.0f));
    view = orbit(view, -720.0f, 0.0f, limits);
    CHECK(view.yaw_deg == Approx(-90.0f));

    view = orbit(view, 0.0f, 500.0f, limits);
    CHECK(view.pitch_deg == Approx(limits.max_pitch_deg));
    view = orbit(view, 0.0f, -500.0f, limits);
    CHECK(view.pitch_deg == Approx(limits.min_pitch_deg));
}

TEST_CASE("Zooming in shortens the distance and stops at the limits", "[view][orbit_camera]") {
    const OrbitLimits limits;
    const OrbitView start;
    const OrbitView closer = zoom(start, 1.0f, limits);
    CHECK(closer.distance_m < start.distance_m);
    CHECK(zoom(closer, -1.0f, limits).distance_m == Approx(start.distance_m));
    CHECK(zoom(start, 100.0f, limits).distance_m == Approx(limits.min_distance_m));
    CHECK(zoom(start, -100.0f, limits).distance_m == Approx(limits.max_distance_m));
}

TEST_CASE("Camera easing reaches its goal and then reports it has stopped",
          "[view][orbit_camera]") {
    OrbitView current;
    OrbitView goal = orbit(zoom(current, 3.0f), 60.0f, 20.0f);
    goal.target = {0.2f, 0.5f, -0.1f};

    int frames = 0;
    while (approach(current, goal, 1.0f / 60.0f) && frames < 600) ++frames;
    CHECK(frames > 5);    // it moved over several frames, not in one jump
    CHECK(frames < 120);  // and settled within two seconds
    CHECK(current.yaw_deg == goal.yaw_deg);
    CHECK(current.distance_m == goal.distance_m);
    CHECK(current.target == goal.target);
    CHECK_FALSE(approach(current, goal, 1.0f / 60.0f));
}

TEST_CASE("Camera easing does not depend on the frame rate", "[view][orbit_camera]") {
    const OrbitView goal = orbit(OrbitView{}, 40.0f, 10.0f);
    OrbitView at_30_fps, at_120_fps;
    approach(at_30_fps, goal, 1.0f / 30.0f);
    for (int step = 0; step < 4; ++step) approach(at_120_fps, goal, 1.0f / 120.0f);
    CHECK(at_30_fps.yaw_deg == Approx(at_120_fps.yaw_deg).epsilon(1e-4));
    CHECK(at_30_fps.pitch_deg == Approx(at_120_fps.pitch_deg).epsilon(1e-4));
}

TEST_CASE("Camera easing turns the short way across the back", "[view][orbit_camera]") {
    OrbitView current;
    current.yaw_deg = 170.0f;
    OrbitView goal;
    goal.yaw_deg = -170.0f; // 20 degrees away through 180, not 340 the other way
    approach(current, goal, 0.07f); // one half-life: half of the 20 degrees
    CHECK(std::abs(current.yaw_deg) == Approx(180.0f).margin(0.01f));
}
