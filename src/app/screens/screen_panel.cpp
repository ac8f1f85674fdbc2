#include "app/screens/screen_panel.h"

#include "app/ui_theme.h"

#include <algorithm>
#include <cmath>
#include <imgui_internal.h>

namespace legwork {

float screen_panel_width(const UiLayout& layout, ImVec2 display_size, float width_fraction) {
    return std::min(std::max(display_size.x * width_fraction, layout.fonts.body_px * 22.0f),
                    display_size.x - 2.0f * layout.safe_margin_px);
}

void begin_screen_panel(const char* id, const ScreenContext& context, float width_fraction) {
    const UiLayout& layout = context.layout;
    const float margin = layout.safe_margin_px;
    const float gap = layout.fonts.body_px * 0.75f;
    const float top = margin + layout.nav_height_px + gap;
    const float width = screen_panel_width(layout, context.display_size, width_fraction);
    // As tall as the content, never taller than the space left (it scrolls beyond).
    ImGui::SetNextWindowPos({margin, top});
    ImGui::SetNextWindowSizeConstraints({width, 0.0f},
                                        {width, context.display_size.y - top - margin});
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings);
}

void screen_heading(const ScreenContext& context, const char* text) {
    ImGui::PushFont(context.fonts.heading);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
    ImGui::Spacing();
}

void muted_text(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

bool choice_button(const char* label, bool chosen) {
    if (chosen) {
        ImGui::PushStyleColor(ImGuiCol_Button, kAccent);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, kAccent);
        ImGui::PushStyleColor(ImGuiCol_Text, kAccentText);
    }
    const bool pressed = ImGui::Button(label);
    if (chosen) ImGui::PopStyleColor(3);
    return pressed;
}

bool step_slider(const char* id, int& value, int min, int max, int step, const char* shown) {
    // ImGui reads the text as a format: a '%' in it is doubled (on the stack, no allocation).
    char format[64];
    std::size_t n = 0;
    for (const char* c = shown; *c && n + 2 < sizeof format; ++c) {
        if (*c == '%') format[n++] = '%';
        format[n++] = *c;
    }
    format[n] = '\0';
    int v = value;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    ImGui::SliderInt(id, &v, min, max, format, ImGuiSliderFlags_AlwaysClamp | ImGuiSliderFlags_NoInput);
    // A or Enter would hold the D-pad inside the slider until pressed again, and B would
    // then leave the screen as well as let go: a focused slider takes left and right
    // instead, and is never entered from the gamepad or keyboard.
    if (ImGui::IsItemActivated() && GImGui->ActiveIdSource == ImGuiInputSource_Nav) ImGui::ClearActiveID();
    if (ImGui::IsItemFocused() && !ImGui::IsItemActive()) {
        const float dx = ImGui::GetNavInputAmount2d(ImGuiNavDirSourceFlags_Keyboard | ImGuiNavDirSourceFlags_PadDPad |
                                                        ImGuiNavDirSourceFlags_PadLStick,
                                                    ImGuiInputReadMode_Repeat)
                             .x;
        if (dx != 0.0f) v += dx > 0.0f ? step : -step;
        // A slider that resizes the UI moves under the focus: keep it in view, or the next
        // press down would only scroll to it.
        ImGuiWindow* window = ImGui::GetCurrentWindow();
        const ImRect rect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        if (!window->ClipRect.Contains(rect)) ImGui::ScrollToBringRectIntoView(window, rect);
    }
    // Dragged values land on a step too.
    v = std::clamp(min + static_cast<int>(std::lround(static_cast<float>(v - min) / static_cast<float>(step))) * step,
                   min, max);
    if (v == value) return false;
    value = v;
    return true;
}

} // namespace legwork
