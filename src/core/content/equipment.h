#pragma once
// Equipment: what a person needs at hand for an exercise. The first kinds are the props the
// avatar is drawn with (same order as PropKind); the rest are not drawn (a wall) and listed
// so nobody is surprised.

#include "core/scene/prop_kind.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace legwork {

enum class Equipment : std::uint8_t {
    mat,
    bench,
    step,
    stabilityBall,
    dumbbell,
    loopBand,
    broomstick,
    hurdle,
    lacrosseBall,
    peanutBall,
    pillow,
    legExtensionMachine,
    legCurlMachine,
    legPressMachine,
    wall,
};
inline constexpr int kEquipmentCount = 15;

// The equipment a drawn prop is.
constexpr Equipment equipment_of(PropKind kind) {
    return static_cast<Equipment>(index(kind));
}

// Found only in a gym.
constexpr bool needs_gym(Equipment equipment) {
    return equipment >= Equipment::legExtensionMachine && equipment <= Equipment::legPressMachine;
}

// Content and JSON name ("stabilityBall"), and back; nothing for an unknown name.
std::string_view equipment_name(Equipment equipment);
std::optional<Equipment> equipment_from_name(std::string_view name);
// As the screens show it ("Stability ball").
std::string_view equipment_title(Equipment equipment);

} // namespace legwork
