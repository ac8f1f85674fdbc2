#pragma once
// ScreenBounds: where on an image a bounded part of the world can appear, so a pass that
// only matters there (smoothing the avatar's edges) can be kept to it.

#include "core/view/framing.h"

#include <glm/glm.hpp>

namespace legwork {

// A rectangle of pixels: from `min` (inclusive) to `max` (exclusive), bottom row first.
struct PixelRect {
    glm::ivec2 min{0, 0};
    glm::ivec2 max{0, 0};
    bool empty() const { return max.x <= min.x || max.y <= min.y; }
};

// The pixels of an image of `size` that `sphere` can cover when drawn with `view_projection`,
// widened by `margin_px` and clamped to the image: the whole image when the sphere reaches
// behind the eye, an empty rectangle when it is wholly off the image.
PixelRect sphere_pixel_rect(const glm::mat4& view_projection, const BoundingSphere& sphere,
                            glm::ivec2 size, int margin_px);

} // namespace legwork
