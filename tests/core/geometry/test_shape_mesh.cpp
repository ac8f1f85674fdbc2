#include "core/geometry/shape_mesh.h"

#include <catch2/catch.hpp>
#include <map>
#include <numbers>

using namespace legwork;

namespace {

// Volume enclosed by the mesh (divergence theorem): positive when wound outward.
float volume(const ShapeMesh& mesh) {
    double sum = 0.0;
    for (std::size_t i = 0; i < mesh.indices.size(); i += 3) {
        const glm::dvec3 a = mesh.positions[mesh.indices[i]],
                         b = mesh.positions[mesh.indices[i + 1]],
                         c = mesh.positions[mesh.indices[i + 2]];
        sum += glm::dot(a, glm::cross(b, c)) / 6.0;
    }
    return static_cast<float>(sum);
}

// Closed: every edge, matched by position, is used once in each direction.
bool closed(const ShapeMesh& mesh) {
    const auto key = [](glm::vec3 p) { return glm::ivec3(glm::round(p * 1e5f)); };
    const auto less = [](const glm::ivec3& a, const glm::ivec3& b) {
        return std::tie(a.x, a.y, a.z) < std::tie(b.x, b.y, b.z);
    };
    const auto edge_less = [&](const std::pair<glm::ivec3, glm::ivec3>& a,
                               const std::pair<glm::ivec3, glm::ivec3>& b) {
        if (less(a.first, b.first)) return true;
        if (less(b.first, a.first)) return false;
        return less(a.second, b.second);
    };
    std::map<std::pair<glm::ivec3, glm::ivec3>, int, decltype(edge_less)> edges(edge_less);
    for (std::size_t i = 0; i < mesh.indices.size(); i += 3)
        for (int k = 0; k < 3; ++k) {
            const glm::ivec3 a = key(mesh.positions[mesh.indices[i + k]]);
            const glm::ivec3 b = key(mesh.positions[mesh.indices[i + (k + 1) % 3]]);
            if (a == b) return false; // a degenerate edge
            ++edges[{a, b}];
        }
    for (const auto& [edge, count] : edges) {
        const auto back = edges.find({edge.second, edge.first});
        if (count != 1 || back == edges.end() || back->second != 1) return false;
    }
    return true;
}

bool unit_normals(const ShapeMesh& mesh) {
    for (const glm::vec3& n : mesh.normals)
        if (std::abs(glm::length(n) - 1.0f) > 1e-4f) return false;
    return mesh.normals.size() == mesh.positions.size();
}

} // namespace

TEST_CASE("Shape meshes are closed, wound outward and the size asked for", "[geometry][shape]") {
    constexpr float pi = std::numbers::pi_v<float>;
    const ShapeMesh sharp = box_mesh({1.2f, 0.45f, 0.4f}, 0.0f);
    CHECK(closed(sharp));
    CHECK(unit_normals(sharp));
    CHECK(volume(sharp) == Approx(1.2f * 0.45f * 0.4f).epsilon(1e-4));

    // Rounding takes off the corners: the box minus the edge strips plus quarter-cylinders
    // and corner spheres (Steiner's formula for the inner box grown by r).
    const glm::vec3 size{0.5f, 0.12f, 0.35f};
    const float r = 0.04f;
    const ShapeMesh rounded = box_mesh(size, r);
    const glm::vec3 inner = size - 2.0f * r;
    const float expected = inner.x * inner.y * inner.z +
                           2.0f * r * (inner.x * inner.y + inner.y * inner.z + inner.z * inner.x) +
                           pi * r * r * (inner.x + inner.y + inner.z) +
                           4.0f / 3.0f * pi * r * r * r;
    CHECK(closed(rounded));
    CHECK(unit_normals(rounded));
    CHECK(volume(rounded) == Approx(expected).epsilon(0.01));
    // Rounded surfaces keep their normals pointing away from the middle.
    int inward = 0;
    for (std::size_t i = 0; i < rounded.positions.size(); ++i)
        inward += glm::dot(rounded.normals[i], rounded.positions[i]) <= 0.0f;
    CHECK(inward == 0);

    // A rounding of a few millimetres takes few triangles; a wide one, more.
    const ShapeMesh chamfered = box_mesh({0.03f, 0.02f, 0.1f}, 0.004f);
    CHECK(closed(chamfered));
    CHECK(chamfered.indices.size() / 3 < rounded.indices.size() / 10);

    const ShapeMesh sphere = sphere_mesh();
    CHECK(closed(sphere));
    CHECK(unit_normals(sphere));
    CHECK(volume(sphere) == Approx(pi / 6.0f).epsilon(0.02));

    const ShapeMesh cylinder = cylinder_mesh();
    CHECK(closed(cylinder));
    CHECK(unit_normals(cylinder));
    CHECK(volume(cylinder) == Approx(pi / 4.0f).epsilon(0.01));
}
