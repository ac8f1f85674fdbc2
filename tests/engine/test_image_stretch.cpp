// ImageStretch on SDL's offscreen driver: an image laid over a framebuffer within some
// rectangles only, copied pixel for pixel or scaled up as a linear blit scales it.
#include "engine/image_stretch.h"
#include "engine/resource_dir.h"
#include "engine/window.h"

#include <array>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <vector>

using namespace legwork;

namespace {

// A texture of `size` pixels, each with its own bytes.
GLuint pattern(glm::ivec2 size) {
    std::vector<unsigned char> bytes;
    for (int y = 0; y < size.y; ++y)
        for (int x = 0; x < size.x; ++x)
            bytes.insert(bytes.end(), {static_cast<unsigned char>(7 * x), static_cast<unsigned char>(11 * y),
                                       static_cast<unsigned char>(3 * x + 5 * y), 255});
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, size.x, size.y, 0, GL_RGBA, GL_UNSIGNED_BYTE, bytes.data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_2D, 0);
    return texture;
}

// A framebuffer of `size` pixels with a colour texture and a depth buffer, bound, cleared
// to transparent black and depth 0.
struct Target {
    GLuint framebuffer = 0, color = 0, depth = 0;
    explicit Target(glm::ivec2 size) {
        glGenTextures(1, &color);
        glBindTexture(GL_TEXTURE_2D, color);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, size.x, size.y, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
        glGenRenderbuffers(1, &depth);
        glBindRenderbuffer(GL_RENDERBUFFER, depth);
        glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH_COMPONENT24, size.x, size.y);
        glGenFramebuffers(1, &framebuffer);
        glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, color, 0);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depth);
        REQUIRE(glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE);
        glViewport(0, 0, size.x, size.y);
        glClearColor(0.0f, 0.0f, 0.0f, 0.0f);
        glClearDepth(0.0);
        glDepthMask(GL_TRUE);
        glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
        glClearDepth(1.0);
    }
    ~Target() {
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glDeleteFramebuffers(1, &framebuffer);
        glDeleteRenderbuffers(1, &depth);
        glDeleteTextures(1, &color);
    }
    std::array<unsigned char, 4> pixel(int x, int y) const {
        std::array<unsigned char, 4> out{};
        glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer);
        glReadPixels(x, y, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, out.data());
        return out;
    }
    float depth_at(int x, int y) const {
        float out = -1.0f;
        glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer);
        glReadPixels(x, y, 1, 1, GL_DEPTH_COMPONENT, GL_FLOAT, &out);
        return out;
    }
};

bool inside(std::span<const PixelRect> rects, int x, int y) {
    for (const PixelRect& r : rects)
        if (x >= r.min.x && x < r.max.x && y >= r.min.y && y < r.max.y) return true;
    return false;
}

struct Fixture {
    Window window;
    ImageStretch stretch;
    Fixture() {
        std::string error;
        REQUIRE(window.open({.size = {64, 48}, .offscreen = true, .vsync = false}, error));
        REQUIRE(stretch.load(find_resource_dir() / "shaders", error));
    }
};

} // namespace

TEST_CASE("A copy lays an image down pixel for pixel within the rectangles only, and clears "
          "the depth there",
          "[engine][image_stretch]") {
    Fixture f;
    constexpr glm::ivec2 kSize{64, 48};
    const GLuint image = pattern(kSize);
    Target target(kSize);
    const std::array<PixelRect, 2> rects{PixelRect{{2, 3}, {10, 20}}, PixelRect{{30, 5}, {64, 48}}};
    f.stretch.draw(image, rects, kSize, ImageStretch::Filter::nearest, ImageStretch::Depth::far);
    int copied = 0, kept = 0;
    for (int y = 0; y < kSize.y; ++y)
        for (int x = 0; x < kSize.x; ++x) {
            INFO("pixel " << x << ", " << y);
            if (inside(rects, x, y)) {
                REQUIRE(target.pixel(x, y) ==
                        std::array<unsigned char, 4>{static_cast<unsigned char>(7 * x), static_cast<unsigned char>(11 * y),
                                                     static_cast<unsigned char>(3 * x + 5 * y), 255});
                REQUIRE(target.depth_at(x, y) == 1.0f);
                ++copied;
            } else {
                REQUIRE(target.pixel(x, y) == std::array<unsigned char, 4>{0, 0, 0, 0});
                REQUIRE(target.depth_at(x, y) == 0.0f);
                ++kept;
            }
        }
    CHECK(copied == 8 * 17 + 34 * 43);
    CHECK(kept == kSize.x * kSize.y - copied);
    glDeleteTextures(1, &image);
}

TEST_CASE("A stretch scales an image up as a linear blit does, within the rectangles only",
          "[engine][image_stretch]") {
    Fixture f;
    constexpr glm::ivec2 kImage{32, 24}, kSize{64, 48};
    const GLuint image = pattern(kImage);
    // What a linear blit makes of the whole image.
    Target blitted(kSize);
    GLuint source = 0;
    glGenFramebuffers(1, &source);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, source);
    glFramebufferTexture2D(GL_READ_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, image, 0);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, blitted.framebuffer);
    glBlitFramebuffer(0, 0, kImage.x, kImage.y, 0, 0, kSize.x, kSize.y, GL_COLOR_BUFFER_BIT, GL_LINEAR);
    glDeleteFramebuffers(1, &source);

    Target target(kSize);
    const std::array<PixelRect, 1> rects{PixelRect{{5, 7}, {41, 30}}};
    f.stretch.draw(image, rects, kSize);
    int worst = 0;
    for (int y = 0; y < kSize.y; ++y)
        for (int x = 0; x < kSize.x; ++x) {
            const std::array<unsigned char, 4> got = target.pixel(x, y);
            if (!inside(rects, x, y)) {
                REQUIRE(got == std::array<unsigned char, 4>{0, 0, 0, 0});
                continue;
            }
            const std::array<unsigned char, 4> want = blitted.pixel(x, y);
            for (int c = 0; c < 4; ++c) worst = std::max(worst, std::abs(got[c] - want[c]));
        }
    // The same filter: at most a rounding apart.
    CHECK(worst <= 1);
    glDeleteTextures(1, &image);
}
