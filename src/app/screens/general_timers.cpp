// The general timers, a section of the Settings screen: the pauses every routine has and the
// weaker side, each stepped with left and right and marked when changed.
#include "app/screens/screen_panel.h"
#include "app/screens/step_control.h"

namespace legwork {
namespace {

constexpr const char* kWeakerSides[kWeakerSideCount] = {"Neither", "Left", "Right"};
constexpr const char* kNoYes[2] = {"No", "Yes"};

// A yes-or-no row; true when it changed.
bool yes_no(const char* label, bool& value, bool program) {
    int choice = value ? 1 : 0;
    if (!step_choice(label, choice, kNoYes, 2, value != program)) return false;
    value = choice == 1;
    return true;
}

} // namespace

void draw_general_timers(const ScreenContext& context, ScreenRequests& requests) {
    ImGui::PushFont(context.fonts.heading);
    ImGui::TextUnformatted("Timers");
    ImGui::PopFont();
    muted_text("For every routine. A routine's page changes its own sets and rests.");
    const GeneralTimers program;
    GeneralTimers timers = context.timers.general;
    bool changed = false;
    changed |= step_control("Get ready", timers.get_ready_s, {0, 60, 1, "%.0f s", "None"},
                            timers.get_ready_s != program.get_ready_s);
    changed |= step_control("Switch sides", timers.switch_sides_s, {0, 30, 1, "%.0f s", "None"},
                            timers.switch_sides_s != program.switch_sides_s);
    changed |= step_control("Rest between exercises", timers.rest_between_exercises_s,
                            {0, 300, 5, "%.0f s", "None"},
                            timers.rest_between_exercises_s != program.rest_between_exercises_s);
    int side = static_cast<int>(timers.weaker_side);
    if (step_choice("Weaker side", side, kWeakerSides, kWeakerSideCount,
                    timers.weaker_side != program.weaker_side)) {
        timers.weaker_side = static_cast<WeakerSide>(side);
        changed = true;
    }
    // What the weaker side changes matters only once there is one.
    if (timers.weaker_side != WeakerSide::none) {
        changed |= yes_no("Weaker side first", timers.weaker_side_first, program.weaker_side_first);
        changed |= yes_no("Extra set for it", timers.weaker_side_extra_set,
                          program.weaker_side_extra_set);
    }
    ImGui::BeginDisabled(timers == program);
    if (ImGui::Button("Reset timers to default")) timers = program, changed = true;
    ImGui::EndDisabled();
    if (changed) {
        requests.timers = context.timers;
        requests.timers->general = timers;
    }
    ImGui::Spacing();
}

} // namespace legwork
