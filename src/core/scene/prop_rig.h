#pragma once
// PropRig: where the props of one demonstration go, worked out once per clip, and
// place_props(), which puts them in the world for each sampled pose.
//
// The rules are the same for every exercise:
//   - What the body rests on comes from its contacts. A contact on a bench, step, lacrosse
//     or peanut ball puts that prop under where it touches down: a step's back edge just
//     behind the ball of the foot, so the heel can hang off it; a bench under the whole
//     foot, or with its edge at a body point and the rest away from the body (a hip
//     thrust's upper back); the balls' tops at the contact. A stability ball sits under
//     its contacts' touch-down point, or, for sliding contacts that hold all cycle (heels
//     rolling it), rolls under them: it follows them over the floor, touching them, and
//     turns by the distance it rolls over its radius.
//   - A mat lies under the body's floor contacts along the body's long axis (and under a
//     ball it rolls, when it can); every surface of the exercise then stands on it.
//   - A dumbbell lies in the named hand, its handle across the palm and turning with it;
//     a broomstick runs through both palms.
//   - A loop band wraps both thighs just above the knees, hugging them and stretching as
//     they part; a pillow fills the gap between the knees, squeezed to it.
//   - A contact on a gym machine's seat or pad draws the machine around the body, its
//     padded lever on the shins (leg extension) or the working leg's heel (leg curl), or
//     its foot platform against the soles, sliding along its rails (leg press).
//   - A hurdle string stands across the body's path in front of the toes at the start,
//     as high as the knees' tibial tuberosities.
// Props named for one side of the body follow the clip to the other side when it plays
// mirrored.

#include "core/anim/motion_sampler.h"
#include "core/scene/prop_piece.h"
#include "core/scene/prop_use.h"

#include <span>
#include <vector>

namespace legwork {

struct PropRig {
    // A prop that moves with the body, placed anew each frame.
    struct Moving {
        PropKind kind = PropKind::mat;
        // Dumbbell: the hand holding it; leg curl machine: the leg curling (this clip's side).
        Side hand = Side::left;
        // Rolling ball: the contacts it rolls under, the height it rolls on, the way from
        // its contacts to its centre (horizontal), and its centre at t = 0, unturned. Leg
        // press: the floor it stands on, the way its platform slides (away) and the
        // platform's centre at t = 0.
        std::array<Site, 2> sites{};
        int site_count = 0;
        float floor_m = 0.0f;
        glm::vec3 away{0.0f, 0.0f, 1.0f};
        glm::vec3 start_centre{0.0f};
    };

    Skeleton skeleton;
    std::vector<PropPiece> fixed; // pieces of props that never move, in the world
    std::vector<Moving> moving;
};

// Places the props of `sampler`'s clip: those its contacts rest on, and `props` (written
// for the side its motion is written for). Samples the cycle; allocates.
PropRig make_prop_rig(const MotionSampler& sampler, std::span<const PropUse> props);

// Appends every prop's pieces for the pose `world` (kJointCount joint transforms from the
// same sampler at `t_s`) to `out`. Every moving prop follows the pose, so `t_s` only names
// the instant (no prop moves on a clock of its own yet). The caller owns `out` and empties
// it (resize(0)) each frame: the count of pieces is the same every frame, so nothing is
// allocated once `out` has held one frame's pieces.
void place_props(const PropRig& rig, std::span<const glm::mat4> world, float t_s,
                 std::vector<PropPiece>& out);

} // namespace legwork
