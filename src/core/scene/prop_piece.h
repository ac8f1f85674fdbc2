#pragma once
// PropPiece: one simple solid of a prop in the world, as the renderer draws it. A prop is
// a few pieces (a bench is a pad and its frame; a loop band is many short strips).

#include "core/scene/prop_kind.h"

#include <cstdint>
#include <glm/glm.hpp>

namespace legwork {

enum class PropShape : std::uint8_t {
    box,       // a rounded box
    ellipsoid, // a sphere when the size is the same along all three axes
    cylinder,  // its axis along local +Y, flat ends, round (size x = size z = diameter)
};

struct PropPiece {
    PropShape shape = PropShape::box;
    glm::mat4 transform{1.0f};     // rigid (rotation and translation, no scale): the shape's
                                   // local frame, centred on the piece, to world; metres
    glm::vec3 size_m{0.0f};        // full extents along local x, y, z (a cylinder: diameter in
                                   // x and z, length in y)
    float corner_radius_m = 0.0f;  // boxes only: edges rounded by this much, 0 = sharp
    glm::vec3 color{0.5f};         // linear RGB
    PropKind kind = PropKind::mat; // the prop it is part of
};

// Signed distance from `point` (world, metres) to the piece's surface: negative inside.
// Exact for boxes and cylinders, a close estimate for ellipsoids (exact for spheres).
float signed_distance_m(const PropPiece& piece, glm::vec3 point);

} // namespace legwork
