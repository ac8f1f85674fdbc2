#include "engine/edge_smoothing.h"

namespace legwork {

EdgeSmoothing::~EdgeSmoothing() {
    if (empty_vertex_array_) glDeleteVertexArrays(1, &empty_vertex_array_);
}

bool EdgeSmoothing::load(const std::filesystem::path& shader_dir, std::string& error) {
    if (!program_.load(shader_dir, "fullscreen.vert", "edge_smoothing.frag", error)) return false;
    texel_ = program_.uniform("u_texel");
    glUseProgram(program_.id());
    glUniform1i(program_.uniform("u_image"), 0);
    glUseProgram(0);
    if (!empty_vertex_array_) glGenVertexArrays(1, &empty_vertex_array_);
    return true;
}

void EdgeSmoothing::apply(GLuint image, glm::ivec2 size) const {
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_BLEND);
    glUseProgram(program_.id());
    glUniform2f(texel_, 1.0f / static_cast<float>(size.x), 1.0f / static_cast<float>(size.y));
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, image);
    glBindVertexArray(empty_vertex_array_);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    glBindTexture(GL_TEXTURE_2D, 0);
    glUseProgram(0);
}

} // namespace legwork
