#pragma once
// PropKind: the equipment an exercise can use, with its real-world size and colour.
//
// Sizes are of common retail items. Everything a body rests on takes its height from the
// motion's surfaces (anim/motion.h: surface_height_m, kMatThickness_m), so a bench drawn
// under a contact is exactly as high as the contact is held: one source of truth.

#include <array>
#include <cstdint>
#include <glm/glm.hpp>
#include <optional>
#include <string_view>

namespace legwork {

enum class PropKind : std::uint8_t {
    mat,                 // yoga mat under a floor exercise
    bench,               // flat weight bench, or a box
    step,                // aerobic step
    stabilityBall,       // 65 cm exercise ball
    dumbbell,            // 5 kg hex dumbbell
    loopBand,            // resistance loop band
    broomstick,          // a stick held in both hands
    hurdle,              // a string tied between two posts (a door frame) at knee height
    lacrosseBall,        // for releasing muscles by lying on it
    peanutBall,          // two joined balls, for the muscles beside the spine or the glutes
    pillow,              // squeezed between the knees
    legExtensionMachine, // seat, backrest and a padded lever on the front of the shins
    legCurlMachine,      // a pad to lie face down on, a padded lever on the heel
    legPressMachine,     // a reclined seat and a foot platform sliding along level rails
};
inline constexpr int kPropKindCount = 14;
inline constexpr int index(PropKind kind) {
    return static_cast<int>(kind);
}

// Content name ("stabilityBall"), and back; nothing for an unknown name.
std::string_view prop_kind_name(PropKind kind);
std::optional<PropKind> prop_kind_from_name(std::string_view name);

// Metres. What each field means depends on the kind; unused ones are 0.
struct PropSize {
    // Mat, bench, step: along the long side; broomstick, dumbbell: overall; leg extension
    // machine: the seat's depth (a leg curl machine's pad fits the body lying on it); leg
    // press: its foot platform across.
    float length_m = 0.0f;
    float width_m = 0.0f;     // mat, bench, step, machine seat or pad: across; band: the strip
    float height_m = 0.0f;    // top above the floor (mat: its thickness; machines: seat, pad)
    float diameter_m = 0.0f;  // balls (peanut: a lobe), stick, handle, hurdle string, roller
    float thickness_m = 0.0f; // band strip; dumbbell heads (each); pillow (unsqueezed); pads
};
PropSize prop_size(PropKind kind);

// Linear RGB, muted and distinct from each other and from skin and the studio floor.
struct PropColors {
    glm::vec3 main{0.5f};
    glm::vec3 detail{0.5f}; // legs and frame, a dumbbell's handle, a ball's seam, hurdle posts
};
PropColors prop_colors(PropKind kind);

} // namespace legwork
