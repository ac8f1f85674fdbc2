// A frame drawn only where something changed (App::compose_frame(), SceneRenderer's kept
// image) against the same frame drawn whole: every pixel must agree, or a moving avatar
// would leave a trail or be cut off.
#include "app/app.h"
#include "engine/gl.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <unistd.h>
#include <vector>

using namespace legwork;
namespace fs = std::filesystem;

namespace {

constexpr glm::ivec2 kWindow{1280, 720}; // the 3D view at 75% scale, stretched to it

std::vector<unsigned char> read_window() {
    std::vector<unsigned char> pixels(static_cast<std::size_t>(kWindow.x) * kWindow.y * 4);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, kWindow.x, kWindow.y, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    return pixels;
}

AppOptions offscreen_options(const fs::path& dir) {
    AppOptions options;
    options.window_size = kWindow;
    options.offscreen = true;
    options.vsync = false;
    options.data_dir = dir / "data";
    return options;
}

// Pixels whose colour differs between two captures.
int differing_pixels(const std::vector<unsigned char>& a, const std::vector<unsigned char>& b) {
    int count = 0;
    for (std::size_t i = 0; i < a.size(); i += 4)
        count += a[i] != b[i] || a[i + 1] != b[i + 1] || a[i + 2] != b[i + 2];
    return count;
}

} // namespace

TEST_CASE("A frame drawn only where the avatar and the UI changed matches it drawn whole",
          "[app][frame_redraw]") {
    const fs::path dir = fs::temp_directory_path() / ("legwork-redraw-" + std::to_string(getpid()));
    // Each body placement, each moving prop, a mistake's glowing body parts, and quick motion.
    const std::pair<const char*, const char*> shows[] = {{"full-squat", ""},
                                                         {"single-leg-glute-bridge", "hips-sag"},
                                                         {"single-leg-romanian-deadlift", ""},
                                                         {"stability-ball-hamstring-curl", ""},
                                                         {"clam-shell-band", ""},
                                                         {"bird-dog", ""},
                                                         {"power-skips", ""},
                                                         {"deep-overhead-squat", ""},
        {"squat-to-bench", ""},
        {"seated-ball-leg-lift", ""}};
    for (const auto& [exercise, variant] : shows) {
        DYNAMIC_SECTION(exercise << (*variant ? " with " : "") << variant) {
            AppOptions options = offscreen_options(dir);
            options.start_screen = ScreenId::library;
            options.exercise = exercise;
            options.variant = variant;
            App app;
            std::string error;
            REQUIRE(app.init(options, error));
            // The camera glides to the exercise first; from then on it stays put.
            for (int frame = 0; frame < 60; ++frame) {
                app.draw_frame(1.0f / 60.0f);
                app.swap();
            }
            for (int frame = 0; frame < 16; ++frame) {
                // A quarter second a frame: a limb can move far between two.
                app.draw_frame(0.25f);
                const std::vector<unsigned char> partly = read_window();
                const long long redrawn = app.pixels_redrawn();
                app.redraw_whole();
                const std::vector<unsigned char> whole = read_window();
                app.swap();
                INFO("frame " << frame << ", " << redrawn << " pixels redrawn");
                CHECK(differing_pixels(partly, whole) == 0);
                // And it was drawn partly: the panels stay.
                CHECK(redrawn < kWindow.x * kWindow.y);
                CHECK(redrawn > 0);
            }
        }
    }
    fs::remove_all(dir);
}

TEST_CASE("A routine's frames drawn only where the avatar, the count and the timer changed match "
          "them drawn whole",
          "[app][frame_redraw]") {
    const fs::path dir = fs::temp_directory_path() / ("legwork-redraw-" + std::to_string(getpid()));
    // The get-ready countdown, then work with its count and timer, a switch of sides, rest;
    // in the self-check, the notes panel too.
    for (const char* routine : {"hamstring-strength-progression", "leg-imbalance-self-check"}) {
        DYNAMIC_SECTION(routine) {
            AppOptions options = offscreen_options(dir);
            options.tv = true;
            options.routine = routine;
            options.simulated_clock = true;
            App app;
            std::string error;
            REQUIRE(app.init(options, error));
            int partly_drawn = 0;
            for (int frame = 0; frame < 60; ++frame) {
                app.draw_frame(frame < 30 ? 0.4f : 1.3f);
                partly_drawn += app.pixels_redrawn() < kWindow.x * kWindow.y;
                // Every third frame, after two drawn in part on top of each other.
                if (frame % 3 == 2) {
                    const std::vector<unsigned char> partly = read_window();
                    app.redraw_whole();
                    const std::vector<unsigned char> whole = read_window();
                    INFO("frame " << frame);
                    CHECK(differing_pixels(partly, whole) == 0);
                }
                app.swap();
            }
            CHECK(partly_drawn > 30);
        }
    }
    fs::remove_all(dir);
}
