#include "core/anim/motion.h"

#include <array>

namespace legwork {
namespace {

constexpr std::array<std::string_view, kPlacementCount> kPlacementNames{
    "standing", "supine", "prone", "quadruped", "sideLying", "kneeling"};
constexpr std::array<std::string_view, 4> kSurfaceNames{"floor", "bench", "step", "ball"};

} // namespace

std::string_view placement_name(Placement placement) { return kPlacementNames[static_cast<int>(placement)]; }

std::optional<Placement> placement_from_name(std::string_view name) {
    for (int i = 0; i < kPlacementCount; ++i)
        if (kPlacementNames[i] == name) return static_cast<Placement>(i);
    return std::nullopt;
}

glm::quat placement_orientation(Placement placement) {
    const auto rot = [](float deg, glm::vec3 axis) { return glm::angleAxis(glm::radians(deg), axis); };
    switch (placement) {
    case Placement::supine: return rot(-90.0f, {1, 0, 0});
    case Placement::prone:
    case Placement::quadruped: return rot(90.0f, {1, 0, 0});
    case Placement::sideLying: return rot(90.0f, {0, 0, 1});
    case Placement::standing:
    case Placement::kneeling: break;
    }
    return glm::quat(1.0f, 0.0f, 0.0f, 0.0f);
}

std::string_view surface_name(Surface surface) { return kSurfaceNames[static_cast<int>(surface)]; }

std::optional<Surface> surface_from_name(std::string_view name) {
    for (int i = 0; i < static_cast<int>(kSurfaceNames.size()); ++i)
        if (kSurfaceNames[i] == name) return static_cast<Surface>(i);
    return std::nullopt;
}

float surface_height_m(Surface surface) {
    switch (surface) {
    case Surface::bench: return 0.45f;
    case Surface::step: return 0.20f;
    case Surface::ball: return 0.65f; // top of a 65 cm stability ball
    case Surface::floor: break;
    }
    return 0.0f;
}

float Motion::cycle_s() const {
    float total = 0.0f;
    for (const Phase& phase : phases) total += phase.duration_s;
    return total;
}

int Motion::phase_index(std::string_view name) const {
    for (int i = 0; i < static_cast<int>(phases.size()); ++i)
        if (phases[i].name == name) return i;
    return -1;
}

int Motion::variant_index(std::string_view id) const {
    for (int i = 0; i < static_cast<int>(variants.size()); ++i)
        if (variants[i].id == id) return i;
    return -1;
}

} // namespace legwork
