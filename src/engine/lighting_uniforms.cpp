#include "engine/lighting_uniforms.h"

#include "engine/shadow_map.h"

#include <glm/gtc/type_ptr.hpp>

namespace legwork {

void LightingUniforms::locate(const ShaderProgram& program) {
    // Not every program uses every light (the floor has no rim): an unused one is -1, and
    // setting it does nothing.
    const auto find = [&](const char* name) { return program.uniform_if_used(name); };
    key_direction = find("u_key_direction");
    key_color = find("u_key_color");
    fill_direction = find("u_fill_direction");
    fill_color = find("u_fill_color");
    rim_direction = find("u_rim_direction");
    rim_color = find("u_rim_color");
    sky_color = find("u_sky_color");
    ground_color = find("u_ground_color");
    shadow_map = find("u_shadow_map");
    light_matrix = find("u_light_matrix");
    shadow_texel = find("u_shadow_texel");
}

void LightingUniforms::set_lights(const StudioLook& look) const {
    glUniform3fv(key_direction, 1, glm::value_ptr(glm::normalize(look.key_direction)));
    glUniform3fv(key_color, 1, glm::value_ptr(look.key_color));
    glUniform3fv(fill_direction, 1, glm::value_ptr(glm::normalize(look.fill_direction)));
    glUniform3fv(fill_color, 1, glm::value_ptr(look.fill_color));
    glUniform3fv(rim_direction, 1, glm::value_ptr(glm::normalize(look.rim_direction)));
    glUniform3fv(rim_color, 1, glm::value_ptr(look.rim_color));
    glUniform3fv(sky_color, 1, glm::value_ptr(look.sky_color));
    glUniform3fv(ground_color, 1, glm::value_ptr(look.ground_color));
}

void LightingUniforms::set_shadow(const ShadowMap& shadow) const {
    glActiveTexture(GL_TEXTURE0 + kShadowUnit);
    glBindTexture(GL_TEXTURE_2D, shadow.texture());
    glActiveTexture(GL_TEXTURE0);
    glUniform1i(shadow_map, kShadowUnit);
    glUniformMatrix4fv(light_matrix, 1, GL_FALSE, glm::value_ptr(shadow.lookup_matrix()));
    const float texel = shadow.size() > 0 ? 1.0f / static_cast<float>(shadow.size()) : 1.0f;
    glUniform2f(shadow_texel, texel, texel);
}

} // namespace legwork
