#include "core/anim/motion.h"

#include "core/text/enum_names.h"

#include <array>

namespace legwork {
namespace {

constexpr std::array<std::string_view, kPlacementCount> kPlacementNames{
    "standing", "supine", "prone", "quadruped", "sideLying", "kneeling"};
constexpr std::array<std::string_view, kSurfaceCount> kSurfaceNames{
    "floor", "bench", "step", "ball", "lacrosseBall", "peanutBall", "machineSeat", "curlPad", "pressSeat"};

} // namespace

std::string_view placement_name(Placement placement) { return kPlacementNames[static_cast<int>(placement)]; }

std::optional<Placement> placement_from_name(std::string_view name) {
    return enum_from_name<Placement>(kPlacementNames, name);
}

glm::quat placement_orientation(Placement placement, bool mirrored) {
    const auto rot = [](float deg, glm::vec3 axis) { return glm::angleAxis(glm::radians(deg), axis); };
    glm::quat q(1.0f, 0.0f, 0.0f, 0.0f);
    switch (placement) {
    case Placement::supine: q = rot(-90.0f, {1, 0, 0}); break;
    case Placement::prone:
    case Placement::quadruped: q = rot(90.0f, {1, 0, 0}); break;
    case Placement::sideLying: q = rot(90.0f, {0, 0, 1}); break;
    case Placement::standing:
    case Placement::kneeling: break;
    }
    // Reflecting x -> -x keeps a turn's x component and reverses its y and z ones.
    return mirrored ? glm::quat(q.w, q.x, -q.y, -q.z) : q;
}

std::string_view surface_name(Surface surface) { return kSurfaceNames[static_cast<int>(surface)]; }

std::optional<Surface> surface_from_name(std::string_view name) {
    return enum_from_name<Surface>(kSurfaceNames, name);
}

float surface_height_m(Surface surface) {
    switch (surface) {
    case Surface::bench: return 0.45f;
    case Surface::step: return 0.20f;
    case Surface::ball: return 0.65f;          // top of a 65 cm stability ball
    case Surface::lacrosseBall: return 0.063f; // a lacrosse ball is 6.3 cm across
    case Surface::peanutBall: return 0.20f;    // lobes about 20 cm across
    case Surface::machineSeat: return 0.55f;   // high enough for the feet to hang free
    case Surface::curlPad: return 0.47f;       // a lying leg curl pad is 45 to 50 cm high
    case Surface::pressSeat: return 0.45f;     // just above a leg press seat, the rails below it
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
