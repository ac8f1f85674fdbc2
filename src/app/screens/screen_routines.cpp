#include "app/screens/screen_panel.h"

namespace legwork {

void draw_routines_screen(const ScreenContext& context, ScreenRequests&) {
    begin_screen_panel("##routines", context);
    screen_heading(context, "Routines");
    ImGui::TextWrapped("No routines are installed yet.");
    ImGui::Spacing();
    muted_text("Routines are read from the routines folder in:");
    muted_text(context.info.content_dir.c_str());
    ImGui::End();
}

} // namespace legwork
