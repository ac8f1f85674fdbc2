#include "core/scene/demonstration.h"

#include "../avatar/avatar_fixture.h"
#include "../content/library_exercise.h"
#include "core/avatar/body_scale.h"
#include "core/avatar/dual_quaternion_skinning.h"

#include <catch2/catch.hpp>
#include <random>

using namespace legwork;
using legwork::test::library_exercise;

namespace {

// Within a centimetre of the spheres: framing leaves margins far wider than that.
bool inside(std::span<const BoundingSphere> spheres, glm::vec3 p) {
    for (const BoundingSphere& s : spheres)
        if (glm::length(p - s.centre) <= s.radius_m + 0.01f) return true;
    return false;
}

} // namespace

TEST_CASE("A demonstration's bounds hold the body and its props all through the cycle",
          "[scene][demonstration]") {
    const Skeleton skeleton = make_skeleton();
    for (const char* id :
         {"full-squat", "stability-ball-hamstring-curl", "single-leg-romanian-deadlift"}) {
        const Exercise e = library_exercise(id);
        Demonstration demo(e, skeleton, {});
        std::mt19937 random(3);
        std::uniform_real_distribution<float> time(0.0f, demo.cycle_s());
        int outside = 0;
        for (int i = 0; i < 50; ++i) {
            demo.sample(time(random));
            for (const glm::mat4& joint : demo.world())
                outside += !inside(demo.bounds(), glm::vec3(joint[3]));
            for (int s = 0; s < kSiteCount; ++s)
                outside += !inside(demo.bounds(),
                                   site_position(skeleton, demo.world(), static_cast<Site>(s)));
            for (const PropPiece& piece : demo.props())
                for (int corner = 0; corner < 8; ++corner) {
                    const glm::vec3 sign{corner & 1 ? 1.0f : -1.0f, corner & 2 ? 1.0f : -1.0f,
                                         corner & 4 ? 1.0f : -1.0f};
                    const glm::vec4 local{0.5f * sign * piece.size_m, 1.0f};
                    outside += !inside(demo.bounds(), glm::vec3(piece.transform * local));
                }
        }
        INFO(id);
        CHECK(outside == 0);
        // The enclosing sphere holds every bounding sphere.
        int escaping = 0;
        for (const BoundingSphere& s : demo.bounds())
            escaping += glm::length(s.centre - demo.enclosing_sphere().centre) + s.radius_m >
                        demo.enclosing_sphere().radius_m + 1e-4f;
        CHECK(escaping == 0);
    }
}

TEST_CASE("Sampling a demonstration allocates nothing once warm", "[scene][demonstration]") {
    const Exercise e = library_exercise("clam-shell-band");
    Demonstration demo(e, make_skeleton(), {.variant = 0});
    demo.sample(0.0f);
    const auto props = demo.props().data();
    const auto highlights = demo.highlights().data();
    for (int i = 1; i < 100; ++i) {
        demo.sample(0.07f * static_cast<float>(i));
        CHECK(demo.props().data() == props); // the same buffer: nothing reallocated
        CHECK(demo.highlights().data() == highlights);
    }
}

TEST_CASE("Mistakes light their body parts - the correct form lights none",
          "[scene][demonstration]") {
    const Exercise e = library_exercise("full-squat");
    Demonstration correct(e, make_skeleton(), {});
    correct.sample(1.0f);
    CHECK(correct.highlights().empty());
    const int caving = e.motion.variant_index("knees-cave-in");
    REQUIRE(caving >= 0);
    Demonstration mistake(e, make_skeleton(), {.variant = caving});
    mistake.sample(2.0f);
    REQUIRE(mistake.highlights().size() == 2); // both knees
    for (const BodyCapsule& capsule : mistake.highlights()) {
        const float to_left =
            glm::length(capsule.a - glm::vec3(mistake.world()[index(Joint::leftLowerLeg)][3]));
        const float to_right =
            glm::length(capsule.a - glm::vec3(mistake.world()[index(Joint::rightLowerLeg)][3]));
        CHECK(std::min(to_left, to_right) < 0.1f);
    }
}

TEST_CASE("One side at a time lights the working leg's muscles - the core on both sides",
          "[scene][demonstration]") {
    const Exercise bridge = library_exercise("single-leg-glute-bridge");
    REQUIRE(bridge.sides == ExerciseSides::each);
    for (Side side : {Side::left, Side::right}) {
        const MuscleTint tint = muscle_tint(bridge, side);
        const auto& working = side == Side::left ? tint.left : tint.right;
        const auto& resting = side == Side::left ? tint.right : tint.left;
        CHECK(working[index(MuscleRegion::glutes)] == Approx(1.0f));
        CHECK(resting[index(MuscleRegion::glutes)] == 0.0f);
    }
    const Exercise squat = library_exercise("full-squat");
    const MuscleTint both = muscle_tint(squat, Side::left);
    for (MuscleRegion region : squat.muscles.primary) {
        CHECK(both.left[index(region)] == Approx(1.0f));
        CHECK(both.right[index(region)] == Approx(1.0f));
    }
}

TEST_CASE("A camera framed on a demonstration's bounds sees all of the avatar's skin all through the "
          "cycle, at any height, from every view",
          "[scene][demonstration]") {
    const SkinnedMesh& body = test::avatar();
    for (const char* id : {"bird-dog", "single-leg-glute-bridge", "single-leg-romanian-deadlift"}) {
        for (float height : {1.55f, 1.95f}) {
            const Exercise e = library_exercise(id);
            const Skeleton skeleton = make_skeleton({height, 1.0f});
            Demonstration demo(e, skeleton, {}, &body);
            std::array<DualQuaternion, kJointCount> joints;
            for (CameraView view : {CameraView::front, CameraView::side, CameraView::threequarter, CameraView::top}) {
                const ScreenRegion region{{0.2f, 0.1f}, {0.7f, 0.8f}};
                const OrbitView camera = frame_view(view_direction(view, Side::left), demo.bounds(), 16.0f / 9.0f, region);
                const glm::mat4 clip = projection_matrix(camera, 16.0f / 9.0f) * view_matrix(camera);
                float worst = 0.0f; // how far past the region's edge, in its own half-sizes
                for (float t = 0.013f; t < demo.cycle_s(); t += 0.17f) {
                    demo.sample(t);
                    skinning_transforms(demo.world(), body.inverse_bind, body_scale(skeleton), joints);
                    for (std::size_t v = 0; v < body.vertex_count(); v += 2) {
                        const glm::vec3 p = body_scale(skeleton) *
                                            transform_point(blend(joints, body.joints[v], body.weights[v]), body.positions[v]);
                        const glm::vec4 c = clip * glm::vec4(p, 1.0f);
                        const glm::vec2 off = glm::abs(glm::vec2(c) / c.w - region.centre) / region.half_size;
                        worst = std::max({worst, off.x - 1.0f, off.y - 1.0f});
                    }
                }
                INFO(id << " at " << height << " m from the " << camera_view_name(view));
                CHECK(worst <= 0.0f);
            }
        }
    }
}
