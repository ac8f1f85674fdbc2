#include "engine/window.h"

#include "engine/gl.h"

#include <SDL2/SDL.h>
#include <algorithm>
#include <cstdlib>
#include <string_view>

namespace legwork {

Window::~Window() { close(); }

void Window::close() {
    if (context_) SDL_GL_DeleteContext(context_);
    if (window_) SDL_DestroyWindow(window_);
    if (sdl_started_) SDL_QuitSubSystem(SDL_INIT_VIDEO);
    context_ = nullptr;
    window_ = nullptr;
    sdl_started_ = false;
}

bool Window::open(const WindowDesc& desc, std::string& error) {
    const auto env_set = [](const char* name) {
        const char* value = std::getenv(name);
        return value && *value;
    };
    const bool console_only = !desc.offscreen && !env_set("SDL_VIDEODRIVER") &&
                              !env_set("DISPLAY") && !env_set("WAYLAND_DISPLAY");
    if (desc.offscreen) {
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
    } else if (console_only) {
        // No desktop session: the only screen left is the console (a TV box without a
        // desktop). Trying X11 and Wayland would only print their libraries' complaints.
        SDL_SetHint(SDL_HINT_VIDEODRIVER, "KMSDRM");
    }
    // The app decides when to draw; do not let SDL keep the screensaver away in menus.
    SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "1");
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        error = console_only ? "no display found (DISPLAY and WAYLAND_DISPLAY are not set)"
                             : std::string("cannot start video: ") + SDL_GetError();
        return false;
    }
    sdl_started_ = true;
    // SDL falls back to drivers that show nothing when no display works; that is no window.
    const std::string_view driver = SDL_GetCurrentVideoDriver();
    if (!desc.offscreen && (driver == "offscreen" || driver == "dummy")) {
        error = "no display found (only SDL's invisible " + std::string(driver) + " driver started)";
        close();
        return false;
    }

    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, SDL_GL_CONTEXT_FORWARD_COMPATIBLE_FLAG);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    // The 3D scene renders into its own target (multisampled on a GPU), so the window
    // needs no depth buffer and no samples of its own.
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);

    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    if (desc.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    window_ = SDL_CreateWindow(desc.title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                               desc.size.x, desc.size.y, flags);
    if (!window_) {
        error = std::string("cannot open a window: ") + SDL_GetError();
        close();
        return false;
    }
    context_ = SDL_GL_CreateContext(window_);
    if (!context_) {
        error = std::string("cannot create an OpenGL 3.3 core context: ") + SDL_GetError();
        close();
        return false;
    }
    if (epoxy_gl_version() < 33) {
        error = "OpenGL 3.3 or newer is needed, this driver offers " +
                std::to_string(epoxy_gl_version() / 10) + "." +
                std::to_string(epoxy_gl_version() % 10);
        close();
        return false;
    }
    // Adaptive vsync where the driver has it (tears instead of stuttering when late).
    if (desc.vsync) {
        if (SDL_GL_SetSwapInterval(-1) != 0) SDL_GL_SetSwapInterval(1);
    } else {
        SDL_GL_SetSwapInterval(0);
    }
    // A person resizing the window keeps room for the UI; an offscreen one is as asked.
    if (!desc.offscreen) SDL_SetWindowMinimumSize(window_, 640, 400);
    keeps_pixels_ = desc.offscreen;
    return true;
}

glm::ivec2 Window::drawable_size() const {
    glm::ivec2 size{0, 0};
    SDL_GL_GetDrawableSize(window_, &size.x, &size.y);
    return size;
}

float Window::display_scale() const {
    float dpi = 0.0f;
    const int display = SDL_GetWindowDisplayIndex(window_);
    if (display < 0 || SDL_GetDisplayDPI(display, nullptr, &dpi, nullptr) != 0 || dpi <= 0.0f)
        return 1.0f;
    return std::clamp(dpi / 96.0f, 1.0f, 4.0f);
}

bool Window::fullscreen() const {
    return (SDL_GetWindowFlags(window_) & SDL_WINDOW_FULLSCREEN) != 0;
}

void Window::set_fullscreen(bool on) {
    SDL_SetWindowFullscreen(window_, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
}

void Window::swap() { SDL_GL_SwapWindow(window_); }

} // namespace legwork
