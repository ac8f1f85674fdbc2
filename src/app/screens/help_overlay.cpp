#include "app/screens/screens.h"
#include "app/ui_theme.h"

#include <cstdio>

namespace legwork {
namespace {

// A gamepad's buttons as printed on it.
struct PadLabels {
    const char* choose;
    const char* back;
    const char* pause;
    const char* help;
};

PadLabels pad_labels(PadStyle style) {
    switch (style) {
    case PadStyle::playstation:
        return {"Cross", "Circle", "Options", "Share"};
    case PadStyle::nintendo:
        return {"B", "A", "+", "-"};
    default:
        return {"A", "B", "Menu", "View"};
    }
}

void row(const char* keys, const char* what, float keys_width) {
    ImGui::TextColored(kAccent, "%s", keys);
    ImGui::SameLine(keys_width);
    ImGui::TextUnformatted(what);
}

} // namespace

const char* help_hint(PadStyle pad) {
    switch (pad) {
    case PadStyle::none:
        return "F1: help";
    case PadStyle::playstation:
        return "Share: help";
    case PadStyle::nintendo:
        return "-: help";
    case PadStyle::xbox:
        return "View: help";
    }
    return "F1: help";
}

void draw_help_overlay(const ScreenContext& context) {
    ImGui::SetNextWindowPos({0.5f * context.display_size.x, 0.5f * context.display_size.y},
                            ImGuiCond_Always, {0.5f, 0.5f});
    // Opaque, so the screen behind does not show through the text.
    ImGui::SetNextWindowBgAlpha(0.98f);
    ImGui::Begin("##help", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoCollapse);
    ImGui::PushFont(context.fonts.heading);
    ImGui::TextUnformatted("Keys and buttons");
    ImGui::PopFont();
    const float keys_width = context.layout.fonts.body_px * 12.0f;
    if (context.pad != PadStyle::none) {
        const PadLabels pad = pad_labels(context.pad);
        char choose[48], back[48], pause[48], help[48];
        std::snprintf(choose, sizeof choose, "%s", pad.choose);
        std::snprintf(back, sizeof back, "%s", pad.back);
        std::snprintf(pause, sizeof pause, "%s", pad.pause);
        std::snprintf(help, sizeof help, "%s", pad.help);
        ImGui::TextColored(kMutedText, "Gamepad");
        row("D-pad or stick", "move the focus", keys_width);
        row(choose, "choose", keys_width);
        row(back, "go back; in a workout, pause", keys_width);
        row("Shoulders", "switch screens; in a workout, back or skip", keys_width);
        row(pause, "pause or resume a workout", keys_width);
        row(help, "this help", keys_width);
        ImGui::Spacing();
    }
    ImGui::TextColored(kMutedText, "Keyboard");
    row("Arrows, Tab", "move the focus", keys_width);
    row("Enter", "choose", keys_width);
    row("Escape", "go back; in a workout, pause", keys_width);
    row("Ctrl+PageDown/Up", "next or previous screen", keys_width);
    row("Space", "pause or resume a workout", keys_width);
    row("N / P", "next or previous set in a workout", keys_width);
    row("F11", "fullscreen", keys_width);
    row("F1 or ?", "this help", keys_width);
    ImGui::Spacing();
    ImGui::TextColored(
        kMutedText,
        "Mouse: drag the studio to look around, scroll to zoom, double-click to reset.");
    ImGui::End();
}

} // namespace legwork
