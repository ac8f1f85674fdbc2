#include "app/screens/screen_panel.h"
#include "app/studio_scene.h"
#include "app/ui_theme.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace legwork {
namespace {

constexpr std::array kSpeeds{0.25f, 0.5f, 0.75f, 1.0f};
constexpr std::array kSpeedLabels{"0.25x", "0.5x", "0.75x", "1x"};
constexpr std::array<const char*, kPlacementCount> kPlacementTitles{
    "Standing", "On your back", "Face down", "On hands and knees", "On your side", "Kneeling"};
constexpr std::array<const char*, kCameraViewCount> kViewLabels{"Front", "Side", "Three-quarter",
                                                                "Above"};

// A picker for an optional value: "`any`" or one of `count` values named by `title`.
template <typename Enum, typename Title>
bool filter_combo(const char* id, std::optional<Enum>& value, int count, const char* any,
                  Title title) {
    bool changed = false;
    if (ImGui::BeginCombo(id, value ? title(*value) : any)) {
        if (ImGui::Selectable(any, !value)) value.reset(), changed = true;
        for (int i = 0; i < count; ++i) {
            const Enum option = static_cast<Enum>(i);
            if (ImGui::Selectable(title(option), value == option)) value = option, changed = true;
        }
        ImGui::EndCombo();
    }
    return changed;
}

// The search box and the four pickers.
bool filters(LibraryBrowse& browse) {
    ExerciseFilter& filter = browse.filter;
    bool changed = false;
    std::array<char, 64> search{};
    std::strncpy(search.data(), filter.search.c_str(), search.size() - 1);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputTextWithHint("##search", "Search by name or muscle", search.data(),
                                 search.size()))
        filter.search = search.data(), changed = true;

    const float half = 0.5f * (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x);
    ImGui::SetNextItemWidth(half);
    changed |= filter_combo("##category", filter.category, kExerciseCategoryCount, "Any kind",
                            [](ExerciseCategory c) { return exercise_category_title(c).data(); });
    ImGui::SameLine();
    ImGui::SetNextItemWidth(half);
    changed |= filter_combo("##muscle", filter.muscle, kMuscleRegionCount, "Any muscle",
                            [](MuscleRegion m) { return muscle_region_title(m).data(); });
    ImGui::SetNextItemWidth(half);
    // "No equipment" sits among the equipment choices, as people look for it there.
    const char* equipment_label = filter.no_equipment ? "No equipment"
                                  : filter.equipment  ? equipment_title(*filter.equipment).data()
                                                      : "Any equipment";
    if (ImGui::BeginCombo("##equipment", equipment_label)) {
        if (ImGui::Selectable("Any equipment", !filter.equipment && !filter.no_equipment))
            filter.equipment.reset(), filter.no_equipment = false, changed = true;
        if (ImGui::Selectable("No equipment", filter.no_equipment))
            filter.equipment.reset(), filter.no_equipment = true, changed = true;
        for (int i = 0; i < kEquipmentCount; ++i) {
            const Equipment e = static_cast<Equipment>(i);
            if (ImGui::Selectable(equipment_title(e).data(), filter.equipment == e))
                filter.equipment = e, filter.no_equipment = false, changed = true;
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(half);
    changed |= filter_combo("##placement", filter.placement, kPlacementCount, "Any position",
                            [](Placement p) { return kPlacementTitles[static_cast<int>(p)]; });
    return changed;
}

// Category, dose (in the user's units) and what is needed, on one muted line.
void facts_line(const Exercise& exercise, Units units) {
    ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
    ImGui::TextWrapped("%s  |  %s%s", exercise_category_title(exercise.category).data(),
                       exercise.dose_words[static_cast<int>(units)].c_str(),
                       exercise.needs_gym() ? "  |  Gym" : "");
    ImGui::PopStyleColor();
}

void exercise_list(const ScreenContext& context, LibraryBrowse& browse, DemoChoice& choice,
                   bool& changed) {
    const std::span<const Exercise> exercises = context.library.exercises;
    int shown = 0;
    for (const Exercise& e : exercises) shown += browse.filter.matches(e) ? 1 : 0;
    ImGui::Spacing();
    if (shown == 0) {
        muted_text("No exercise matches. Clear the search or pick \"Any\" to see more.");
        return;
    }
    for (int i = 0; i < static_cast<int>(exercises.size()); ++i) {
        const Exercise& e = exercises[i];
        if (!browse.filter.matches(e)) continue;
        ImGui::PushID(i);
        if (ImGui::Selectable(e.name.c_str(), choice.exercise == i)) {
            if (choice.exercise != i)
                choice = DemoChoice{
                    .exercise = i, .mirror = choice.mirror, .show_muscles = choice.show_muscles};
            browse.page_open = true;
            changed = true;
        }
        ImGui::Indent();
        facts_line(e, context.settings.units);
        ImGui::Unindent();
        ImGui::PopID();
    }
}

// What the avatar does: form or mistake, side, view, speed, play and scrub.
void demo_controls(const ScreenContext& context, const Exercise& exercise, DemoChoice& choice,
                   bool& changed) {
    muted_text("Show");
    // A mistake is seen from where it shows best, unless the user turns the view again.
    if (choice_button("Correct form", choice.variant < 0))
        choice.variant = -1, choice.view.reset(), changed = true;
    for (int v = 0; v < static_cast<int>(exercise.motion.variants.size()); ++v) {
        const char* label = exercise.motion.variants[v].title.c_str();
        flow(button_width(label));
        ImGui::PushID(v);
        if (choice_button(label, choice.variant == v))
            choice.variant = v, choice.view.reset(), changed = true;
        ImGui::PopID();
    }

    if (exercise.sides != ExerciseSides::both) {
        muted_text("Side");
        if (choice_button("Left", choice.side == Side::left))
            choice.side = Side::left, changed = true;
        ImGui::SameLine();
        if (choice_button("Right", choice.side == Side::right))
            choice.side = Side::right, changed = true;
    }

    muted_text("View");
    const CameraView current = shown_view(exercise, choice);
    for (int v = 0; v < kCameraViewCount; ++v) {
        if (v > 0) flow(button_width(kViewLabels[v]));
        if (choice_button(kViewLabels[v], current == static_cast<CameraView>(v)))
            choice.view = static_cast<CameraView>(v), changed = true;
    }

    muted_text("Speed");
    for (std::size_t s = 0; s < kSpeeds.size(); ++s) {
        if (s > 0) ImGui::SameLine();
        if (choice_button(kSpeedLabels[s], choice.speed == kSpeeds[s]))
            choice.speed = kSpeeds[s], changed = true;
    }
    ImGui::SameLine(0.0f, 2.0f * ImGui::GetStyle().ItemSpacing.x);
    const bool playing = choice.playing && !choice.at_s;
    if (ImGui::Button(playing ? "Pause" : "Play")) {
        choice.playing = !playing;
        choice.at_s.reset();
        changed = true;
    }

    // Scrubbing through the rep stops it where it is put; Play goes on from there.
    if (const Demonstration* demo = context.scene.demonstration()) {
        const MotionClip& clip = demo->clip();
        float t = context.scene.time_s();
        const char* phase = exercise.motion.phases[clip.phase_at(t).phase].title.c_str();
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (ImGui::SliderFloat("##scrub", &t, 0.0f, clip.duration_s() - 1e-3f, phase,
                               ImGuiSliderFlags_NoInput))
            choice.at_s = t, choice.playing = false, changed = true;
    }
    changed |= ImGui::Checkbox("Mirror, to follow along like a reflection", &choice.mirror);
    changed |= ImGui::Checkbox("Tint the muscles it works", &choice.show_muscles);
}

// The mistake shown: what it looks like, why it matters, and the cue that fixes it.
void mistake_box(const CommonMistake& mistake, const MotionVariant& variant) {
    ImGui::Spacing();
    ImGui::Spacing();
    ImGui::TextColored(kFault, "Mistake: %s", variant.title.c_str());
    ImGui::TextWrapped("%s", mistake.looks.c_str());
    muted_text(mistake.why.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, kGood);
    ImGui::TextWrapped("Fix: %s", mistake.fix.c_str());
    ImGui::PopStyleColor();
}

// The form cues in phase order; those of the phase playing now stand out.
void cue_list(const ScreenContext& context, const Exercise& exercise) {
    section("Form cues");
    int now = -1;
    if (const Demonstration* demo = context.scene.demonstration())
        now = demo->clip().phase_at(context.scene.time_s()).phase;
    for (const FormCue& cue : exercise.cues) {
        ImGui::PushStyleColor(ImGuiCol_Text,
                              cue.phase == now ? kAccent : ImGui::GetStyleColorVec4(ImGuiCol_Text));
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::TextWrapped("%s", cue.text.c_str());
        ImGui::PopStyleColor();
    }
}

// Buttons to the easier and harder exercises; pressing one opens its page.
void links(const ScreenContext& context, const char* title, const std::vector<ContentRef>& refs,
           DemoChoice& choice, bool& changed) {
    if (refs.empty()) return;
    section(title);
    const std::span<const Exercise> exercises = context.library.exercises;
    for (const ContentRef& ref : refs) {
        const auto found = std::find_if(exercises.begin(), exercises.end(),
                                        [&](const Exercise& e) { return e.id == ref.id; });
        if (found == exercises.end()) continue;
        ImGui::PushID(ref.id.c_str());
        if (ImGui::Button(found->name.c_str()))
            choice = DemoChoice{.exercise = static_cast<int>(found - exercises.begin()),
                                .mirror = choice.mirror,
                                .show_muscles = choice.show_muscles},
            changed = true;
        ImGui::PopID();
    }
}

void exercise_page(const ScreenContext& context, const Exercise& exercise, LibraryBrowse& browse,
                   DemoChoice& choice, bool& demo_changed, bool& browse_changed) {
    if (ImGui::Button("< All exercises")) browse.page_open = false, browse_changed = true;
    ImGui::Spacing();
    ImGui::PushFont(context.fonts.heading);
    ImGui::TextWrapped("%s", exercise.name.c_str());
    ImGui::PopFont();
    ImGui::TextWrapped("%s", exercise.summary.c_str());
    facts_line(exercise, context.settings.units);
    if (!exercise.equipment.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, kMutedText);
        ImGui::TextWrapped("Needs: %s", exercise.equipment_words.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    demo_controls(context, exercise, choice, demo_changed);
    if (choice.variant >= 0)
        mistake_box(exercise.mistakes[choice.variant], exercise.motion.variants[choice.variant]);
    cue_list(context, exercise);

    section("Why it helps");
    ImGui::TextWrapped("%s", exercise.why.c_str());
    section("How to do it");
    for (std::size_t i = 0; i < exercise.steps.size(); ++i)
        ImGui::TextWrapped("%zu. %s", i + 1, exercise.steps[i].c_str());
    if (!exercise.dose.note.empty()) muted_text(exercise.dose.note.c_str());
    section("Safety");
    for (const std::string& note : exercise.safety) {
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::TextWrapped("%s", note.c_str());
    }
    links(context, "Easier", exercise.regressions, choice, demo_changed);
    links(context, "Harder", exercise.progressions, choice, demo_changed);
    if (const Source* source = context.library.source(exercise.source.id)) {
        section("Source");
        muted_text(source->title.c_str());
        muted_text(source->publisher.c_str());
    }
}

} // namespace

void draw_library_screen(const ScreenContext& context, ScreenRequests& requests) {
    begin_screen_panel("##library", context);
    const std::span<const Exercise> exercises = context.library.exercises;
    DemoChoice choice = context.demo;
    LibraryBrowse browse = context.browse;
    bool demo_changed = false, browse_changed = false;
    const bool page = browse.page_open && choice.exercise >= 0 &&
                      choice.exercise < static_cast<int>(exercises.size());
    if (page) {
        exercise_page(context, exercises[choice.exercise], browse, choice, demo_changed,
                      browse_changed);
    } else {
        screen_heading(context, "Exercise library");
        if (exercises.empty()) {
            ImGui::TextWrapped("No exercises are installed yet.");
            ImGui::Spacing();
            muted_text("Exercises are read from the exercises folder in:");
            muted_text(context.info.content_dir.c_str());
        } else {
            browse_changed |= filters(browse);
            exercise_list(context, browse, choice, demo_changed);
            browse_changed |= browse.page_open;
        }
        for (const std::string& error : context.info.content_errors) {
            ImGui::PushStyleColor(ImGuiCol_Text, kWarning);
            ImGui::TextWrapped("%s", error.c_str());
            ImGui::PopStyleColor();
        }
    }
    if (demo_changed) requests.demo = choice;
    if (browse_changed) requests.browse = browse;
    ImGui::End();
}

} // namespace legwork
