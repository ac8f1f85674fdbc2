#pragma once
// ShapeMesh: simple solid shapes as triangle meshes, for props. Each is closed, wound
// counter-clockwise seen from outside, with unit normals that are smooth over curved
// surfaces and sharp at edges.

#include <cstdint>
#include <glm/glm.hpp>
#include <vector>

namespace legwork {

struct ShapeMesh {
    std::vector<glm::vec3> positions;
    std::vector<glm::vec3> normals;
    std::vector<std::uint32_t> indices; // three per triangle
};

// A box of `size` (full extents, metres) centred on the origin, its edges and corners
// rounded with `corner_radius` (0 for sharp; clamped to half the smallest extent).
ShapeMesh box_mesh(glm::vec3 size, float corner_radius);

// A sphere of radius 0.5 (diameter 1) centred on the origin.
ShapeMesh sphere_mesh(int segments = 32, int rings = 16);

// A capped cylinder of diameter 1 and height 1 along +Y, centred on the origin.
ShapeMesh cylinder_mesh(int segments = 32);

} // namespace legwork
