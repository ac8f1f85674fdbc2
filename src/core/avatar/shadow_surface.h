#pragma once
// The surface a skinned mesh casts its shadow with: the mesh decimated onto some of its
// own vertices, unmoved, so it draws from the same skinned vertices as the body and needs
// no skinning of its own. A few thousand triangles cast a shadow that reads the same as
// the whole mesh's at the shadow map's resolution, for a fraction of the rasterizing.

#include "core/avatar/skinned_mesh.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace legwork {

// Triangles in a shadow surface: a fifth of the built-in avatar's. Its shadows on the
// floor and on the body itself look the same as the whole mesh's (compared on screenshots
// of a body standing, on all fours and lying), and the shadow map costs half as much.
inline constexpr std::size_t kShadowTriangles = 2500;

// Indices into `mesh`'s vertices, three per triangle, for about `triangles` triangles
// over the same shape (the mesh's own indices when it has no more). Vertices at one place
// (seams between parts) are welded first, so the surface stays closed across them.
std::vector<std::uint32_t> shadow_surface(const SkinnedMesh& mesh, std::size_t triangles = kShadowTriangles);

} // namespace legwork
