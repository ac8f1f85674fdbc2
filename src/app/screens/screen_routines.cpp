#include "app/screens/screen_panel.h"
#include "app/ui_theme.h"

#include <cmath>

namespace legwork {

void draw_routines_screen(const ScreenContext& context, ScreenRequests& requests) {
    begin_screen_panel("##routines", context);
    screen_heading(context, "Routines");
    const std::vector<Routine>& routines = context.library.routines;
    if (routines.empty()) {
        ImGui::TextWrapped("No routines are installed yet.");
        ImGui::Spacing();
        muted_text("Routines are read from the routines folder in:");
        muted_text(context.info.content_dir.c_str());
    }
    for (int i = 0; i < static_cast<int>(routines.size()); ++i) {
        const Routine& routine = routines[i];
        ImGui::PushID(i);
        ImGui::PushFont(context.fonts.heading);
        ImGui::TextWrapped("%s", routine.name.c_str());
        ImGui::PopFont();
        ImGui::TextWrapped("%s", routine.summary.c_str());
        const double total_s =
            i < static_cast<int>(context.routine_total_s.size()) ? context.routine_total_s[i] : 0.0;
        ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
        ImGui::Text("%zu exercises, about %d min", routine.items.size(),
                    std::max(1, static_cast<int>(std::lround(total_s / 60.0))));
        ImGui::PopStyleColor();
        if (ImGui::Button("Start")) requests.start_routine = i;
        ImGui::Spacing();
        ImGui::Spacing();
        ImGui::PopID();
    }
    ImGui::End();
}

} // namespace legwork
