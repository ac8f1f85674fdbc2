#include "core/view/screen_bounds.h"
#include "core/view/orbit_camera.h"

#include <catch2/catch.hpp>
#include <random>

using namespace legwork;

namespace {

constexpr glm::ivec2 kImage{960, 540};

glm::mat4 camera(const OrbitView& view) {
    return projection_matrix(view, static_cast<float>(kImage.x) / kImage.y) * view_matrix(view);
}

// Where a world point lands on the image, in pixels.
glm::vec2 pixel_of(const glm::mat4& view_projection, glm::vec3 point) {
    const glm::vec4 clip = view_projection * glm::vec4(point, 1.0f);
    return (glm::vec2(clip) / clip.w * 0.5f + 0.5f) * glm::vec2(kImage);
}

} // namespace

TEST_CASE("A sphere's pixel rectangle holds every point of the sphere on the image",
          "[view][screen_bounds]") {
    std::mt19937 random(7);
    std::uniform_real_distribution<float> unit(-1.0f, 1.0f);
    OrbitView view;
    view.target = {0.0f, 0.9f, 0.0f};
    for (const float yaw : {0.0f, 40.0f, 90.0f, 200.0f}) {
        view.yaw_deg = yaw;
        const glm::mat4 vp = camera(view);
        const BoundingSphere sphere{{0.2f, 0.8f, -0.1f}, 0.9f};
        const PixelRect rect = sphere_pixel_rect(vp, sphere, kImage, 2);
        REQUIRE_FALSE(rect.empty());
        for (int i = 0; i < 2000; ++i) {
            glm::vec3 direction{unit(random), unit(random), unit(random)};
            if (glm::length(direction) < 1e-3f) continue;
            const glm::vec2 p =
                pixel_of(vp, sphere.centre + glm::normalize(direction) * sphere.radius_m);
            if (p.x < 0 || p.y < 0 || p.x >= kImage.x || p.y >= kImage.y) continue;
            CHECK(p.x >= rect.min.x);
            CHECK(p.y >= rect.min.y);
            CHECK(p.x < rect.max.x);
            CHECK(p.y < rect.max.y);
        }
        // And it is not the whole image: the body takes a part of it.
        const glm::ivec2 extent = rect.max - rect.min;
        CHECK(extent.x * extent.y < kImage.x * kImage.y);
    }
}

TEST_CASE("A sphere reaching behind the eye may cover the whole image", "[view][screen_bounds]") {
    OrbitView view;
    const BoundingSphere around_eye{eye_position(view), 0.5f};
    const PixelRect rect = sphere_pixel_rect(camera(view), around_eye, kImage, 2);
    CHECK(rect.min == glm::ivec2(0, 0));
    CHECK(rect.max == kImage);
}

TEST_CASE("A sphere wholly off the image covers no pixels", "[view][screen_bounds]") {
    OrbitView view;
    view.target = {0.0f, 0.9f, 0.0f};
    // Far to the camera's side, in front of it.
    const glm::mat4 vp = camera(view);
    const glm::vec3 side = glm::vec3(glm::inverse(view_matrix(view))[0]);
    const BoundingSphere away{view.target + side * 40.0f, 0.5f};
    CHECK(sphere_pixel_rect(vp, away, kImage, 2).empty());
}
