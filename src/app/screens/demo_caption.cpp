#include "app/screens/screens.h"
#include "app/studio_scene.h"
#include "app/ui_theme.h"

#include <cctype>

namespace legwork {
namespace {

// "knees-cave-in" -> "Knees cave in": a content id read as words.
std::string words(std::string_view id) {
    std::string out(id);
    for (char& c : out)
        if (c == '-') c = ' ';
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

const char* side_label(ExerciseSides sides, Side side) {
    if (sides == ExerciseSides::both) return "Both legs";
    return side == Side::left ? "Left side" : "Right side";
}

// Where `world` appears on screen (ImGui units), or nothing when it is behind the eye.
std::optional<ImVec2> on_screen(const ScreenContext& context, glm::vec3 world) {
    const glm::vec4 clip = context.scene_view_projection * glm::vec4(world, 1.0f);
    if (clip.w <= 1e-4f) return std::nullopt;
    const glm::vec2 ndc = glm::vec2(clip) / clip.w;
    return ImVec2{(0.5f + 0.5f * ndc.x) * context.display_size.x,
                  (0.5f - 0.5f * ndc.y) * context.display_size.y};
}

// A rounded tag with `text` above `point`, pointing down at it.
void tag(ImDrawList& draw, ImVec2 point, const char* text, ImFont* font, float font_px) {
    const ImVec2 text_size = font->CalcTextSizeA(font_px, FLT_MAX, 0.0f, text);
    const float pad = font_px * 0.35f;
    const ImVec2 min{point.x - text_size.x * 0.5f - pad,
                     point.y - text_size.y - 2.0f * pad - font_px * 0.6f};
    const ImVec2 max{point.x + text_size.x * 0.5f + pad, min.y + text_size.y + 2.0f * pad};
    draw.AddRectFilled(min, max, ImGui::GetColorU32(kAccent), pad);
    draw.AddTriangleFilled({point.x - pad, max.y}, {point.x + pad, max.y}, {point.x, max.y + pad},
                           ImGui::GetColorU32(kAccent));
    draw.AddText(font, font_px, {min.x + pad, min.y + pad}, ImGui::GetColorU32(kAccentText), text);
}

} // namespace

float demo_caption_height(const UiLayout& layout) {
    // A heading line, two body lines, the phase bar, and the panel's padding.
    return layout.fonts.heading_px * 1.25f + layout.fonts.body_px * 2.9f +
           18.0f * layout.scale * 2.0f;
}

void draw_demo_caption(const ScreenContext& context) {
    const Demonstration* demo = context.scene.demonstration();
    if (!demo) return;
    const Exercise& exercise = demo->exercise();
    const MotionClip& clip = demo->clip();
    const float t = context.scene.time_s();

    const float height = demo_caption_height(context.layout);
    ImGui::SetNextWindowPos({context.studio_min.x, context.studio_max.y - height});
    ImGui::SetNextWindowSize({context.studio_max.x - context.studio_min.x, height});
    ImGui::Begin("##demo caption", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoInputs |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
    ImGui::PushFont(context.fonts.heading);
    ImGui::TextUnformatted(exercise.name.c_str());
    ImGui::PopFont();

    const PhaseTime phase = clip.phase_at(t);
    const std::string phase_name = words(exercise.motion.phases[phase.phase].name);
    ImGui::TextColored(kAccent, "%s", phase_name.c_str());
    ImGui::SameLine(0.0f, context.layout.fonts.body_px);
    ImGui::TextUnformatted(side_label(exercise.sides, clip.side()));
    if (context.demo.mirror) {
        ImGui::SameLine(0.0f, context.layout.fonts.body_px);
        ImGui::TextColored(kMutedText, "Mirrored: move with it like your reflection");
    }
    if (demo->variant() >= 0) {
        const std::string mistake =
            "Common mistake: " + words(exercise.motion.variants[demo->variant()].id);
        ImGui::TextColored(kWarning, "%s", mistake.c_str());
    } else {
        ImGui::TextColored(kGood, "Correct form");
    }

    // The rep as a bar: a tick at each phase's start, filled up to now.
    ImDrawList& draw = *ImGui::GetWindowDrawList();
    const ImVec2 bar_min{ImGui::GetCursorScreenPos().x,
                         ImGui::GetCursorScreenPos().y + 4.0f * context.layout.scale};
    const float bar_width = ImGui::GetContentRegionAvail().x;
    const float bar_height = 6.0f * context.layout.scale;
    const float cycle = clip.duration_s();
    draw.AddRectFilled(bar_min, {bar_min.x + bar_width, bar_min.y + bar_height},
                       ImGui::GetColorU32(ImGuiCol_FrameBg), bar_height * 0.5f);
    draw.AddRectFilled(
        bar_min, {bar_min.x + bar_width * std::fmod(t, cycle) / cycle, bar_min.y + bar_height},
        ImGui::GetColorU32(kAccent), bar_height * 0.5f);
    for (int p = 1; p < clip.phase_count(); ++p) {
        const float x = bar_min.x + bar_width * clip.phase_start_s(p) / cycle;
        draw.AddLine({x, bar_min.y - 2.0f}, {x, bar_min.y + bar_height + 2.0f},
                     ImGui::GetColorU32(ImGuiCol_Text), 2.0f);
    }
    ImGui::End();

    // The working side named on the leg itself, so it is plain which leg works even when
    // the picture is mirrored.
    if (exercise.sides != ExerciseSides::both) {
        const bool left = clip.side() == Side::left;
        const glm::vec3 knee = context.scene.site(left ? Site::leftKnee : Site::rightKnee);
        if (const auto point = on_screen(context, knee))
            tag(*ImGui::GetForegroundDrawList(), *point, left ? "LEFT" : "RIGHT",
                context.fonts.heading, context.layout.fonts.body_px);
    }
}

} // namespace legwork
