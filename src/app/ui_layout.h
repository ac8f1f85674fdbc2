#pragma once
// UiLayout: type sizes and spacing for a screen of a given size, for a laptop at arm's
// length or (tv) a television seen from across a room. Pure arithmetic, unit-tested.

#include "engine/ui_context.h"

#include <glm/vec2.hpp>

namespace legwork {

struct UiLayout {
    UiFontSizes fonts;
    float scale = 1.0f;          // multiplies ImGui's default paddings and roundings
    float safe_margin_px = 0.0f; // kept clear at every edge (TV overscan in tv mode)
    float nav_height_px = 0.0f;  // height of the navigation bar
};

// Layout for a framebuffer of `drawable_px` pixels on a display whose scale relative to
// 96 DPI is `display_scale`. Body type is 20 px on a 1080-line laptop screen (never
// below 16 px) and 30 px on a 1080-line TV, growing with the resolution up to 4K; the
// workout timer's digits are 5.6 times as tall (168 px on a 1080-line TV).
// `user_scale` (the user's UI scale setting, 0.8 to 2) multiplies every size but the
// safe margin on top of that.
// Sizes are whole pixels so the font atlas is only rebuilt when they really change.
UiLayout ui_layout(glm::ivec2 drawable_px, float display_scale, bool tv, float user_scale = 1.0f);

} // namespace legwork
