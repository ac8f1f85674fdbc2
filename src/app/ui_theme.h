#pragma once
// The app's look in ImGui: dark translucent panels over the studio, high-contrast text,
// one warm accent colour for what is active or focused.

#include <imgui.h>

namespace legwork {

struct UiLayout;

// Accent (active tab, focus, primary buttons), in sRGB as ImGui expects.
inline const ImVec4 kAccent{1.00f, 0.55f, 0.22f, 1.00f};
inline const ImVec4 kAccentText{0.10f, 0.07f, 0.04f, 1.00f}; // text drawn on the accent
inline const ImVec4 kMutedText{0.70f, 0.74f, 0.80f, 1.00f};
inline const ImVec4 kWarning{1.00f, 0.72f, 0.20f, 1.00f}; // a mistake shown, a problem to fix
inline const ImVec4 kGood{0.45f, 0.85f, 0.50f, 1.00f};    // correct form, the cue that fixes a mistake
inline const ImVec4 kFault{1.00f, 0.38f, 0.32f, 1.00f};   // a mistake, as the avatar's body part glows

// Sets ImGui's style for `layout` (call when the layout's scale changes).
void apply_ui_theme(const UiLayout& layout);

// Draws the keyboard and gamepad focus over the UI built this frame: a ring thick enough to
// find from across a room, and a faint wash of the accent inside it. ImGui's own ring is
// 2 px whatever the layout; this one grows with it. Call after the last window, before
// rendering. Nothing is drawn while the mouse is in use.
void draw_focus_ring(const UiLayout& layout);

} // namespace legwork
