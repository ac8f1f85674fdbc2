// The shadow surface: a closed, coarser body over the mesh's own vertices, close to its
// shape, so the shadow it casts reads as the whole mesh's.
#include "core/avatar/shadow_surface.h"

#include "avatar_fixture.h"
#include "mesh_measures.h"

#include <catch2/catch.hpp>
#include <map>

using namespace legwork;

namespace {

// The surface's triangles with vertices at one place made one, for checking it is closed.
std::vector<std::uint32_t> welded(const SkinnedMesh& mesh, std::span<const std::uint32_t> indices) {
    std::map<std::tuple<float, float, float>, std::uint32_t> at;
    std::vector<std::uint32_t> out;
    for (const std::uint32_t v : indices) {
        const glm::vec3 p = mesh.positions[v];
        out.push_back(at.try_emplace({p.x, p.y, p.z}, static_cast<std::uint32_t>(at.size())).first->second);
    }
    return out;
}

// The distance from `p` to the triangle a, b, c (Ericson, Real-Time Collision Detection 5.1.5).
float distance_to_triangle(glm::vec3 p, glm::vec3 a, glm::vec3 b, glm::vec3 c) {
    const glm::vec3 n = glm::cross(b - a, c - a);
    const float n2 = glm::dot(n, n);
    if (n2 > 0.0f) {
        const glm::vec3 q = p - n * (glm::dot(p - a, n) / n2); // onto the plane
        const float u = glm::dot(glm::cross(c - b, q - b), n), v = glm::dot(glm::cross(a - c, q - c), n),
                    w = glm::dot(glm::cross(b - a, q - a), n);
        if (u >= 0.0f && v >= 0.0f && w >= 0.0f) return glm::distance(p, q);
    }
    return std::min({test::distance_to_segment(p, a, b), test::distance_to_segment(p, b, c),
                     test::distance_to_segment(p, c, a)});
}

// How far the mesh's vertices lie from the surface `indices`, at most.
float furthest_vertex(const SkinnedMesh& mesh, std::span<const std::uint32_t> indices) {
    float furthest = 0.0f;
    for (const glm::vec3& p : mesh.positions) {
        float nearest = 1e9f;
        for (std::size_t t = 0; t < indices.size(); t += 3)
            nearest = std::min(nearest, distance_to_triangle(p, mesh.positions[indices[t]], mesh.positions[indices[t + 1]],
                                                             mesh.positions[indices[t + 2]]));
        furthest = std::max(furthest, nearest);
    }
    return furthest;
}

} // namespace

TEST_CASE("The avatar's shadow surface is closed, a fifth of its triangles and on its shape",
          "[avatar][shadow_surface]") {
    const SkinnedMesh& body = test::avatar();
    const std::vector<std::uint32_t> surface = shadow_surface(body);
    REQUIRE(surface.size() % 3 == 0);
    for (const std::uint32_t v : surface) REQUIRE(v < body.vertex_count());
    CHECK(surface.size() / 3 <= kShadowTriangles + 1);
    CHECK(surface.size() / 3 >= kShadowTriangles - 1);
    // Closed, so no light leaks through it; wound as the body, so the same faces cast.
    CHECK(test::unpaired_edges(welded(body, surface)) == 0);
    CHECK(test::signed_volume(body.positions, surface) ==
          Approx(test::signed_volume(body.positions, body.indices)).epsilon(0.03));
    // No part of the body strays from it further than a shadow's soft edge (about 1 cm).
    const float furthest = furthest_vertex(body, surface);
    INFO("the furthest vertex is " << furthest * 1000.0f << " mm off the shadow surface");
    CHECK(furthest < 0.008f);
}

TEST_CASE("A shadow surface stays closed across seams, where a model's vertices are split",
          "[avatar][shadow_surface]") {
    // The same body with the triangles of its second half given vertices of their own, as a
    // model's parts with their own normals or colours are.
    SkinnedMesh model = test::avatar();
    const std::size_t half = model.indices.size() / 2;
    for (std::size_t i = half - half % 3; i < model.indices.size(); ++i) {
        const std::uint32_t v = model.indices[i];
        model.positions.push_back(model.positions[v]);
        model.normals.push_back(model.normals[v]);
        model.joints.push_back(model.joints[v]);
        model.weights.push_back(model.weights[v]);
        model.indices[i] = static_cast<std::uint32_t>(model.positions.size() - 1);
    }
    REQUIRE(test::unpaired_edges(model.indices) > 0);
    const std::vector<std::uint32_t> surface = shadow_surface(model);
    CHECK(surface.size() / 3 <= kShadowTriangles + 1);
    CHECK(test::unpaired_edges(welded(model, surface)) == 0);
}

TEST_CASE("A mesh already coarse enough casts its shadow with its own triangles", "[avatar][shadow_surface]") {
    const SkinnedMesh& body = test::avatar();
    CHECK(shadow_surface(body, body.triangle_count()) == body.indices);
}
