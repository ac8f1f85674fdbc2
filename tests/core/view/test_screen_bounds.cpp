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

// The cube around a sphere.
WorldBox cube_of(const BoundingSphere& sphere) {
    WorldBox cube;
    cube.add(sphere.centre, sphere.radius_m);
    return cube;
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
        const PixelRect rect = box_pixel_rect(vp, cube_of(sphere), kImage, 2);
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
    const PixelRect rect = box_pixel_rect(camera(view), cube_of(around_eye), kImage, 2);
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
    CHECK(box_pixel_rect(vp, cube_of(away), kImage, 2).empty());
}

TEST_CASE("Pixel rectangles unite, intersect, widen within the image and rescale outward",
          "[view][screen_bounds]") {
    const PixelRect a{{10, 10}, {20, 30}}, b{{15, 25}, {40, 35}};
    CHECK(united(a, b) == PixelRect{{10, 10}, {40, 35}});
    CHECK(united(a, PixelRect{}) == a);
    CHECK(united(PixelRect{}, b) == b);
    CHECK(intersected(a, b) == PixelRect{{15, 25}, {20, 30}});
    CHECK(intersected(a, PixelRect{{50, 50}, {60, 60}}).empty());
    CHECK(widened(a, 5, {22, 100}) == PixelRect{{5, 5}, {22, 35}});
    CHECK(widened(PixelRect{}, 5, kImage).empty());
    CHECK(a.area() == 200);
    // 960x540 stretched over 1280x720: each pixel covers 4/3 of one, rounded outward.
    const PixelRect up = rescaled({{3, 3}, {6, 9}}, kImage, {1280, 720}, 0);
    CHECK(up == PixelRect{{4, 4}, {8, 12}});
    CHECK(rescaled({{3, 3}, {6, 9}}, kImage, {1280, 720}, 2) == PixelRect{{2, 2}, {10, 14}});
    CHECK(rescaled({{0, 0}, {960, 540}}, kImage, {1280, 720}, 2) == PixelRect{{0, 0}, {1280, 720}});
}

TEST_CASE("A box's pixel rectangle holds every point of the box on the image", "[view][screen_bounds]") {
    std::mt19937 random(5);
    std::uniform_real_distribution<float> unit(0.0f, 1.0f);
    OrbitView view;
    view.target = {0.0f, 0.9f, 0.0f};
    WorldBox box;
    box.add({-0.3f, 0.0f, -0.2f});
    box.add({0.4f, 1.7f, 0.3f});
    for (const float yaw : {0.0f, 40.0f, 90.0f, 200.0f}) {
        view.yaw_deg = yaw;
        const glm::mat4 vp = camera(view);
        const PixelRect rect = box_pixel_rect(vp, box, kImage, 0);
        REQUIRE_FALSE(rect.empty());
        for (int i = 0; i < 2000; ++i) {
            const glm::vec3 p = box.min + (box.max - box.min) * glm::vec3(unit(random), unit(random), unit(random));
            const glm::vec2 px = pixel_of(vp, p);
            CHECK(px.x >= rect.min.x);
            CHECK(px.y >= rect.min.y);
            CHECK(px.x <= rect.max.x);
            CHECK(px.y <= rect.max.y);
        }
    }
    CHECK(box_pixel_rect(camera(view), WorldBox{}, kImage, 2).empty());
}

TEST_CASE("A shadow's box holds the shadow of every point of a box, on the floor and on a prop",
          "[view][screen_bounds]") {
    std::mt19937 random(9);
    std::uniform_real_distribution<float> unit(0.0f, 1.0f);
    const glm::vec3 toward_light = glm::normalize(glm::vec3(-0.35f, 1.0f, 0.55f));
    WorldBox body;
    body.add({-0.2f, 0.0f, -0.15f});
    body.add({0.25f, 1.8f, 0.2f});
    const WorldBox shadow = shadow_box(body, toward_light);
    REQUIRE_FALSE(shadow.empty());
    CHECK(shadow.min.y == Approx(0.0f).margin(1e-6));
    CHECK(shadow.max.y == Approx(0.0f).margin(1e-6));
    // A standing body's shadow reaches past its feet, away from the light.
    CHECK(shadow.max.x > body.max.x + 0.5f);
    for (int i = 0; i < 2000; ++i) {
        const glm::vec3 p = body.min + (body.max - body.min) * glm::vec3(unit(random), unit(random), unit(random));
        const glm::vec3 on_floor = p - toward_light * (p.y / toward_light.y);
        CHECK(on_floor.x >= shadow.min.x - 1e-5f);
        CHECK(on_floor.x <= shadow.max.x + 1e-5f);
        CHECK(on_floor.z >= shadow.min.z - 1e-5f);
        CHECK(on_floor.z <= shadow.max.z + 1e-5f);
    }
    // On a bench 45 cm high beside the body, the shadow falls between the floor's and the body.
    const WorldBox over_bench = shadow_box(body, toward_light, 0.45f);
    CHECK(over_bench.max.y == Approx(0.45f));
    for (int i = 0; i < 2000; ++i) {
        const glm::vec3 p = body.min + (body.max - body.min) * glm::vec3(unit(random), unit(random), unit(random));
        if (p.y < 0.45f) continue;
        const glm::vec3 on_bench = p - toward_light * ((p.y - 0.45f) / toward_light.y);
        CHECK(on_bench.x >= over_bench.min.x - 1e-5f);
        CHECK(on_bench.x <= over_bench.max.x + 1e-5f);
        CHECK(on_bench.z >= over_bench.min.z - 1e-5f);
        CHECK(on_bench.z <= over_bench.max.z + 1e-5f);
    }
    // A light at the horizon lights no floor.
    CHECK(shadow_box(body, {1.0f, 0.01f, 0.0f}).empty());
}
