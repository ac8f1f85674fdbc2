#include "app/screens/screen_panel.h"

#include "app/ui_theme.h"

#include <algorithm>

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

void section(const char* title) {
    ImGui::Spacing();
    ImGui::Spacing();
    ImGui::TextColored(kAccent, "%s", title);
}

void flow(float next_width) {
    const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + next_width;
    if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

float button_width(const char* label) {
    return ImGui::CalcTextSize(label).x + 2.0f * ImGui::GetStyle().FramePadding.x;
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

} // namespace legwork
