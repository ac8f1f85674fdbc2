// The avatar written as binary glTF: a valid .glb whose JSON names every canonical joint
// as a node and skins the mesh to all of them, with the body's colour sets.
#include "core/avatar/avatar_generator.h"
#include "import/model_writer.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>
#include <cstring>
#include <fstream>
#include <iterator>

using namespace legwork;

namespace {

// The JSON chunk of a .glb file (empty if the header is not glTF 2).
std::string glb_json(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), {}};
    if (bytes.size() < 20 || bytes.compare(0, 4, "glTF") != 0) return {};
    std::uint32_t version = 0, length = 0, chunk = 0;
    std::memcpy(&version, bytes.data() + 4, 4);
    std::memcpy(&length, bytes.data() + 8, 4);
    std::memcpy(&chunk, bytes.data() + 12, 4);
    if (version != 2 || length != bytes.size() || bytes.compare(16, 4, "JSON") != 0) return {};
    return bytes.substr(20, chunk);
}

// How many entries the first JSON array of numbers named `key` holds.
int array_length(const std::string& json, const std::string& key) {
    const std::size_t start = json.find("\"" + key + "\":[");
    if (start == std::string::npos) return -1;
    const std::size_t open = json.find('[', start), close = json.find(']', open);
    const std::string inside = json.substr(open + 1, close - open - 1);
    return inside.empty() ? 0 : static_cast<int>(std::count(inside.begin(), inside.end(), ',')) + 1;
}

} // namespace

TEST_CASE("The avatar written as glTF holds every joint as a node and one skin over all "
          "of them",
          "[import][writer]") {
    const test::ScratchDir dir("writer");
    const SkinnedMesh mesh = generate_avatar({.triangles = 4000});
    const Skeleton skeleton = make_skeleton();
    const std::filesystem::path file = dir / "avatar.glb";
    REQUIRE(write_glb(mesh, skeleton, bind_pose(skeleton), file).empty());

    const std::string json = glb_json(file);
    REQUIRE_FALSE(json.empty());
    for (int j = 0; j < kJointCount; ++j) {
        INFO(joint_name(static_cast<Joint>(j)));
        CHECK(json.find("\"name\":\"" + std::string(joint_name(static_cast<Joint>(j))) + "\"") !=
              std::string::npos);
    }
    const auto count = [&](const std::string& text) {
        int n = 0;
        for (std::size_t at = json.find(text); at != std::string::npos;
             at = json.find(text, at + 1))
            ++n;
        return n;
    };
    CHECK(count("\"inverseBindMatrices\"") == 1); // one skin
    CHECK(array_length(json, "joints") == kJointCount);
    for (const char* attribute :
         {"\"NORMAL\"", "\"JOINTS_0\"", "\"WEIGHTS_0\"", "\"COLOR_0\"", "\"COLOR_3\""})
        CHECK(json.find(attribute) != std::string::npos);
    CHECK(json.find("\"name\":\"body\"") != std::string::npos);
    CHECK(std::filesystem::file_size(file) < 2u << 20);
}

TEST_CASE("Writing where no file can be made fails with the reason", "[import][writer]") {
    const test::ScratchDir dir("writer-fail");
    std::ofstream(dir / "not-a-directory") << "x";
    const SkinnedMesh mesh = generate_avatar({.triangles = 2000});
    const Skeleton skeleton = make_skeleton();
    const std::string error =
        write_glb(mesh, skeleton, bind_pose(skeleton), dir / "not-a-directory" / "avatar.glb");
    CHECK_FALSE(error.empty());
    CHECK(error.find("not-a-directory") != std::string::npos);
}

TEST_CASE("The same mesh always writes the same bytes", "[import][writer]") {
    const test::ScratchDir dir("writer-same");
    const SkinnedMesh mesh = generate_avatar({.triangles = 2000});
    const Skeleton skeleton = make_skeleton();
    REQUIRE(write_glb(mesh, skeleton, bind_pose(skeleton), dir / "a.glb").empty());
    // Dirty the heap a little between the two, as a longer run would.
    std::vector<std::vector<char>> noise;
    for (int i = 0; i < 64; ++i) noise.emplace_back(4096 + i * 977, static_cast<char>(0x5a + i));
    noise.clear();
    REQUIRE(write_glb(mesh, skeleton, bind_pose(skeleton), dir / "b.glb").empty());
    const auto bytes = [](const std::filesystem::path& file) {
        std::ifstream in(file, std::ios::binary);
        return std::string{std::istreambuf_iterator<char>(in), {}};
    };
    CHECK(bytes(dir / "a.glb") == bytes(dir / "b.glb"));
}
