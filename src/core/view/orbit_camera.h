#pragma once
// OrbitView: a perspective camera that circles a target point, as the player and the
// library use to show the avatar. Pure maths: no window, no GL.
//
// Conventions (see DESIGN.md): metres, +Y up, the avatar faces +Z at rest. Yaw 0 puts the
// camera on +Z looking back at the avatar's front; positive yaw moves it toward +X.

#include <glm/glm.hpp>

namespace legwork {

struct OrbitView {
    glm::vec3 target{0.0f, 0.9f, 0.0f}; // point looked at, metres
    float yaw_deg = 0.0f;               // around +Y; wrapped to (-180, 180]
    float pitch_deg = 8.0f;             // elevation above the horizontal
    float distance_m = 4.2f;            // from target to eye
    float fov_y_deg = 35.0f;            // vertical field of view
    // Where the target appears on screen, in normalised device coordinates (0 = centre): a
    // lens shift, so the avatar can stand beside a panel and still turn about its centre.
    glm::vec2 target_ndc{0.0f};
};

struct OrbitLimits {
    float min_pitch_deg = -10.0f;
    float max_pitch_deg = 85.0f;
    float min_distance_m = 1.2f;
    float max_distance_m = 15.0f;
};

// Eye position in world space.
glm::vec3 eye_position(const OrbitView& view);
// World-to-view matrix (right-handed, looking at the target).
glm::mat4 view_matrix(const OrbitView& view);
// Perspective projection for a viewport of the given width/height ratio (> 0), with the
// view's lens shift.
glm::mat4 projection_matrix(const OrbitView& view, float aspect, float near_m = 0.05f,
                            float far_m = 200.0f);

// Turns the view by the given angles: yaw wraps, pitch is clamped to the limits.
OrbitView orbit(OrbitView view, float yaw_delta_deg, float pitch_delta_deg,
                const OrbitLimits& limits = {});
// Moves the eye toward (positive steps) or away from the target, one wheel notch being
// 12% of the distance, clamped to the limits.
OrbitView zoom(OrbitView view, float wheel_steps, const OrbitLimits& limits = {});

// Eases `current` toward `goal` over time, independent of frame rate: after `half_life_s`
// half of the remaining difference is gone. Yaw takes the shorter way round. Snaps onto
// the goal once the difference is invisible. Returns true while still moving.
bool approach(OrbitView& current, const OrbitView& goal, float dt_s, float half_life_s = 0.07f);

} // namespace legwork
