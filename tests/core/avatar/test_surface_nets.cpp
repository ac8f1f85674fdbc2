// Surface nets turn a distance field into a closed mesh, even where the grid is too
// coarse for the shape.
#include "core/avatar/surface_nets.h"
#include "mesh_measures.h"

#include <catch2/catch.hpp>
#include <numbers>

using namespace legwork;

namespace {

SurfaceNetsGrid grid_around(float half_width, float spacing) {
    SurfaceNetsGrid grid;
    grid.spacing = spacing;
    const int n = static_cast<int>(2.0f * half_width / spacing) + 1;
    grid.samples = {n, n, n};
    grid.origin = glm::vec3(-half_width);
    return grid;
}

} // namespace

TEST_CASE("Surface nets mesh a sphere closed, wound outward and on its surface",
          "[avatar][surface_nets]") {
    const float r = 0.3f;
    const SurfaceNetsResult result = surface_nets(
        [&](const glm::vec3& p) { return glm::length(p) - r; }, grid_around(0.4f, 0.02f));
    const TriangleMesh& mesh = result.mesh;
    REQUIRE(mesh.triangle_count() > 1000);
    CHECK(test::unpaired_edges(mesh.indices) == 0);
    const double volume = test::signed_volume(mesh.positions, mesh.indices);
    CHECK(volume == Approx(4.0 / 3.0 * std::numbers::pi * r * r * r).epsilon(0.03));
    for (const glm::vec3& p : mesh.positions) CHECK(glm::length(p) == Approx(r).margin(0.004f));
    CHECK(result.corners_moved == 0);
}

TEST_CASE("Surface nets keep the mesh manifold where two shapes nearly touch",
          "[avatar][surface_nets]") {
    // Two balls whose gap is far below the grid spacing: without care, grid faces with
    // alternating corners would join the two sheets at shared edges.
    const auto field = [](const glm::vec3& p) {
        const float a = glm::length(p - glm::vec3(-0.1503f, 0.0011f, 0.0007f)) - 0.15f;
        const float b = glm::length(p - glm::vec3(0.1504f, -0.0009f, 0.0013f)) - 0.15f;
        return glm::min(a, b);
    };
    const SurfaceNetsResult result = surface_nets(field, grid_around(0.35f, 0.0137f));
    CHECK(test::unpaired_edges(result.mesh.indices) == 0);
    CHECK(test::signed_volume(result.mesh.positions, result.mesh.indices) > 0.0);
}
