#include "core/avatar/avatar_look.h"

#include "core/text/enum_names.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace legwork {
namespace {

constexpr std::array<std::string_view, kAvatarBuildCount> kBuildNames{"slim", "average", "broad"};

// sRGB byte values to linear RGB (the exact piecewise curve).
glm::vec3 srgb(int r, int g, int b) {
    const auto decode = [](int c) {
        const float v = static_cast<float>(c) / 255.0f;
        return v <= 0.04045f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f);
    };
    return {decode(r), decode(g), decode(b)};
}

const std::array<NamedColor, 6> kSkinTones{{
    {"Fair", srgb(238, 212, 196)},
    {"Light", srgb(222, 186, 162)},
    {"Medium", srgb(196, 156, 128)},
    {"Tan", srgb(164, 122, 94)},
    {"Brown", srgb(120, 86, 64)},
    {"Deep", srgb(82, 58, 46)},
}};

const std::array<NamedColor, 8> kOutfitColors{{
    {"Ocean", srgb(38, 110, 178)},
    {"Charcoal", srgb(52, 56, 64)},
    {"White", srgb(232, 232, 228)},
    {"Coral", srgb(232, 104, 80)},
    {"Teal", srgb(32, 150, 142)},
    {"Sunflower", srgb(238, 182, 48)},
    {"Plum", srgb(120, 64, 132)},
    {"Forest", srgb(52, 112, 70)},
}};

} // namespace

std::string_view avatar_build_name(AvatarBuild build) {
    return kBuildNames[static_cast<int>(build)];
}

std::optional<AvatarBuild> avatar_build_from_name(std::string_view name) {
    return enum_from_name<AvatarBuild>(kBuildNames, name);
}

float build_girth(AvatarBuild build) {
    constexpr std::array<float, kAvatarBuildCount> kGirth{0.85f, 1.0f, 1.2f};
    return kGirth[static_cast<int>(build)];
}

std::span<const NamedColor> skin_tones() {
    return kSkinTones;
}
std::span<const NamedColor> outfit_colors() {
    return kOutfitColors;
}

AvatarLook clamped(AvatarLook look) {
    const auto index_in = [](int i, std::size_t size) {
        return std::clamp(i, 0, static_cast<int>(size) - 1);
    };
    look.height_m = std::isfinite(look.height_m)
                        ? std::clamp(look.height_m, kMinAvatarHeightM, kMaxAvatarHeightM)
                        : 1.75f;
    look.build =
        static_cast<AvatarBuild>(std::min(static_cast<int>(look.build), kAvatarBuildCount - 1));
    look.skin_tone = index_in(look.skin_tone, kSkinTones.size());
    look.top_color = index_in(look.top_color, kOutfitColors.size());
    look.shorts_color = index_in(look.shorts_color, kOutfitColors.size());
    look.shoes_color = index_in(look.shoes_color, kOutfitColors.size());
    return look;
}

} // namespace legwork
