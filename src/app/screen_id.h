#pragma once
// The app's top-level screens, in navigation-bar order.

#include <array>
#include <optional>
#include <string_view>

namespace legwork {

enum class ScreenId { home, library, routines, progress, settings };

inline constexpr std::array kAllScreens = {ScreenId::home, ScreenId::library, ScreenId::routines,
                                           ScreenId::progress, ScreenId::settings};

// Lower-case name used on the command line ("home", "library", ...).
std::string_view screen_name(ScreenId screen);
// Title shown in the navigation bar ("Home", "Library", ...).
std::string_view screen_title(ScreenId screen);
// The screen `steps` places along the navigation bar from `screen`, wrapping around.
ScreenId next_screen(ScreenId screen, int steps);
// Parses a command-line name; nullopt when it names no screen.
std::optional<ScreenId> parse_screen(std::string_view name);

} // namespace legwork
