#include "app/screens/screens.h"
#include "app/ui_theme.h"

namespace legwork {

void draw_nav_bar(ScreenId current, const ScreenContext& context, ScreenRequests& requests) {
    const UiLayout& layout = context.layout;
    const float margin = layout.safe_margin_px;
    ImGui::SetNextWindowPos({margin, margin});
    ImGui::SetNextWindowSize({context.display_size.x - 2.0f * margin, layout.nav_height_px});
    ImGui::Begin("##nav", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings);

    // The brand and the row of tab buttons are each centred vertically in the bar.
    ImGui::PushFont(context.fonts.heading);
    ImGui::SetCursorPosY((layout.nav_height_px - ImGui::GetTextLineHeight()) * 0.5f);
    ImGui::TextColored(kAccent, "legwork");
    ImGui::PopFont();
    ImGui::SameLine(0.0f, layout.fonts.body_px * 2.0f);
    ImGui::SetCursorPosY((layout.nav_height_px - ImGui::GetFrameHeight()) * 0.5f);

    for (ScreenId screen : kAllScreens) {
        const bool active = screen == current;
        if (active) {
            ImGui::PushStyleColor(ImGuiCol_Button, kAccent);
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, kAccent);
            ImGui::PushStyleColor(ImGuiCol_Text, kAccentText);
        }
        // Title as label; the screen name as ID keeps IDs stable if titles change.
        ImGui::PushID(static_cast<int>(screen));
        if (ImGui::Button(screen_title(screen).data())) requests.go_to = screen;
        ImGui::PopID();
        if (active) ImGui::PopStyleColor(3);
        ImGui::SameLine();
    }
    // How to find every key and button, at the bar's right end, when the tabs leave room
    // for it (large type on a small window may not).
    const char* hint = help_hint(context.pad);
    const float hint_x = ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(hint).x;
    if (hint_x >= ImGui::GetCursorPosX() + layout.fonts.body_px) {
        ImGui::SetCursorPosX(hint_x);
        ImGui::SetCursorPosY((layout.nav_height_px - ImGui::GetTextLineHeight()) * 0.5f);
        ImGui::TextColored(kMutedText, "%s", hint);
    }
    ImGui::End();
}

void draw_screen(ScreenId screen, const ScreenContext& context, ScreenRequests& requests) {
    switch (screen) {
    case ScreenId::home: draw_home_screen(context, requests); break;
    case ScreenId::library: draw_library_screen(context, requests); break;
    case ScreenId::routines: draw_routines_screen(context, requests); break;
    case ScreenId::progress: draw_progress_screen(context, requests); break;
    case ScreenId::settings: draw_settings_screen(context, requests); break;
    }
}

} // namespace legwork
