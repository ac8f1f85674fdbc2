#include "engine/frame_canvas.h"

namespace legwork {

FrameCanvas::~FrameCanvas() {
    release();
}

void FrameCanvas::release() {
    if (framebuffer_) glDeleteFramebuffers(1, &framebuffer_);
    if (color_) glDeleteRenderbuffers(1, &color_);
    framebuffer_ = color_ = 0;
}

bool FrameCanvas::begin(glm::ivec2 size, bool window_keeps_pixels) {
    const bool fresh = size != size_ || window_keeps_pixels != on_window_;
    if (fresh) {
        release();
        size_ = size;
        on_window_ = window_keeps_pixels;
        if (!on_window_) {
            // The UI and the scene write encoded bytes as they are (sRGB encoding off), so
            // a plain 8-bit image holds them, and copies back byte for byte.
            glGenRenderbuffers(1, &color_);
            glBindRenderbuffer(GL_RENDERBUFFER, color_);
            glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, size.x, size.y);
            glBindRenderbuffer(GL_RENDERBUFFER, 0);
            glGenFramebuffers(1, &framebuffer_);
            glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
            glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER,
                                      color_);
            // Refused, every frame is drawn whole on the window's framebuffer instead.
            if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) release();
        }
    }
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_);
    glViewport(0, 0, size.x, size.y);
    return fresh || (!on_window_ && !framebuffer_);
}

void FrameCanvas::finish() const {
    if (framebuffer_) {
        glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer_);
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
        glBlitFramebuffer(0, 0, size_.x, size_.y, 0, 0, size_.x, size_.y, GL_COLOR_BUFFER_BIT,
                          GL_NEAREST);
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

} // namespace legwork
