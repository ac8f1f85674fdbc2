#pragma once
// SceneTarget: where the 3D scene is drawn. An sRGB colour + depth framebuffer, multisampled
// or with one sample per pixel, is resolved into a single-sample sRGB texture (averaging
// the samples, or smoothing the edges of the single-sample image with EdgeSmoothing), which
// is kept while the scene does not change and drawn under the UI where a frame changes
// (filtered when the scene renders below the window's resolution). Shaders write linear
// colour and the sRGB formats do the encoding, so lighting and blending stay gamma-correct. The texture is read without sRGB decoding
// (EXT_texture_sRGB_decode), so its encoded bytes reach the window as they are.

#include "core/view/pixel_region.h"
#include "engine/edge_smoothing.h"
#include "engine/gl.h"
#include "engine/image_stretch.h"

#include <glm/vec2.hpp>
#include <string>

namespace legwork {

// Keeps drawing to `rect` (the scissor test, turned on).
void scissor_to(const PixelRect& rect);

class SceneTarget {
public:
    SceneTarget() = default;
    ~SceneTarget();
    SceneTarget(const SceneTarget&) = delete;
    SceneTarget& operator=(const SceneTarget&) = delete;

    // (Re)allocates for `size` pixels and `samples` per pixel (clamped to what the driver
    // allows; 1 draws without multisampling). Does nothing when both are unchanged.
    // Returns false with `error` when the driver refuses the framebuffer.
    bool resize(glm::ivec2 size, int samples, std::string& error);

    // Binds the framebuffer drawn into, with sRGB encoding and depth testing on, and
    // drawing kept to `rect` (the scissor test, left on) with its depth cleared.
    void begin_drawing(const PixelRect& rect) const;
    // Resolves what was drawn within `drawn` into the kept image, and rebinds the window's
    // framebuffer. Drawn with one sample per pixel, the edges within `edges` are smoothed
    // by `smoothing` (the rest has none to smooth: the studio antialiases its own lines,
    // shadows are soft).
    // Returns the pixels of the kept image that may have changed: `drawn`, and around it
    // as far as smoothing reads.
    // `copy` copies pixels where there is one sample per pixel.
    PixelRegion end_drawing(const EdgeSmoothing& smoothing, const ImageStretch& copy,
                            const PixelRegion& edges, const PixelRegion& drawn) const;
    // Copies the samples within `region` from `other`, which has the same size and sample
    // count (a kept background, laid down without redrawing it), and clears the depth
    // there (`copy` copies pixels where there is one sample per pixel); then drawing
    // reaches the whole target (no scissor test). Call between begin_drawing() and
    // end_drawing().
    void copy_from(const SceneTarget& other, const PixelRegion& region, const ImageStretch& copy) const;
    // The kept image as a GL texture name (bottom row first, as GL stores it).
    GLuint texture() const { return resolved_color_; }

    glm::ivec2 size() const { return size_; }
    PixelRect whole() const { return {{0, 0}, size_}; }
    int samples() const { return samples_; }

private:
    void release();

    glm::ivec2 size_{0, 0};
    int samples_ = 0;
    GLuint draw_fbo_ = 0;
    GLuint draw_color_ = 0; // a renderbuffer when multisampled, else a texture to filter
    GLuint draw_depth_ = 0;
    GLuint resolved_fbo_ = 0;
    GLuint resolved_color_ = 0;
};

} // namespace legwork
