#include "engine/scene_target.h"

#include <algorithm>
#include <glm/common.hpp>

namespace legwork {
namespace {

// An sRGB colour texture of `size`, filtered linearly and read without decoding.
GLuint make_image_texture(glm::ivec2 size) {
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_SRGB8_ALPHA8, size.x, size.y, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                 nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_SRGB_DECODE_EXT, GL_SKIP_DECODE_EXT);
    glBindTexture(GL_TEXTURE_2D, 0);
    return texture;
}

} // namespace

SceneTarget::~SceneTarget() {
    release();
}

void SceneTarget::release() {
    if (!draw_fbo_ && !resolved_fbo_) return; // nothing allocated (maybe no GL context)
    const GLuint framebuffers[] = {draw_fbo_, resolved_fbo_};
    glDeleteFramebuffers(2, framebuffers);
    if (samples_ > 1) glDeleteRenderbuffers(1, &draw_color_);
    else glDeleteTextures(1, &draw_color_);
    glDeleteRenderbuffers(1, &draw_depth_);
    glDeleteTextures(1, &resolved_color_);
    draw_fbo_ = draw_color_ = draw_depth_ = resolved_fbo_ = resolved_color_ = 0;
    size_ = {0, 0};
    samples_ = 0;
}

bool SceneTarget::resize(glm::ivec2 size, int samples, std::string& error) {
    if (!epoxy_has_gl_extension("GL_EXT_texture_sRGB_decode")) {
        error = "the OpenGL driver lacks GL_EXT_texture_sRGB_decode";
        return false;
    }
    GLint max_samples = 1;
    glGetIntegerv(GL_MAX_SAMPLES, &max_samples);
    samples = std::clamp(samples, 1, static_cast<int>(max_samples));
    size = glm::max(size, glm::ivec2{1, 1});
    if (size == size_ && samples == samples_) return true;
    release();

    samples_ = samples; // release() and end_drawing() go by it
    glGenFramebuffers(1, &draw_fbo_);
    glBindFramebuffer(GL_FRAMEBUFFER, draw_fbo_);
    if (samples > 1) {
        glGenRenderbuffers(1, &draw_color_);
        glBindRenderbuffer(GL_RENDERBUFFER, draw_color_);
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_SRGB8_ALPHA8, size.x, size.y);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, draw_color_);
    } else {
        draw_color_ = make_image_texture(size);
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, draw_color_, 0);
    }
    glGenRenderbuffers(1, &draw_depth_);
    glBindRenderbuffer(GL_RENDERBUFFER, draw_depth_);
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples > 1 ? samples : 0,
                                     GL_DEPTH_COMPONENT24, size.x, size.y);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, draw_depth_);
    const GLenum draw_status = glCheckFramebufferStatus(GL_FRAMEBUFFER);

    resolved_color_ = make_image_texture(size);
    glGenFramebuffers(1, &resolved_fbo_);
    glBindFramebuffer(GL_FRAMEBUFFER, resolved_fbo_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, resolved_color_, 0);
    const GLenum resolved_status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);

    if (draw_status != GL_FRAMEBUFFER_COMPLETE || resolved_status != GL_FRAMEBUFFER_COMPLETE) {
        error = "the driver refused a " + std::to_string(size.x) + "x" + std::to_string(size.y) +
                " scene framebuffer with " + std::to_string(samples) + " samples";
        release();
        return false;
    }
    size_ = size;
    return true;
}

void scissor_to(const PixelRect& rect) {
    glEnable(GL_SCISSOR_TEST);
    glScissor(rect.min.x, rect.min.y, rect.max.x - rect.min.x, rect.max.y - rect.min.y);
}

void SceneTarget::begin_drawing(const PixelRect& rect) const {
    glBindFramebuffer(GL_FRAMEBUFFER, draw_fbo_);
    glViewport(0, 0, size_.x, size_.y);
    scissor_to(rect);
    glEnable(GL_FRAMEBUFFER_SRGB);
    glEnable(GL_DEPTH_TEST);
    glDepthMask(GL_TRUE);
    glClear(GL_DEPTH_BUFFER_BIT);
}

void SceneTarget::copy_from(const SceneTarget& other, const PixelRegion& region,
                            const ImageStretch& copy) const {
    if (samples_ == 1) {
        // One draw for all the rectangles, clearing the depth as it goes.
        copy.draw(other.draw_color_, region.rects(), size_, ImageStretch::Filter::nearest,
                  ImageStretch::Depth::far);
        glEnable(GL_FRAMEBUFFER_SRGB);
        glEnable(GL_DEPTH_TEST);
        return;
    }
    // Samples are copied only by blitting.
    glBindFramebuffer(GL_READ_FRAMEBUFFER, other.draw_fbo_);
    for (const PixelRect& rect : region.rects()) {
        scissor_to(rect);
        glClear(GL_DEPTH_BUFFER_BIT);
        glBlitFramebuffer(rect.min.x, rect.min.y, rect.max.x, rect.max.y, rect.min.x, rect.min.y,
                          rect.max.x, rect.max.y, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    }
    glBindFramebuffer(GL_FRAMEBUFFER, draw_fbo_);
    glDisable(GL_SCISSOR_TEST);
}

PixelRegion SceneTarget::end_drawing(const EdgeSmoothing& smoothing, const ImageStretch& copy,
                                     const PixelRegion& edges, const PixelRegion& drawn) const {
    // Smoothing a pixel reads its neighbours some way off, so pixels that far round what
    // was drawn are smoothed again.
    PixelRegion changed;
    for (const PixelRect& r : drawn.rects())
        changed.add(samples_ == 1 ? widened(r, EdgeSmoothing::kReach_px, size_) : r);
    // sRGB to sRGB, no encoding change: the one sample copied (in one draw for all the
    // rectangles), or the samples averaged by a blit.
    glDisable(GL_FRAMEBUFFER_SRGB);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, draw_fbo_);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolved_fbo_);
    if (samples_ == 1) {
        copy.draw(draw_color_, changed.rects(), size_, ImageStretch::Filter::nearest);
        // Then the encoded bytes within the edges' rectangles are filtered, as they are
        // (twice where rectangles overlap, to the same result: it reads the drawn image).
        glBindFramebuffer(GL_FRAMEBUFFER, resolved_fbo_);
        for (const PixelRect& r : changed.rects())
            for (const PixelRect& e : edges.rects()) {
                const PixelRect smoothed = intersected(e, r);
                if (smoothed.empty()) continue;
                scissor_to(smoothed);
                smoothing.apply(draw_color_, size_);
            }
    } else {
        for (const PixelRect& r : changed.rects()) {
            scissor_to(r);
            glBlitFramebuffer(r.min.x, r.min.y, r.max.x, r.max.y, r.min.x, r.min.y, r.max.x,
                              r.max.y, GL_COLOR_BUFFER_BIT, GL_NEAREST);
        }
    }
    glDisable(GL_SCISSOR_TEST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glDisable(GL_DEPTH_TEST);
    return changed;
}

} // namespace legwork
