// Models read back through Assimp: the avatar survives the round trip, the committed
// avatar files match what the generator makes today, and bad files are refused with a
// reason instead of a crash.
#include "core/avatar/avatar_generator.h"
#include "core/avatar/avatar_look.h"
#include "import/model_loader.h"
#include "import/model_writer.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

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
    CHECK(load.error.rfind("bones missing: rightHand, leftLowerLeg", 0) == 0);
}
