// UiDamage on real ImGui frames (no renderer needed: only the draw lists are compared).
#include "engine/ui_damage.h"

#include <catch2/catch.hpp>
#include <imgui.h>
#include <string>

using namespace legwork;

namespace {

constexpr glm::ivec2 kSize{800, 600};

// An ImGui context with a font, for building frames without drawing them.
struct ImGuiFrames {
    ImGuiFrames() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(static_cast<float>(kSize.x), static_cast<float>(kSize.y));
        io.DeltaTime = 1.0f / 60.0f;
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    }
    ~ImGuiFrames() { ImGui::DestroyContext(); }

    // A panel on the left with a slider at `value` and `label`; with `right`, a small
    // window on the right too.
    const ImDrawData& frame(float value, const char* label, bool right = false) {
        ImGui::NewFrame();
        ImGui::SetNextWindowPos({10, 10});
        ImGui::SetNextWindowSize({300, 400});
        ImGui::Begin("panel", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
        ImGui::TextUnformatted("A line of text that stays");
        ImGui::SliderFloat("##value", &value, 0.0f, 1.0f, label);
        ImGui::End();
        if (right) {
            ImGui::SetNextWindowPos({600, 500});
            ImGui::SetNextWindowSize({150, 60});
            ImGui::Begin("corner", nullptr,
                         ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings);
            ImGui::TextUnformatted("hello");
            ImGui::End();
        }
        ImGui::Render();
        return *ImGui::GetDrawData();
    }
};

// The framebuffer's rows bottom first: ImGui's y down from the top.
bool holds(const PixelRegion& region, float x0, float y0, float x1, float y1) {
    const PixelRect want{{static_cast<int>(x0), kSize.y - static_cast<int>(y1)},
                         {static_cast<int>(x1), kSize.y - static_cast<int>(y0)}};
    for (const PixelRect& r : region.rects())
        if (united(r, want) == r) return true;
    return false;
}

} // namespace

TEST_CASE("The UI's first frame changes everything, the same frame again nothing",
          "[engine][ui_damage]") {
    ImGuiFrames imgui;
    UiDamage damage;
    const PixelRegion first = damage.update(imgui.frame(0.5f, "half"), kSize);
    REQUIRE(first.rects().size() == 1);
    CHECK(first.rects()[0] == PixelRect{{0, 0}, kSize});
    CHECK(damage.update(imgui.frame(0.5f, "half"), kSize).empty());
    CHECK(damage.update(imgui.frame(0.5f, "half"), kSize).empty());
    // A new size, or forget(), changes everything again.
    CHECK(damage.update(imgui.frame(0.5f, "half"), {640, 480}).area() == 640 * 480);
    damage.update(imgui.frame(0.5f, "half"), kSize);
    damage.forget();
    CHECK(damage.update(imgui.frame(0.5f, "half"), kSize).area() == kSize.x * kSize.y);
}

TEST_CASE("A slider's grab moving changes only the pixels about its old and new places",
          "[engine][ui_damage]") {
    ImGuiFrames imgui;
    UiDamage damage;
    damage.update(imgui.frame(0.2f, "value"), kSize);
    damage.update(imgui.frame(0.2f, "value"), kSize);
    const PixelRegion moved = damage.update(imgui.frame(0.6f, "value"), kSize);
    REQUIRE_FALSE(moved.empty());
    // Within the slider's row of the panel, and far smaller than the panel.
    const PixelRect bounds = moved.bounds();
    CHECK(bounds.min.x >= 10);
    CHECK(bounds.max.x <= 310);
    CHECK(bounds.max.y - bounds.min.y < 40);
    CHECK(moved.area() < 300 * 400 / 4);
    // A moving grab: the region reaches from where it was to where it is.
    CHECK(bounds.max.x - bounds.min.x > 60);
}

TEST_CASE("Other text, or a window coming and going, changes the pixels it covers",
          "[engine][ui_damage]") {
    ImGuiFrames imgui;
    UiDamage damage;
    damage.update(imgui.frame(0.5f, "lower"), kSize);
    damage.update(imgui.frame(0.5f, "lower"), kSize);
    // The slider's label is other text: the panel's list changed shape.
    const PixelRegion relabelled = damage.update(imgui.frame(0.5f, "bottom of the squat"), kSize);
    CHECK(holds(relabelled, 10, 10, 310, 410));
    CHECK(relabelled.area() < kSize.x * kSize.y / 2);
    // A window opening changes its pixels only; closing, the same.
    damage.update(imgui.frame(0.5f, "lower"), kSize);
    const PixelRegion opened = damage.update(imgui.frame(0.5f, "lower", true), kSize);
    CHECK(holds(opened, 600, 500, 750, 560));
    CHECK(opened.bounds().min.x >= 590);
    const PixelRegion closed = damage.update(imgui.frame(0.5f, "lower"), kSize);
    CHECK(holds(closed, 600, 500, 750, 560));
    CHECK(closed.bounds().min.x >= 590);
}

TEST_CASE("Clipping draw data keeps every command within a rectangle, and back again",
          "[engine][ui_damage]") {
    ImGuiFrames imgui;
    ImDrawData& data = const_cast<ImDrawData&>(imgui.frame(0.5f, "half", true));
    DrawClipper clipper;
    clipper.keep(data);
    const PixelRect rect{{100, 300}, {200, 400}}; // x 100..200, y (from the top) 200..300
    clipper.clip(data, rect, kSize);
    int inside = 0, skipped = 0;
    for (int i = 0; i < data.CmdListsCount; ++i)
        for (const ImDrawCmd& cmd : data.CmdLists[i]->CmdBuffer) {
            const ImVec4& c = cmd.ClipRect;
            if (c.z <= c.x || c.w <= c.y) {
                ++skipped;
                continue;
            }
            ++inside;
            CHECK(c.x >= 100.0f);
            CHECK(c.z <= 200.0f);
            CHECK(c.y >= 200.0f);
            CHECK(c.w <= 300.0f);
        }
    CHECK(inside > 0);
    CHECK(skipped > 0); // the corner window is elsewhere
    // Clipped to the whole framebuffer, each command has its own rectangle back.
    clipper.clip(data, {{0, 0}, kSize}, kSize);
    for (int i = 0; i < data.CmdListsCount; ++i)
        for (const ImDrawCmd& cmd : data.CmdLists[i]->CmdBuffer)
            CHECK(cmd.ClipRect.z > cmd.ClipRect.x);
}
