// The App's frame loop, in-process on the offscreen driver, fed real SDL input events.
#include "app/app.h"
#include "engine/framebuffer_png.h"
#include "support/image.h"

#include <SDL2/SDL.h>
#include <atomic>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <new>
#include <unistd.h>

using namespace legwork;
using namespace legwork::test;
namespace fs = std::filesystem;

namespace {

// The right edge of a screen's panel in a 960-pixel-wide window (42% of it, less a margin):
// left of it the screens differ, right of it the avatar moves.
constexpr int kPanelRight = 380;

AppOptions offscreen_options(ScreenId screen, const fs::path& dir) {
    AppOptions options;
    options.start_screen = screen;
    options.window_size = {960, 540};
    options.offscreen = true;
    options.vsync = false;
    options.data_dir = dir / "data";
    return options;
}

// What the window shows right now (the last frame drawn), as an image.
Image capture(const App& app, const fs::path& file) {
    std::string error;
    REQUIRE(write_framebuffer_png(app.drawable_size(), file, error));
    return load_png(file);
}

// What a fresh app started on `screen` shows once its layout has settled.
Image settled_start(ScreenId screen, const fs::path& dir) {
    App app;
    std::string error;
    REQUIRE(app.init(offscreen_options(screen, dir), error));
    for (int frame = 0; frame < 3; ++frame) {
        app.draw_frame(1.0f / 60.0f);
        app.swap();
    }
    app.draw_frame(1.0f / 60.0f);
    return capture(app, dir / "started.png");
}

void push_key(SDL_Keycode key, Uint16 modifiers) {
    SDL_Event event{};
    event.type = SDL_KEYDOWN;
    event.key.state = SDL_PRESSED;
    event.key.keysym.sym = key;
    event.key.keysym.scancode = SDL_GetScancodeFromKey(key);
    event.key.keysym.mod = modifiers;
    REQUIRE(SDL_PushEvent(&event) == 1);
}

void push_click(int x, int y) {
    SDL_Event motion{};
    motion.type = SDL_MOUSEMOTION;
    motion.motion.x = x;
    motion.motion.y = y;
    REQUIRE(SDL_PushEvent(&motion) == 1);
    for (Uint32 type : {SDL_MOUSEBUTTONDOWN, SDL_MOUSEBUTTONUP}) {
        SDL_Event event{};
        event.type = type;
        event.button.button = SDL_BUTTON_LEFT;
        event.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
        event.button.clicks = 1;
        event.button.x = x;
        event.button.y = y;
        REQUIRE(SDL_PushEvent(&event) == 1);
    }
}

// Finds the navigation tab right of the highlighted (orange) one, as a person would:
// returns a point inside it, or (-1, -1).
std::pair<int, int> tab_after_highlighted(const Image& image) {
    const auto near = [](std::array<unsigned char, 3> c, int r, int g, int b) {
        return std::abs(c[0] - r) < 12 && std::abs(c[1] - g) < 12 && std::abs(c[2] - b) < 12;
    };
    for (int y = 0; y < image.height / 6; ++y) {
        int x = 0;
        while (x < image.width && !near(image.at(x, y), 255, 140, 56)) ++x;  // active tab
        while (x < image.width && near(image.at(x, y), 255, 140, 56)) ++x;
        while (x < image.width && !near(image.at(x, y), 46, 51, 61)) ++x;    // next button
        if (x + 8 < image.width) return {x + 8, y};
    }
    return {-1, -1};
}

} // namespace

TEST_CASE("A tab clicked with the mouse shows its screen before the app goes idle",
          "[app][frame_loop]") {
    const fs::path dir = fs::temp_directory_path() / ("legwork-click-" + std::to_string(getpid()));
    fs::create_directories(dir);
    Image clicked;
    {
        App app;
        std::string error;
        REQUIRE(app.init(offscreen_options(ScreenId::home, dir), error));
        app.run(App::Clock::now() + std::chrono::milliseconds(500));
        const auto [x, y] = tab_after_highlighted(capture(app, dir / "home.png"));
        REQUIRE(x >= 0);
        push_click(x, y);
        app.run(App::Clock::now() + std::chrono::milliseconds(1000));
        clicked = capture(app, dir / "clicked.png");
    }
    const Image started_there = settled_start(ScreenId::library, dir);
    // The same panel (the pointer's hover aside): the Library is there, not only its tab.
    // Only the panel's side is compared: beside it the avatar demonstrates, never still.
    CHECK(mean_abs_difference(clicked, started_there, 0, 0, kPanelRight, clicked.height) < 1.0);
    fs::remove_all(dir);
}

TEST_CASE("Ctrl+PageDown moves to the next screen and shows it fully",
          "[app][frame_loop]") {
    const fs::path dir = fs::temp_directory_path() / ("legwork-app-" + std::to_string(getpid()));
    fs::create_directories(dir);

    Image switched;
    {
        App app;
        std::string error;
        REQUIRE(app.init(offscreen_options(ScreenId::home, dir), error));
        push_key(SDLK_PAGEDOWN, KMOD_LCTRL); // next screen: Library
        // The loop handles the key, draws what it needs, then sleeps until the deadline.
        app.run(App::Clock::now() + std::chrono::milliseconds(1500));
        switched = capture(app, dir / "switched.png");
    }
    const Image started_there = settled_start(ScreenId::library, dir);
    REQUIRE(switched.width == 960);
    REQUIRE(started_there.width == 960);
    // The same panel: the Library is there, not just its highlighted tab.
    CHECK(mean_abs_difference(switched, started_there, 0, 0, kPanelRight, switched.height) < 0.5);
    fs::remove_all(dir);
}

TEST_CASE("An idle app draws nothing and wakes for input", "[app][frame_loop]") {
    const fs::path dir = fs::temp_directory_path() / ("legwork-idle-" + std::to_string(getpid()));
    App app;
    std::string error;
    REQUIRE(app.init(offscreen_options(ScreenId::home, dir), error));
    // Let it settle (the first frame, then the one with the 3D studio), however slow the machine.
    for (int tries = 0; tries < 20 && !app.idle(); ++tries)
        app.run(App::Clock::now() + std::chrono::milliseconds(250));
    REQUIRE(app.idle());
    const long settled = app.frames_drawn();
    CHECK(settled >= 2);

    app.run(App::Clock::now() + std::chrono::milliseconds(500));
    CHECK(app.frames_drawn() == settled); // no input, nothing animating: no frames

    // To Settings (the screen before Home): nothing there moves once it is shown.
    push_key(SDLK_PAGEUP, KMOD_LCTRL);
    app.run(App::Clock::now() + std::chrono::milliseconds(500));
    CHECK(app.frames_drawn() > settled);
    CHECK(app.frames_drawn() < settled + 10); // a few frames to settle, then asleep again
}

namespace {

// Counts the C++ allocations of this program while `counting` is on (the frame loop's own;
// the driver and SDL allocate with malloc, and are not counted).
std::atomic<bool> counting{false};
std::atomic<long> allocations{0};

} // namespace

void* operator new(std::size_t size) {
    if (counting.load(std::memory_order_relaxed)) allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

TEST_CASE("Frames of an exercise playing, and of a routine running, allocate nothing once warm",
          "[app][frame_loop]") {
    const fs::path dir = fs::temp_directory_path() / ("legwork-alloc-" + std::to_string(getpid()));
    for (const bool routine : {false, true}) {
        DYNAMIC_SECTION((routine ? "a routine" : "the Library")) {
            AppOptions options;
            options.window_size = {1280, 720};
            options.offscreen = true;
            options.vsync = false;
            options.data_dir = dir / "data";
            if (routine) {
                options.routine = "hamstring-strength-progression";
                options.simulated_clock = true;
                options.tv = true;
            } else {
                options.start_screen = ScreenId::library;
                options.exercise = "single-leg-romanian-deadlift";
            }
            App app;
            std::string error;
            REQUIRE(app.init(options, error));
            // Warm: into the first exercise's work, every buffer at its size.
            for (int frame = 0; frame < 90; ++frame) {
                app.draw_frame(routine ? 0.2f : 1.0f / 30.0f);
                app.swap();
            }
            allocations = 0;
            counting = true;
            for (int frame = 0; frame < 30; ++frame) {
                app.draw_frame(1.0f / 60.0f);
                app.swap();
            }
            counting = false;
            CHECK(allocations == 0);
        }
    }
    fs::remove_all(dir);
}
