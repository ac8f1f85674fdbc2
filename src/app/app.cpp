#include "app/app.h"

#include "app/ui_theme.h"
#include "engine/gl.h"
#include "engine/renderer_info.h"
#include "engine/resource_dir.h"

#include <SDL2/SDL.h>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace legwork {
namespace {

constexpr float kOrbitDegPerPixel = 0.3f;
// ImGui settles hover and focus over a couple of frames after each input.
constexpr int kFramesAfterInput = 3;

bool same_view(const OrbitView& a, const OrbitView& b) {
    return a.target == b.target && a.yaw_deg == b.yaw_deg && a.pitch_deg == b.pitch_deg &&
           a.distance_m == b.distance_m && a.fov_y_deg == b.fov_y_deg;
}

} // namespace

bool App::init(const AppOptions& options, std::string& error) {
    options_ = options;
    screen_ = options.start_screen;

    const std::filesystem::path resources = find_resource_dir();
    if (resources.empty()) {
        error = "cannot find the shaders folder (looked beside the binary, in ../share/legwork "
                "and in the source tree)";
        return false;
    }
    WindowDesc desc;
    desc.size = options.window_size;
    // The offscreen driver has no desktop to fill: keep the requested size there.
    desc.fullscreen = (options.fullscreen || options.tv) && !options.offscreen;
    desc.offscreen = options.offscreen;
    desc.vsync = options.vsync;
    if (!window_.open(desc, error)) {
        window_failed_ = true;
        return false;
    }

    const RendererInfo renderer = query_renderer_info();
    software_renderer_ = renderer.software;
    update_layout();
    if (!ui_.init(window_, layout_.fonts, error)) return false;
    apply_ui_theme(layout_);
    shader_dir_ = resources / "shaders";
    frames_to_draw_ = kFramesAfterInput;

    info_.version = LEGWORK_VERSION;
    info_.renderer = renderer.description;
    info_.scene_quality = std::to_string(options.msaa_samples) + "x multisampling, " +
                          (software_renderer_ ? "3D kept near 960x540 pixels on this software "
                                                "renderer and scaled up"
                                              : "3D at full resolution");
    info_.data_dir = options.data_dir.string();
    info_.content_dir = (resources / "content").string();
    return true;
}

void App::update_layout() {
    int width = 0, height = 0;
    SDL_GetWindowSize(window_.sdl_window(), &width, &height);
    const glm::ivec2 pixels = window_.drawable_size();
    const UiLayout layout = ui_layout({width, height}, window_.display_scale(), options_.tv);
    const bool rescaled = layout.scale != layout_.scale;
    layout_ = layout;
    // Bake glyphs at the framebuffer's resolution so text stays sharp on HiDPI screens.
    layout_.fonts.raster_scale = height > 0 ? static_cast<float>(pixels.y) / height : 1.0f;
    if (rescaled && ImGui::GetCurrentContext()) apply_ui_theme(layout_);
}

bool App::animating() const {
    return camera_moving_ || dragging_ || (!scene_valid_ && !scene_failed_);
}

bool App::handle_event(const SDL_Event& event) {
    ui_.process_event(event);
    switch (event.type) {
    case SDL_QUIT:
        return false;
    case SDL_WINDOWEVENT:
        if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
            event.window.event == SDL_WINDOWEVENT_DISPLAY_CHANGED) {
            update_layout();
            ui_.set_font_sizes(layout_.fonts);
        }
        break;
    case SDL_KEYDOWN: {
        const SDL_Keycode key = event.key.keysym.sym;
        const bool ctrl = (event.key.keysym.mod & KMOD_CTRL) != 0;
        if (key == SDLK_F11 && !event.key.repeat) window_.set_fullscreen(!window_.fullscreen());
        // Ctrl+PageDown / Ctrl+PageUp: next / previous screen, as browsers switch tabs.
        if (ctrl && (key == SDLK_PAGEDOWN || key == SDLK_PAGEUP))
            go_to(next_screen(screen_, key == SDLK_PAGEDOWN ? 1 : -1));
        break;
    }
    case SDL_MOUSEBUTTONDOWN:
        if (event.button.button == SDL_BUTTON_LEFT && !ui_.wants_mouse()) {
            if (event.button.clicks == 2) camera_goal_ = OrbitView{};
            dragging_ = true;
        }
        break;
    case SDL_MOUSEBUTTONUP:
        if (event.button.button == SDL_BUTTON_LEFT) dragging_ = false;
        break;
    case SDL_MOUSEMOTION:
        if (dragging_)
            camera_goal_ = orbit(camera_goal_, -event.motion.xrel * kOrbitDegPerPixel,
                                 event.motion.yrel * kOrbitDegPerPixel);
        break;
    case SDL_MOUSEWHEEL:
        if (!ui_.wants_mouse()) camera_goal_ = zoom(camera_goal_, event.wheel.preciseY);
        break;
    default:
        break;
    }
    return true;
}

void App::go_to(ScreenId screen) {
    screen_ = screen;
    // A new screen's panels take a frame to size themselves (ImGui hides windows with
    // AlwaysAutoResize on their first frame), so keep drawing until it has settled.
    frames_to_draw_ = kFramesAfterInput;
}

float App::render_scale() const {
    if (!software_renderer_) return 1.0f;
    // A software rasterizer fills pixels on the CPU: keep the scene near 960x540 worth of
    // pixels whatever the window's size, and let filtering scale it up.
    constexpr float kSoftwarePixelBudget = 960.0f * 540.0f;
    const glm::vec2 window = glm::max(glm::vec2(window_.drawable_size()), glm::vec2(1.0f));
    return std::clamp(std::sqrt(kSoftwarePixelBudget / (window.x * window.y)), 0.25f, 1.0f);
}

glm::ivec2 App::scene_size() const {
    const glm::vec2 scaled = glm::vec2(window_.drawable_size()) * render_scale();
    return glm::max(glm::ivec2(glm::round(scaled)), glm::ivec2{1, 1});
}

void App::draw_scene() {
    if (scene_failed_) return;
    const glm::ivec2 size = scene_size();
    std::string error;
    if ((!scene_loaded_ && !(scene_loaded_ = scene_renderer_.load(shader_dir_, error))) ||
        !scene_target_.resize(size, options_.msaa_samples, error)) {
        // The UI goes on without the 3D view; the reason goes to the log once.
        SDL_LogError(SDL_LOG_CATEGORY_RENDER, "legwork: no 3D view: %s", error.c_str());
        scene_failed_ = true;
        return;
    }
    if (scene_valid_ && same_view(scene_camera_, camera_)) return;

    const float aspect = static_cast<float>(size.x) / static_cast<float>(std::max(size.y, 1));
    SceneFrame frame;
    frame.view = view_matrix(camera_);
    frame.projection = projection_matrix(camera_, aspect);
    if (!scene_renderer_.draw(frame, studio_look_, scene_target_, error)) {
        SDL_LogError(SDL_LOG_CATEGORY_RENDER, "legwork: no 3D view: %s", error.c_str());
        scene_failed_ = true;
        return;
    }
    scene_camera_ = camera_;
    scene_valid_ = true;
}

void App::draw_frame(float dt_s) {
    camera_moving_ = approach(camera_, camera_goal_, dt_s);
    const bool first_frame = frames_drawn_++ == 0;
    if (!first_frame) {
        // A window resize needs a new scene image at the new size.
        if (scene_target_.size() != scene_size()) scene_valid_ = false;
        draw_scene();
    }
    const glm::ivec2 size = window_.drawable_size();
    glViewport(0, 0, size.x, size.y);
    if (scene_valid_) {
        // The scene fills the window behind every panel.
        scene_target_.present(size);
    } else {
        const glm::vec3 clear = linear_to_srgb(studio_look_.horizon_color);
        glClearColor(clear.x, clear.y, clear.z, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
    }

    ui_.begin_frame();
    const ScreenContext context{
        ui_.fonts(),          layout_,     info_, ImGui::GetIO().DisplaySize,
        window_.fullscreen(), avatar_look_};
    ScreenRequests requests;
    draw_nav_bar(screen_, context, requests);
    draw_screen(screen_, context, requests);
    ui_.render();

    if (requests.go_to) go_to(*requests.go_to);
    if (requests.toggle_fullscreen) {
        window_.set_fullscreen(!window_.fullscreen());
        frames_to_draw_ = kFramesAfterInput;
    }
}

void App::run(std::optional<Clock::time_point> deadline) {
    Clock::time_point last = Clock::now();
    SDL_Event event;
    bool running = true;

    while (running) {
        if (idle()) {
            // Nothing to animate: sleep until input arrives (or the deadline passes).
            int got = 0;
            if (deadline) {
                const auto left =
                    std::chrono::ceil<std::chrono::milliseconds>(*deadline - Clock::now());
                if (left.count() <= 0) break;
                got = SDL_WaitEventTimeout(&event, static_cast<int>(left.count()));
            } else {
                got = SDL_WaitEvent(&event);
            }
            if (!got) continue; // timed out (SDL may wake a little early): check the deadline again
            running = handle_event(event);
            frames_to_draw_ = kFramesAfterInput;
        }
        while (running && SDL_PollEvent(&event)) {
            running = handle_event(event);
            frames_to_draw_ = kFramesAfterInput;
        }
        if (!running || (deadline && Clock::now() >= *deadline)) break;

        const Uint32 flags = SDL_GetWindowFlags(window_.sdl_window());
        if (flags & (SDL_WINDOW_MINIMIZED | SDL_WINDOW_HIDDEN)) {
            frames_to_draw_ = 0;
            continue;
        }
        const Clock::time_point now = Clock::now();
        // After sleeping, the first step is short: time spent waiting is not animated.
        const float dt_s = std::min(std::chrono::duration<float>(now - last).count(), 0.1f);
        last = now;
        draw_frame(dt_s);
        window_.swap();
        frames_to_draw_ = std::max(frames_to_draw_ - 1, 0);
    }
}

} // namespace legwork
