#include "app/screens/screen_panel.h"
#include "app/screens/step_control.h"
#include "app/studio_scene.h"
#include "app/ui_theme.h"
#include "engine/studio.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace legwork {
namespace {

// A row of colour swatches, the chosen one ringed in white (the accent ring is the focus's);
// returns true when another was chosen.
bool swatches(const char* id, std::span<const NamedColor> colors, int& chosen) {
    bool changed = false;
    ImGui::PushID(id);
    const float size = ImGui::GetFrameHeight() * 1.2f;
    for (int i = 0; i < static_cast<int>(colors.size()); ++i) {
        const glm::vec3 srgb = linear_to_srgb(colors[i].linear);
        const bool selected = i == chosen;
        ImGui::PushID(i);
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize,
                            selected ? std::round(ImGui::GetFontSize() * 0.14f) : 0.0f);
        ImGui::PushStyleColor(ImGuiCol_Border, ImGui::GetStyleColorVec4(ImGuiCol_Text));
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
    // A step is a centimetre, or in imperial units an inch, within the range in either.
    const float unit_m = context.settings.units == Units::imperial ? kMetresPerInch : 0.01f;
    int height = static_cast<int>(std::lround(look.height_m / unit_m));
    if (step_control("Height", height,
                     {.min = std::ceil(kMinAvatarHeightM / unit_m - 1e-3f),
                      .max = std::floor(kMaxAvatarHeightM / unit_m + 1e-3f),
                      .text = height_text(look.height_m, context.settings.units).text},
                     look.height_m != AvatarLook{}.height_m)) {
        look.height_m = static_cast<float>(height) * unit_m;
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

// Voice and beeps on or off, how loud, how fast the voice speaks, and a sentence to hear it.
// Each change is heard from the next sound on.
void sound_settings(const ScreenContext& context, ScreenRequests& requests) {
    VoiceSettings voice = context.settings.voice;
    // Short labels, so they fit at any size; what they mean goes below, wrapped.
    bool changed = ImGui::Checkbox("Voice", &voice.voice_on);
    muted_text(voice.voice_on ? "Says each exercise, counts reps and gives form cues."
                              : "Off: what it would say still shows as captions.");
    changed |= ImGui::Checkbox("Beeps", &voice.beeps_on);
    muted_text("The last seconds of a hold, a timed set or a rest.");
    const VoiceSettings program;
    int volume = static_cast<int>(std::lround(voice.volume * 100.0f));
    if (step_control("Volume", volume, {.min = 0, .max = 100, .step = 5, .format = "%.0f %%"},
                     voice.volume != program.volume)) {
        voice.volume = static_cast<float>(volume) / 100.0f;
        changed = true;
    }
    // Words a minute.
    changed |= step_control("Speech rate", voice.rate_wpm,
                            {.min = kMinSpeechRateWpm, .max = kMaxSpeechRateWpm, .step = 10, .format = "%.0f a minute"},
                            voice.rate_wpm != program.rate_wpm);
    if (changed) {
        requests.settings = context.settings;
        requests.settings->voice = voice;
    }
    if (ImGui::Button("Test the voice")) requests.test_voice = true;
    if (!context.info.voice_test.empty()) {
        ImGui::SameLine();
        muted_text(context.info.voice_test.c_str());
    }
}

// Fullscreen, the TV layout, the size of everything, units and mirroring.
void display_settings(const ScreenContext& context, ScreenRequests& requests) {
    bool fullscreen = context.fullscreen;
    if (ImGui::Checkbox("Fullscreen (F11)", &fullscreen)) requests.toggle_fullscreen = true;
    // Copied whole only when something changed (the settings hold the model's path).
    bool tv = context.settings.tv, mirror = context.settings.mirror;
    int ui_scale_percent = context.settings.ui_scale_percent;
    Units units = context.settings.units;
    bool changed = ImGui::Checkbox("TV layout", &tv);
    muted_text("From the next start: big type, fullscreen, for the far side of a room.");
    const Settings program;
    changed |= step_control("Text size", ui_scale_percent,
                            {.min = kMinUiScalePercent, .max = kMaxUiScalePercent, .step = 10, .format = "%.0f %%"},
                            ui_scale_percent != program.ui_scale_percent);
    muted_text("Text, buttons and spacing together.");
    constexpr const char* kUnitsNames[kUnitsCount] = {"Metric", "Imperial"};
    int chosen_units = static_cast<int>(units);
    if (step_choice("Units", chosen_units, kUnitsNames, kUnitsCount, units != program.units)) {
        units = static_cast<Units>(chosen_units);
        changed = true;
    }
    muted_text(units == Units::metric ? "Metres and centimetres." : "Yards, feet and inches.");
    changed |= ImGui::Checkbox("Mirror demonstrations", &mirror);
    muted_text("The avatar moves like your reflection.");
    if (changed) {
        requests.settings = context.settings;
        requests.settings->tv = tv;
        requests.settings->mirror = mirror;
        requests.settings->ui_scale_percent = ui_scale_percent;
        requests.settings->units = units;
    }
}

// Which body the coach has: the built-in avatar or a model file of the user's.
void model_settings(const ScreenContext& context, ScreenRequests& requests) {
    const std::string& path = context.settings.model_path;
    if (path.empty())
        ImGui::TextWrapped("The built-in avatar.");
    else
        ImGui::TextWrapped("Your model: %s", path.c_str());
    model_file_status(context);
    if (ImGui::Button("Choose a model file...")) {
        const char* home = std::getenv("HOME");
        requests.model_folder = home && *home ? std::filesystem::path(home) : std::filesystem::current_path();
    }
    if (!path.empty()) {
        ImGui::SameLine();
        if (ImGui::Button("Use the built-in avatar")) requests.model_file = std::filesystem::path();
    }
}

} // namespace

void draw_settings_screen(const ScreenContext& context, ScreenRequests& requests) {
    begin_screen_panel("##settings", context);
    if (context.model_folder) {
        draw_model_chooser(context, requests);
        ImGui::End();
        return;
    }
    // The chooser focuses its first entry again when it next opens.
    ImGui::GetStateStorage()->SetInt(ImGui::GetID("##folder shown"), 0);
    screen_heading(context, "Settings");
    if (!context.info.settings_problem.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kWarning);
        ImGui::TextWrapped("%s", context.info.settings_problem.c_str());
        ImGui::PopStyleColor();
    }

    screen_heading(context, "Sound and voice");
    sound_settings(context, requests);
    ImGui::Spacing();

    screen_heading(context, "Display");
    display_settings(context, requests);
    ImGui::Spacing();

    screen_heading(context, "Your coach");
    model_settings(context, requests);
    if (!context.settings.model_path.empty() && context.scene.shows_model_file())
        muted_text("Height, build and colours shape the built-in avatar; your model keeps its own.");
    avatar_settings(context, requests);
    ImGui::Spacing();

    screen_heading(context, "Your streak");
    streak_goal_settings(context, requests);
    ImGui::Spacing();
    draw_general_timers(context, requests);

    screen_heading(context, "Your data");
    muted_text(context.info.data_dir.c_str());
    ImGui::Spacing();

    screen_heading(context, "About");
    ImGui::Text("legwork %s", context.info.version.c_str());
    muted_text(context.info.renderer.c_str());
    muted_text(context.info.scene_quality.c_str());
    ImGui::End();
}

} // namespace legwork
