#include "app/ui_layout.h"
#include "engine/ui_typeface.h"

#include <imgui.h>

#include <catch2/catch.hpp>
#include <cmath>

using namespace legwork;

TEST_CASE("TV layout has body text of at least 28 px at 1080p", "[app][ui_layout]") {
    const UiLayout tv = ui_layout({1920, 1080}, 1.0f, true);
    CHECK(tv.fonts.body_px >= 28.0f);
    CHECK(tv.fonts.heading_px > tv.fonts.body_px);
    CHECK(tv.fonts.title_px > tv.fonts.heading_px);
    CHECK(tv.fonts.timer_px >= 160.0f); // the workout timer, read from the couch
    // Nothing in the outer 5% (overscan).
    CHECK(tv.safe_margin_px >= 0.05f * 1080.0f - 0.5f);
}

TEST_CASE("The workout timer's digits stand at least 160 px tall on a 1080-line TV", "[app][ui_layout]") {
    const std::optional<UiTypeface> typeface = find_ui_typeface();
    REQUIRE(typeface);
    const UiLayout tv = ui_layout({1920, 1080}, 1.0f, true);
    // Baked as the app bakes it: the glyphs' own height, not the font's line height.
    ImFontAtlas atlas;
    ImFont* timer = atlas.AddFontFromFileTTF(typeface->bold.c_str(), tv.fonts.timer_px);
    REQUIRE(timer != nullptr);
    REQUIRE(atlas.Build());
    for (const char digit : {'0', '1', '4', '8'}) {
        const ImFontGlyph* glyph = timer->FindGlyph(static_cast<ImWchar>(digit));
        REQUIRE(glyph != nullptr);
        INFO(digit);
        CHECK(glyph->Y1 - glyph->Y0 >= 160.0f);
    }
}

TEST_CASE("TV type grows with the resolution up to 4K", "[app][ui_layout]") {
    const UiLayout hd = ui_layout({1920, 1080}, 1.0f, true);
    const UiLayout uhd = ui_layout({3840, 2160}, 1.0f, true);
    CHECK(uhd.fonts.body_px == Approx(hd.fonts.body_px * 2.0f));
    // Beyond 4K it stops growing.
    CHECK(ui_layout({7680, 4320}, 1.0f, true).fonts.body_px == uhd.fonts.body_px);
}

TEST_CASE("Laptop layout is smaller than TV and never unreadably small", "[app][ui_layout]") {
    const UiLayout laptop = ui_layout({1920, 1080}, 1.0f, false);
    CHECK(laptop.fonts.body_px < ui_layout({1920, 1080}, 1.0f, true).fonts.body_px);
    CHECK(ui_layout({1280, 720}, 1.0f, false).fonts.body_px >= 16.0f);
    CHECK(ui_layout({640, 400}, 1.0f, false).fonts.body_px >= 16.0f);
}

TEST_CASE("A HiDPI laptop display gets larger type", "[app][ui_layout]") {
    const UiLayout normal = ui_layout({1280, 800}, 1.0f, false);
    const UiLayout hidpi = ui_layout({1280, 800}, 2.0f, false);
    CHECK(hidpi.fonts.body_px == Approx(2.0f * 20.0f));
    CHECK(hidpi.fonts.body_px > normal.fonts.body_px);
}

TEST_CASE("Type sizes are whole pixels", "[app][ui_layout]") {
    for (int height : {600, 768, 900, 1080, 1200, 1440, 2160}) {
        const UiLayout layout = ui_layout({height * 16 / 9, height}, 1.0f, true);
        CHECK(layout.fonts.body_px == static_cast<float>(static_cast<int>(layout.fonts.body_px)));
    }
}

TEST_CASE("The user's UI scale multiplies type, spacing and the bar, in windowed and TV layouts",
          "[app][ui_layout]") {
    for (const bool tv : {false, true}) {
        INFO("tv " << tv);
        const UiLayout plain = ui_layout({1920, 1080}, 1.0f, tv);
        const UiLayout larger = ui_layout({1920, 1080}, 1.0f, tv, 1.5f);
        const UiLayout smaller = ui_layout({1920, 1080}, 1.0f, tv, 0.8f);
        CHECK(larger.fonts.body_px == std::round(plain.fonts.body_px * 1.5f));
        CHECK(smaller.fonts.body_px == std::round(plain.fonts.body_px * 0.8f));
        CHECK(larger.scale == Approx(plain.scale * 1.5f).epsilon(0.02));
        CHECK(larger.nav_height_px > plain.nav_height_px);
        CHECK(larger.fonts.timer_px > plain.fonts.timer_px);
        // The margin keeps clear of the TV's overscan whatever the type's size.
        CHECK(larger.safe_margin_px == plain.safe_margin_px);
    }
}
