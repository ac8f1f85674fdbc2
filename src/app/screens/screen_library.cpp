#include "app/screens/screen_panel.h"

namespace legwork {

void draw_library_screen(const ScreenContext& context, ScreenRequests&) {
    begin_screen_panel("##library", context);
    screen_heading(context, "Exercise library");
    ImGui::TextWrapped("No exercises are installed yet.");
    ImGui::Spacing();
    muted_text("Exercises are read from the exercises folder in:");
    muted_text(context.info.content_dir.c_str());
    ImGui::End();
}

} // namespace legwork
