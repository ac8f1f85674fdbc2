#include "engine/image_stretch.h"

#include <array>
#include <cassert>

namespace legwork {

ImageStretch::~ImageStretch() {
    if (empty_vertex_array_) glDeleteVertexArrays(1, &empty_vertex_array_);
    if (nearest_) glDeleteSamplers(1, &nearest_);
}

bool ImageStretch::load(const std::filesystem::path& shader_dir, std::string& error) {
    if (!program_.load(shader_dir, "stretch.vert", "stretch.frag", error)) return false;
    rects_ = program_.uniform("u_rects");
    target_size_ = program_.uniform("u_target_size");
    glUseProgram(program_.id());
    glUniform1i(program_.uniform("u_image"), 0);
    glUseProgram(0);
    if (!empty_vertex_array_) glGenVertexArrays(1, &empty_vertex_array_);
    if (!nearest_) {
        glGenSamplers(1, &nearest_);
        glSamplerParameteri(nearest_, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glSamplerParameteri(nearest_, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glSamplerParameteri(nearest_, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glSamplerParameteri(nearest_, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glSamplerParameteri(nearest_, GL_TEXTURE_SRGB_DECODE_EXT, GL_SKIP_DECODE_EXT);
    }
    return true;
}

void ImageStretch::draw(GLuint image, std::span<const PixelRect> rects, glm::ivec2 target_size,
                        Filter filter, Depth depth) const {
    assert(rects.size() <= PixelRegion::kMaxRects);
    if (rects.empty()) return;
    std::array<glm::vec4, PixelRegion::kMaxRects> corners;
    for (std::size_t i = 0; i < rects.size(); ++i)
        corners[i] = glm::vec4(glm::vec2(rects[i].min), glm::vec2(rects[i].max));
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_FRAMEBUFFER_SRGB); // the bytes are sRGB already: no encoding on the way
    if (depth == Depth::far) {
        // The shader puts every pixel on the far plane: the depth test always passes.
        glEnable(GL_DEPTH_TEST);
        glDepthFunc(GL_ALWAYS);
        glDepthMask(GL_TRUE);
    } else {
        glDisable(GL_DEPTH_TEST);
    }
    glUseProgram(program_.id());
    glUniform4fv(rects_, static_cast<GLsizei>(rects.size()), &corners[0].x);
    glUniform2f(target_size_, static_cast<float>(target_size.x), static_cast<float>(target_size.y));
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, image);
    if (filter == Filter::nearest) glBindSampler(0, nearest_);
    glBindVertexArray(empty_vertex_array_);
    glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(6 * rects.size()));
    glBindVertexArray(0);
    glBindSampler(0, 0);
    glBindTexture(GL_TEXTURE_2D, 0);
    glUseProgram(0);
    glDepthFunc(GL_LESS);
    glDisable(GL_DEPTH_TEST);
}

} // namespace legwork
