#pragma once
// Studio: the room the avatar stands in. A seamless backdrop that falls from a dark top to
// a lighter horizon, and an endless floor lit by an overhead key light in a soft pool
// around the avatar, fading into the backdrop with distance so there is no visible edge.
// Drawn in one fullscreen pass (shaders/studio.frag) that casts each pixel's view ray.

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

    // Loads the studio shader from `shader_dir`.
    bool load(const std::filesystem::path& shader_dir, std::string& error);

    // Covers the bound framebuffer with backdrop and floor, the floor shadowed by
    // `shadow`. Writes no depth.
    void draw(const glm::mat4& view, const glm::mat4& projection, const StudioLook& look,
              const ShadowMap& shadow) const;

private:
    ShaderProgram program_;
    LightingUniforms lighting_;
    struct Uniforms {
        GLint inverse_view_projection = -1;
        GLint eye = -1;
        GLint albedo = -1;
        GLint zenith_color = -1;
        GLint horizon_color = -1;
        GLint pool = -1;
        GLint fog_distance = -1;
        GLint tile_size = -1;
    } uniforms_;
    GLuint empty_vertex_array_ = 0; // core profile needs one bound even with no attributes
};

} // namespace legwork
