#include "app/ui_layout.h"

#include <algorithm>
#include <cmath>

namespace legwork {

UiLayout ui_layout(glm::ivec2 drawable_px, float display_scale, bool tv, float user_scale) {
    // Resolution relative to 1080 lines, limited to 720p .. 4K.
    const float lines = std::clamp(static_cast<float>(drawable_px.y) / 1080.0f, 0.667f, 2.0f);
    const float scale = tv ? lines : std::max(display_scale, std::max(lines, 0.8f));
    const float body_px = std::round((tv ? 30.0f : 20.0f) * scale * user_scale);

    UiLayout layout;
    layout.scale = body_px / 20.0f;
    layout.fonts.body_px = body_px;
    layout.fonts.heading_px = std::round(body_px * 1.5f);
    layout.fonts.title_px = std::round(body_px * 2.8f);
    // 270 px on a 1080-line TV, where its digits stand about 163 px tall.
    layout.fonts.timer_px = std::round(body_px * 9.0f);
    const float shorter_side = static_cast<float>(std::min(drawable_px.x, drawable_px.y));
    layout.safe_margin_px = std::round(tv ? drawable_px.y * 0.05f : shorter_side * 0.02f);
    layout.nav_height_px = std::round(body_px * 2.6f);
    return layout;
}

} // namespace legwork
