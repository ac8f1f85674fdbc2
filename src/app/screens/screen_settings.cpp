#include "app/screens/screen_panel.h"
#include "app/ui_theme.h"
#include "engine/studio.h"

#include <cstdio>

namespace legwork {
namespace {

// A row of colour swatches, the chosen one ringed; returns true when another was chosen.
bool swatches(const char* id, std::span<const NamedColor> colors, int& chosen) {
    bool changed = false;
    ImGui::PushID(id);
    const float size = ImGui::GetFrameHeight() * 1.2f;
    for (int i = 0; i < static_cast<int>(colors.size()); ++i) {
        const glm::vec3 srgb = linear_to_srgb(colors[i].linear);
        const bool selected = i == chosen;
        ImGui::PushID(i);
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, selected ? 3.0f : 0.0f);
        ImGui::PushStyleColor(ImGuiCol_Border, kAccent);
        if (ImGui::ColorButton(colors[i].name.data(), {srgb.x, srgb.y, srgb.z, 1.0f},
                               ImGuiColorEditFlags_NoAlpha | ImGuiColorEditFlags_NoTooltip,
                               {size, size})) {
            changed = i != chosen;
            chosen = i;
        }
        ImGui::PopStyleColor();
        ImGui::PopStyleVar();
        ImGui::PopID();
        ImGui::SameLine();
    }
    ImGui::TextUnformatted(colors[chosen].name.data());
    ImGui::PopID();
    return changed;
}

// The avatar's height, build, skin and clothes; changes show on the avatar at once.
void avatar_settings(const ScreenContext& context, ScreenRequests& requests) {
    AvatarLook look = context.settings.look;
    bool changed = false;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Height");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    float height_cm = look.height_m * 100.0f;
    if (ImGui::SliderFloat("##height", &height_cm, kMinAvatarHeightM * 100.0f,
                           kMaxAvatarHeightM * 100.0f, "%.0f cm")) {
        look.height_m = height_cm / 100.0f;
        changed = true;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Build");
    constexpr const char* kBuildLabels[kAvatarBuildCount] = {"Slim", "Average", "Broad"};
    for (int b = 0; b < kAvatarBuildCount; ++b) {
        ImGui::SameLine();
        if (ImGui::RadioButton(kBuildLabels[b], look.build == static_cast<AvatarBuild>(b))) {
            changed |= look.build != static_cast<AvatarBuild>(b);
            look.build = static_cast<AvatarBuild>(b);
        }
    }
    ImGui::TextUnformatted("Skin");
    changed |= swatches("skin", skin_tones(), look.skin_tone);
    ImGui::TextUnformatted("T-shirt");
    changed |= swatches("top", outfit_colors(), look.top_color);
    ImGui::TextUnformatted("Shorts");
    changed |= swatches("shorts", outfit_colors(), look.shorts_color);
    ImGui::TextUnformatted("Shoes");
    changed |= swatches("shoes", outfit_colors(), look.shoes_color);
    if (changed) {
        requests.settings = context.settings;
        requests.settings->look = clamped(look);
    }
}

// The streak goal: every day with some rest days a week, or a number of sessions a week.
// Each choice is one click, so each is saved at once (no slider saving as it drags).
void streak_goal_settings(const ScreenContext& context, ScreenRequests& requests) {
    const StreakGoal current = context.progress.summary.goal;
    StreakGoal goal = current;
    if (choice_button("Every day", goal.kind == StreakGoalKind::daily))
        goal.kind = StreakGoalKind::daily;
    ImGui::SameLine();
    if (choice_button("Sessions a week", goal.kind == StreakGoalKind::weekly))
        goal.kind = StreakGoalKind::weekly;
    const bool daily = goal.kind == StreakGoalKind::daily;
    ImGui::TextUnformatted(daily ? "Rest days allowed a week" : "Sessions a week");
    int& number = daily ? goal.rest_days_per_week : goal.sessions_per_week;
    const int first = daily ? 0 : 1;
    for (int n = first; n <= (daily ? kMaxRestDaysPerWeek : 7); ++n) {
        char label[8];
        std::snprintf(label, sizeof label, "%d", n);
        if (n > first) ImGui::SameLine();
        ImGui::PushID(n);
        if (choice_button(label, number == n)) number = n;
        ImGui::PopID();
    }
    if (goal.kind != current.kind || goal.rest_days_per_week != current.rest_days_per_week ||
        goal.sessions_per_week != current.sessions_per_week)
        requests.streak_goal = goal;
    muted_text(daily ? "A session that does 80% of its plan keeps the streak; rest days in a "
                       "Monday-to-Sunday week up to this number don't break it."
                     : "Each Monday-to-Sunday week with this many sessions (80% of their plan "
                       "done) adds a week to the streak.");
    if (!context.progress.message.empty()) muted_text(context.progress.message.c_str());
}

} // namespace

void draw_settings_screen(const ScreenContext& context, ScreenRequests& requests) {
    begin_screen_panel("##settings", context);
    screen_heading(context, "Settings");

    ImGui::PushFont(context.fonts.heading);
    ImGui::TextUnformatted("Display");
    ImGui::PopFont();
    if (!context.info.settings_problem.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kWarning);
        ImGui::TextWrapped("%s", context.info.settings_problem.c_str());
        ImGui::PopStyleColor();
    }
    bool fullscreen = context.fullscreen;
    if (ImGui::Checkbox("Fullscreen (F11)", &fullscreen)) requests.toggle_fullscreen = true;
    Settings settings = context.settings;
    if (ImGui::Checkbox("TV layout from the next start: big type, fullscreen", &settings.tv)) requests.settings = settings;
    if (ImGui::Checkbox("Mirror demonstrations, to follow them like a reflection", &settings.mirror))
        requests.settings = settings;
    ImGui::Spacing();

    ImGui::PushFont(context.fonts.heading);
    ImGui::TextUnformatted("Your coach");
    ImGui::PopFont();
    if (!context.info.avatar_error.empty()) {
        // The avatar's model could not be loaded: say why, rather than show an empty studio.
        ImGui::PushStyleColor(ImGuiCol_Text, kWarning);
        ImGui::TextWrapped("The avatar could not be loaded: %s", context.info.avatar_error.c_str());
        ImGui::PopStyleColor();
    }
    avatar_settings(context, requests);
    ImGui::Spacing();

    ImGui::PushFont(context.fonts.heading);
    ImGui::TextUnformatted("Your streak");
    ImGui::PopFont();
    streak_goal_settings(context, requests);
    ImGui::Spacing();
    draw_general_timers(context, requests);

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
