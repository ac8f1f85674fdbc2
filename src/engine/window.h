#pragma once
// Window: an SDL window with an OpenGL 3.3 core context, vsync and HiDPI awareness.
// Either a real window on the desktop, or (offscreen) SDL's offscreen video driver on
// Mesa, which needs no display and is what screenshots, benchmarks and tests use.

#include <glm/vec2.hpp>
#include <string>

struct SDL_Window;

namespace legwork {

struct WindowDesc {
    const char* title = "legwork";
    glm::ivec2 size{1280, 720}; // in screen coordinates; pixels on non-HiDPI displays
    bool fullscreen = false;    // desktop-resolution fullscreen
    bool offscreen = false;     // SDL's offscreen driver: no display needed
    bool vsync = true;
};

class Window {
public:
    Window() = default;
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    // Initialises SDL video, opens the window and makes its GL context current.
    // On failure returns false, fills `error` and leaves nothing open.
    bool open(const WindowDesc& desc, std::string& error);

    // Size of the default framebuffer in pixels (larger than size() on HiDPI displays).
    glm::ivec2 drawable_size() const;
    // Display scale relative to 96 DPI (1 when unknown), for sizing type.
    float display_scale() const;

    bool fullscreen() const;
    void set_fullscreen(bool on);
    void swap();
    // True when the default framebuffer keeps its pixels from one frame to the next, so a
    // frame may redraw only what changed: on SDL's offscreen driver, which draws into an
    // EGL pbuffer (swapping a pbuffer leaves it as it is). A window on a display may show
    // or reuse a different buffer after each swap.
    bool keeps_pixels() const { return keeps_pixels_; }

    SDL_Window* sdl_window() const { return window_; }
    void* gl_context() const { return context_; }

private:
    void close();

    SDL_Window* window_ = nullptr;
    void* context_ = nullptr;
    bool sdl_started_ = false;
    bool keeps_pixels_ = false;
};

} // namespace legwork
