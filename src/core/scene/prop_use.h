#pragma once
// PropUse: a prop an exercise names in its content file, and what it is attached to.
// Props that something rests on (bench, step, stability ball, lacrosse and peanut balls, the
// leg extension machine) are not named: they come from the contacts on their surfaces
// (anim/motion.h).

#include "core/anim/body_angles.h"
#include "core/scene/prop_kind.h"

namespace legwork {

struct PropUse {
    enum class Where : std::uint8_t {
        floor,  // mat: under the whole exercise; hurdle: in front of the toes at knee height
        hand,   // dumbbell: held in `hand`
        hands,  // broomstick: held across both palms
        thighs, // loop band: around both thighs just above the knees
        knees,  // pillow: squeezed between the knees
    };
    PropKind kind = PropKind::mat;
    Where where = Where::floor;
    Side hand = Side::left; // for Where::hand, on the side the motion is written for
};

// Where a prop of this kind goes: nothing for the kinds that come from contacts.
std::optional<PropUse::Where> prop_where(PropKind kind);

} // namespace legwork
