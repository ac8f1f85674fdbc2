#pragma once
// Writes a rigged body to a binary glTF file (.glb) through Assimp's exporter: the mesh
// with normals, skin (joints, weights, inverse binds) and the outfit and muscle weights
// as vertex colours (vertex_color_packing.h), one material per part with its name and
// base colour, and the skeleton as a node hierarchy named with VRM joint names
// (joint_name()) in the pose the mesh is bound in. load_model() reads it back.

#include "core/anim/pose.h"
#include "core/avatar/skinned_mesh.h"

#include <filesystem>
#include <string>

namespace legwork {

// Writes `mesh`, bound to `skeleton` in `bind` (so that inverse(mesh.inverse_bind[j]) is
// joint j's world transform in `bind`), to `path`. Returns an empty string on success,
// else why it failed. The file holds positions in metres, +Y up, facing +Z.
std::string write_glb(const SkinnedMesh& mesh, const Skeleton& skeleton, const Pose& bind,
                      const std::filesystem::path& path);

} // namespace legwork
