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

// A section's title: the accent colour, with air above it.
void section(const char* title);

// Starts the next item on the same line when `next_width` still fits there, else on a new one.
void flow(float next_width);
// A button's width for `label`.
float button_width(const char* label);

// A button drawn as chosen (accent) or not; true when pressed.
bool choice_button(const char* label, bool chosen);

} // namespace legwork
