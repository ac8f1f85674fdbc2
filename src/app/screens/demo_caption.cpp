#include "app/screens/screens.h"
#include "app/studio_scene.h"
#include "app/ui_theme.h"

#include <algorithm>

namespace legwork {
namespace {

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

// A rounded tag with `text` below `point`, pointing up at it: under a foot it covers
// nothing the body does.
void tag(ImDrawList& draw, ImVec2 point, const char* text, ImFont* font, float font_px,
         ImVec2 area_min, ImVec2 area_max) {
    const ImVec2 text_size = font->CalcTextSizeA(font_px, FLT_MAX, 0.0f, text);
    const float pad = font_px * 0.35f;
    // Kept inside `area`, even when the foot is at its edge.
    const float width = text_size.x + 2.0f * pad, height = text_size.y + 2.0f * pad;
    point.x = std::clamp(point.x, area_min.x + 0.5f * width, area_max.x - 0.5f * width);
    point.y = std::clamp(point.y, area_min.y, area_max.y - height - font_px * 0.6f);
    const ImVec2 min{point.x - 0.5f * width, point.y + font_px * 0.6f};
    const ImVec2 max{min.x + width, min.y + height};
    draw.AddRectFilled(min, max, ImGui::GetColorU32(kAccent), pad);
    draw.AddTriangleFilled({point.x - pad, min.y}, {point.x, min.y - pad}, {point.x + pad, min.y},
                           ImGui::GetColorU32(kAccent));
    draw.AddText(font, font_px, {min.x + pad, min.y + pad}, ImGui::GetColorU32(kAccentText), text);
}

} // namespace

float demo_caption_height(const UiLayout& layout) {
    // A heading line, three body lines, the phase bar, and the panel's padding.
    return layout.fonts.heading_px * 1.25f + layout.fonts.body_px * 4.3f +
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
    ImGui::TextColored(kAccent, "%s", exercise.motion.phases[phase.phase].title.c_str());
    ImGui::SameLine(0.0f, context.layout.fonts.body_px);
    ImGui::TextUnformatted(side_label(exercise.sides, clip.side()));
    if (context.demo.mirror) {
        ImGui::SameLine(0.0f, context.layout.fonts.body_px);
        ImGui::TextColored(kMutedText, "Mirrored: move with it like your reflection");
    }
    // What is shown, and what to do: the fix for a mistake, else the cue of this phase.
    const char* advice = nullptr;
    if (demo->variant() >= 0) {
        ImGui::TextColored(kFault, "Mistake: %s",
                           exercise.motion.variants[demo->variant()].title.c_str());
        advice = exercise.mistakes[demo->variant()].fix.c_str();
    } else {
        ImGui::TextColored(kGood, "Correct form");
        for (const FormCue& cue : exercise.cues)
            if (cue.phase == phase.phase && !advice) advice = cue.text.c_str();
    }
    if (advice && demo->variant() >= 0)
        ImGui::TextColored(kGood, "Fix: %s", advice);
    else if (advice)
        ImGui::TextUnformatted(advice);
    else
        ImGui::NewLine();

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
        const glm::vec3 heel = context.scene.site(left ? Site::leftHeel : Site::rightHeel);
        if (const auto point = on_screen(context, heel))
            tag(*ImGui::GetBackgroundDrawList(), *point, left ? "LEFT" : "RIGHT",
                context.fonts.heading, context.layout.fonts.body_px, context.studio_min,
                {context.studio_max.x, context.studio_max.y - demo_caption_height(context.layout)});
    }
}

} // namespace legwork
