// Decimation keeps a closed mesh closed and on its shape, with the triangles asked for.
#include "core/avatar/mesh_decimation.h"
#include "core/avatar/surface_nets.h"
#include "mesh_measures.h"

#include <catch2/catch.hpp>

using namespace legwork;

namespace {

// An ellipsoid-ish capsule: flat sides and curved ends, so detail has somewhere to go.
TriangleMesh capsule() {
    SurfaceNetsGrid grid;
    grid.spacing = 0.01f;
    grid.samples = {61, 101, 61};
    grid.origin = {-0.3f, -0.5f, -0.3f};
    return surface_nets(
               [](const glm::vec3& p) {
                   const glm::vec3 q{0.0f, glm::clamp(p.y, -0.25f, 0.25f), 0.0f};
                   return glm::length(p - q) - 0.2f;
               },
               grid)
        .mesh;
}

} // namespace

TEST_CASE("Decimation reaches the triangle count asked for and keeps the mesh closed",
          "[avatar][decimation]") {
    TriangleMesh mesh = capsule();
    const std::size_t before = mesh.triangle_count();
    const double volume = test::signed_volume(mesh.positions, mesh.indices);
    DecimationOptions options;
    options.target_triangles = before / 8;
    decimate(mesh, options);
    CHECK(mesh.triangle_count() <= before / 8 + 1);
    CHECK(mesh.triangle_count() >= before / 8 - 1);
    CHECK(test::unpaired_edges(mesh.indices) == 0);
    CHECK(test::signed_volume(mesh.positions, mesh.indices) == Approx(volume).epsilon(0.02));
    for (std::uint32_t i : mesh.indices) REQUIRE(i < mesh.positions.size());
}

TEST_CASE("Decimation refuses to make edges longer than allowed", "[avatar][decimation]") {
    TriangleMesh mesh = capsule();
    DecimationOptions options;
    options.target_triangles = 10; // far below what the limit allows
    options.max_edge_m = [](const glm::vec3&) { return 0.06f; };
    decimate(mesh, options);
    CHECK(mesh.triangle_count() > 200);
    for (std::size_t t = 0; t < mesh.indices.size(); t += 3)
        for (int k = 0; k < 3; ++k)
            REQUIRE(glm::distance(mesh.positions[mesh.indices[t + k]],
                                  mesh.positions[mesh.indices[t + (k + 1) % 3]]) <= 0.06f + 1e-5f);
    CHECK(test::unpaired_edges(mesh.indices) == 0);
}

TEST_CASE("Decimation that keeps vertices leaves each where it was and says which it was",
          "[avatar][decimation]") {
    const TriangleMesh input = capsule();
    TriangleMesh mesh = input;
    const double volume = test::signed_volume(mesh.positions, mesh.indices);
    DecimationOptions options;
    options.target_triangles = input.triangle_count() / 8;
    options.keep_vertices = true;
    std::vector<std::uint32_t> sources;
    decimate(mesh, options, &sources);
    CHECK(mesh.triangle_count() <= input.triangle_count() / 8 + 1);
    CHECK(test::unpaired_edges(mesh.indices) == 0);
    // Only chords across the curved ends: the volume barely shrinks.
    CHECK(test::signed_volume(mesh.positions, mesh.indices) == Approx(volume).epsilon(0.03));
    REQUIRE(sources.size() == mesh.positions.size());
    for (std::size_t v = 0; v < sources.size(); ++v) {
        REQUIRE(sources[v] < input.positions.size());
        REQUIRE(mesh.positions[v] == input.positions[sources[v]]);
    }
}
