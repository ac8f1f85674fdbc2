// Models read back through Assimp: the avatar survives the round trip, the committed
// avatar files match what the generator makes today, Assimp's own test models are told
// apart from humanoids, and bad files are refused with a reason instead of a crash.
#include "core/avatar/avatar_generator.h"
#include "core/avatar/avatar_look.h"
#include "import/model_load_isolated.h"
#include "import/model_loader.h"
#include "import/model_writer.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <limits>

using namespace legwork;

namespace {

// One vertex's weight on every joint.
std::array<float, kJointCount> dense(const SkinnedMesh& mesh, std::size_t v) {
    std::array<float, kJointCount> w{};
    for (int k = 0; k < 4; ++k) w[mesh.joints[v][k]] += mesh.weights[v][k];
    return w;
}

// Whether `loaded` is `expected`, to float precision.
void check_same(const SkinnedMesh& loaded, const SkinnedMesh& expected, float tolerance) {
    REQUIRE(loaded.vertex_count() == expected.vertex_count());
    REQUIRE(loaded.indices == expected.indices);
    REQUIRE(loaded.outfit.size() == expected.outfit.size());
    REQUIRE(loaded.muscles.size() == expected.muscles.size());
    float position = 0, normal = 0, weight = 0, outfit = 0, muscle = 0, bind = 0;
    for (std::size_t v = 0; v < expected.vertex_count(); ++v) {
        position = std::max(position, glm::distance(loaded.positions[v], expected.positions[v]));
        normal = std::max(normal, glm::distance(loaded.normals[v], expected.normals[v]));
        const auto a = dense(loaded, v), b = dense(expected, v);
        for (int j = 0; j < kJointCount; ++j) weight = std::max(weight, std::abs(a[j] - b[j]));
        outfit = std::max(outfit, glm::distance(loaded.outfit[v], expected.outfit[v]));
        for (int r = 0; r < kMuscleRegionCount; ++r)
            muscle = std::max(muscle, std::abs(loaded.muscles[v][r] - expected.muscles[v][r]));
    }
    for (int j = 0; j < kJointCount; ++j)
        for (int c = 0; c < 4; ++c)
            bind = std::max(bind,
                            glm::distance(loaded.inverse_bind[j][c], expected.inverse_bind[j][c]));
    CHECK(position <= tolerance);
    CHECK(normal <= tolerance);
    CHECK(weight <= tolerance);
    CHECK(outfit <= tolerance);
    CHECK(muscle <= tolerance);
    CHECK(bind <= tolerance);
    REQUIRE(loaded.parts.size() == expected.parts.size());
    for (std::size_t p = 0; p < expected.parts.size(); ++p) {
        CHECK(loaded.parts[p].name == expected.parts[p].name);
        CHECK(loaded.parts[p].first_index == expected.parts[p].first_index);
        CHECK(loaded.parts[p].index_count == expected.parts[p].index_count);
        CHECK(glm::distance(loaded.parts[p].base_color, expected.parts[p].base_color) <= 1e-6f);
    }
}

std::string read_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void write_bytes(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary) << bytes;
}

// The average avatar written once for the loader's tests.
const std::string& written_avatar() {
    static const std::string bytes = [] {
        const test::ScratchDir dir("loader-avatar");
        const SkinnedMesh mesh = generate_avatar({.triangles = 4000});
        const Skeleton skeleton = make_skeleton();
        const std::string error = write_glb(mesh, skeleton, bind_pose(skeleton), dir / "a.glb");
        return error.empty() ? read_bytes(dir / "a.glb") : std::string();
    }();
    return bytes;
}

} // namespace

TEST_CASE("An avatar written as glTF loads back as it was", "[import][loader]") {
    const test::ScratchDir dir("loader-round-trip");
    const SkinnedMesh mesh = generate_avatar({.triangles = 4000});
    const Skeleton skeleton = make_skeleton();
    REQUIRE(write_glb(mesh, skeleton, bind_pose(skeleton), dir / "avatar.glb").empty());
    const ModelLoad load = load_model(dir / "avatar.glb");
    INFO(load.error);
    REQUIRE(load.mesh);
    check_same(*load.mesh, mesh, 1e-6f);
}

TEST_CASE("The committed avatar files are what the generator makes today", "[import][loader]") {
    for (AvatarBuild build : kAvatarBuilds) {
        const std::filesystem::path file = std::filesystem::path(LEGWORK_ASSETS_DIR) / "avatar" /
                                           ("avatar-" + std::string(avatar_build_name(build)) + ".glb");
        INFO(file.string() << ": if the generator changed on purpose, regenerate with "
                              "`cmake --build build --target avatar`");
        const ModelLoad load = load_model(file);
        INFO(load.error);
        REQUIRE(load.mesh);
        check_same(*load.mesh, generate_avatar({.build = build_girth(build)}), 1e-5f);
    }
}

TEST_CASE("A joint that moves no vertex takes its inverse bind from the skeleton's nodes",
          "[import][loader]") {
    const test::ScratchDir dir("loader-unweighted");
    SkinnedMesh mesh = generate_avatar({.triangles = 4000});
    // The toes' weight goes to the feet, so the file has no bone for the toes.
    for (std::size_t v = 0; v < mesh.vertex_count(); ++v)
        for (int k = 0; k < 4; ++k) {
            if (mesh.joints[v][k] == index(Joint::leftToes))
                mesh.joints[v][k] = index(Joint::leftFoot);
            if (mesh.joints[v][k] == index(Joint::rightToes))
                mesh.joints[v][k] = index(Joint::rightFoot);
        }
    const Skeleton skeleton = make_skeleton();
    REQUIRE(write_glb(mesh, skeleton, bind_pose(skeleton), dir / "avatar.glb").empty());
    const ModelLoad load = load_model(dir / "avatar.glb");
    INFO(load.error);
    REQUIRE(load.mesh);
    for (Joint toes : {Joint::leftToes, Joint::rightToes})
        for (int c = 0; c < 4; ++c)
            CHECK(glm::distance(load.mesh->inverse_bind[index(toes)][c],
                                mesh.inverse_bind[index(toes)][c]) < 1e-5f);
    for (std::size_t v = 0; v < mesh.vertex_count(); ++v)
        for (int k = 0; k < 4; ++k)
            if (load.mesh->weights[v][k] > 0.0f)
                REQUIRE(load.mesh->joints[v][k] != index(Joint::leftToes));
}

TEST_CASE("Files that are not models are refused with a reason, not a crash", "[import][loader]") {
    const test::ScratchDir dir("loader-bad");
    const std::string& avatar = written_avatar();
    REQUIRE_FALSE(avatar.empty());
    write_bytes(dir / "truncated.glb", avatar.substr(0, avatar.size() / 2));
    write_bytes(dir / "header-only.glb", avatar.substr(0, 40));
    write_bytes(dir / "text.glb", "This is not a model, just some words in a file.\n");
    write_bytes(dir / "empty.glb", "");
    for (const char* name : {"truncated.glb", "header-only.glb", "text.glb", "empty.glb"}) {
        INFO(name);
        const ModelLoad load = load_model(dir / name);
        CHECK_FALSE(load.mesh);
        CHECK(load.error.rfind("not a file Assimp can read: ", 0) == 0);
    }
    const ModelLoad missing = load_model(dir / "nowhere.glb");
    CHECK_FALSE(missing.mesh);
    CHECK(missing.error.rfind("cannot read ", 0) == 0);
}

TEST_CASE("A file larger than the limit is refused before it is read", "[import][loader]") {
    const test::ScratchDir dir("loader-large");
    write_bytes(dir / "avatar.glb", written_avatar());
    const ModelLoad load = load_model(dir / "avatar.glb", {.max_file_bytes = 64u << 10});
    CHECK_FALSE(load.mesh);
    CHECK(load.error.rfind("file larger than 64 KB", 0) == 0);
    CHECK(load_model(dir / "avatar.glb").mesh); // the default limit allows it
}

TEST_CASE("A model without a skeleton is refused", "[import][loader]") {
    const test::ScratchDir dir("loader-static");
    std::ofstream(dir / "triangle.obj") << "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n";
    const ModelLoad load = load_model(dir / "triangle.obj");
    CHECK_FALSE(load.mesh);
    CHECK(load.error.rfind("no skeleton", 0) == 0);
}

TEST_CASE("A skeleton without some canonical joints is refused, naming them", "[import][loader]") {
    const test::ScratchDir dir("loader-missing");
    std::string bytes = written_avatar();
    REQUIRE_FALSE(bytes.empty());
    // Rename two joints in the JSON chunk, keeping every length the same.
    for (const auto& [from, to] :
         {std::pair<std::string, std::string>{"\"leftLowerLeg\"", "\"leftLowerLeX\""},
          {"\"rightHand\"", "\"rightHanX\""}})
        for (std::size_t at = bytes.find(from); at != std::string::npos; at = bytes.find(from, at))
            bytes.replace(at, from.size(), to);
    write_bytes(dir / "renamed.glb", bytes);
    const ModelLoad load = load_model(dir / "renamed.glb");
    CHECK_FALSE(load.mesh);
    CHECK(load.error.rfind("bones missing: rightHand, leftLowerLeg in ", 0) == 0);
    CHECK(load.report.joint_bones[index(Joint::leftUpperLeg)] == "leftUpperLeg");
    CHECK(load.report.joint_bones[index(Joint::leftLowerLeg)].empty());
}

namespace {

// Assimp's own test models (BSD licence), in the shared data beside the repository; empty,
// with a warning, when that is not there.
std::filesystem::path assimp_test_models() {
    const std::filesystem::path dir =
        std::filesystem::path(LEGWORK_SHARED_DATA_DIR) / "models" / "assimp-test-models";
    if (!std::filesystem::is_directory(dir)) {
        WARN("skipped: no Assimp test models at " << dir.string()
                                                  << " (the shared data beside the repository)");
        return {};
    }
    return dir;
}

} // namespace

TEST_CASE("Assimp's rigged test models that are no humanoids are refused, saying so", "[import][loader]") {
    const std::filesystem::path dir = assimp_test_models();
    if (dir.empty()) return;
    // Rigged meshes whose bones are named Bone, Bone.001, ... or nodes[1]: an arm, a quad,
    // a tube; no body.
    for (const char* name : {"simple_skin.gltf", "quad_skin.glb", "huesitos.fbx", "animation_with_skeleton.fbx"}) {
        INFO(name);
        const ModelLoad load = load_model(dir / name);
        CHECK_FALSE(load.mesh);
        CHECK(load.error.rfind("not a humanoid: ", 0) == 0);
        CHECK(load.error.find("are not named like a body's") != std::string::npos);
        CHECK_FALSE(load.report.meshes.empty());
        CHECK_FALSE(load.report.bones.empty());
    }
}

TEST_CASE("A motion capture skeleton maps onto the canonical joints by its CMU names, and is refused for having "
          "nothing to draw",
          "[import][loader]") {
    const std::filesystem::path dir = assimp_test_models();
    if (dir.empty()) return;
    const ModelLoad load = load_model(dir / "01_01.bvh");
    CHECK_FALSE(load.mesh);
    CHECK(load.error.rfind("no meshes in ", 0) == 0);
    const auto& bones = load.report.joint_bones;
    CHECK(bones[index(Joint::hips)] == "Hips");
    CHECK(bones[index(Joint::spine)] == "Spine");
    CHECK(bones[index(Joint::chest)] == "Spine1");
    CHECK(bones[index(Joint::upperChest)].empty()); // CMU's skeleton has none
    CHECK(bones[index(Joint::neck)] == "Neck");     // not Neck1
    CHECK(bones[index(Joint::head)] == "Head");
    CHECK(bones[index(Joint::leftShoulder)] == "LeftShoulder");
    CHECK(bones[index(Joint::leftUpperArm)] == "LeftArm");
    CHECK(bones[index(Joint::rightLowerArm)] == "RightForeArm");
    CHECK(bones[index(Joint::leftUpperLeg)] == "LeftUpLeg"); // not LHipJoint
    CHECK(bones[index(Joint::leftLowerLeg)] == "LeftLeg");
    CHECK(bones[index(Joint::rightFoot)] == "RightFoot");
    CHECK(bones[index(Joint::rightToes)] == "RightToeBase");
    CHECK(std::find(load.report.bones.begin(), load.report.bones.end(), "LHipJoint") != load.report.bones.end());
}

TEST_CASE("Damaged copies of real models are refused with a reason, in a process of their own, never a crash",
          "[import][loader]") {
    const test::ScratchDir dir("loader-damaged");
    std::vector<std::filesystem::path> originals;
    write_bytes(dir / "avatar.glb", written_avatar());
    originals.push_back(dir / "avatar.glb");
    if (const std::filesystem::path models = assimp_test_models(); !models.empty())
        for (const char* name : {"simple_skin.gltf", "huesitos.fbx", "animation_with_skeleton.fbx"})
            originals.push_back(models / name);
    std::uint32_t random = 12345; // a fixed sequence: the same damage every run
    const auto next = [&] { return random = random * 1664525u + 1013904223u; };
    int count = 0;
    for (const std::filesystem::path& original : originals) {
        const std::string bytes = read_bytes(original);
        REQUIRE(bytes.size() > 100);
        std::vector<std::pair<std::string, std::string>> damaged; // name, bytes
        for (int part : {1, 3, 7, 9})
            damaged.emplace_back("truncated at " + std::to_string(part) + "/10" + original.extension().string(),
                                 bytes.substr(0, bytes.size() * part / 10));
        for (int flips : {4, 40}) {
            std::string flipped = bytes;
            for (int i = 0; i < flips; ++i) flipped[next() % flipped.size()] = static_cast<char>(next());
            damaged.emplace_back(std::to_string(flips) + " bytes changed" + original.extension().string(), flipped);
            std::string header = bytes;
            for (int i = 0; i < flips / 4; ++i) header[next() % 200] = static_cast<char>(next());
            damaged.emplace_back(std::to_string(flips / 4) + " header bytes changed" + original.extension().string(),
                                 header);
        }
        damaged.emplace_back("named as another kind.x", bytes);
        damaged.emplace_back("named as another kind.dae", bytes);
        damaged.emplace_back("garbage" + original.extension().string(), std::string(4096, '\xa7'));
        for (const auto& [name, content] : damaged) {
            INFO(original.filename().string() << ", " << name);
            write_bytes(dir / "damaged", content);
            const std::filesystem::path file = dir / ("model" + std::filesystem::path(name).extension().string());
            std::filesystem::rename(dir / "damaged", file);
            const ModelLoad load = load_model_isolated(file);
            if (!load.mesh) CHECK_FALSE(load.error.empty());
            CHECK(load.error.find("crashed") == std::string::npos);
            ++count;
        }
    }
    // Every original gives 11 damaged copies; the shared models add theirs when present.
    CHECK(count == 11 * static_cast<int>(originals.size()));
}

TEST_CASE("Models with more nodes, vertices, bones or weights than allowed are refused before processing",
          "[import][loader]") {
    const test::ScratchDir dir("loader-limits");
    write_bytes(dir / "avatar.glb", written_avatar());
    const ModelLoad vertices = load_model(dir / "avatar.glb", {.max_vertices = 1000});
    CHECK(vertices.error.rfind("too many vertices in ", 0) == 0);
    CHECK(vertices.error.find("(at most 1000)") != std::string::npos);
    CHECK(load_model(dir / "avatar.glb", {.max_nodes = 10}).error.rfind("too many nodes in ", 0) == 0);
    CHECK(load_model(dir / "avatar.glb", {.max_bones = 10}).error.rfind("too many bones in ", 0) == 0);
    CHECK(load_model(dir / "avatar.glb", {.max_weights = 1000}).error.rfind("too many vertex weights in ", 0) == 0);
}

TEST_CASE("A model read in a process of its own comes back whole; one that takes too long is stopped",
          "[import][loader]") {
    const test::ScratchDir dir("loader-isolated");
    write_bytes(dir / "avatar.glb", written_avatar());
    const ModelLoad here = load_model(dir / "avatar.glb");
    const ModelLoad there = load_model_isolated(dir / "avatar.glb");
    INFO(there.error);
    REQUIRE(here.mesh);
    REQUIRE(there.mesh);
    check_same(*there.mesh, *here.mesh, 0.0f);
    CHECK(there.report.joint_bones == here.report.joint_bones);
    CHECK(there.report.height_m == here.report.height_m);
    CHECK(there.skeleton.rest_offset == here.skeleton.rest_offset);

    const ModelLoad slow = load_model_isolated(dir / "avatar.glb", {}, {.timeout = std::chrono::milliseconds(1)});
    CHECK_FALSE(slow.mesh);
    CHECK(slow.error.find("took longer than 1 ms") != std::string::npos);
}

TEST_CASE("A model with a vertex at no finite point is refused", "[import][loader]") {
    const test::ScratchDir dir("loader-nan");
    SkinnedMesh mesh = generate_avatar({.triangles = 4000});
    mesh.positions[7].y = std::numeric_limits<float>::quiet_NaN();
    const Skeleton skeleton = make_skeleton();
    REQUIRE(write_glb(mesh, skeleton, bind_pose(skeleton), dir / "avatar.glb").empty());
    const ModelLoad load = load_model(dir / "avatar.glb");
    CHECK_FALSE(load.mesh);
    CHECK(load.error.find("a vertex lies at no finite point") != std::string::npos);
}
