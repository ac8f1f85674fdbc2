#include "core/view/camera_view.h"

#include "core/text/enum_names.h"

#include <array>

namespace legwork {
namespace {

constexpr std::array<std::string_view, kCameraViewCount> kNames{"front", "side", "threequarter",
                                                                "top"};

} // namespace

std::string_view camera_view_name(CameraView view) {
    return kNames[static_cast<int>(view)];
}

std::optional<CameraView> camera_view_from_name(std::string_view name) {
    return enum_from_name<CameraView>(kNames, name);
}

ViewDirection view_direction(CameraView view, Side near_side, bool lying) {
    // The body's left is +X, where positive yaw puts the eye.
    const float toward = near_side == Side::left ? 1.0f : -1.0f;
    const float raise = lying ? 10.0f : 0.0f;
    switch (view) {
    case CameraView::front:
        return {0.0f, 8.0f + raise};
    // A little above the hips: the line of the back and the depth of a squat read level.
    case CameraView::side:
        return {90.0f * toward, 6.0f + raise};
    case CameraView::threequarter:
        return {38.0f * toward, 14.0f + raise};
    // Steep but not straight down, so the body still reads as a body, not a floor plan.
    case CameraView::top:
        return {20.0f * toward, 62.0f};
    }
    return {};
}

} // namespace legwork
