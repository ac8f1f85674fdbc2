#pragma once
// Loads a rigged model (glTF, FBX, ... anything Assimp reads) as a SkinnedMesh on the
// canonical skeleton, or says why it cannot.
//
// Bones map onto canonical joints by exact VRM name (joint_name()); a bone with another
// name passes its weights to its nearest ancestor that is a joint (fingers to the hand).
// Every canonical joint must be a node of the file. Each vertex keeps its four heaviest
// joints, renormalised. A joint that weighs no vertex takes its inverse bind from the
// node hierarchy. Positions are the file's model space, which for glTF is metres, +Y up.
// Each mesh of the file becomes a part named after its material, with its base colour;
// four vertex colour sets carry the outfit and muscles (vertex_color_packing.h).
//
// Never throws and never crashes on a malformed file; Assimp's own validation runs on
// everything it reads. Fast enough to call at start-up: no slow post-processing.

#include "core/avatar/skinned_mesh.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace legwork {

struct LoadOptions {
    std::uintmax_t max_file_bytes = 64u << 20; // larger files are refused unread
};

struct ModelLoad {
    std::optional<SkinnedMesh> mesh; // set on success
    std::string error;               // why not, on failure: one line for the user
};

ModelLoad load_model(const std::filesystem::path& path, const LoadOptions& options = {});

} // namespace legwork
