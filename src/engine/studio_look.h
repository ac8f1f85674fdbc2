#pragma once
// StudioLook: the studio's lights and colours, shared by the backdrop, the floor, the
// avatar and the props (shaders/lighting.glsl). All colours are linear RGB; directions
// point toward the light and are normalised on use.

#include <glm/glm.hpp>

namespace legwork {

struct StudioLook {
    // A key light above and in front, to the avatar's right as the camera sees it at the
    // front view; it casts the shadow.
    glm::vec3 key_direction{-0.35f, 1.0f, 0.55f};
    glm::vec3 key_color{1.22f, 1.19f, 1.14f};
    // A cooler fill from the other side, so the shadowed side keeps its shape.
    glm::vec3 fill_direction{0.8f, 0.35f, 0.45f};
    glm::vec3 fill_color{0.20f, 0.24f, 0.30f};
    // A rim from behind and above that outlines the body against the dark backdrop.
    glm::vec3 rim_direction{0.3f, 0.6f, -1.0f};
    glm::vec3 rim_color{0.9f, 0.95f, 1.05f};
    glm::vec3 sky_color{0.05f, 0.06f, 0.075f};     // ambient from above
    glm::vec3 ground_color{0.035f, 0.032f, 0.03f}; // ambient bounced off the floor
    glm::vec3 zenith_color{0.012f, 0.016f, 0.026f};
    glm::vec3 horizon_color{0.050f, 0.062f, 0.085f};
    glm::vec3 floor_albedo{0.30f, 0.28f, 0.25f};
    float pool_radius_m = 1.8f;   // fully lit within this distance of the origin
    float pool_falloff_m = 5.0f;  // dark beyond radius + falloff
    float fog_distance_m = 14.0f; // floor blends into the horizon over this distance
    float tile_size_m = 0.5f;     // floor tile lines, for a sense of scale and depth

    bool operator==(const StudioLook&) const = default;
};

} // namespace legwork
