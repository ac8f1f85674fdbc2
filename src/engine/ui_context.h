#pragma once
// UiContext: Dear ImGui on the window: SDL2 input, OpenGL 3 drawing, and the app's fonts
// baked at the pixel sizes the layout asks for.

#include "engine/ui_damage.h"
#include "engine/ui_typeface.h"

#include <string>

struct ImFont;
union SDL_Event;

namespace legwork {

class Window;

// Pixel sizes of the UI's type. The atlas is rebuilt only when these change.
struct UiFontSizes {
    float body_px = 20.0f;
    float heading_px = 30.0f;
    float title_px = 56.0f;
    float timer_px = 112.0f;   // the workout timer's digits
    float raster_scale = 1.0f; // framebuffer pixels per ImGui unit (2 on a 2x HiDPI screen)
    bool operator==(const UiFontSizes&) const = default;
};

struct UiFonts {
    ImFont* body = nullptr;    // regular weight
    ImFont* heading = nullptr; // bold
    ImFont* title = nullptr;   // bold, large
    ImFont* timer = nullptr;   // bold, very large: digits, colon and space only
};

class UiContext {
public:
    UiContext() = default;
    ~UiContext();
    UiContext(const UiContext&) = delete;
    UiContext& operator=(const UiContext&) = delete;

    // Creates the ImGui context for `window` (whose GL context is current). Returns false
    // with `error` when no UI typeface is installed or the backends fail.
    bool init(Window& window, const UiFontSizes& sizes, std::string& error);

    // Re-bakes the fonts when `sizes` differ from the current ones. Call between frames.
    void set_font_sizes(const UiFontSizes& sizes);

    // Feeds one input event to ImGui.
    void process_event(const SDL_Event& event);
    // True when ImGui uses the mouse (the pointer is over a panel or dragging a control),
    // so the 3D view must not also react to it.
    bool wants_mouse() const;

    void begin_frame();
    // Ends the frame's UI and returns the pixels of the framebuffer (`framebuffer_size`,
    // bottom row first) where it differs from the last frame's (see UiDamage).
    PixelRegion end_frame(glm::ivec2 framebuffer_size);
    // Draws the frame's UI into the bound framebuffer, within `rect` only (call after what
    // it is drawn over is there); may be called for several rectangles.
    void render(const PixelRect& rect, glm::ivec2 framebuffer_size);

    const UiFonts& fonts() const { return fonts_; }
    const UiFontSizes& font_sizes() const { return sizes_; }

private:
    void bake_fonts();

    UiTypeface typeface_;
    UiFontSizes sizes_;
    UiFonts fonts_;
    UiDamage damage_;
    DrawClipper clipper_;
    bool started_ = false;
    // Where pointer events last put the pointer, in window coordinates (see begin_frame()).
    float pointer_x_ = 0.0f, pointer_y_ = 0.0f;
    bool pointer_inside_ = false;
};

} // namespace legwork
