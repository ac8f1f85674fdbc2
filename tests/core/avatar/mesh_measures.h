#pragma once
// Geometry measures the avatar tests hold meshes to.

#include <cstdint>
#include <glm/glm.hpp>
#include <span>
#include <vector>

namespace legwork::test {

// How many directed edges break "every edge is shared by exactly two triangles, once in
// each direction" (0 for a closed, consistently wound, edge-manifold mesh).
int unpaired_edges(std::span<const std::uint32_t> indices);

// Signed volume enclosed (positive when wound counter-clockwise seen from outside), m^3.
double signed_volume(std::span<const glm::vec3> positions, std::span<const std::uint32_t> indices);

// Generalized winding number of the closed mesh around `point`: 1 inside, 0 outside.
double winding_number(std::span<const glm::vec3> positions, std::span<const std::uint32_t> indices,
                      const glm::vec3& point);

// Perimeters of the closed loops where the plane dot(normal, p) = offset cuts the mesh,
// with the centroid of each loop's points.
struct Section {
    glm::vec3 centroid;
    float perimeter_m;
};
std::vector<Section> sections(std::span<const glm::vec3> positions,
                              std::span<const std::uint32_t> indices, const glm::vec3& normal,
                              float offset);

// Distance from `p` to the segment a-b.
float distance_to_segment(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b);

} // namespace legwork::test
