#pragma once
// AvatarLook: how the user wants the built-in avatar to look: height, build, skin tone
// and the colours of its T-shirt, shorts and shoes. Colours are picked from small named
// palettes so every choice reads well against the studio and on a TV.

#include <array>
#include <cstdint>
#include <glm/glm.hpp>
#include <optional>
#include <span>
#include <string_view>

namespace legwork {

// The builds of the built-in avatar, each a model file (assets/avatar/avatar-<name>.glb).
enum class AvatarBuild : std::uint8_t { slim, average, broad };
inline constexpr int kAvatarBuildCount = 3;
inline constexpr std::array<AvatarBuild, kAvatarBuildCount> kAvatarBuilds{
    AvatarBuild::slim, AvatarBuild::average, AvatarBuild::broad};
std::string_view avatar_build_name(AvatarBuild build); // "slim", shown and saved
std::optional<AvatarBuild> avatar_build_from_name(std::string_view name);
// How much broader than average the build is (girths and the skeleton's widths scale with
// it): 0.85 slim, 1 average, 1.2 broad.
float build_girth(AvatarBuild build);

struct NamedColor {
    std::string_view name;
    glm::vec3 linear; // linear RGB
};

// Skin tones from light to deep.
std::span<const NamedColor> skin_tones();
// Colours for the clothes.
std::span<const NamedColor> outfit_colors();

inline constexpr float kMinAvatarHeightM = 1.50f;
inline constexpr float kMaxAvatarHeightM = 2.00f;

struct AvatarLook {
    float height_m = 1.75f; // kMinAvatarHeightM..kMaxAvatarHeightM
    AvatarBuild build = AvatarBuild::average;
    int skin_tone = 2; // index into skin_tones()
    int top_color = 0; // indices into outfit_colors()
    int shorts_color = 1;
    int shoes_color = 2;

    bool operator==(const AvatarLook&) const = default;
};

// The look with every value brought into its range (for values read from a file).
AvatarLook clamped(AvatarLook look);

} // namespace legwork
