#pragma once
// Studio: the room the avatar stands in. A seamless backdrop that falls from a dark top to
// a lighter horizon, and a floor lit by an overhead key light in a soft pool around the
// avatar, fading into the backdrop with distance so there is no visible edge.

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

class Studio {
public:
    Studio() = default;
    ~Studio();
    Studio(const Studio&) = delete;
    Studio& operator=(const Studio&) = delete;

    // Loads the backdrop and floor shaders from `shader_dir`.
    bool load(const std::filesystem::path& shader_dir, std::string& error);

    // Draws backdrop and floor into the bound framebuffer (depth test on).
    void draw(const glm::mat4& view, const glm::mat4& projection, const StudioLook& look) const;

private:
    ShaderProgram backdrop_;
    ShaderProgram floor_;
    GLint backdrop_inverse_view_projection_ = -1;
    GLint backdrop_zenith_ = -1;
    GLint backdrop_horizon_ = -1;
    GLint floor_view_projection_ = -1;
    GLint floor_eye_ = -1;
    GLint floor_half_extent_ = -1;
    GLint floor_key_direction_ = -1;
    GLint floor_key_color_ = -1;
    GLint floor_sky_color_ = -1;
    GLint floor_albedo_ = -1;
    GLint floor_horizon_ = -1;
    GLint floor_pool_ = -1;
    GLint floor_fog_distance_ = -1;
    GLint floor_tile_size_ = -1;
    GLuint empty_vertex_array_ = 0; // core profile needs one bound even with no attributes
};

} // namespace legwork
