#include "core/view/screen_bounds.h"

#include <algorithm>
#include <cmath>

namespace legwork {

PixelRect united(const PixelRect& a, const PixelRect& b) {
    if (a.empty()) return b;
    if (b.empty()) return a;
    return {glm::min(a.min, b.min), glm::max(a.max, b.max)};
}

PixelRect intersected(const PixelRect& a, const PixelRect& b) {
    const PixelRect both{glm::max(a.min, b.min), glm::min(a.max, b.max)};
    return both.empty() ? PixelRect{} : both;
}

PixelRect widened(const PixelRect& rect, int margin_px, glm::ivec2 size) {
    if (rect.empty()) return rect;
    return intersected({rect.min - margin_px, rect.max + margin_px}, {{0, 0}, size});
}

PixelRect rescaled(const PixelRect& rect, glm::ivec2 from_size, glm::ivec2 to_size, int margin_px) {
    if (rect.empty() || from_size.x <= 0 || from_size.y <= 0) return {};
    const glm::vec2 scale = glm::vec2(to_size) / glm::vec2(from_size);
    const glm::ivec2 lo(glm::floor(glm::vec2(rect.min) * scale));
    const glm::ivec2 hi(glm::ceil(glm::vec2(rect.max) * scale));
    return widened({lo, hi}, margin_px, to_size);
}

PixelRect box_pixel_rect(const glm::mat4& view_projection, const WorldBox& box, glm::ivec2 size,
                         int margin_px) {
    if (box.empty()) return {};
    const PixelRect whole{{0, 0}, size};
    // The corners' projections bound the box's, while all of them are in front of the eye.
    glm::vec2 lowest{1e30f}, highest{-1e30f};
    for (int corner = 0; corner < 8; ++corner) {
        const glm::vec3 p{corner & 1 ? box.max.x : box.min.x, corner & 2 ? box.max.y : box.min.y,
                          corner & 4 ? box.max.z : box.min.z};
        const glm::vec4 clip = view_projection * glm::vec4(p, 1.0f);
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
    const PixelRect rect{glm::ivec2(low_px), glm::ivec2(high_px)};
    return rect.empty() ? PixelRect{} : rect;
}

WorldBox shadow_box(const WorldBox& box, glm::vec3 toward_light, float receivers_top_m) {
    const glm::vec3 light = glm::normalize(toward_light);
    WorldBox out;
    if (box.empty() || light.y < 0.05f) return out;
    // Each corner's shadow on the floor and on the highest receiver below it; the shadows
    // on heights between lie between those.
    const float top = std::clamp(receivers_top_m, 0.0f, box.max.y);
    for (int corner = 0; corner < 8; ++corner) {
        const glm::vec3 p{corner & 1 ? box.max.x : box.min.x, corner & 2 ? box.max.y : box.min.y,
                          corner & 4 ? box.max.z : box.min.z};
        for (const float height : {0.0f, top}) {
            // A corner at or below the height is where its shadow there would begin.
            if (p.y <= height) out.add({p.x, height, p.z});
            else out.add(p - light * ((p.y - height) / light.y));
        }
    }
    return out;
}

} // namespace legwork
