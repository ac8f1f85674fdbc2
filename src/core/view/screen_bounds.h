#pragma once
// ScreenBounds: where on an image a bounded part of the world can appear, and rectangles
// of pixels to keep a pass to: smoothing the avatar's edges, redrawing only what moved.

#include "core/view/framing.h"

#include <glm/glm.hpp>

namespace legwork {

// A rectangle of pixels: from `min` (inclusive) to `max` (exclusive), bottom row first.
struct PixelRect {
    glm::ivec2 min{0, 0};
    glm::ivec2 max{0, 0};
    bool empty() const { return max.x <= min.x || max.y <= min.y; }
    int area() const { return empty() ? 0 : (max.x - min.x) * (max.y - min.y); }
    bool operator==(const PixelRect&) const = default;
};

// The smallest rectangle holding both; an empty one adds nothing.
PixelRect united(const PixelRect& a, const PixelRect& b);
// The pixels in both (empty when they do not meet).
PixelRect intersected(const PixelRect& a, const PixelRect& b);
// `rect` widened by `margin_px` on every side, kept within an image of `size`.
PixelRect widened(const PixelRect& rect, int margin_px, glm::ivec2 size);
// The pixels of an image of `to_size` that the pixels `rect` of an image of `from_size`
// cover when one is stretched over the other, widened by `margin_px` there (a linear
// filter reaches a pixel past the edge).
PixelRect rescaled(const PixelRect& rect, glm::ivec2 from_size, glm::ivec2 to_size, int margin_px);

// The pixels of an image of `size` that `box` can cover when drawn with `view_projection`,
// widened by `margin_px` and clamped to the image: the whole image when the box reaches
// behind the eye, an empty rectangle when it is wholly off the image or empty.
PixelRect box_pixel_rect(const glm::mat4& view_projection, const WorldBox& box, glm::ivec2 size,
                         int margin_px);

// A box holding the shadow that what is inside `box` casts, in light coming from
// `toward_light` (pointing at the light), on anything from the floor (y = 0) up to
// `receivers_top_m`: the floor, and props that stand on it. A shadow falls along the
// light, so on something at height h it lies between the floor's shadow and the caster.
// Empty when the light is too near the horizon to light the floor.
WorldBox shadow_box(const WorldBox& box, glm::vec3 toward_light, float receivers_top_m = 0.0f);

} // namespace legwork
