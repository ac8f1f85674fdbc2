#include "engine/image_stretch.h"

#include <array>

namespace legwork {

ImageStretch::~ImageStretch() {
    if (empty_vertex_array_) glDeleteVertexArrays(1, &empty_vertex_array_);
}

bool ImageStretch::load(const std::filesystem::path& shader_dir, std::string& error) {
    if (!program_.load(shader_dir, "stretch.vert", "stretch.frag", error)) return false;
    rects_ = program_.uniform("u_rects");
    window_size_ = program_.uniform("u_window_size");
    glUseProgram(program_.id());
    glUniform1i(program_.uniform("u_image"), 0);
    glUseProgram(0);
    if (!empty_vertex_array_) glGenVertexArrays(1, &empty_vertex_array_);
    return true;
}

void ImageStretch::draw(GLuint image, const PixelRegion& region, glm::ivec2 window_size) const {
    if (region.empty()) return;
    std::array<glm::vec4, PixelRegion::kMaxRects> rects;
    const std::span<const PixelRect> in = region.rects();
    for (std::size_t i = 0; i < in.size(); ++i)
        rects[i] = glm::vec4(glm::vec2(in[i].min), glm::vec2(in[i].max));
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_FRAMEBUFFER_SRGB); // the bytes are sRGB already: no encoding on the way
    glUseProgram(program_.id());
    glUniform4fv(rects_, static_cast<GLsizei>(in.size()), &rects[0].x);
    glUniform2f(window_size_, static_cast<float>(window_size.x), static_cast<float>(window_size.y));
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, image);
    glBindVertexArray(empty_vertex_array_);
    glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(6 * in.size()));
    glBindVertexArray(0);
    glBindTexture(GL_TEXTURE_2D, 0);
    glUseProgram(0);
}

} // namespace legwork
