// The Routines screen: every routine with its length, to start or open; a routine's page with
// its exercises at their doses, the total, and the user's timers for the whole routine and for
// each exercise; the builder is routine_builder.cpp.
#include "app/screens/routine_pages.h"
#include "app/screens/screen_panel.h"
#include "app/screens/step_control.h"
#include "app/ui_theme.h"
#include "core/session/my_routines.h"
#include "core/session/timer_changes.h"

#include <algorithm>
#include <cstdio>
#include <imgui_internal.h>

namespace legwork {
namespace {

const char* origin_words(RoutineOrigin origin) {
    switch (origin) {
    case RoutineOrigin::program: return "";
    case RoutineOrigin::changed: return "  |  Changed by you";
    case RoutineOrigin::yours: return "  |  Your routine";
    }
    return "";
}

// "8 exercises  |  23 min 40 s  |  Your routine", muted.
void routine_facts(const Routine& routine, const RoutineOverview& overview, RoutineOrigin origin) {
    char length[32];
    duration_words(overview.total_s, length, sizeof length);
    ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
    ImGui::TextWrapped("%zu exercise%s  |  %s%s", routine.items.size(),
                       routine.items.size() == 1 ? "" : "s", length, origin_words(origin));
    ImGui::PopStyleColor();
}

RoutinesBrowse building(const RoutinesBrowse& from, Routine draft, int routine) {
    RoutinesBrowse to = from;
    to.page = RoutinesPage::build;
    to.routine = routine;
    to.exercise = -1;
    to.draft = std::move(draft);
    return to;
}

void routine_list(const ScreenContext& context, ScreenRequests& requests) {
    const std::vector<Routine>& routines = context.library.routines;
    const RoutinesView& view = context.routines;
    screen_heading(context, "Routines");
    if (routines.empty()) {
        ImGui::TextWrapped("No routines are installed yet.");
        ImGui::Spacing();
        muted_text("Routines are read from the routines folder in:");
        muted_text(context.info.content_dir.c_str());
    }
    routines_message(view);
    for (int i = 0; i < static_cast<int>(routines.size()); ++i) {
        const Routine& routine = routines[i];
        ImGui::PushID(i);
        ImGui::PushFont(context.fonts.heading);
        ImGui::TextWrapped("%s", routine.name.c_str());
        ImGui::PopFont();
        if (!routine.summary.empty()) ImGui::TextWrapped("%s", routine.summary.c_str());
        if (i < static_cast<int>(view.overviews.size()))
            routine_facts(routine, view.overviews[i], view.origins[i]);
        if (ImGui::Button("Start")) requests.start_routine = i;
        ImGui::SameLine();
        if (ImGui::Button("Exercises and timers")) {
            RoutinesBrowse open = view.browse;
            open.page = RoutinesPage::routine;
            open.routine = i;
            open.exercise = -1;
            requests.routines = open;
        }
        ImGui::Spacing();
        ImGui::Spacing();
        ImGui::PopID();
    }
    // A routine being built that was left unsaved is kept until the user starts another.
    const Routine& draft = view.browse.draft;
    if (!draft.items.empty() && draft.id.empty()) {
        char label[96];
        std::snprintf(label, sizeof label, "Go on building \"%s\"", draft.name.c_str());
        if (ImGui::Button(label)) requests.routines = building(view.browse, draft, -1);
        ImGui::SameLine();
    }
    if (ImGui::Button("New routine")) {
        requests.routines = building(view.browse,
                                     Routine{.name = new_routine_name(routines)}, -1);
    }
    muted_text("Build your own from the exercises in the library.");
}

// The timers of one exercise of the routine, below its line when open.
void exercise_timers_rows(const ScreenContext& context, const Routine& routine,
                          const RoutineItem& item, bool last, ScreenRequests& requests) {
    const Exercise& exercise = *context.library.exercise(item.exercise.id);
    const RoutineTimers* user = context.timers.routine(routine.id);
    const ExerciseTimers* mine = user ? user->exercise(exercise.id) : nullptr;
    // Copies of the changes without the id: nothing is allocated while nothing changes.
    DoseOverride dose = mine ? mine->dose : DoseOverride{};
    std::optional<float> rest_after_s = mine ? mine->rest_after_s : std::nullopt;
    bool stepped = dose_steps(routine_dose(exercise, item, user), dose);
    if (!last)
        stepped |= rest_after_step(routine_rest_after_s(item, user, context.timers.general),
                                   rest_after_s);
    ImGui::BeginDisabled(!mine);
    char label[128];
    std::snprintf(label, sizeof label, "Reset %s to default", exercise.name.c_str());
    const bool reset = ImGui::Button(label);
    ImGui::EndDisabled();
    if (stepped) {
        TimerSettings timers = context.timers;
        ExerciseTimers& changed = exercise_timers(routine_timers(timers, routine.id), exercise.id);
        changed.dose = dose;
        changed.rest_after_s = rest_after_s;
        drop_unchanged(timers);
        requests.timers = std::move(timers);
    } else if (reset) {
        TimerSettings timers = context.timers;
        reset_exercise_timers(timers, routine.id, exercise.id);
        requests.timers = std::move(timers);
    }
}

// Sets of every exercise and the rest between them, for this routine only.
void whole_routine_rows(const ScreenContext& context, const Routine& routine,
                        const RoutineOverview& overview, ScreenRequests& requests) {
    section("Timers for the whole routine");
    const RoutineTimers* user = context.timers.routine(routine.id);
    std::optional<int> every_sets = user ? user->every_exercise.sets : std::nullopt;
    std::optional<float> rest_between_s = user ? user->rest_between_exercises_s : std::nullopt;
    bool stepped = false;
    // 0 sets: as each exercise has it; the first step up from there is one more than the
    // first exercise's.
    int sets = every_sets.value_or(0);
    if (step_control("Sets of each exercise", sets, {0, 10, 1, "%.0f", "As planned"},
                     every_sets.has_value())) {
        if (!every_sets && sets == 1 && !overview.items.empty())
            sets = std::min(overview.items.front().dose.sets + 1, 10);
        every_sets = sets == 0 ? std::nullopt : std::optional<int>(sets);
        stepped = true;
    }
    // Below 0 s: as the routine has it; the first step up from there is the general rest.
    float rest_s = rest_between_s.value_or(-5.0f);
    if (step_control("Rest between exercises", rest_s, {-5, 300, 5, "%.0f s", "As planned"},
                     rest_between_s.has_value())) {
        if (!rest_between_s && rest_s == 0.0f)
            rest_s = context.timers.general.rest_between_exercises_s;
        rest_between_s = rest_s < 0.0f ? std::nullopt : std::optional<float>(rest_s);
        stepped = true;
    }
    ImGui::BeginDisabled(!user);
    const bool reset = ImGui::Button("Reset this routine's timers to default");
    ImGui::EndDisabled();
    if (stepped) {
        TimerSettings timers = context.timers;
        RoutineTimers& changed = routine_timers(timers, routine.id);
        changed.every_exercise.sets = every_sets;
        changed.rest_between_exercises_s = rest_between_s;
        drop_unchanged(timers);
        requests.timers = std::move(timers);
    } else if (reset) {
        TimerSettings timers = context.timers;
        reset_routine_timers(timers, routine.id);
        requests.timers = std::move(timers);
    }
}

void routine_page(const ScreenContext& context, int index, ScreenRequests& requests) {
    const Routine& routine = context.library.routines[index];
    const RoutinesView& view = context.routines;
    const RoutineOverview& overview = view.overviews[index];
    const RoutineOrigin origin = view.origins[index];
    if (ImGui::Button("< All routines")) {
        RoutinesBrowse back = view.browse;
        back.page = RoutinesPage::list;
        requests.routines = back;
    }
    ImGui::Spacing();
    ImGui::PushFont(context.fonts.heading);
    ImGui::TextWrapped("%s", routine.name.c_str());
    ImGui::PopFont();
    if (!routine.summary.empty()) ImGui::TextWrapped("%s", routine.summary.c_str());
    char length[32];
    duration_words(overview.total_s, length, sizeof length);
    ImGui::TextColored(kAccent, "Takes %s with your timers", length);
    if (ImGui::Button("Start")) requests.start_routine = index;
    ImGui::SameLine();
    if (ImGui::Button("Change exercises")) requests.routines = building(view.browse, routine, index);
    if (origin != RoutineOrigin::program) {
        // Said twice, so a slip of the thumb loses nothing. The button keeps its id as its
        // words change, so the focus stays on it for the second press.
        const bool yours = origin == RoutineOrigin::yours;
        const bool asking = view.browse.confirm_remove;
        ImGui::SameLine();
        if (ImGui::Button(asking ? (yours ? "Press again to delete###remove" : "Press again to restore###remove")
                                 : (yours ? "Delete routine###remove" : "Restore the program's version###remove"))) {
            if (asking) {
                requests.remove_routine = routine.id;
            } else {
                RoutinesBrowse ask = view.browse;
                ask.confirm_remove = true;
                requests.routines = ask;
            }
        }
        if (asking) {
            ImGui::SameLine();
            if (ImGui::Button("Keep it")) {
                RoutinesBrowse keep = view.browse;
                keep.confirm_remove = false;
                requests.routines = keep;
            }
            ImGui::TextColored(kWarning, "%s", yours ? "This routine will be gone for good."
                                                     : "Your changes to this routine will be gone.");
        }
    }
    routines_message(view);

    whole_routine_rows(context, routine, overview, requests);

    section("Exercises");
    muted_text("Choose one to change its sets, reps and rests.");
    for (int k = 0; k < static_cast<int>(routine.items.size()) &&
                    k < static_cast<int>(overview.items.size());
         ++k) {
        const OverviewItem& item = overview.items[k];
        const RoutineTimers* user = context.timers.routine(routine.id);
        const bool changed = user && user->exercise(item.exercise->id);
        const bool open = view.browse.exercise == k;
        ImGui::PushID(k);
        char label[128];
        std::snprintf(label, sizeof label, "%d. %s%s", k + 1, item.exercise->name.c_str(),
                      changed ? "  (changed)" : "");
        if (ImGui::Selectable(label, open)) {
            RoutinesBrowse toggled = view.browse;
            toggled.exercise = open ? -1 : k;
            requests.routines = toggled;
        }
        ImGui::Indent();
        ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
        if (k + 1 < static_cast<int>(overview.items.size())) {
            char rest[32];
            duration_words(item.rest_after_s, rest, sizeof rest);
            ImGui::TextWrapped("%s, then %s rest", item.dose_words.c_str(), rest);
        } else {
            ImGui::TextWrapped("%s", item.dose_words.c_str());
        }
        ImGui::PopStyleColor();
        if (open)
            exercise_timers_rows(context, routine, routine.items[k],
                                 k + 1 == static_cast<int>(routine.items.size()), requests);
        ImGui::Unindent();
        ImGui::PopID();
    }
}

} // namespace

void draw_routines_screen(const ScreenContext& context, ScreenRequests& requests) {
    // Wider than the other screens' panels: a row holds a label, a value and its buttons.
    begin_screen_panel("##routines", context, 0.5f);
    // A new page: the focus starts at its top, not where the last page's item was.
    // (ImGui moves the focus only in the window that has it.)
    if (context.routines.focus_page) {
        ImGui::SetScrollY(0.0f);
        if (GImGui->NavWindow == ImGui::GetCurrentWindow())
            ImGui::NavInitWindow(ImGui::GetCurrentWindow(), true);
    }
    const RoutinesBrowse& browse = context.routines.browse;
    const int count = static_cast<int>(context.library.routines.size());
    if (browse.page == RoutinesPage::build)
        draw_routine_builder(context, requests);
    else if (browse.page == RoutinesPage::routine && browse.routine >= 0 && browse.routine < count &&
             browse.routine < static_cast<int>(context.routines.overviews.size()))
        routine_page(context, browse.routine, requests);
    else
        routine_list(context, requests);
    ImGui::End();
}

} // namespace legwork
