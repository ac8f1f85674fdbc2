#pragma once
// Surface nets: the zero level set of a signed distance field, sampled on a regular grid,
// as a closed triangle mesh. One vertex per grid cell the surface passes through (the
// mean of the surface's crossings of the cell's edges), one quad per grid edge it
// crosses, each quad split along its shorter diagonal.
//
// The result is closed, manifold and consistently wound counter-clockwise seen from
// outside (negative inside) when the surface stays inside the grid. Where the grid is too
// coarse for the shape (a cell whose inside corners, or outside corners, fall apart in
// two, as at a face whose corners alternate in sign), one corner sample of value nearest
// zero is moved to the other side, which moves the surface by less than that value, and
// the cell then holds one sheet of surface: no edge is shared by more than two triangles
// and no vertex joins two sheets.

#include "core/avatar/triangle_mesh.h"

#include <functional>

namespace legwork {

struct SurfaceNetsGrid {
    glm::vec3 origin{0.0f}; // position of sample (0, 0, 0), metres
    float spacing = 0.01f;  // between samples, metres
    glm::ivec3 samples{0};  // samples along x, y, z
};

struct SurfaceNetsResult {
    TriangleMesh mesh;
    int corners_moved = 0; // corner samples moved across the surface to resolve ambiguous cells
    int open_edges = 0;    // crossed grid edges on the grid's boundary: the mesh is open there
    int samples_evaluated = 0;
};

// Polygonizes `field` (metres, negative inside) on `grid`. A surface that leaves the grid
// leaves holes, counted in `open_edges`. `field` must be at least
// 1-Lipschitz-like away from the surface (true distance within a factor of 1.5): the grid
// is visited in blocks, and blocks that are far from the surface by the value at their
// centre are filled without evaluating every sample.
SurfaceNetsResult surface_nets(const std::function<float(const glm::vec3&)>& field,
                               const SurfaceNetsGrid& grid);

} // namespace legwork
