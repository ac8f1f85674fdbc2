#pragma once
// Loads a rigged humanoid model (glTF/GLB and VRM, FBX, Collada, DirectX .x, ... anything
// Assimp reads with a skeleton) as a SkinnedMesh on the canonical skeleton fitted to the
// model's own proportions, or says why it cannot.
//
// Bones map onto canonical joints by name (bone_map.h); a bone that maps to none passes
// its weights to its nearest ancestor that does (fingers to the hand, twist bones to
// their limb). The model is turned, scaled and moved into the canonical world: +Y up and
// facing +Z (to the nearest quarter turn, from where its head, feet and left and right
// limbs are), metres (its height read as metres, centimetres, millimetres or inches,
// whichever is a person's), soles on y = 0 and hips over the origin. The skeleton is
// fitted to its joints in the bind pose (skeleton_fit.h) and the sites to its skin
// (skin_sites.h); inverse binds are those of the fitted joints, so a bone's own axes and
// roll in the file do not matter. Each vertex keeps its four heaviest joints,
// renormalised. Each mesh of the file becomes a part named after its material, with its
// base colour. Four vertex colour sets carry the built-in avatar's outfit and muscles
// (vertex_color_packing.h); any other model has no outfit and its muscles are found from
// its skin weights (muscle_map.h).
//
// Never throws. Assimp's validation runs on everything it reads, and a file too large, or
// with too many nodes, vertices, bones or weights, is refused before it is processed
// further. A file that crashes or hangs Assimp itself is contained only by
// load_model_isolated() (model_load_isolated.h).

#include "core/avatar/skinned_mesh.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace legwork {

struct LoadOptions {
    std::uintmax_t max_file_bytes = 64u << 20; // larger files are refused unread
    std::size_t max_nodes = 10'000;
    std::size_t max_vertices = 1'000'000; // all meshes together
    std::size_t max_bones = 2'000;        // bones of all meshes together
    std::size_t max_weights = 8'000'000;  // vertex weights of all bones together
};

struct MeshSummary {
    std::string name;
    std::uint32_t vertices = 0;
    std::uint32_t faces = 0;
    std::uint32_t bones = 0;
};

// What was found in the file, as far as reading it got.
struct ModelReport {
    std::string format; // the reader's name, like "glTF2 Importer"
    std::vector<MeshSummary> meshes;
    std::vector<std::string> bones;                     // the nodes that are bones, parents first
    std::array<std::string, kJointCount> joint_bones{}; // the bone each joint is; empty: placed
    std::string unit;       // "metres", "centimetres", "millimetres" or "inches"
    std::string up_axis;    // the file's axis that became +Y: "+Y", "+Z", "-X", ...
    std::string front_axis; // the file's axis the body faces, now +Z
    float height_m = 0.0f;  // from the soles to the top of the head
};

struct ModelLoad {
    std::optional<SkinnedMesh> mesh; // set on success
    Skeleton skeleton;               // on success: fitted to the model, bound as `mesh` is
    ModelReport report;
    std::string error; // why not, on failure: one line for the user
};

ModelLoad load_model(const std::filesystem::path& path, const LoadOptions& options = {});

} // namespace legwork
