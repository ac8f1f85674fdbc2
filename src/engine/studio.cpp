#include "engine/studio.h"

#include <glm/gtc/type_ptr.hpp>

namespace legwork {
namespace {
constexpr float kFloorHalfExtent_m = 60.0f;
} // namespace

Studio::~Studio() {
    if (empty_vertex_array_) glDeleteVertexArrays(1, &empty_vertex_array_);
}

bool Studio::load(const std::filesystem::path& shader_dir, std::string& error) {
    if (!backdrop_.load(shader_dir, "backdrop.vert", "backdrop.frag", error)) return false;
    if (!floor_.load(shader_dir, "floor.vert", "floor.frag", error)) return false;
    backdrop_inverse_view_projection_ = backdrop_.uniform("u_inverse_view_projection");
    backdrop_zenith_ = backdrop_.uniform("u_zenith_color");
    backdrop_horizon_ = backdrop_.uniform("u_horizon_color");
    floor_view_projection_ = floor_.uniform("u_view_projection");
    floor_eye_ = floor_.uniform("u_eye");
    floor_half_extent_ = floor_.uniform("u_half_extent_m");
    floor_key_direction_ = floor_.uniform("u_key_direction");
    floor_key_color_ = floor_.uniform("u_key_color");
    floor_sky_color_ = floor_.uniform("u_sky_color");
    floor_albedo_ = floor_.uniform("u_albedo");
    floor_horizon_ = floor_.uniform("u_horizon_color");
    floor_pool_ = floor_.uniform("u_pool_m");
    floor_fog_distance_ = floor_.uniform("u_fog_distance_m");
    floor_tile_size_ = floor_.uniform("u_tile_size_m");
    if (!empty_vertex_array_) glGenVertexArrays(1, &empty_vertex_array_);
    return true;
}

void Studio::draw(const glm::mat4& view, const glm::mat4& projection,
                  const StudioLook& look) const {
    const glm::mat4 view_projection = projection * view;
    const glm::vec3 eye = glm::vec3(glm::inverse(view)[3]);
    glBindVertexArray(empty_vertex_array_);

    // Backdrop first, without depth, so the floor simply draws over it.
    glDepthMask(GL_FALSE);
    glDisable(GL_DEPTH_TEST);
    glUseProgram(backdrop_.id());
    glUniformMatrix4fv(backdrop_inverse_view_projection_, 1, GL_FALSE,
                       glm::value_ptr(glm::inverse(view_projection)));
    glUniform3fv(backdrop_zenith_, 1, glm::value_ptr(look.zenith_color));
    glUniform3fv(backdrop_horizon_, 1, glm::value_ptr(look.horizon_color));
    glDrawArrays(GL_TRIANGLES, 0, 3);

    glEnable(GL_DEPTH_TEST);
    glDepthMask(GL_TRUE);
    glUseProgram(floor_.id());
    glUniformMatrix4fv(floor_view_projection_, 1, GL_FALSE, glm::value_ptr(view_projection));
    glUniform3fv(floor_eye_, 1, glm::value_ptr(eye));
    glUniform1f(floor_half_extent_, kFloorHalfExtent_m);
    glUniform3fv(floor_key_direction_, 1, glm::value_ptr(glm::normalize(look.key_direction)));
    glUniform3fv(floor_key_color_, 1, glm::value_ptr(look.key_color));
    glUniform3fv(floor_sky_color_, 1, glm::value_ptr(look.sky_color));
    glUniform3fv(floor_albedo_, 1, glm::value_ptr(look.floor_albedo));
    glUniform3fv(floor_horizon_, 1, glm::value_ptr(look.horizon_color));
    glUniform2f(floor_pool_, look.pool_radius_m, look.pool_falloff_m);
    glUniform1f(floor_fog_distance_, look.fog_distance_m);
    glUniform1f(floor_tile_size_, look.tile_size_m);
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);

    glBindVertexArray(0);
    glUseProgram(0);
}

} // namespace legwork
