#include "app/screen_id.h"

namespace legwork {

std::string_view screen_name(ScreenId screen) {
    switch (screen) {
    case ScreenId::home: return "home";
    case ScreenId::library: return "library";
    case ScreenId::routines: return "routines";
    case ScreenId::progress: return "progress";
    case ScreenId::settings: return "settings";
    }
    return "home";
}

std::string_view screen_title(ScreenId screen) {
    switch (screen) {
    case ScreenId::home: return "Home";
    case ScreenId::library: return "Library";
    case ScreenId::routines: return "Routines";
    case ScreenId::progress: return "Progress";
    case ScreenId::settings: return "Settings";
    }
    return "Home";
}

ScreenId next_screen(ScreenId screen, int steps) {
    const int count = static_cast<int>(kAllScreens.size());
    const int index = (static_cast<int>(screen) + steps % count + count) % count;
    return kAllScreens[static_cast<size_t>(index)];
}

std::optional<ScreenId> parse_screen(std::string_view name) {
    for (ScreenId screen : kAllScreens) {
        if (screen_name(screen) == name) return screen;
    }
    return std::nullopt;
}

} // namespace legwork
