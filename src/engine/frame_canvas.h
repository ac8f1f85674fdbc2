#pragma once
// FrameCanvas: the framebuffer a frame is composed in, kept from one frame to the next so
// that a frame need only redraw the pixels that changed. That is the window's own when it
// keeps its pixels (Window::keeps_pixels()); else an image the window's size, kept here
// and copied whole onto the window's framebuffer at the end of each frame.

#include "core/view/screen_bounds.h"
#include "engine/gl.h"

namespace legwork {

class FrameCanvas {
public:
    FrameCanvas() = default;
    ~FrameCanvas();
    FrameCanvas(const FrameCanvas&) = delete;
    FrameCanvas& operator=(const FrameCanvas&) = delete;

    // Binds the framebuffer to draw a frame of `size` pixels in. Returns true when none
    // of its pixels are kept (the first frame, a new size, or no image to keep them in):
    // the frame must draw them all.
    bool begin(glm::ivec2 size, bool window_keeps_pixels);
    // Puts the frame on the window's framebuffer and leaves that bound.
    void finish() const;

private:
    void release();

    glm::ivec2 size_{0, 0};
    bool on_window_ = false; // drawing straight into the window's framebuffer
    GLuint framebuffer_ = 0;
    GLuint color_ = 0;
};

} // namespace legwork
