#pragma once
// ImageStretch: draws an image stretched over the whole window, within the rectangles of
// a region only, in one draw call. Each frame the 3D view is scaled up into the window's
// changed rectangles; on a software rasterizer a blit per rectangle costs about 0.08 ms of
// setup each, several times what the pixels of a small rectangle cost.

#include "core/view/pixel_region.h"
#include "engine/gl.h"
#include "engine/shader_program.h"

#include <filesystem>
#include <glm/vec2.hpp>
#include <string>

namespace legwork {

class ImageStretch {
public:
    ImageStretch() = default;
    ~ImageStretch();
    ImageStretch(const ImageStretch&) = delete;
    ImageStretch& operator=(const ImageStretch&) = delete;

    // Loads the shaders from `shader_dir`. False with `error`.
    bool load(const std::filesystem::path& shader_dir, std::string& error);

    // Draws `image` (linearly filtered, its bytes read as they are) stretched over the
    // whole bound framebuffer of `window_size` pixels, within `region` only. Leaves the
    // scissor test, blending and depth testing off.
    void draw(GLuint image, const PixelRegion& region, glm::ivec2 window_size) const;

private:
    ShaderProgram program_;
    GLint rects_ = -1;
    GLint window_size_ = -1;
    GLuint empty_vertex_array_ = 0; // core profile needs one bound even with no attributes
};

} // namespace legwork
