#include "app/ui_theme.h"

#include "app/ui_layout.h"

#include <imgui_internal.h>

#include <algorithm>

namespace legwork {

void apply_ui_theme(const UiLayout& layout) {
    ImGuiStyle style;
    ImGui::StyleColorsDark(&style);
    style.WindowPadding = {18.0f, 16.0f};
    style.FramePadding = {14.0f, 8.0f};
    style.ItemSpacing = {12.0f, 10.0f};
    style.ItemInnerSpacing = {8.0f, 6.0f};
    style.WindowRounding = 10.0f;
    style.FrameRounding = 8.0f;
    style.GrabRounding = 8.0f;
    style.WindowBorderSize = 0.0f;
    style.FrameBorderSize = 0.0f;
    style.ScrollbarSize = 18.0f;
    style.ScaleAllSizes(layout.scale);

    ImVec4* colors = style.Colors;
    colors[ImGuiCol_Text] = {0.96f, 0.97f, 0.98f, 1.00f};
    colors[ImGuiCol_TextDisabled] = kMutedText;
    colors[ImGuiCol_WindowBg] = {0.07f, 0.08f, 0.10f, 0.86f};
    colors[ImGuiCol_ChildBg] = {0.12f, 0.13f, 0.16f, 0.90f};
    colors[ImGuiCol_PopupBg] = {0.09f, 0.10f, 0.12f, 0.97f};
    colors[ImGuiCol_Border] = {0.30f, 0.33f, 0.38f, 0.60f};
    colors[ImGuiCol_FrameBg] = {0.18f, 0.20f, 0.24f, 1.00f};
    colors[ImGuiCol_FrameBgHovered] = {0.24f, 0.26f, 0.31f, 1.00f};
    colors[ImGuiCol_FrameBgActive] = {0.28f, 0.30f, 0.36f, 1.00f};
    colors[ImGuiCol_Button] = {0.18f, 0.20f, 0.24f, 1.00f};
    colors[ImGuiCol_ButtonHovered] = {0.27f, 0.29f, 0.35f, 1.00f};
    colors[ImGuiCol_ButtonActive] = {0.33f, 0.36f, 0.42f, 1.00f};
    colors[ImGuiCol_Header] = {1.00f, 0.55f, 0.22f, 0.40f}; // a chosen list row: the accent, dimmed
    colors[ImGuiCol_HeaderHovered] = {0.27f, 0.29f, 0.35f, 1.00f};
    colors[ImGuiCol_HeaderActive] = {0.33f, 0.36f, 0.42f, 1.00f};
    colors[ImGuiCol_Tab] = colors[ImGuiCol_Button];
    colors[ImGuiCol_TabHovered] = colors[ImGuiCol_ButtonHovered];
    colors[ImGuiCol_TabActive] = colors[ImGuiCol_Header]; // the open tab, like a chosen row
    colors[ImGuiCol_TabUnfocused] = colors[ImGuiCol_Button];
    colors[ImGuiCol_TabUnfocusedActive] = colors[ImGuiCol_Header];
    colors[ImGuiCol_TableHeaderBg] = colors[ImGuiCol_FrameBg];
    colors[ImGuiCol_CheckMark] = kAccent;
    colors[ImGuiCol_SliderGrab] = kAccent;
    colors[ImGuiCol_SliderGrabActive] = {1.00f, 0.66f, 0.38f, 1.00f};
    // draw_focus_ring() draws the focus, thicker than ImGui would.
    colors[ImGuiCol_NavHighlight] = {0.0f, 0.0f, 0.0f, 0.0f};
    colors[ImGuiCol_Separator] = {0.30f, 0.33f, 0.38f, 0.80f};
    ImGui::GetStyle() = style;
}

void draw_focus_ring(const UiLayout& layout) {
    const ImGuiContext& g = *GImGui;
    ImGuiWindow* window = g.NavWindow;
    if (g.NavId == 0 || !g.NavIdIsAlive || g.NavDisableHighlight || window == nullptr) return;
    const float thickness = std::max(3.0f, 3.0f * layout.scale);
    ImRect ring = ImGui::WindowRectRelToAbs(window, window->NavRectRel[g.NavLayer]);
    ring.Expand(thickness * 0.5f + 1.0f);
    const float rounding = ImGui::GetStyle().FrameRounding + thickness * 0.5f;
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    // Kept to the window, so an item half scrolled away is not ringed over its neighbours.
    draw->PushClipRect(window->ClipRect.Min, window->ClipRect.Max, false);
    draw->AddRectFilled(ring.Min, ring.Max, ImGui::GetColorU32(ImVec4{kAccent.x, kAccent.y, kAccent.z, 0.14f}), rounding);
    draw->AddRect(ring.Min, ring.Max, ImGui::GetColorU32(kAccent), rounding, 0, thickness);
    draw->PopClipRect();
}

} // namespace legwork
