#pragma once
// Studio: the room the avatar stands in. A seamless backdrop that falls from a dark top to
// a lighter horizon, and an endless floor lit by an overhead key light in a soft pool
// around the avatar, fading into the backdrop with distance so there is no visible edge.
// Drawn in one fullscreen pass (shaders/studio.frag) that casts each pixel's view ray.

#include "engine/shader_program.h"

#include <filesystem>
#include <glm/glm.hpp>
#include <string>

namespace legwork {

// The studio's light and colours. All colours are linear RGB.
struct StudioLook {
    glm::vec3 key_direction{-0.35f, 1.0f, 0.55f}; // toward the key light (normalised on use)
    glm::vec3 key_color{1.25f, 1.20f, 1.12f};
    glm::vec3 sky_color{0.05f, 0.06f, 0.075f};    // ambient from above
    glm::vec3 zenith_color{0.012f, 0.016f, 0.026f};
    glm::vec3 horizon_color{0.050f, 0.062f, 0.085f};
    glm::vec3 floor_albedo{0.30f, 0.28f, 0.25f};
    float pool_radius_m = 1.8f;    // fully lit within this distance of the origin
    float pool_falloff_m = 5.0f;   // dark beyond radius + falloff
    float fog_distance_m = 14.0f;  // floor blends into the horizon over this distance
    float tile_size_m = 0.5f;      // floor tile lines, for a sense of scale and depth
};

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

    // Covers the bound framebuffer with backdrop and floor. Writes no depth.
    void draw(const glm::mat4& view, const glm::mat4& projection, const StudioLook& look) const;

private:
    ShaderProgram program_;
    struct Uniforms {
        GLint inverse_view_projection = -1;
        GLint eye = -1;
        GLint key_direction = -1;
        GLint key_color = -1;
        GLint sky_color = -1;
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
