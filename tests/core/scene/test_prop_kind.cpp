// The prop catalogue: real sizes that agree with the surfaces the body rests on, distinct
// muted colours, and exact distances to each piece's surface.
#include "core/anim/motion.h"
#include "core/scene/prop_piece.h"

#include <catch2/catch.hpp>
#include <glm/gtc/matrix_transform.hpp>

using namespace legwork;

TEST_CASE("Props have their content names and real sizes, the same heights the body rests at",
          "[scene][propkind]") {
    for (int i = 0; i < kPropKindCount; ++i) {
        const PropKind kind = static_cast<PropKind>(i);
        CHECK(prop_kind_from_name(prop_kind_name(kind)) == kind);
    }
    CHECK_FALSE(prop_kind_from_name("kettlebell"));
    // One source of truth: what a contact rests on is as high as the prop drawn under it.
    CHECK(prop_size(PropKind::bench).height_m == surface_height_m(Surface::bench));
    CHECK(prop_size(PropKind::step).height_m == surface_height_m(Surface::step));
    CHECK(prop_size(PropKind::stabilityBall).diameter_m == surface_height_m(Surface::ball));
    CHECK(prop_size(PropKind::lacrosseBall).diameter_m == surface_height_m(Surface::lacrosseBall));
    CHECK(prop_size(PropKind::peanutBall).diameter_m == surface_height_m(Surface::peanutBall));
    CHECK(prop_size(PropKind::mat).height_m == kMatThickness_m);
    // The retail sizes.
    CHECK(prop_size(PropKind::mat).length_m == Approx(1.83f));
    CHECK(prop_size(PropKind::mat).width_m == Approx(0.61f));
    CHECK(kMatThickness_m == Approx(0.006f));
    CHECK(surface_height_m(Surface::bench) == Approx(0.45f));
    CHECK(surface_height_m(Surface::step) == Approx(0.20f));
    CHECK(surface_height_m(Surface::ball) == Approx(0.65f));
    CHECK(prop_size(PropKind::lacrosseBall).diameter_m == Approx(0.063f));
    CHECK(prop_size(PropKind::broomstick).length_m == Approx(1.4f));
    CHECK(prop_size(PropKind::broomstick).diameter_m == Approx(0.025f));
    CHECK(prop_size(PropKind::loopBand).width_m == Approx(0.05f));
    CHECK(prop_size(PropKind::pillow).length_m == Approx(0.32f)); // a cushion that fits between knees
    CHECK(prop_size(PropKind::pillow).width_m == Approx(0.24f));
    CHECK(prop_size(PropKind::pillow).thickness_m == Approx(0.12f));
    // A 5 kg hex dumbbell: two iron heads and a handle, about 22 cm long.
    const PropSize dumbbell = prop_size(PropKind::dumbbell);
    const float head_volume_m3 = 1.5f * std::sqrt(3.0f) *
                                 std::pow(dumbbell.width_m / std::sqrt(3.0f), 2.0f) *
                                 dumbbell.thickness_m;
    CHECK(2.0f * head_volume_m3 * 7200.0f ==
          Approx(5.0f).margin(1.5f)); // cast iron, 7200 kg/m3, under rubber
}

TEST_CASE("Prop colours are distinct and muted", "[scene][propkind]") {
    // Judged as seen: back in sRGB.
    const auto seen = [](PropKind kind) {
        return glm::pow(prop_colors(kind).main, glm::vec3(1.0f / 2.2f));
    };
    for (int i = 0; i < kPropKindCount; ++i) {
        const glm::vec3 a = seen(static_cast<PropKind>(i));
        INFO(prop_kind_name(static_cast<PropKind>(i)));
        const float brightest = std::max({a.x, a.y, a.z}), dimmest = std::min({a.x, a.y, a.z});
        CHECK(brightest <= 0.95f);                         // nothing glaring white
        CHECK((brightest - dimmest) / brightest <= 0.75f); // no pure, garish hues
        for (int j = i + 1; j < kPropKindCount; ++j) {
            INFO(prop_kind_name(static_cast<PropKind>(j)));
            CHECK(glm::length(a - seen(static_cast<PropKind>(j))) > 0.08f);
        }
    }
}

TEST_CASE("Signed distance to a piece: zero on its surface, negative inside", "[scene][propkind]") {
    PropPiece box{
        PropShape::box, glm::translate(glm::mat4(1.0f), {1, 0, 0}), {2, 1, 0.5f}, 0.0f, {},
        PropKind::bench};
    CHECK(signed_distance_m(box, {1, 0.5f, 0}) == Approx(0.0f).margin(1e-6));
    CHECK(signed_distance_m(box, {1, 0.7f, 0}) == Approx(0.2f));
    CHECK(signed_distance_m(box, {1, 0, 0}) == Approx(-0.25f)); // nearest face is 0.25 away in z
    CHECK(signed_distance_m(box, {2.3f, 0.9f, 0}) ==
          Approx(0.5f)); // beyond an edge: 0.3 and 0.4 off
    box.corner_radius_m = 0.1f;
    CHECK(signed_distance_m(box, {1, 0.5f, 0}) == Approx(0.0f).margin(1e-6)); // faces stay put
    CHECK(signed_distance_m(box, {2.0f, 0.5f, 0}) > 0.0f); // corners are rounded off

    // A box turned a quarter about y: its long side now runs along z.
    PropPiece turned = box;
    turned.corner_radius_m = 0.0f;
    turned.transform = glm::rotate(glm::mat4(1.0f), glm::half_pi<float>(), glm::vec3(0, 1, 0));
    CHECK(signed_distance_m(turned, {0, 0, 0.9f}) == Approx(-0.1f));

    const PropPiece ball{PropShape::ellipsoid,
                         glm::translate(glm::mat4(1.0f), {0, 0.325f, 0}),
                         glm::vec3(0.65f),
                         0,
                         {},
                         PropKind::stabilityBall};
    CHECK(signed_distance_m(ball, {0, 0.65f, 0}) == Approx(0.0f).margin(1e-5));
    CHECK(signed_distance_m(ball, {0, 0.75f, 0}) == Approx(0.1f).margin(1e-4));
    CHECK(signed_distance_m(ball, {0, 0.325f, 0}) == Approx(-0.325f));

    const PropPiece stick{PropShape::cylinder,
                          glm::rotate(glm::mat4(1.0f), glm::half_pi<float>(), glm::vec3(0, 0, 1)),
                          {0.025f, 1.4f, 0.025f},
                          0,
                          {},
                          PropKind::broomstick};
    CHECK(signed_distance_m(stick, {0.5f, 0.0125f, 0}) ==
          Approx(0.0f).margin(1e-5));                              // the axis lies along x
    CHECK(signed_distance_m(stick, {0.8f, 0, 0}) == Approx(0.1f)); // past its end
    CHECK(signed_distance_m(stick, {0.0f, 0.1125f, 0}) == Approx(0.1f));
}
