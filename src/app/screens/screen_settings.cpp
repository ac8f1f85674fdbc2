#include "app/screens/screen_panel.h"

namespace legwork {

void draw_settings_screen(const ScreenContext& context, ScreenRequests& requests) {
    begin_screen_panel("##settings", context);
    screen_heading(context, "Settings");

    ImGui::PushFont(context.fonts.heading);
    ImGui::TextUnformatted("Display");
    ImGui::PopFont();
    bool fullscreen = context.fullscreen;
    if (ImGui::Checkbox("Fullscreen (F11)", &fullscreen)) requests.toggle_fullscreen = true;
    ImGui::Spacing();

    ImGui::PushFont(context.fonts.heading);
    ImGui::TextUnformatted("Your data");
    ImGui::PopFont();
    muted_text(context.info.data_dir.c_str());
    ImGui::Spacing();

    ImGui::PushFont(context.fonts.heading);
    ImGui::TextUnformatted("About");
    ImGui::PopFont();
    ImGui::Text("legwork %s", context.info.version.c_str());
    muted_text(context.info.renderer.c_str());
    muted_text(context.info.scene_quality.c_str());
    ImGui::End();
}

} // namespace legwork
