#pragma once
// PropPiece: one simple solid of a prop in the world, as the renderer draws it. A prop is
// a few pieces (a bench is a pad and its frame; a loop band is many short strips).

#include "core/scene/prop_kind.h"
#include "core/view/framing.h"

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

    bool operator==(const PropPiece&) const = default;
};

// Calls `corner(p)` with the world position of each of the eight corners of `piece`'s box.
template <typename Corner>
void for_each_corner(const PropPiece& piece, Corner corner) {
    for (int c = 0; c < 8; ++c) {
        const glm::vec3 sign{c & 1 ? 1.0f : -1.0f, c & 2 ? 1.0f : -1.0f, c & 4 ? 1.0f : -1.0f};
        corner(glm::vec3(piece.transform * glm::vec4(0.5f * sign * piece.size_m, 1.0f)));
    }
}

// The box along the world's axes that holds `piece`.
WorldBox world_box(const PropPiece& piece);

// Signed distance from `point` (world, metres) to the piece's surface: negative inside.
// Exact for boxes and cylinders, a close estimate for ellipsoids (exact for spheres).
float signed_distance_m(const PropPiece& piece, glm::vec3 point);

} // namespace legwork
