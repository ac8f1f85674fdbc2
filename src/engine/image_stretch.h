#pragma once
// ImageStretch: draws an image stretched over the whole bound framebuffer, within a list
// of rectangles only, in one draw call: the 3D view scaled up into a frame's changed
// rectangles of the window, or copied pixel for pixel between images of one size. On a
// software rasterizer a blit costs about 0.05 ms of setup, several times what the pixels
// of a small rectangle cost, and a frame would take one per rectangle per copy.

#include "core/view/pixel_region.h"
#include "engine/gl.h"
#include "engine/shader_program.h"

#include <filesystem>
#include <glm/vec2.hpp>
#include <span>
#include <string>

namespace legwork {

class ImageStretch {
public:
    // How the image is read: filtered between pixels (scaling up), or each framebuffer
    // pixel taking the image's pixel under its centre (a copy between images of one size).
    enum class Filter { linear, nearest };
    // What happens to the framebuffer's depth within the rectangles: left as it is, or set
    // to the far plane (a copied background, drawn over afterwards).
    enum class Depth { kept, far };

    ImageStretch() = default;
    ~ImageStretch();
    ImageStretch(const ImageStretch&) = delete;
    ImageStretch& operator=(const ImageStretch&) = delete;

    // Loads the shaders from `shader_dir`. False with `error`.
    bool load(const std::filesystem::path& shader_dir, std::string& error);

    // Draws `image` (its bytes read as they are) over the whole bound framebuffer of
    // `target_size` pixels, within `rects` only (at most PixelRegion::kMaxRects; pixels,
    // bottom row first). Leaves the scissor test, blending, sRGB encoding and depth
    // testing off.
    void draw(GLuint image, std::span<const PixelRect> rects, glm::ivec2 target_size,
              Filter filter = Filter::linear, Depth depth = Depth::kept) const;

private:
    ShaderProgram program_;
    GLint rects_ = -1;
    GLint target_size_ = -1;
    GLuint empty_vertex_array_ = 0; // core profile needs one bound even with no attributes
    GLuint nearest_ = 0;            // a sampler reading the nearest pixel
};

} // namespace legwork
