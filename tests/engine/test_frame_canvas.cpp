// FrameCanvas on SDL's offscreen driver: a frame drawn in part over the one before.
#include "engine/frame_canvas.h"
#include "engine/window.h"

#include <array>
#include <catch2/catch.hpp>

using namespace legwork;

namespace {

constexpr glm::ivec2 kSize{320, 200};

std::array<unsigned char, 4> window_pixel(int x, int y) {
    std::array<unsigned char, 4> pixel{};
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    glReadPixels(x, y, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, pixel.data());
    return pixel;
}

void fill(const PixelRect& rect, float r, float g, float b) {
    glEnable(GL_SCISSOR_TEST);
    glScissor(rect.min.x, rect.min.y, rect.max.x - rect.min.x, rect.max.y - rect.min.y);
    glClearColor(r, g, b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_SCISSOR_TEST);
}

} // namespace

TEST_CASE("A canvas keeps the last frame, so the next one draws only what changed",
          "[engine][frame_canvas]") {
    Window window;
    std::string error;
    REQUIRE(window.open({.size = kSize, .offscreen = true, .vsync = false}, error));
    for (const bool window_keeps_pixels : {false, true}) {
        INFO((window_keeps_pixels ? "on the window's own pixels" : "in an image of its own"));
        FrameCanvas canvas;
        // The first frame is drawn whole.
        REQUIRE(canvas.begin(kSize, window_keeps_pixels));
        fill({{0, 0}, kSize}, 1.0f, 0.0f, 0.0f);
        canvas.finish();
        window.swap();
        if (!window_keeps_pixels) {
            // A window that does not keep its pixels may show anything before the next frame.
            fill({{0, 0}, kSize}, 0.0f, 0.0f, 1.0f);
        }
        // The next draws one small square: the rest is the last frame's.
        REQUIRE_FALSE(canvas.begin(kSize, window_keeps_pixels));
        fill({{10, 10}, {20, 20}}, 0.0f, 1.0f, 0.0f);
        canvas.finish();
        CHECK(window_pixel(15, 15) == std::array<unsigned char, 4>{0, 255, 0, 255});
        CHECK(window_pixel(100, 100) == std::array<unsigned char, 4>{255, 0, 0, 255});
        CHECK(window_pixel(5, 5) == std::array<unsigned char, 4>{255, 0, 0, 255});
        window.swap();
        // A new size is drawn whole again.
        CHECK(canvas.begin({160, 100}, window_keeps_pixels));
        canvas.finish();
    }
}
