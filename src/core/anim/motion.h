#pragma once
// Motion: one exercise's demonstration as data, the way content files author it.
//
// One cycle (one rep, or one hold) is a ring of phases. Each phase names the body angles
// reached at its end, so a phase that ends where it started is a pause or a hold. The
// cycle starts from the last phase's pose. Contacts say which foot, hand or body part
// rests on the floor or a prop in which phases; the solver keeps them there. Motions are
// authored for one side (`side`) and mirrored for the other.

#include "core/anim/body_angles.h"
#include "core/anim/body_part.h"
#include "core/view/camera_view.h"

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
// The root's orientation for a placement, before the pelvis angles. `mirrored` gives its
// mirror image (x -> -x), for a motion played on the other side: the same for the
// symmetric placements, on the left side with the head toward +X for sideLying.
glm::quat placement_orientation(Placement placement, bool mirrored = false);

// What a contact rests on. The props' sizes (scene/prop_kind.h) follow these heights, so a
// bench drawn under a contact is exactly as tall as the contact is held high.
enum class Surface : std::uint8_t {
    floor,
    bench,        // a flat weight bench or a box
    step,         // an aerobic step
    ball,         // a stability ball: its top, or with `slide` anywhere on it as it rolls
    lacrosseBall, // a lacrosse ball on the floor, under a body part
    peanutBall,   // a peanut ball on the floor, its two lobes either side of the spine
    machineSeat,  // the seat of a leg extension machine
    curlPad,      // the pad of a lying leg curl machine, a body face down along it
    pressSeat,    // a seated leg press: where the sacrum meets the foot of its reclined back pad
};
inline constexpr int kSurfaceCount = 9;
std::string_view surface_name(Surface surface);
std::optional<Surface> surface_from_name(std::string_view name);
// Height of the surface's top above the floor, metres (on bare floor).
float surface_height_m(Surface surface);
// An exercise mat: 6 mm of foam under the whole exercise, which raises every surface by it.
inline constexpr float kMatThickness_m = 0.006f;

struct Contact {
    enum class Kind : std::uint8_t {
        foot, // a whole foot: the ball pinned, the foot flat (or its heel raised by heelRaise)
        site, // one point of the body (Site), pinned where it touched down
    };
    Kind kind = Kind::foot;
    Side side = Side::left; // for feet
    Site site = Site::leftHeel;
    Surface surface = Surface::floor;
    // Free to move along the surface, kept at its height. On a ball, the ball rolls under
    // the contact wherever it goes (no higher than the ball's top) and stays on the floor.
    bool slide = false;
    std::vector<int> phases; // indices of the phases it holds in; empty = the whole cycle
};

struct Phase {
    std::string name;
    float duration_s = 1.0f; // at the default tempo
    BodyAngles end;          // the angles reached at the end of the phase
    std::string title;       // the name as shown: "rise" -> "Rise"
};

// A common mistake shown on the avatar: angle changes added to named phases' end poses,
// so it differs from the correct motion only where the mistake is.
struct MotionVariant {
    std::string id;
    std::vector<std::pair<int, BodyAngles>> added; // (phase index, angles added)
    std::vector<BodyPart> highlight;               // where it shows, for the motion's side
    std::optional<CameraView> view;                // the view that shows it best, if not the exercise's
    std::string title;                             // the id as shown: "knees-cave-in" -> "Knees cave in"
};

struct Motion {
    Placement placement = Placement::standing;
    Side side = Side::left; // the working side the angles are written for
    std::vector<Phase> phases;
    std::vector<Contact> contacts;
    std::vector<MotionVariant> variants;
    bool on_mat = false; // a mat lies under the exercise: every surface is kMatThickness_m higher

    float cycle_s() const;
    // Index of the named phase or variant, -1 when there is none.
    int phase_index(std::string_view name) const;
    int variant_index(std::string_view id) const;
};

} // namespace legwork
