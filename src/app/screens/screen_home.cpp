#include "app/screens/screen_panel.h"
#include "app/ui_theme.h"

namespace legwork {

void draw_home_screen(const ScreenContext& context, ScreenRequests& requests) {
    begin_screen_panel("##home", context);
    ImGui::PushFont(context.fonts.title);
    ImGui::TextUnformatted("Balance your legs");
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::TextWrapped("A 3D coach shows each move, counts your reps and holds, and tells you "
                       "when your form slips. The work targets weak hamstrings next to strong "
                       "quads, and the gap between your left and right leg.");
    ImGui::Spacing();
    const ProgressView& progress = context.progress;
    if (!progress.save_notice.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kWarning);
        ImGui::TextWrapped("%s", progress.save_notice.c_str());
        ImGui::PopStyleColor();
    }
    const Streak& streak = progress.summary.streak;
    if (streak.current > 0)
        ImGui::TextColored(kAccent, "Streak: %d %s%s", streak.current,
                           progress.summary.goal.kind == StreakGoalKind::daily ? "day" : "week",
                           streak.current == 1 ? "" : "s");
    ImGui::TextWrapped("%s", progress.summary.needed_today.c_str());
    ImGui::Spacing();
    if (ImGui::Button("Browse exercises")) requests.go_to = ScreenId::library;
    ImGui::SameLine();
    if (ImGui::Button("Pick a routine")) requests.go_to = ScreenId::routines;
    ImGui::Spacing();
    ImGui::Spacing();
    muted_text("Drag the studio to look around, scroll to zoom, double-click to reset the "
               "view. F11 switches to fullscreen.");
    ImGui::End();
}

} // namespace legwork
