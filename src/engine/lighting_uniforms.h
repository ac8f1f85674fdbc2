#pragma once
// LightingUniforms: the studio's lights (shaders/lighting.glsl) in one shader program.
// Every program that includes lighting.glsl keeps one, located once after loading.

#include "engine/shader_program.h"
#include "engine/studio_look.h"

namespace legwork {

class ShadowMap;

struct LightingUniforms {
    // The texture unit the shadow map is bound to while drawing.
    static constexpr int kShadowUnit = 1;

    void locate(const ShaderProgram& program);
    // Sets the lights from `look`. The program must be in use.
    void set_lights(const StudioLook& look) const;
    // Binds `shadow` to kShadowUnit for the key light's shadow lookups.
    void set_shadow(const ShadowMap& shadow) const;

    GLint key_direction = -1, key_color = -1;
    GLint fill_direction = -1, fill_color = -1;
    GLint rim_direction = -1, rim_color = -1;
    GLint sky_color = -1, ground_color = -1;
    GLint shadow_map = -1, light_matrix = -1, shadow_texel = -1;
};

} // namespace legwork
