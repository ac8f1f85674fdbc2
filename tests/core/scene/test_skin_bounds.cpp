// A frame redraws only where the body's boxes were and are: skin outside them would leave
// a trail on screen. Every triangle must lie wholly within one box, in every pose, at any
// height and build, and for a model whose skin weights reach far from their joints.
#include "core/scene/skin_bounds.h"

#include "../avatar/avatar_fixture.h"
#include "../content/library_exercise.h"
#include "core/avatar/body_scale.h"
#include "core/scene/demonstration.h"

#include <catch2/catch.hpp>
#include <sstream>

using namespace legwork;
using legwork::test::library_exercise;

namespace {

bool holds(const WorldBox& box, glm::vec3 p) {
    return glm::all(glm::greaterThanEqual(p, box.min)) && glm::all(glm::lessThanEqual(p, box.max));
}

// How many of the mesh's triangles, skinned by `joints` and drawn `scale` times its size,
// no single box holds whole.
int triangles_outside(const SkinnedMesh& mesh, std::span<const DualQuaternion> joints, float scale,
                      std::span<const WorldBox> boxes) {
    std::vector<glm::vec3> positions(mesh.vertex_count()), normals(mesh.vertex_count());
    skin(mesh, joints, positions, normals);
    int outside = 0;
    for (std::size_t t = 0; t < mesh.triangle_count(); ++t) {
        const glm::vec3 a = scale * positions[mesh.indices[3 * t]];
        const glm::vec3 b = scale * positions[mesh.indices[3 * t + 1]];
        const glm::vec3 c = scale * positions[mesh.indices[3 * t + 2]];
        bool held = false;
        for (const WorldBox& box : boxes) held = held || (holds(box, a) && holds(box, b) && holds(box, c));
        if (!held) ++outside;
    }
    return outside;
}

} // namespace

TEST_CASE("A frame's body boxes hold every triangle of the skin, at any height and build",
          "[scene][skin_bounds]") {
    // The skin bulges furthest from its joints in these: a knee or a hip bent fully.
    for (AvatarBuild build : kAvatarBuilds) {
        const SkinnedMesh& body = test::avatar(build_girth(build));
        SkinBounds bounds(body);
        for (const char* id : {"band-hamstring-curl", "deep-overhead-squat", "supine-hamstring-stretch",
                               "lunge", "bird-dog", "clam-shell-band", "stability-ball-hamstring-curl"}) {
            for (float height : {1.55f, 1.95f}) {
                const Skeleton skeleton = make_skeleton({height, 1.0f});
                const float scale = body_scale(skeleton);
                const Exercise exercise = library_exercise(id);
                Demonstration demo(exercise, skeleton, {}, &body);
                std::array<DualQuaternion, kJointCount> joints;
                std::vector<WorldBox> boxes;
                int outside = 0, frames = 0;
                float longest = 0.0f; // side of any box, as a share of the body's height
                for (float t = 0.007f; t < demo.cycle_s(); t += 0.37f, ++frames) {
                    demo.sample(t);
                    skinning_transforms(demo.world(), body.inverse_bind, scale, joints);
                    boxes.clear();
                    bounds.append(body, joints, scale, boxes);
                    outside += triangles_outside(body, joints, scale, boxes);
                    for (const WorldBox& box : boxes) {
                        const glm::vec3 size = box.max - box.min;
                        longest = std::max({longest, size.x / height, size.y / height, size.z / height});
                    }
                }
                INFO(id << " on the " << avatar_build_name(build) << " build at " << height << " m, "
                        << frames << " frames");
                CHECK(outside == 0);
                // The boxes follow the limbs, each a part of the body, not the whole of it.
                CHECK(boxes.size() > 10);
                CHECK(longest < 0.4f); // a thigh is a quarter of it, a whole leg half
            }
        }
    }
}

TEST_CASE("Body boxes hold skin weighted far from its joints, as a user's model may be",
          "[scene][skin_bounds]") {
    // Each hand's vertices also follow the opposite foot a little: skin that reaches
    // across the body as the legs move, far past any joint's own room.
    SkinnedMesh model = test::avatar();
    const int left_hand = index(Joint::leftHand), right_hand = index(Joint::rightHand);
    int reaching = 0;
    for (std::size_t v = 0; v < model.vertex_count(); ++v) {
        const int heaviest = model.heaviest_joint(v);
        if (heaviest != left_hand && heaviest != right_hand) continue;
        model.joints[v] = {heaviest, heaviest == left_hand ? index(Joint::rightFoot) : index(Joint::leftFoot), 0, 0};
        model.weights[v] = {0.7f, 0.3f, 0.0f, 0.0f};
        ++reaching;
    }
    REQUIRE(reaching > 50);
    SkinBounds bounds(model);
    const Skeleton skeleton = make_skeleton();
    const float scale = body_scale(skeleton);
    const Exercise exercise = library_exercise("lunge");
    Demonstration demo(exercise, skeleton, {}, &model);
    std::array<DualQuaternion, kJointCount> joints;
    std::vector<WorldBox> boxes;
    for (float t = 0.0f; t < demo.cycle_s(); t += 0.5f) {
        demo.sample(t);
        skinning_transforms(demo.world(), model.inverse_bind, scale, joints);
        boxes.clear();
        bounds.append(model, joints, scale, boxes);
        INFO("at " << t << " s");
        CHECK(triangles_outside(model, joints, scale, boxes) == 0);
    }
}
