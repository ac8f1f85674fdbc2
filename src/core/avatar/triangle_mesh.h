#pragma once
// TriangleMesh: positions and triangles, nothing else; the in-between form of a surface
// while it is polygonized and simplified.

#include <cstdint>
#include <glm/glm.hpp>
#include <vector>

namespace legwork {

struct TriangleMesh {
    std::vector<glm::vec3> positions;   // metres
    std::vector<std::uint32_t> indices; // three per triangle, counter-clockwise from outside

    std::size_t triangle_count() const { return indices.size() / 3; }
};

} // namespace legwork
