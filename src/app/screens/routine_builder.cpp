// The routine being built or changed: its name, its exercises in order (moved up and down,
// removed, each at a dose of its own) and the library to add more from, by kind. Nothing is
// saved until the user says so; a save that fails keeps everything here.
#include "app/screens/routine_pages.h"
#include "app/screens/screen_panel.h"
#include "app/ui_theme.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>

namespace legwork {
namespace {

// The draft's items, each with its own focus id: the exercise and how many times it came
// before, so the focus follows an exercise moved up or down.
void item_rows(const ScreenContext& context, const RoutinesBrowse& browse,
               std::optional<RoutinesBrowse>& next) {
    const std::vector<RoutineItem>& items = browse.draft.items;
    const RoutineOverview& overview = context.routines.draft;
    const int count = static_cast<int>(items.size());
    const auto edit = [&]() -> RoutinesBrowse& { return next ? *next : next.emplace(browse); };
    for (int k = 0; k < count; ++k) {
        const RoutineItem& item = items[k];
        const Exercise* exercise = context.library.exercise(item.exercise.id);
        if (!exercise) continue;
        const int before = static_cast<int>(std::count_if(
            items.begin(), items.begin() + k,
            [&](const RoutineItem& i) { return i.exercise.id == item.exercise.id; }));
        ImGui::PushID(item.exercise.id.c_str());
        ImGui::PushID(before);
        ImGui::Text("%d. %s", k + 1, exercise->name.c_str());
        ImGui::Indent();
        if (k < static_cast<int>(overview.items.size()))
            muted_text(overview.items[k].dose_words.c_str());
        const bool open = browse.exercise == k;
        ImGui::BeginDisabled(k == 0);
        if (ImGui::Button("Up")) {
            RoutinesBrowse& to = edit();
            std::swap(to.draft.items[k], to.draft.items[k - 1]);
            if (open) to.exercise = k - 1;
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        ImGui::BeginDisabled(k + 1 == count);
        if (ImGui::Button("Down")) {
            RoutinesBrowse& to = edit();
            std::swap(to.draft.items[k], to.draft.items[k + 1]);
            if (open) to.exercise = k + 1;
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (choice_button("Dose", open)) edit().exercise = open ? -1 : k;
        ImGui::SameLine();
        if (ImGui::Button("Remove")) {
            RoutinesBrowse& to = edit();
            to.draft.items.erase(to.draft.items.begin() + k);
            to.exercise = -1;
        }
        if (open) {
            DoseOverride dose = item.dose;
            std::optional<float> rest_after_s = item.rest_after_s;
            bool stepped = dose_steps(exercise->dose, dose);
            if (k + 1 < count)
                stepped |= rest_after_step(context.timers.general.rest_between_exercises_s,
                                           rest_after_s);
            if (stepped) {
                RoutineItem& changed = edit().draft.items[k];
                changed.dose = dose;
                changed.rest_after_s = rest_after_s;
            }
        }
        ImGui::Unindent();
        ImGui::PopID();
        ImGui::PopID();
    }
}

// The library by kind: the kinds as buttons, then that kind's exercises, each added at the
// end when chosen.
void library_to_add(const ScreenContext& context, const RoutinesBrowse& browse,
                    std::optional<RoutinesBrowse>& next) {
    section("Add from the library");
    for (int c = 0; c < kExerciseCategoryCount; ++c) {
        const auto category = static_cast<ExerciseCategory>(c);
        const char* title = exercise_category_title(category).data();
        if (c > 0) flow(button_width(title));
        ImGui::PushID(c);
        if (choice_button(title, browse.adding == category))
            (next ? *next : next.emplace(browse)).adding = category;
        ImGui::PopID();
    }
    ImGui::Spacing();
    for (const Exercise& exercise : context.library.exercises) {
        if (exercise.category != browse.adding) continue;
        ImGui::PushID(exercise.id.c_str());
        char label[128];
        std::snprintf(label, sizeof label, "+ %s", exercise.name.c_str());
        if (ImGui::Button(label)) {
            RoutinesBrowse& to = next ? *next : next.emplace(browse);
            to.draft.items.push_back({.exercise = {.id = exercise.id}});
        }
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
        ImGui::TextUnformatted(exercise.dose_words[static_cast<int>(context.settings.units)].c_str());
        ImGui::PopStyleColor();
        ImGui::PopID();
    }
}

} // namespace

void draw_routine_builder(const ScreenContext& context, ScreenRequests& requests) {
    const RoutinesView& view = context.routines;
    const RoutinesBrowse& browse = view.browse;
    const Routine& draft = browse.draft;
    std::optional<RoutinesBrowse> next; // made at the first change

    if (ImGui::Button("< Back")) {
        next.emplace(browse).page = browse.routine >= 0 ? RoutinesPage::routine : RoutinesPage::list;
    }
    ImGui::Spacing();
    screen_heading(context, draft.id.empty() ? "New routine" : "Change the routine");

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Name");
    ImGui::SameLine();
    std::array<char, 64> name{};
    std::strncpy(name.data(), draft.name.c_str(), name.size() - 1);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputText("##name", name.data(), name.size()))
        (next ? *next : next.emplace(browse)).draft.name = name.data();
    muted_text("Type a name, or keep this one.");

    char length[32];
    duration_words(view.draft.total_s, length, sizeof length);
    ImGui::BeginDisabled(draft.items.empty() || draft.name.empty());
    if (ImGui::Button("Save routine")) requests.save_draft = true;
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    if (draft.items.empty()) muted_text("Add an exercise to save it.");
    else ImGui::TextColored(kAccent, "Takes %s", length);
    routines_message(view);

    section("Exercises, in order");
    if (draft.items.empty()) muted_text("None yet: add some from the library below.");
    item_rows(context, browse, next);
    library_to_add(context, browse, next);

    if (next) requests.routines = std::move(next);
}

} // namespace legwork
