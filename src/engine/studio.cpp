#include "engine/studio.h"

#include <cmath>
#include <glm/gtc/type_ptr.hpp>

namespace legwork {

glm::vec3 linear_to_srgb(glm::vec3 linear) {
    const auto encode = [](float c) {
        c = glm::clamp(c, 0.0f, 1.0f);
        return c <= 0.0031308f ? c * 12.92f : 1.055f * std::pow(c, 1.0f / 2.4f) - 0.055f;
    };
    return {encode(linear.x), encode(linear.y), encode(linear.z)};
}

Studio::~Studio() {
    if (empty_vertex_array_) glDeleteVertexArrays(1, &empty_vertex_array_);
}

bool Studio::load(const std::filesystem::path& shader_dir, std::string& error) {
    if (!program_.load(shader_dir, "studio.vert", "studio.frag", error)) return false;
    uniforms_.inverse_view_projection = program_.uniform("u_inverse_view_projection");
    uniforms_.eye = program_.uniform("u_eye");
    lighting_.locate(program_);
    uniforms_.albedo = program_.uniform("u_albedo");
    uniforms_.zenith_color = program_.uniform("u_zenith_color");
    uniforms_.horizon_color = program_.uniform("u_horizon_color");
    uniforms_.pool = program_.uniform("u_pool_m");
    uniforms_.fog_distance = program_.uniform("u_fog_distance_m");
    uniforms_.tile_size = program_.uniform("u_tile_size_m");
    if (!empty_vertex_array_) glGenVertexArrays(1, &empty_vertex_array_);
    return true;
}

void Studio::draw(const glm::mat4& view, const glm::mat4& projection, const StudioLook& look,
                  const ShadowMap& shadow) const {
    const glm::vec3 eye = glm::vec3(glm::inverse(view)[3]);
    glBindVertexArray(empty_vertex_array_);
    glDisable(GL_DEPTH_TEST);
    glDepthMask(GL_FALSE);
    glUseProgram(program_.id());
    glUniformMatrix4fv(uniforms_.inverse_view_projection, 1, GL_FALSE,
                       glm::value_ptr(glm::inverse(projection * view)));
    glUniform3fv(uniforms_.eye, 1, glm::value_ptr(eye));
    lighting_.set(look, shadow);
    glUniform3fv(uniforms_.albedo, 1, glm::value_ptr(look.floor_albedo));
    glUniform3fv(uniforms_.zenith_color, 1, glm::value_ptr(look.zenith_color));
    glUniform3fv(uniforms_.horizon_color, 1, glm::value_ptr(look.horizon_color));
    glUniform2f(uniforms_.pool, look.pool_radius_m, look.pool_falloff_m);
    glUniform1f(uniforms_.fog_distance, look.fog_distance_m);
    glUniform1f(uniforms_.tile_size, look.tile_size_m);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glDepthMask(GL_TRUE);
    glEnable(GL_DEPTH_TEST);
    glBindVertexArray(0);
    glUseProgram(0);
}

} // namespace legwork
