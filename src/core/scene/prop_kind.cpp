#include "core/scene/prop_kind.h"

#include "core/text/enum_names.h"

#include "core/anim/motion.h"

#include <cmath>

namespace legwork {
namespace {

constexpr std::array<std::string_view, kPropKindCount> kNames{
    "mat",        "bench",  "step",         "stabilityBall", "dumbbell", "loopBand",
    "broomstick", "hurdle", "lacrosseBall", "peanutBall",    "pillow",   "legExtensionMachine", "legCurlMachine", "legPressMachine",
};

// sRGB 0-255 to linear, for colours picked by eye.
glm::vec3 srgb(int r, int g, int b) {
    const auto linear = [](int c) {
        const float v = static_cast<float>(c) / 255.0f;
        return v <= 0.04045f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
    };
    return {linear(r), linear(g), linear(b)};
}

} // namespace

std::string_view prop_kind_name(PropKind kind) {
    return kNames[index(kind)];
}

std::optional<PropKind> prop_kind_from_name(std::string_view name) {
    return enum_from_name<PropKind>(kNames, name);
}

PropSize prop_size(PropKind kind) {
    switch (kind) {
    case PropKind::mat:
        return {.length_m = 1.83f, .width_m = 0.61f, .height_m = kMatThickness_m};
    case PropKind::bench:
        // A flat bench's pad is about 1.2 m by 30 cm.
        return {.length_m = 1.20f, .width_m = 0.30f, .height_m = surface_height_m(Surface::bench)};
    case PropKind::step:
        return {.length_m = 0.70f, .width_m = 0.28f, .height_m = surface_height_m(Surface::step)};
    case PropKind::stabilityBall:
        return {.height_m = surface_height_m(Surface::ball),
                .diameter_m = surface_height_m(Surface::ball)};
    case PropKind::dumbbell:
        // 5 kg rubber hex: heads 10.4 cm across the flats and 4.5 cm thick, a 13 cm
        // knurled handle 3.2 cm thick.
        return {.length_m = 0.22f, .width_m = 0.104f, .diameter_m = 0.032f, .thickness_m = 0.045f};
    case PropKind::loopBand:
        // A flat strip 5 cm wide and under a millimetre thick; drawn 2.5 mm thick to show.
        return {.width_m = 0.05f, .thickness_m = 0.0025f};
    case PropKind::broomstick:
        return {.length_m = 1.40f, .diameter_m = 0.025f};
    case PropKind::hurdle:
        // Posts a door's width apart; the string's height comes from the body (the knee).
        return {.width_m = 0.90f, .diameter_m = 0.004f};
    case PropKind::lacrosseBall:
        return {.height_m = surface_height_m(Surface::lacrosseBall),
                .diameter_m = surface_height_m(Surface::lacrosseBall)};
    case PropKind::peanutBall:
        // Two 20 cm lobes whose centres are 18 cm apart.
        return {.length_m = 0.38f,
                .height_m = surface_height_m(Surface::peanutBall),
                .diameter_m = surface_height_m(Surface::peanutBall)};
    case PropKind::pillow:
        // A small cushion, or a pillow folded in two: what fits between the knees.
        return {.length_m = 0.32f, .width_m = 0.24f, .thickness_m = 0.12f};
    case PropKind::legExtensionMachine:
        // A seat pad 40 cm deep and 35 cm across, pads 7 cm thick, a shin roller 10 cm thick.
        return {.length_m = 0.40f,
                .width_m = 0.35f,
                .height_m = surface_height_m(Surface::machineSeat),
                .diameter_m = 0.10f,
                .thickness_m = 0.07f};
    case PropKind::legCurlMachine:
        // A pad 30 cm across and 7 cm thick, a heel roller 9 cm thick; the pad runs from
        // the kneecaps to past the hands, however tall the body on it.
        return {.width_m = 0.30f,
                .height_m = surface_height_m(Surface::curlPad),
                .diameter_m = 0.09f,
                .thickness_m = 0.07f};
    case PropKind::legPressMachine:
        // Seat and back pad 40 cm across and 7 cm thick, the seat as low as the sit bones
        // come; a foot platform 60 cm across.
        return {.length_m = 0.60f, .width_m = 0.40f, .thickness_m = 0.07f};
    }
    return {};
}

PropColors prop_colors(PropKind kind) {
    switch (kind) {
    case PropKind::mat:
        return {srgb(74, 128, 124), srgb(60, 108, 104)}; // muted teal
    case PropKind::bench:
        return {srgb(38, 38, 42), srgb(150, 152, 156)}; // black pad, steel frame
    case PropKind::step:
        return {srgb(120, 124, 130), srgb(40, 40, 44)}; // grey top, black risers
    case PropKind::stabilityBall:
        return {srgb(104, 150, 204), srgb(70, 110, 165)}; // soft blue, darker seam
    case PropKind::dumbbell:
        return {srgb(52, 54, 58), srgb(170, 172, 176)}; // dark heads, light handle
    case PropKind::loopBand:
        return {srgb(214, 96, 62), srgb(214, 96, 62)}; // red-orange
    case PropKind::broomstick:
        return {srgb(186, 146, 96), srgb(186, 146, 96)}; // pale wood
    case PropKind::hurdle:
        return {srgb(212, 180, 90), srgb(224, 224, 220)}; // ochre string, white posts
    case PropKind::lacrosseBall:
        return {srgb(236, 232, 222), srgb(236, 232, 222)}; // off-white
    case PropKind::peanutBall:
        return {srgb(126, 160, 110), srgb(126, 160, 110)}; // sage green
    case PropKind::pillow:
        return {srgb(226, 218, 200), srgb(226, 218, 200)}; // linen
    case PropKind::legExtensionMachine:
        return {srgb(92, 40, 44), srgb(128, 132, 138)}; // oxblood pads, grey steel
    case PropKind::legCurlMachine:
        return {srgb(44, 62, 92), srgb(128, 132, 138)}; // navy pads, grey steel
    case PropKind::legPressMachine:
        return {srgb(34, 80, 70), srgb(150, 120, 60)}; // dark teal pads, brass-painted steel
    }
    return {};
}

} // namespace legwork
