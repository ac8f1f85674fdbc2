#pragma once
// The panel a screen's content sits in: below the navigation bar, inside the safe margins,
// on the left so the studio (and the avatar) stays visible on the right.

#include "app/screens/screens.h"

namespace legwork {

// The panel's width for a display of `display_size` (ImGui units).
float screen_panel_width(const UiLayout& layout, ImVec2 display_size, float width_fraction = 0.42f);

// Begins the panel window; always pair with ImGui::End().
void begin_screen_panel(const char* id, const ScreenContext& context, float width_fraction = 0.42f);

// A screen title in the heading font.
void screen_heading(const ScreenContext& context, const char* text);

// Wrapped text in the muted colour, for hints and explanations.
void muted_text(const char* text);

// A button drawn as chosen (accent) or not; true when pressed.
bool choice_button(const char* label, bool chosen);

// A slider across the panel from `min` to `max` in steps of `step`, showing `shown` (plain
// text, not a format) on it. The mouse drags it; while it has the focus, left and right
// (arrows, D-pad or stick) move it a step, so a gamepad never has to enter it. True when
// `value` changed.
bool step_slider(const char* id, int& value, int min, int max, int step, const char* shown);

} // namespace legwork
