#include "app/screens/screen_panel.h"
#include "app/studio_scene.h"
#include "app/ui_theme.h"


namespace legwork {
namespace {

// Starts the next button on the same line when it fits, else on a new one.
void flow(float next_width) {
    const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + next_width;
    if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

float button_width(const char* label) {
    return ImGui::CalcTextSize(label).x + 2.0f * ImGui::GetStyle().FramePadding.x;
}

void demo_controls(const ScreenContext& context, const Exercise& exercise, DemoChoice& choice,
                   bool& changed) {
    ImGui::PushFont(context.fonts.heading);
    ImGui::TextWrapped("%s", exercise.name.c_str());
    ImGui::PopFont();

    muted_text("Show");
    // A mistake is seen from where it shows best, unless the user turns the view again.
    if (choice_button("Correct form", choice.variant < 0)) choice.variant = -1, choice.view.reset(), changed = true;
    for (int v = 0; v < static_cast<int>(exercise.motion.variants.size()); ++v) {
        const char* label = exercise.motion.variants[v].title.c_str();
        flow(button_width(label));
        ImGui::PushID(v);
        if (choice_button(label, choice.variant == v)) choice.variant = v, choice.view.reset(), changed = true;
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
    constexpr const char* kViewLabels[kCameraViewCount] = {"Front", "Side", "Three-quarter",
                                                           "Above"};
    for (int v = 0; v < kCameraViewCount; ++v) {
        if (v > 0) flow(button_width(kViewLabels[v]));
        if (choice_button(kViewLabels[v], current == static_cast<CameraView>(v))) {
            choice.view = static_cast<CameraView>(v);
            changed = true;
        }
    }

    ImGui::Spacing();
    changed |= ImGui::Checkbox("Mirror, to follow along like a reflection", &choice.mirror);
    changed |= ImGui::Checkbox("Tint the muscles it works", &choice.show_muscles);
    if (ImGui::Button(choice.playing ? "Pause" : "Play"))
        choice.playing = !choice.playing, changed = true;
}

} // namespace

void draw_library_screen(const ScreenContext& context, ScreenRequests& requests) {
    begin_screen_panel("##library", context);
    screen_heading(context, "Exercise library");
    if (context.exercises.empty()) {
        ImGui::TextWrapped("No exercises are installed yet.");
        ImGui::Spacing();
        muted_text("Exercises are read from the exercises folder in:");
        muted_text(context.info.content_dir.c_str());
    }
    for (const std::string& error : context.info.content_errors) {
        ImGui::PushStyleColor(ImGuiCol_Text, kWarning);
        ImGui::TextWrapped("%s", error.c_str());
        ImGui::PopStyleColor();
    }

    DemoChoice choice = context.demo;
    bool changed = false;
    const float rows = std::min(static_cast<float>(context.exercises.size()), 8.0f);
    const float list_height =
        rows * ImGui::GetTextLineHeightWithSpacing() + 2.0f * ImGui::GetStyle().FramePadding.y;
    if (!context.exercises.empty() && ImGui::BeginListBox("##exercises", {-FLT_MIN, list_height})) {
        for (int i = 0; i < static_cast<int>(context.exercises.size()); ++i) {
            ImGui::PushID(i);
            if (ImGui::Selectable(context.exercises[i].name.c_str(), choice.exercise == i) &&
                choice.exercise != i) {
                choice.exercise = i;
                choice.variant = -1;
                choice.view.reset();
                changed = true;
            }
            ImGui::PopID();
        }
        ImGui::EndListBox();
    }
    if (choice.exercise >= 0 && choice.exercise < static_cast<int>(context.exercises.size())) {
        ImGui::Spacing();
        demo_controls(context, context.exercises[choice.exercise], choice, changed);
    }
    if (changed) requests.demo = choice;
    ImGui::End();
}

} // namespace legwork
