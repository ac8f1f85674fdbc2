#pragma once
// Motion: one exercise's demonstration as data, the way content files author it.
//
// One cycle (one rep, or one hold) is a ring of phases. Each phase names the body angles
// reached at its end, so a phase that ends where it started is a pause or a hold. The
// cycle starts from the last phase's pose. Contacts say which foot, hand or body part
// rests on the floor or a prop in which phases; the solver keeps them there. Motions are
// authored for one side (`side`) and mirrored for the other.

#include "core/anim/body_angles.h"

#include <string>
#include <vector>

namespace legwork {

// How the body is laid out before any angle applies. Every placement keeps the body's
// front or head toward +Z where it can, so the same camera presets read the same way.
enum class Placement : std::uint8_t {
    standing,   // upright, facing +Z
    supine,     // on the back, head toward -Z, face up
    prone,      // face down, head toward +Z
    quadruped,  // on hands and knees: face down, head toward +Z
    sideLying,  // on the right side, head toward -X, front toward +Z
    kneeling,   // upright on the knees, facing +Z
};
inline constexpr int kPlacementCount = 6;
std::string_view placement_name(Placement placement);
std::optional<Placement> placement_from_name(std::string_view name);
// The root's orientation for a placement, before the pelvis angles.
glm::quat placement_orientation(Placement placement);

// What a contact rests on. Heights are of the top surface, metres.
enum class Surface : std::uint8_t { floor, bench, step, ball };
std::string_view surface_name(Surface surface);
std::optional<Surface> surface_from_name(std::string_view name);
float surface_height_m(Surface surface);

struct Contact {
    enum class Kind : std::uint8_t {
        foot, // a whole foot: the ball pinned, the foot flat (or its heel raised by heelRaise)
        site, // one point of the body (Site), pinned where it touched down
    };
    Kind kind = Kind::foot;
    Side side = Side::left; // for feet
    Site site = Site::leftHeel;
    Surface surface = Surface::floor;
    bool slide = false;     // kept on the surface's height only, free to move along it (a rolling ball)
    std::vector<int> phases; // indices of the phases it holds in; empty = the whole cycle
};

struct Phase {
    std::string name;
    float duration_s = 1.0f; // at the default tempo
    BodyAngles end;          // the angles reached at the end of the phase
};

// A common mistake shown on the avatar: angle changes added to named phases' end poses,
// so it differs from the correct motion only where the mistake is.
struct MotionVariant {
    std::string id;
    std::vector<std::pair<int, BodyAngles>> added; // (phase index, angles added)
};

struct Motion {
    Placement placement = Placement::standing;
    Side side = Side::left; // the working side the angles are written for
    std::vector<Phase> phases;
    std::vector<Contact> contacts;
    std::vector<MotionVariant> variants;

    float cycle_s() const;
    // Index of the named phase or variant, -1 when there is none.
    int phase_index(std::string_view name) const;
    int variant_index(std::string_view id) const;
};

} // namespace legwork
