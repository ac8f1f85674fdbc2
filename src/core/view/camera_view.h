#pragma once
// CameraView: the views an exercise can be watched from, each chosen to judge something:
// from the side to see depth and the line of the back, from the front to see the knees
// track over the feet, three-quarter for a general view, from above for floor work.

#include "core/anim/body_angles.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace legwork {

enum class CameraView : std::uint8_t { front, side, threequarter, top };
inline constexpr int kCameraViewCount = 4;
std::string_view camera_view_name(CameraView view);
std::optional<CameraView> camera_view_from_name(std::string_view name);

// Where a view looks from, in OrbitView's terms (orbit_camera.h): yaw 0 looks at the
// body's front from +Z, positive yaw moves the eye toward +X (the body's left).
struct ViewDirection {
    float yaw_deg = 0.0f;
    float pitch_deg = 8.0f;
};

// The direction of `view`. Side and three-quarter views look from `near_side`, so a
// one-sided exercise shows its working limbs nearest the camera. A body `lying` on the
// floor is seen from a little higher, so its far side does not hide behind its near side.
ViewDirection view_direction(CameraView view, Side near_side, bool lying = false);

} // namespace legwork
