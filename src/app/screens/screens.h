#pragma once
// The top-level screens and the navigation bar between them, one file each
// (nav_bar.cpp, screen_home.cpp, ...). Screens only read the app's state and ask for
// changes through ScreenRequests; the App applies them after the frame's UI is built.

#include "app/screen_id.h"
#include "app/ui_layout.h"
#include "core/avatar/avatar_look.h"
#include "engine/ui_context.h"

#include <imgui.h>
#include <optional>
#include <string>

namespace legwork {

// Facts about this installation shown on screens; built once at start, not per frame.
struct AppInfo {
    std::string version;
    std::string renderer;     // the OpenGL driver's name, for bug reports
    std::string scene_quality; // multisampling and resolution of the 3D scene
    std::string data_dir;     // where the save file and settings live
    std::string content_dir;  // where exercises and routines are read from
};

struct ScreenContext {
    const UiFonts& fonts;
    const UiLayout& layout;
    const AppInfo& info;
    ImVec2 display_size; // whole window, in ImGui units
    bool fullscreen = false;
    const AvatarLook& avatar_look;
};

struct ScreenRequests {
    std::optional<ScreenId> go_to;
    bool toggle_fullscreen = false;
    std::optional<AvatarLook> avatar_look; // the user changed how the avatar looks
};

void draw_nav_bar(ScreenId current, const ScreenContext& context, ScreenRequests& requests);
void draw_home_screen(const ScreenContext& context, ScreenRequests& requests);
void draw_library_screen(const ScreenContext& context, ScreenRequests& requests);
void draw_routines_screen(const ScreenContext& context, ScreenRequests& requests);
void draw_progress_screen(const ScreenContext& context, ScreenRequests& requests);
void draw_settings_screen(const ScreenContext& context, ScreenRequests& requests);

// Draws the screen `screen` (dispatches to the functions above).
void draw_screen(ScreenId screen, const ScreenContext& context, ScreenRequests& requests);

} // namespace legwork
