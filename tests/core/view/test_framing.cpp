#include "core/view/framing.h"

#include <catch2/catch.hpp>
#include <random>

using namespace legwork;

namespace {

// Screen-space extent of spheres: the projections of points around each one's silhouette.
struct Extent {
    glm::vec2 min{1e9f}, max{-1e9f};
};

Extent project(const OrbitView& view, float aspect, std::span<const BoundingSphere> spheres) {
    const glm::mat4 clip = projection_matrix(view, aspect) * view_matrix(view);
    const glm::mat4 inverse_view = glm::inverse(view_matrix(view));
    const glm::vec3 up = glm::vec3(inverse_view[1]);
    const glm::vec3 eye = eye_position(view);
    Extent e;
    for (const BoundingSphere& s : spheres) {
        // Sample the sphere's silhouette: the circle of tangent points seen from the eye.
        const glm::vec3 to_centre = s.centre - eye;
        const float d = glm::length(to_centre);
        const glm::vec3 axis = to_centre / d;
        const glm::vec3 u = glm::normalize(glm::cross(axis, up)), v = glm::cross(u, axis);
        const float sin_a = s.radius_m / d, cos_a = std::sqrt(1.0f - sin_a * sin_a);
        for (int i = 0; i < 64; ++i) {
            const float angle = 6.2831853f * static_cast<float>(i) / 64.0f;
            const glm::vec3 dir =
                axis * cos_a + (u * std::cos(angle) + v * std::sin(angle)) * sin_a;
            const glm::vec3 p = eye + dir * (d * cos_a);
            const glm::vec4 c = clip * glm::vec4(p, 1.0f);
            const glm::vec2 ndc = glm::vec2(c) / c.w;
            e.min = glm::min(e.min, ndc);
            e.max = glm::max(e.max, ndc);
        }
    }
    return e;
}

std::vector<BoundingSphere> lying_body() {
    // Roughly a body on its back along Z, with a raised knee: the shape that defeats a
    // framing that assumes a standing person.
    return {{{0.0f, 0.10f, -0.80f}, 0.12f}, {{0.0f, 0.12f, -0.40f}, 0.18f},
            {{0.0f, 0.15f, 0.00f}, 0.16f},  {{0.10f, 0.45f, 0.35f}, 0.08f},
            {{0.10f, 0.05f, 0.55f}, 0.07f}, {{-0.10f, 0.10f, 0.80f}, 0.07f}};
}

} // namespace

TEST_CASE("Framing keeps every sphere on screen, touching the region's edges", "[view][framing]") {
    const std::vector<BoundingSphere> body = lying_body();
    for (float aspect : {16.0f / 9.0f, 4.0f / 3.0f, 9.0f / 16.0f}) {
        for (CameraView v :
             {CameraView::front, CameraView::side, CameraView::threequarter, CameraView::top}) {
            const OrbitView view = frame_view(view_direction(v, Side::left), body, aspect);
            const Extent e = project(view, aspect, body);
            INFO("aspect " << aspect << " view " << camera_view_name(v));
            const ScreenRegion region;
            CHECK(e.min.x >= -region.half_size.x - 1e-3f);
            CHECK(e.max.x <= region.half_size.x + 1e-3f);
            CHECK(e.min.y >= -region.half_size.y - 1e-3f);
            CHECK(e.max.y <= region.half_size.y + 1e-3f);
            // As close as possible: one axis fills the region from edge to edge.
            const bool fills_x =
                e.min.x < -region.half_size.x + 0.01f && e.max.x > region.half_size.x - 0.01f;
            const bool fills_y =
                e.min.y < -region.half_size.y + 0.01f && e.max.y > region.half_size.y - 0.01f;
            CHECK((fills_x || fills_y));
            // The other axis is centred.
            if (!fills_x) CHECK(e.min.x + e.max.x == Approx(0.0f).margin(0.01f));
            if (!fills_y) CHECK(e.min.y + e.max.y == Approx(0.0f).margin(0.01f));
        }
    }
}

TEST_CASE("Framing into a region beside a panel centres the body there", "[view][framing]") {
    const std::vector<BoundingSphere> body = lying_body();
    const ScreenRegion right_half{{0.45f, 0.0f}, {0.5f, 0.85f}};
    const OrbitView view =
        frame_view(view_direction(CameraView::side, Side::right), body, 16.0f / 9.0f, right_half);
    const Extent e = project(view, 16.0f / 9.0f, body);
    CHECK(e.min.x >= -0.05f - 1e-3f);
    CHECK(e.max.x <= 0.95f + 1e-3f);
    CHECK(e.min.y >= -0.85f - 1e-3f);
    CHECK(e.max.y <= 0.85f + 1e-3f);
    CHECK(view.yaw_deg == Approx(-90.0f)); // from the right side
}

TEST_CASE("Framing a random cloud from any direction never loses a sphere", "[view][framing]") {
    std::mt19937 random(7);
    std::uniform_real_distribution<float> position(-1.0f, 1.0f), radius(0.01f, 0.3f),
        yaw(-180.0f, 180.0f), pitch(-5.0f, 80.0f);
    for (int trial = 0; trial < 50; ++trial) {
        std::vector<BoundingSphere> cloud;
        for (int i = 0; i < 12; ++i)
            cloud.push_back(
                {{position(random), position(random) + 1.0f, position(random)}, radius(random)});
        const ViewDirection direction{yaw(random), pitch(random)};
        const OrbitView view = frame_view(direction, cloud, 1.6f);
        const Extent e = project(view, 1.6f, cloud);
        INFO("trial " << trial);
        CHECK(e.min.x >= -0.861f);
        CHECK(e.max.x <= 0.861f);
        CHECK(e.min.y >= -0.861f);
        CHECK(e.max.y <= 0.861f);
        CHECK(view.distance_m > 0.0f);
    }
}

TEST_CASE("Side and three-quarter views look from the working side", "[view][framing]") {
    CHECK(view_direction(CameraView::side, Side::left).yaw_deg >
          0.0f); // eye toward +X, the body's left
    CHECK(view_direction(CameraView::side, Side::right).yaw_deg < 0.0f);
    CHECK(view_direction(CameraView::threequarter, Side::right).yaw_deg < 0.0f);
    CHECK(view_direction(CameraView::front, Side::right).yaw_deg == 0.0f);
    CHECK(view_direction(CameraView::top, Side::left).pitch_deg > 45.0f);
    for (int v = 0; v < kCameraViewCount; ++v)
        CHECK(camera_view_from_name(camera_view_name(static_cast<CameraView>(v))) ==
              static_cast<CameraView>(v));
}
