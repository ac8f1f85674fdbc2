#include "engine/scene_target.h"

#include <algorithm>
#include <glm/common.hpp>

namespace legwork {

SceneTarget::~SceneTarget() {
    release();
}

void SceneTarget::release() {
    if (!msaa_fbo_ && !resolved_fbo_) return; // nothing allocated (maybe no GL context)
    const GLuint framebuffers[] = {msaa_fbo_, resolved_fbo_};
    const GLuint renderbuffers[] = {msaa_color_, msaa_depth_};
    glDeleteFramebuffers(2, framebuffers);
    glDeleteRenderbuffers(2, renderbuffers);
    glDeleteTextures(1, &resolved_color_);
    msaa_fbo_ = msaa_color_ = msaa_depth_ = resolved_fbo_ = resolved_color_ = 0;
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

    glGenFramebuffers(1, &msaa_fbo_);
    glGenRenderbuffers(1, &msaa_color_);
    glGenRenderbuffers(1, &msaa_depth_);
    glBindRenderbuffer(GL_RENDERBUFFER, msaa_color_);
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_SRGB8_ALPHA8, size.x, size.y);
    glBindRenderbuffer(GL_RENDERBUFFER, msaa_depth_);
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_DEPTH_COMPONENT24, size.x,
                                     size.y);
    glBindFramebuffer(GL_FRAMEBUFFER, msaa_fbo_);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, msaa_color_);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, msaa_depth_);
    const GLenum msaa_status = glCheckFramebufferStatus(GL_FRAMEBUFFER);

    glGenTextures(1, &resolved_color_);
    glBindTexture(GL_TEXTURE_2D, resolved_color_);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_SRGB8_ALPHA8, size.x, size.y, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                 nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_SRGB_DECODE_EXT, GL_SKIP_DECODE_EXT);
    glBindTexture(GL_TEXTURE_2D, 0);
    glGenFramebuffers(1, &resolved_fbo_);
    glBindFramebuffer(GL_FRAMEBUFFER, resolved_fbo_);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, resolved_color_, 0);
    const GLenum resolved_status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);

    if (msaa_status != GL_FRAMEBUFFER_COMPLETE || resolved_status != GL_FRAMEBUFFER_COMPLETE) {
        error = "the driver refused a " + std::to_string(size.x) + "x" + std::to_string(size.y) +
                " scene framebuffer with " + std::to_string(samples) + " samples";
        release();
        return false;
    }
    size_ = size;
    samples_ = samples;
    return true;
}

void SceneTarget::begin_drawing() const {
    glBindFramebuffer(GL_FRAMEBUFFER, msaa_fbo_);
    glViewport(0, 0, size_.x, size_.y);
    glEnable(GL_FRAMEBUFFER_SRGB);
    glEnable(GL_DEPTH_TEST);
    glDepthMask(GL_TRUE);
    glClear(GL_DEPTH_BUFFER_BIT);
}

void SceneTarget::begin_drawing_from(const SceneTarget& other) const {
    begin_drawing();
    glBindFramebuffer(GL_READ_FRAMEBUFFER, other.msaa_fbo_);
    glBlitFramebuffer(0, 0, size_.x, size_.y, 0, 0, size_.x, size_.y, GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, msaa_fbo_);
}

void SceneTarget::end_drawing() const {
    // sRGB to sRGB: the resolve averages samples; no encoding change.
    glBindFramebuffer(GL_READ_FRAMEBUFFER, msaa_fbo_);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolved_fbo_);
    glBlitFramebuffer(0, 0, size_.x, size_.y, 0, 0, size_.x, size_.y, GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glDisable(GL_FRAMEBUFFER_SRGB);
    glDisable(GL_DEPTH_TEST);
}

} // namespace legwork

namespace legwork {

void SceneTarget::present(glm::ivec2 window_size) const {
    // The bytes are sRGB already: copied as they are, with no encoding on the way.
    glDisable(GL_FRAMEBUFFER_SRGB);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, resolved_fbo_);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
    glBlitFramebuffer(0, 0, size_.x, size_.y, 0, 0, window_size.x, window_size.y,
                      GL_COLOR_BUFFER_BIT, GL_LINEAR);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

} // namespace legwork
