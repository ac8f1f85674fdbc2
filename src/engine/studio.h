#pragma once
// Studio: the room the avatar stands in. A seamless backdrop that falls from a dark top to
// a lighter horizon, and an endless floor lit by an overhead key light in a soft pool
// around the avatar, fading into the backdrop with distance so there is no visible edge.
// The backdrop and floor are one fullscreen pass (shaders/studio.frag) that casts each
// pixel's view ray; it does not change while the camera stays put, so it can be kept.
// The shadow that moves with the avatar is multiplied in after, over just the patch of
// floor it can fall on (shaders/floor_shadow.frag).

#include "core/view/framing.h"
#include "engine/lighting_uniforms.h"
#include "engine/shader_program.h"
#include "engine/studio_look.h"

#include <filesystem>
#include <glm/glm.hpp>
#include <string>

namespace legwork {

// Encodes a linear RGB colour as sRGB (the exact piecewise curve), for clear colours and
// other values written to the window without the GPU's own encoding.
glm::vec3 linear_to_srgb(glm::vec3 linear);

class Studio {
public:
    Studio() = default;
    ~Studio();
    Studio(const Studio&) = delete;
    Studio& operator=(const Studio&) = delete;

    // Loads the studio's shaders from `shader_dir`.
    bool load(const std::filesystem::path& shader_dir, std::string& error);

    // Covers the bound framebuffer with backdrop and floor, unshadowed. Writes no depth.
    void draw(const glm::mat4& view, const glm::mat4& projection, const StudioLook& look) const;

    // Darkens the floor already drawn where `shadow` blocks the key light, within `patch`
    // (a box on the floor holding the shadow, see shadow_box()), but not where what was
    // drawn in front of it (with depth) hides it. Writes no depth.
    void draw_floor_shadow(const glm::mat4& view, const glm::mat4& projection,
                           const StudioLook& look, const ShadowMap& shadow,
                           const WorldBox& patch) const;

private:
    // The uniforms of studio_floor.glsl, in each of the two programs.
    struct FloorUniforms {
        GLint eye = -1;
        GLint albedo = -1;
        GLint zenith_color = -1;
        GLint horizon_color = -1;
        GLint pool = -1;
        GLint fog_distance = -1;
        GLint tile_size = -1;
        void locate(const ShaderProgram& program);
        void set(const glm::mat4& view, const StudioLook& look) const;
    };

    ShaderProgram program_;
    LightingUniforms lighting_;
    FloorUniforms floor_;
    GLint inverse_view_projection_ = -1;

    ShaderProgram shadow_program_;
    LightingUniforms shadow_lighting_;
    FloorUniforms shadow_floor_;
    GLint shadow_corners_ = -1;
    GLint shadow_view_projection_ = -1;

    GLuint empty_vertex_array_ = 0; // core profile needs one bound even with no attributes
};

} // namespace legwork
