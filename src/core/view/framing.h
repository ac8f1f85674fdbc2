#pragma once
// Framing: the camera that keeps a whole body in view. Given the direction to look from
// and spheres that bound everything to show (the body over a whole rep, its props), finds
// the closest eye whose frustum holds every sphere inside a region of the screen, and
// centres them there. Exact for a perspective camera: each side of the frustum is pushed
// out to touch the outermost sphere, and the eye sits where the pushed planes meet.

#include "core/view/camera_view.h"
#include "core/view/orbit_camera.h"

#include <span>

namespace legwork {

struct BoundingSphere {
    glm::vec3 centre{0.0f}; // metres
    float radius_m = 0.0f;
};

// A box along the world's axes, in metres; empty until something is added.
struct WorldBox {
    glm::vec3 min{1e30f};
    glm::vec3 max{-1e30f};
    bool empty() const { return max.x < min.x; }
    // Grows to hold a ball of `radius_m` about `point`.
    void add(glm::vec3 point, float radius_m = 0.0f) {
        min = glm::min(min, point - radius_m);
        max = glm::max(max, point + radius_m);
    }
};

// A rectangle of the screen in normalised device coordinates (x right, y up, -1..1).
struct ScreenRegion {
    glm::vec2 centre{0.0f};
    glm::vec2 half_size{0.86f, 0.86f}; // the default keeps a 7% margin all round
};

// The view from `direction` with vertical field of view `fov_y_deg` on a screen of the
// given width/height ratio (> 0) that shows every sphere inside `region`, as close as
// that allows. The target is the middle of the spheres along the line of sight, drawn
// at the region's centre. `spheres` must not be empty.
OrbitView frame_view(ViewDirection direction, std::span<const BoundingSphere> spheres, float aspect,
                     const ScreenRegion& region = {}, float fov_y_deg = 35.0f);

} // namespace legwork
