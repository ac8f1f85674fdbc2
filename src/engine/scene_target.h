#pragma once
// SceneTarget: where the 3D scene is drawn. A multisampled sRGB colour + depth framebuffer
// is resolved into a single-sample sRGB texture, which is kept while the scene does not
// change and drawn under the UI every frame (filtered when the scene renders below the
// window's resolution). Shaders write linear colour and the sRGB formats do the encoding,
// so lighting and blending stay gamma-correct. The texture is read without sRGB decoding
// (EXT_texture_sRGB_decode), so its encoded bytes reach the window as they are.

#include "engine/gl.h"

#include <glm/vec2.hpp>
#include <string>

namespace legwork {

class SceneTarget {
public:
    SceneTarget() = default;
    ~SceneTarget();
    SceneTarget(const SceneTarget&) = delete;
    SceneTarget& operator=(const SceneTarget&) = delete;

    // (Re)allocates for `size` pixels and `samples` per pixel (clamped to what the driver
    // allows). Does nothing when both are unchanged. Returns false with `error` when the
    // driver refuses the framebuffer.
    bool resize(glm::ivec2 size, int samples, std::string& error);

    // Binds the multisampled framebuffer with sRGB encoding and depth testing on.
    void begin_drawing() const;
    // Resolves the samples into the kept image and rebinds the window's framebuffer.
    void end_drawing() const;
    // Binds this target for drawing with its samples copied from `other`, which has the
    // same size and sample count: a kept background, laid down without redrawing it.
    void begin_drawing_from(const SceneTarget& other) const;
    // The kept image as a GL texture name (bottom row first, as GL stores it).
    GLuint texture() const { return resolved_color_; }
    // Copies the kept image onto the whole of the window's framebuffer (`window_size`
    // pixels), filtered: a blit, cheaper than drawing it as a textured quad.
    void present(glm::ivec2 window_size) const;

    glm::ivec2 size() const { return size_; }
    int samples() const { return samples_; }

private:
    void release();

    glm::ivec2 size_{0, 0};
    int samples_ = 0;
    GLuint msaa_fbo_ = 0;
    GLuint msaa_color_ = 0;
    GLuint msaa_depth_ = 0;
    GLuint resolved_fbo_ = 0;
    GLuint resolved_color_ = 0;
};

} // namespace legwork
