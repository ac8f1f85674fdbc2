#pragma once
// App: the running program. Owns the window, the studio scene, the UI and the current
// screen, and runs the frame loop:
//   events -> camera and screen state -> 3D scene (only when it changed) -> UI -> swap.
// When nothing animates and no input arrives, the loop sleeps in SDL_WaitEvent, so an
// idle menu uses no CPU. The very first frame shows the UI over the backdrop's colour at
// once; the 3D scene's buffers and shaders are readied from the second frame on, so the
// window appears as quickly as a bare SDL + ImGui program's.

#include "app/screen_id.h"
#include "app/screens/screens.h"
#include "app/ui_layout.h"
#include "core/view/orbit_camera.h"
#include "engine/scene_target.h"
#include "engine/scene_renderer.h"
#include "engine/ui_context.h"
#include "engine/window.h"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

union SDL_Event;

namespace legwork {

struct AppOptions {
    ScreenId start_screen = ScreenId::home;
    glm::ivec2 window_size{1280, 720};
    bool fullscreen = false;
    bool tv = false;        // 10-foot layout
    bool offscreen = false; // SDL's offscreen driver (screenshots, bench, tests)
    bool vsync = true;
    int msaa_samples = 4;
    std::filesystem::path data_dir; // already resolved (see core/platform/user_data_dir.h)
};

class App {
public:
    using Clock = std::chrono::steady_clock;

    // Opens the window and loads shaders and fonts. False with `error` on failure.
    bool init(const AppOptions& options, std::string& error);
    // After a failed init(): true when it was the window that could not be opened (no
    // display, or no usable OpenGL on it).
    bool window_failed() const { return window_failed_; }

    // Runs until the user quits, or until `deadline` if given.
    void run(std::optional<Clock::time_point> deadline = std::nullopt);

    // One frame without presenting it: advances `dt_s` seconds, redraws the 3D scene if it
    // changed, builds and draws the UI. The result can be read back before swap().
    void draw_frame(float dt_s);
    void swap() { window_.swap(); }

    // Makes the next draw_frame() redraw the 3D scene even if nothing changed (bench).
    void invalidate_scene() { scene_valid_ = false; }
    // Frames drawn since init().
    long frames_drawn() const { return frames_drawn_; }
    // True when run() would sleep: nothing animates and the UI has settled.
    bool idle() const { return !animating() && frames_to_draw_ == 0; }

    glm::ivec2 drawable_size() const { return window_.drawable_size(); }
    const AppInfo& info() const { return info_; }
    int msaa_samples() const { return scene_target_.samples(); }
    // Scene resolution relative to the window's, for the window's current size: 1 on a
    // GPU; on a software rasterizer, where each pixel of a 4x multisampled scene costs CPU
    // time and memory (about 75 MB at 1080p), whatever keeps it near 960x540 pixels.
    float render_scale() const;

private:
    // Applies one input event; returns false when the app should quit.
    bool handle_event(const SDL_Event& event);
    void go_to(ScreenId screen);
    void update_layout();
    void draw_scene();
    glm::ivec2 scene_size() const;
    bool animating() const;

    AppOptions options_;
    Window window_;
    UiContext ui_;
    SceneRenderer scene_renderer_;
    StudioLook studio_look_;
    SceneTarget scene_target_;
    UiLayout layout_;
    AvatarLook avatar_look_;
    AppInfo info_;
    ScreenId screen_ = ScreenId::home;
    bool software_renderer_ = false;
    int frames_to_draw_ = 0; // frames still to draw before sleeping (ImGui settles over a few)
    long frames_drawn_ = 0;

    OrbitView camera_;      // what is drawn
    OrbitView camera_goal_; // where input asked the camera to go
    bool camera_moving_ = false;
    bool dragging_ = false;

    std::filesystem::path shader_dir_;
    bool window_failed_ = false;
    bool scene_loaded_ = false;
    bool scene_failed_ = false; // the 3D view could not be set up; the UI runs without it
    bool scene_valid_ = false;
    OrbitView scene_camera_; // camera the kept scene image was drawn with
};

} // namespace legwork
