#include "app/screens/step_control.h"

#include "app/ui_theme.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <imgui_internal.h>

namespace legwork {
namespace {

// The widest value shown, so that the values of every row line up.
constexpr const char* kWidestValue = "Its own pace";
constexpr const char* kChangedMark = "changed";

struct RowColumns {
    float value_x;  // the "-" button's left
    float value_y;  // the top of the buttons: the row's, or its second line's
    float value_w;  // the value between the buttons
    float button_w; // each button
    float height;   // the whole row: one line, or two when the label takes the first
};

// The controls at the right of the row, after the label; below it when it is too long for
// that (a long label in big type on a narrow panel).
RowColumns columns(ImVec2 row_min, const char* label) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float line = ImGui::GetFrameHeight();
    const float row_w = ImGui::GetContentRegionAvail().x;
    const float value_w = ImGui::CalcTextSize(kWidestValue).x + 2.0f * style.FramePadding.x;
    const float mark_w = ImGui::CalcTextSize(kChangedMark).x + 2.0f * style.ItemSpacing.x;
    const float value_x = row_min.x + std::max(row_w - (2.0f * line + value_w + mark_w), 0.0f);
    const float label_end =
        row_min.x + style.FramePadding.x + ImGui::CalcTextSize(label).x + style.ItemSpacing.x;
    const bool two_lines = label_end > value_x;
    // On the second line they stay in the column of the other rows' values.
    return {std::max(value_x, row_min.x + style.FramePadding.x + style.IndentSpacing),
            row_min.y + (two_lines ? line : 0.0f), value_w, line, two_lines ? 2.0f * line : line};
}

// The row's focusable part; `step` becomes -1 or +1 when left or right is pressed on it.
// Taking the move from the navigation keeps the focus on the row. True when it is chosen
// (A, Enter, a click).
bool row_item(const RowColumns& c, int& step) {
    const bool chosen = ImGui::Selectable("##row", false, ImGuiSelectableFlags_AllowItemOverlap,
                                          {ImGui::GetContentRegionAvail().x, c.height});
    ImGuiContext& g = *GImGui;
    if (ImGui::IsItemFocused() && g.NavMoveSubmitted &&
        (g.NavMoveDir == ImGuiDir_Left || g.NavMoveDir == ImGuiDir_Right)) {
        step = g.NavMoveDir == ImGuiDir_Left ? -1 : 1;
        ImGui::NavMoveRequestCancel();
    }
    // A row that resizes the UI (Settings > Size of text and controls) moves under the focus:
    // keep it in view, or the next press down would only scroll to it.
    if (ImGui::IsItemFocused()) {
        ImGuiWindow* window = ImGui::GetCurrentWindow();
        const ImRect rect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        if (!window->ClipRect.Contains(rect)) ImGui::ScrollToBringRectIntoView(window, rect);
    }
    return chosen;
}

// The label, the value and the mark, drawn over the row.
void row_text(ImVec2 row_min, const RowColumns& c, const char* label, const char* value,
              bool changed) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float inset = 0.5f * (c.button_w - ImGui::GetFontSize());
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    draw->AddText({row_min.x + style.FramePadding.x, row_min.y + inset}, text, label);
    const float value_w = ImGui::CalcTextSize(value).x;
    draw->AddText({c.value_x + c.button_w + 0.5f * (c.value_w - value_w), c.value_y + inset}, text,
                  value);
    if (changed)
        draw->AddText({c.value_x + 2.0f * c.button_w + c.value_w + style.ItemSpacing.x,
                       c.value_y + inset},
                      ImGui::GetColorU32(kAccent), kChangedMark);
}

// "-" and "+" for the mouse (the focus skips them: the row's left and right do the same).
int mouse_buttons(const RowColumns& c, bool can_lower, bool can_raise) {
    int step = 0;
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    ImGui::PushButtonRepeat(true);
    ImGui::SetCursorScreenPos({c.value_x, c.value_y});
    ImGui::BeginDisabled(!can_lower);
    if (ImGui::Button("-", {c.button_w, c.button_w})) step = -1;
    ImGui::EndDisabled();
    ImGui::SetCursorScreenPos({c.value_x + c.button_w + c.value_w, c.value_y});
    ImGui::BeginDisabled(!can_raise);
    if (ImGui::Button("+", {c.button_w, c.button_w})) step = 1;
    ImGui::EndDisabled();
    ImGui::PopButtonRepeat();
    ImGui::PopItemFlag();
    return step;
}

} // namespace

bool step_control(const char* label, float& value, const StepRange& range, bool changed) {
    ImGui::PushID(label);
    const ImVec2 row_min = ImGui::GetCursorScreenPos();
    const RowColumns c = columns(row_min, label);
    int step = 0;
    row_item(c, step);
    char text[32];
    if (range.min_text && value <= range.min) std::snprintf(text, sizeof text, "%s", range.min_text);
    else if (range.text) std::snprintf(text, sizeof text, "%s", range.text);
    else std::snprintf(text, sizeof text, range.format, value);
    row_text(row_min, c, label, text, changed);
    if (const int pressed = mouse_buttons(c, value > range.min, value < range.max))
        step = pressed;
    ImGui::PopID();
    if (step == 0) return false;
    // Whole steps from the bottom, so repeated steps never drift off the grid.
    const float next = std::clamp(
        range.min + std::round((value + step * range.step - range.min) / range.step) * range.step,
        range.min, range.max);
    if (next == value) return false;
    value = next;
    return true;
}

bool step_control(const char* label, int& value, const StepRange& range, bool changed) {
    float as_float = static_cast<float>(value);
    if (!step_control(label, as_float, range, changed)) return false;
    value = static_cast<int>(std::lround(as_float));
    return true;
}

bool step_choice(const char* label, int& choice, const char* const* choices, int count,
                 bool changed) {
    ImGui::PushID(label);
    const ImVec2 row_min = ImGui::GetCursorScreenPos();
    const RowColumns c = columns(row_min, label);
    int step = 0;
    // Choosing the row (A, Enter, a click) goes to the next choice, round.
    if (row_item(c, step)) step = 1;
    row_text(row_min, c, label, choices[choice], changed);
    if (const int pressed = mouse_buttons(c, true, true)) step = pressed;
    ImGui::PopID();
    if (step == 0) return false;
    choice = (choice + step + count) % count;
    return true;
}

} // namespace legwork
