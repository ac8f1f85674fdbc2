#include "app/screens/routine_pages.h"
#include "app/screens/step_control.h"
#include "app/ui_theme.h"
#include "core/session/timer_changes.h"

#include <cmath>
#include <cstdio>

namespace legwork {

bool dose_steps(const Dose& base, DoseOverride& change) {
    const Dose now = changed_dose(base, change);
    const DoseMeasure measure = now.measure;
    bool stepped = false;
    int sets = now.sets;
    if (step_control("Sets", sets, {1, 10, 1}, change.sets.has_value()))
        set_change(change.sets, sets, base.sets), stepped = true;
    if (measure == DoseMeasure::reps || measure == DoseMeasure::hold) {
        int reps = now.reps;
        if (step_control(measure == DoseMeasure::hold ? "Holds" : "Reps", reps, {1, 50, 1},
                         change.reps.has_value()))
            set_change(change.reps, reps, base.reps), stepped = true;
    }
    if (measure == DoseMeasure::hold) {
        float hold_s = now.hold_s;
        if (step_control("Hold each", hold_s, {1, 120, 1, "%.0f s"}, change.hold_s.has_value()))
            set_change(change.hold_s, hold_s, base.hold_s), stepped = true;
    }
    if (measure == DoseMeasure::time) {
        float time_s = now.time_s;
        if (step_control("Each set", time_s, {5, 600, 5, "%.0f s"}, change.time_s.has_value()))
            set_change(change.time_s, time_s, base.time_s), stepped = true;
    }
    if (measure == DoseMeasure::distance) {
        float distance_m = now.distance_m;
        if (step_control("Distance", distance_m, {5, 200, 5, "%.0f m"},
                         change.distance_m.has_value()))
            set_change(change.distance_m, distance_m, base.distance_m), stepped = true;
    }
    // A tempo is for reps counted by the app; at the person's own pace there is none.
    if (measure != DoseMeasure::distance && !now.own_pace) {
        float tempo_s = now.tempo_s;
        if (step_control("Seconds a rep", tempo_s, {0, 10, 0.5f, "%.1f s", "Its own pace"},
                         change.tempo_s.has_value()))
            set_change(change.tempo_s, tempo_s, base.tempo_s), stepped = true;
    }
    if (now.sets > 1 || change.rest_s) {
        float rest_s = now.rest_s;
        if (step_control("Rest between sets", rest_s, {0, 300, 5, "%.0f s", "None"},
                         change.rest_s.has_value()))
            set_change(change.rest_s, rest_s, base.rest_s), stepped = true;
    }
    return stepped;
}

bool rest_after_step(float without_s, std::optional<float>& change) {
    float rest_s = change.value_or(without_s);
    if (!step_control("Rest after it", rest_s, {0, 300, 5, "%.0f s", "None"}, change.has_value()))
        return false;
    set_change(change, rest_s, without_s);
    return true;
}

void routines_message(const RoutinesView& view) {
    if (view.message.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, view.message_is_problem ? kWarning : kGood);
    ImGui::TextWrapped("%s", view.message.c_str());
    ImGui::PopStyleColor();
}

void duration_words(double seconds, char* out, std::size_t size) {
    const long whole = std::lround(seconds);
    if (whole < 60) std::snprintf(out, size, "%ld s", whole);
    else if (whole % 60 == 0) std::snprintf(out, size, "%ld min", whole / 60);
    else std::snprintf(out, size, "%ld min %ld s", whole / 60, whole % 60);
}

} // namespace legwork
