#include "core/view/screen_bounds.h"

#include <cmath>

namespace legwork {

PixelRect sphere_pixel_rect(const glm::mat4& view_projection, const BoundingSphere& sphere,
                            glm::ivec2 size, int margin_px) {
    const PixelRect whole{{0, 0}, size};
    // The cube around the sphere holds it, and so does the cube's image: the corners'
    // projections bound the sphere's, while all of them are in front of the eye.
    glm::vec2 lowest{1e30f}, highest{-1e30f};
    for (int corner = 0; corner < 8; ++corner) {
        const glm::vec3 offset{corner & 1 ? 1.0f : -1.0f, corner & 2 ? 1.0f : -1.0f,
                               corner & 4 ? 1.0f : -1.0f};
        const glm::vec4 clip = view_projection * glm::vec4(sphere.centre + offset * sphere.radius_m, 1.0f);
        if (clip.w <= 1e-4f) return whole;
        const glm::vec2 ndc = glm::vec2(clip) / clip.w;
        lowest = glm::min(lowest, ndc);
        highest = glm::max(highest, ndc);
    }
    const glm::vec2 pixels(size);
    const glm::vec2 low = (lowest * 0.5f + 0.5f) * pixels;
    const glm::vec2 high = (highest * 0.5f + 0.5f) * pixels;
    // Far off-image values are clamped before converting, so they cannot overflow an int.
    const glm::vec2 low_px = glm::clamp(glm::floor(low) - float(margin_px), glm::vec2(0.0f), pixels);
    const glm::vec2 high_px = glm::clamp(glm::ceil(high) + float(margin_px), glm::vec2(0.0f), pixels);
    return {glm::ivec2(low_px), glm::ivec2(high_px)};
}

} // namespace legwork
