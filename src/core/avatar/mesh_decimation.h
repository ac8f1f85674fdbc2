#pragma once
// Mesh decimation: fewer triangles for nearly the same shape, by collapsing edges in
// order of least quadric error (Garland and Heckbert, "Surface Simplification Using
// Quadric Error Metrics", 1997). Detail stays where the surface curves (face, hands,
// feet) and flat, gently curved areas get large triangles.
//
// A collapse is refused when it would change the topology (the link condition), fold or
// sharply turn a triangle, make a sliver, or make an edge longer than `max_edge_m` allows
// at that place. So a closed, consistently wound, manifold mesh stays closed, consistently
// wound and manifold. Deterministic: ties are broken by vertex index.

#include "core/avatar/triangle_mesh.h"

#include <functional>

namespace legwork {

struct DecimationOptions {
    std::size_t target_triangles = 20000;
    // The longest edge allowed around a point (metres); no limit when empty.
    std::function<float(const glm::vec3&)> max_edge_m;
    float min_quality = 0.25f;         // 4 sqrt(3) area / sum of squared edges; 1 = equilateral
    float max_normal_turn_deg = 40.0f; // how far a collapse may turn any triangle around it
    // Collapse each edge into one of its ends, which stays where it was: the result's
    // vertices are some of the input's, unmoved (a coarser surface over the same points).
    bool keep_vertices = false;
};

// Decimates `mesh` in place toward `options.target_triangles`; stops earlier when no
// collapse is allowed. Vertices and triangles are renumbered compactly; `sources`, if
// given, gets each remaining vertex's index in the input.
void decimate(TriangleMesh& mesh, const DecimationOptions& options,
              std::vector<std::uint32_t>* sources = nullptr);

} // namespace legwork
