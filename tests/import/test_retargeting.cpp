// Humanoids that are not built the way the canonical skeleton is: other rigs' bone names,
// centimetres, Z up, facing away, off the origin, a T-pose, bones with their own axes,
// longer or shorter legs, in VRM, glTF, FBX, Collada and DirectX files. Each maps onto the
// skeleton, stands on the floor at its height, moves as the built-in avatar does, and keeps its
// feet planted.
#include "core/anim/motion_quality.h"
#include "core/avatar/avatar_generator.h"
#include "core/avatar/dual_quaternion_skinning.h"
#include "core/content/library.h"
#include "core/scene/demonstration.h"
#include "humanoid_files.h"
#include "import/model_loader.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>

using namespace legwork;
using test::BoneStyle;
using test::HumanoidStyle;

namespace {

constexpr float kTPose_deg = 90.0f;

struct Case {
    const char* what;
    HumanoidStyle style;
    const char* extension;
};

const std::vector<Case>& cases() {
    static const std::vector<Case> all{
        {"VRM names, a .vrm file facing -Z", {.faces_back = true}, "vrm"},
        {"Mixamo names, FBX, centimetres, T-pose, rolled bones",
         {.bones = BoneStyle::mixamo,
          .format = "fbxa",
          .units_per_metre = 100.0f,
          .arm_abduction_deg = kTPose_deg,
          .rolled = true},
         "fbx"},
        {"Blender .L/.R names, Collada, Z up, rolled bones",
         {.bones = BoneStyle::blender, .format = "collada", .z_up = true, .rolled = true},
         "dae"},
        {"CMU names, DirectX .x, off the origin, rolled bones",
         {.bones = BoneStyle::cmu, .format = "x", .offset_m = {0.8f, 0.0f, -1.2f}, .rolled = true},
         "x"},
        {"Unreal names, glTF, centimetres, Z up, off the origin, T-pose, shorter legs",
         {.bones = BoneStyle::unreal,
          .format = "gltf2",
          .units_per_metre = 100.0f,
          .z_up = true,
          .offset_m = {-2.0f, 1.5f, 0.3f},
          .arm_abduction_deg = kTPose_deg,
          .leg_scale = 0.9f},
         "gltf"},
        {"Plain names with no shoulders, toes or upper chest, glb", {.bones = BoneStyle::plain}, "glb"},
        {"3ds Max Biped names, glb, millimetres, T-pose, longer legs",
         {.bones = BoneStyle::biped,
          .format = "glb2",
          .units_per_metre = 1000.0f,
          .arm_abduction_deg = kTPose_deg,
          .leg_scale = 1.08f},
         "glb"},
    };
    return all;
}

// Each case written once, loaded once.
struct Loaded {
    const Case* what;
    ModelLoad load;
};
const std::vector<Loaded>& loaded() {
    static const std::vector<Loaded> all = [] {
        const test::ScratchDir dir("retarget");
        std::vector<Loaded> out;
        int n = 0;
        for (const Case& c : cases()) {
            const std::filesystem::path file =
                dir / ("humanoid-" + std::to_string(n++) + "." + c.extension);
            const std::string error = test::write_humanoid(c.style, file);
            ModelLoad load = load_model(file);
            if (!error.empty()) load.error = error;
            out.push_back({&c, std::move(load)});
        }
        return out;
    }();
    return all;
}

} // namespace

TEST_CASE(
    "Humanoids named, measured, turned, placed and posed as other rigs are map onto the skeleton",
    "[import][retarget]") {
    for (const Loaded& l : loaded()) {
        INFO(l.what->what << ": " << l.load.error);
        REQUIRE(l.load.mesh);
        for (int j = 0; j < kJointCount; ++j) {
            const Joint joint = static_cast<Joint>(j);
            INFO(joint_name(joint));
            CHECK(l.load.report.joint_bones[j] ==
                  test::mapped_bone(l.what->style.bones, joint).value_or(""));
        }
        // Where the file has the joints, the fitted skeleton has them too.
        const auto expected = rest_positions(test::humanoid_skeleton(l.what->style));
        const auto fitted = rest_positions(l.load.skeleton);
        float worst = 0.0f;
        for (int j = 0; j < kJointCount; ++j)
            if (test::mapped_bone(l.what->style.bones, static_cast<Joint>(j)))
                worst = std::max(worst, glm::distance(expected[j], fitted[j]));
        CHECK(worst < 0.003f);
    }
}

TEST_CASE("Imported humanoids stand with their soles on the floor at their own height",
          "[import][retarget]") {
    for (const Loaded& l : loaded()) {
        INFO(l.what->what << ": " << l.load.error);
        REQUIRE(l.load.mesh);
        const SkinnedMesh& mesh = *l.load.mesh;
        const Skeleton& skeleton = l.load.skeleton;
        std::array<glm::mat4, kJointCount> world{};
        world_transforms(skeleton, rest_pose(skeleton), world);
        std::array<DualQuaternion, kJointCount> motion{};
        skinning_transforms(world, mesh.inverse_bind, motion);
        float lowest = 1e9f, highest = -1e9f;
        for (std::size_t v = 0; v < mesh.vertex_count(); ++v) {
            const glm::vec3 p =
                transform_point(blend(motion, mesh.joints[v], mesh.weights[v]), mesh.positions[v]);
            lowest = std::min(lowest, p.y);
            highest = std::max(highest, p.y);
        }
        const Skeleton expected = test::humanoid_skeleton(l.what->style);
        std::array<glm::mat4, kJointCount> expected_world{};
        world_transforms(expected, rest_pose(expected), expected_world);
        const float height = site_position(expected, expected_world, Site::headTop).y;
        CHECK(std::abs(lowest) < 0.005f);
        CHECK(std::abs(highest - height) < 0.01f);
        CHECK(std::abs(l.load.report.height_m - height) < 0.01f);
        CHECK(skeleton.height_m == l.load.report.height_m);
        for (Site sole : {Site::leftHeel, Site::leftToeTip, Site::rightHeel, Site::rightToeTip})
            CHECK(std::abs(site_position(skeleton, world, sole).y) < 0.001f);
    }
}

TEST_CASE("An imported humanoid's skin follows the skeleton as the built-in avatar's does, "
          "whatever its bones' "
          "axes and bind pose",
          "[import][retarget]") {
    const SkinnedMesh avatar = generate_avatar({.triangles = 4000});
    ContentErrors errors;
    const Library library = load_library(LEGWORK_CONTENT_DIR, errors);
    REQUIRE(!library.exercises.empty());
    // Per joint, the box of the vertices that follow it alone, posed. (Vertices that blend
    // two joints do not compare: the T-posed files were themselves skinned into that pose,
    // and two blended turns are not one.)
    using Boxes = std::array<std::pair<glm::vec3, glm::vec3>, kJointCount>;
    const auto posed_boxes = [](const SkinnedMesh& mesh, std::span<const glm::mat4> world) {
        std::array<DualQuaternion, kJointCount> motion{};
        skinning_transforms(world, mesh.inverse_bind, motion);
        Boxes boxes;
        boxes.fill({glm::vec3(1e9f), glm::vec3(-1e9f)});
        for (std::size_t v = 0; v < mesh.vertex_count(); ++v) {
            int k = 0;
            for (int i = 1; i < 4; ++i)
                if (mesh.weights[v][i] > mesh.weights[v][k]) k = i;
            if (mesh.weights[v][k] < 0.999f) continue;
            const glm::vec3 p =
                transform_point(blend(motion, mesh.joints[v], mesh.weights[v]), mesh.positions[v]);
            auto& [lo, hi] = boxes[mesh.joints[v][k]];
            lo = glm::min(lo, p), hi = glm::max(hi, p);
        }
        return boxes;
    };
    int compared = 0;
    for (const Loaded& l : loaded()) {
        // Compare with the built-in avatar where the body is the same: its proportions, and
        // every joint measured (a placed upper chest bends the trunk at another point).
        bool same = l.what->style.leg_scale == 1.0f;
        for (int j = 0; j < kJointCount; ++j)
            same = same && test::mapped_bone(l.what->style.bones, static_cast<Joint>(j));
        if (!same) continue;
        ++compared;
        INFO(l.what->what << ": " << l.load.error);
        REQUIRE(l.load.mesh);
        // The same sites, so both bodies are posed alike: only the skinning differs.
        Skeleton skeleton = l.load.skeleton;
        skeleton.sites = make_skeleton().sites;
        for (const Exercise& exercise : library.exercises) {
            INFO(exercise.id);
            Demonstration imported(exercise, skeleton, {});
            Demonstration builtin(exercise, make_skeleton(), {});
            float worst = 0.0f;
            for (float t = 0.0f; t < builtin.cycle_s(); t += builtin.cycle_s() / 5.0f) {
                imported.sample(t);
                builtin.sample(t);
                const Boxes a = posed_boxes(*l.load.mesh, imported.world());
                const Boxes b = posed_boxes(avatar, builtin.world());
                for (int j = 0; j < kJointCount; ++j) {
                    if (b[j].first.x > b[j].second.x) continue; // no vertex follows it alone
                    worst = std::max({worst, glm::distance(a[j].first, b[j].first),
                                      glm::distance(a[j].second, b[j].second)});
                }
            }
            CHECK(worst < 0.003f);
        }
    }
    CHECK(compared >= 2);
}

TEST_CASE(
    "Every exercise keeps planted feet planted and moves like a body on every imported humanoid",
    "[import][retarget]") {
    ContentErrors errors;
    const Library library = load_library(LEGWORK_CONTENT_DIR, errors);
    REQUIRE(!library.exercises.empty());
    for (const Loaded& l : loaded()) {
        INFO(l.what->what << ": " << l.load.error);
        REQUIRE(l.load.mesh);
        for (const Exercise& exercise : library.exercises)
            for (Side side : {Side::left, Side::right})
                for (int variant = -1; variant < static_cast<int>(exercise.motion.variants.size());
                     ++variant) {
                    std::vector<std::string> problems;
                    check_motion_quality(
                        MotionSampler(
                            l.load.skeleton,
                            MotionClip(exercise.motion,
                                       {.side = side, .variant = variant, .phase_s = {}})),
                        problems);
                    INFO(exercise.id << ", " << side_name(side) << " side, variant " << variant);
                    for (const std::string& problem : problems) FAIL_CHECK(problem);
                }
    }
}

TEST_CASE("Imported humanoids have their muscles found from their skin weights, on both sides",
          "[import][retarget]") {
    const SkinnedMesh avatar = generate_avatar({.triangles = 4000});
    for (const Loaded& l : loaded()) {
        INFO(l.what->what << ": " << l.load.error);
        REQUIRE(l.load.mesh);
        const SkinnedMesh& mesh = *l.load.mesh;
        REQUIRE(mesh.muscles.size() == mesh.vertex_count());
        CHECK(mesh.outfit.empty()); // the built-in avatar's clothes are its own
        for (int r = 0; r < kMuscleRegionCount; ++r)
            for (bool left : {true, false}) {
                INFO(muscle_region_name(static_cast<MuscleRegion>(r))
                     << (left ? " left" : " right"));
                int in = 0;
                for (std::size_t v = 0; v < mesh.vertex_count(); ++v)
                    if ((mesh.positions[v].x > 0.0f) == left && mesh.muscles[v][r] > 0.5f) ++in;
                CHECK(in > 10);
            }
        // The glTF file keeps the avatar's vertices in order: the same muscles as the
        // generator marks on it.
        if (l.what->style.format != "glb2" || l.what->style.leg_scale != 1.0f) continue;
        REQUIRE(mesh.vertex_count() == avatar.vertex_count());
        double total = 0.0;
        for (std::size_t v = 0; v < mesh.vertex_count(); ++v)
            for (int r = 0; r < kMuscleRegionCount; ++r)
                total += std::abs(mesh.muscles[v][r] - avatar.muscles[v][r]);
        CHECK(total / static_cast<double>(mesh.vertex_count() * kMuscleRegionCount) < 0.005);
    }
}
