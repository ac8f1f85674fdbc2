#pragma once
// The top-level screens and the navigation bar between them, one file each
// (nav_bar.cpp, screen_home.cpp, ...). Screens only read the app's state and ask for
// changes through ScreenRequests; the App applies them after the frame's UI is built.

#include "app/screen_id.h"
#include "app/ui_layout.h"
#include "app/demo_choice.h"
#include "core/avatar/avatar_look.h"
#include "core/content/exercise.h"
#include "core/progress/progress_summary.h"
#include "core/progress/session_export.h"
#include "engine/ui_context.h"

#include <imgui.h>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace legwork {

// Facts about this installation shown on screens; built once at start, not per frame.
struct AppInfo {
    std::string version;
    std::string renderer;     // the OpenGL driver's name, for bug reports
    std::string scene_quality; // multisampling and resolution of the 3D scene
    std::string data_dir;     // where the save file and settings live
    std::string content_dir;  // where exercises and routines are read from
    std::vector<std::string> content_errors; // problems in content files, file:line:col: message
    std::string avatar_error; // why the avatar could not be loaded, if it could not
};

class StudioScene;

// The user's progress as the screens show it; rebuilt when a screen that shows it opens, a
// session is saved or the goal changes, never per frame.
struct ProgressView {
    ProgressSummary summary;
    std::string save_notice; // what the save file said when opened (a file set aside...)
    std::string message;     // the outcome of the last export or goal change, if worth saying
};

struct ScreenContext {
    const UiFonts& fonts;
    const UiLayout& layout;
    const AppInfo& info;
    ImVec2 display_size; // whole window, in ImGui units
    bool fullscreen = false;
    const AvatarLook& avatar_look;
    std::span<const Exercise> exercises; // the library
    const DemoChoice& demo;              // what the avatar is asked to show
    const StudioScene& scene;            // what it shows now
    glm::mat4 scene_view_projection;     // world to the screen's clip space (mirrored when the scene is)
    ImVec2 studio_min, studio_max;       // the part of the screen the avatar has, caption included
    const ProgressView& progress;
};

struct ScreenRequests {
    std::optional<ScreenId> go_to;
    bool toggle_fullscreen = false;
    std::optional<AvatarLook> avatar_look; // the user changed how the avatar looks
    std::optional<DemoChoice> demo;        // the user chose what the avatar shows
    std::optional<ExportFormat> export_sessions; // the user asked for an export of every session
    std::optional<StreakGoal> streak_goal;       // the user chose another streak goal
};

void draw_nav_bar(ScreenId current, const ScreenContext& context, ScreenRequests& requests);
void draw_home_screen(const ScreenContext& context, ScreenRequests& requests);
void draw_library_screen(const ScreenContext& context, ScreenRequests& requests);
void draw_routines_screen(const ScreenContext& context, ScreenRequests& requests);
void draw_progress_screen(const ScreenContext& context, ScreenRequests& requests);
void draw_settings_screen(const ScreenContext& context, ScreenRequests& requests);

// The caption under the avatar while it demonstrates: the exercise, the phase, the side,
// the mistake shown; and a tag on the working leg. Also drawn without any screen.
void draw_demo_caption(const ScreenContext& context);
// Its height in pixels, so the avatar can be framed above it.
float demo_caption_height(const UiLayout& layout);

// Draws the screen `screen` (dispatches to the functions above).
void draw_screen(ScreenId screen, const ScreenContext& context, ScreenRequests& requests);

} // namespace legwork
