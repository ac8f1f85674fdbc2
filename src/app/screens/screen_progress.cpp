#include "app/screens/screen_panel.h"

namespace legwork {

void draw_progress_screen(const ScreenContext& context, ScreenRequests&) {
    begin_screen_panel("##progress", context);
    screen_heading(context, "Progress");
    ImGui::TextWrapped("No finished workouts yet.");
    ImGui::Spacing();
    muted_text("Your data folder:");
    muted_text(context.info.data_dir.c_str());
    ImGui::End();
}

} // namespace legwork
