#include "engine/studio.h"

#include "engine/shadow_map.h"

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

void Studio::FloorUniforms::locate(const ShaderProgram& program) {
    eye = program.uniform("u_eye");
    albedo = program.uniform("u_albedo");
    zenith_color = program.uniform("u_zenith_color");
    horizon_color = program.uniform("u_horizon_color");
    pool = program.uniform("u_pool_m");
    fog_distance = program.uniform("u_fog_distance_m");
    tile_size = program.uniform("u_tile_size_m");
}

void Studio::FloorUniforms::set(const glm::mat4& view, const StudioLook& look) const {
    const glm::vec3 eye_position = glm::vec3(glm::inverse(view)[3]);
    glUniform3fv(eye, 1, glm::value_ptr(eye_position));
    glUniform3fv(albedo, 1, glm::value_ptr(look.floor_albedo));
    glUniform3fv(zenith_color, 1, glm::value_ptr(look.zenith_color));
    glUniform3fv(horizon_color, 1, glm::value_ptr(look.horizon_color));
    glUniform2f(pool, look.pool_radius_m, look.pool_falloff_m);
    glUniform1f(fog_distance, look.fog_distance_m);
    glUniform1f(tile_size, look.tile_size_m);
}

Studio::~Studio() {
    if (empty_vertex_array_) glDeleteVertexArrays(1, &empty_vertex_array_);
}

bool Studio::load(const std::filesystem::path& shader_dir, std::string& error) {
    if (!program_.load(shader_dir, "fullscreen.vert", "studio.frag", error)) return false;
    if (!shadow_program_.load(shader_dir, "floor_shadow.vert", "floor_shadow.frag", error))
        return false;
    lighting_.locate(program_);
    floor_.locate(program_);
    inverse_view_projection_ = program_.uniform("u_inverse_view_projection");
    shadow_lighting_.locate(shadow_program_);
    shadow_floor_.locate(shadow_program_);
    shadow_corners_ = shadow_program_.uniform("u_corners");
    shadow_view_projection_ = shadow_program_.uniform("u_view_projection");
    if (!empty_vertex_array_) glGenVertexArrays(1, &empty_vertex_array_);
    return true;
}

void Studio::draw(const glm::mat4& view, const glm::mat4& projection,
                  const StudioLook& look) const {
    glBindVertexArray(empty_vertex_array_);
    glDisable(GL_DEPTH_TEST);
    glDepthMask(GL_FALSE);
    glUseProgram(program_.id());
    glUniformMatrix4fv(inverse_view_projection_, 1, GL_FALSE,
                       glm::value_ptr(glm::inverse(projection * view)));
    lighting_.set_lights(look);
    floor_.set(view, look);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glDepthMask(GL_TRUE);
    glEnable(GL_DEPTH_TEST);
    glBindVertexArray(0);
    glUseProgram(0);
}

void Studio::draw_floor_shadow(const glm::mat4& view, const glm::mat4& projection,
                               const StudioLook& look, const ShadowMap& shadow,
                               const WorldBox& patch) const {
    if (patch.empty()) return;
    const glm::vec3 corners[4] = {{patch.min.x, 0.0f, patch.min.z},
                                  {patch.max.x, 0.0f, patch.min.z},
                                  {patch.max.x, 0.0f, patch.max.z},
                                  {patch.min.x, 0.0f, patch.max.z}};
    glBindVertexArray(empty_vertex_array_);
    glEnable(GL_DEPTH_TEST); // not behind what stands on the floor, drawn already
    glDisable(GL_CULL_FACE); // seen from above either way round
    glDepthMask(GL_FALSE);
    glEnable(GL_BLEND);
    glBlendFunc(GL_DST_COLOR, GL_ZERO); // the image times the shadow's ratio
    glUseProgram(shadow_program_.id());
    glUniform3fv(shadow_corners_, 4, glm::value_ptr(corners[0]));
    glUniformMatrix4fv(shadow_view_projection_, 1, GL_FALSE, glm::value_ptr(projection * view));
    shadow_lighting_.set_lights(look);
    shadow_lighting_.set_shadow(shadow);
    shadow_floor_.set(view, look);
    glDrawArrays(GL_TRIANGLES, 0, 6);
    glDisable(GL_BLEND);
    glDepthMask(GL_TRUE);
    glBindVertexArray(0);
    glUseProgram(0);
}

} // namespace legwork
