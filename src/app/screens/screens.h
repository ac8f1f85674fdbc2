#pragma once
// The top-level screens and the navigation bar between them, one file each
// (nav_bar.cpp, screen_home.cpp, ...). Screens only read the app's state and ask for
// changes through ScreenRequests; the App applies them after the frame's UI is built.

#include "app/screen_id.h"
#include "app/ui_layout.h"
#include "app/demo_choice.h"
#include "app/library_browse.h"
#include "app/routines_browse.h"
#include "core/platform/folder_listing.h"
#include "core/settings/settings.h"
#include "core/content/library.h"
#include "core/session/routine_run.h"
#include "core/avatar/avatar_look.h"
#include "core/content/exercise.h"
#include "core/progress/progress_summary.h"
#include "core/progress/session_export.h"
#include "core/session/timer_settings.h"
#include "engine/ui_context.h"

#include <filesystem>
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
    std::string settings_problem; // why the settings could not be read or saved, if so
    std::string voice_test;   // what "Test the voice" did, when it was pressed
};

class StudioScene;

// How the connected gamepad labels its buttons; none when there is no gamepad.
enum class PadStyle { none, xbox, playstation, nintendo };

// What the user asks of a running routine.
enum class PlayerCommand { pause, resume, skip, back, addRest, done, endEarly, leave, leaveToProgress };
// A change to a self-test note (RoutineRun::drafts()): a choice ticked or unticked, or the
// words typed.
struct NoteEdit {
    std::size_t draft = 0;
    std::optional<std::size_t> toggle;
    std::optional<std::string> typed;
};
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
    const Settings& settings;            // what the user chose, as saved
    const Library& library;              // the exercises, their sources
    const LibraryBrowse& browse;         // where the user is in the Library
    const DemoChoice& demo;              // what the avatar is asked to show
    const StudioScene& scene;            // what it shows now
    glm::mat4 scene_view_projection;     // world to the screen's clip space (mirrored when the scene is)
    ImVec2 studio_min, studio_max;       // the part of the screen the avatar has, caption included
    std::span<const double> routine_total_s; // each routine's length with the user's timers
    const RoutineRun* run = nullptr;       // the routine running, if one is
    std::span<const std::string> captions; // the last things the voice said, oldest first
    std::string_view cue;                  // the form cue of the moment
    std::string_view session_status;       // whether the finished session was saved
    PadStyle pad = PadStyle::none;         // the gamepad connected, for button hints
    const ProgressView& progress;
    const TimerSettings& timers;   // the user's timers, as saved or about to be
    const RoutinesView& routines;  // where the user is on the Routines screen, what it shows
    const FolderListing* model_folder = nullptr; // the model chooser's folder, while it is open
};

struct ScreenRequests {
    std::optional<ScreenId> go_to;
    bool toggle_fullscreen = false;
    std::optional<Settings> settings;      // the user changed a setting (saved at once)
    std::optional<DemoChoice> demo;        // the user chose what the avatar shows
    std::optional<LibraryBrowse> browse;   // the user moved in the Library
    std::optional<int> start_routine;      // index into the library's routines
    std::optional<PlayerCommand> player;
    std::optional<NoteEdit> note;          // the user changed a self-test note
    std::optional<ExportFormat> export_sessions; // the user asked for an export of every session
    std::optional<StreakGoal> streak_goal;       // the user chose another streak goal
    std::optional<TimerSettings> timers;         // the user changed a timer (saved once it settles)
    std::optional<RoutinesBrowse> routines;      // the user moved on the Routines screen or built
    bool save_draft = false;                     // save the routine being built as the user's
    std::optional<std::string> remove_routine;   // the user's routine to delete, by id (a built-in's
                                                 // copy: the program's comes back)
    bool test_voice = false;                     // say a sentence in the voice as set
    std::optional<std::filesystem::path> model_folder; // open the model chooser in this folder
    bool close_model_chooser = false;
    std::optional<std::filesystem::path> model_file; // the avatar from this file; empty: the built-in one
};

void draw_nav_bar(ScreenId current, const ScreenContext& context, ScreenRequests& requests);
void draw_home_screen(const ScreenContext& context, ScreenRequests& requests);
void draw_library_screen(const ScreenContext& context, ScreenRequests& requests);
void draw_routines_screen(const ScreenContext& context, ScreenRequests& requests);
void draw_progress_screen(const ScreenContext& context, ScreenRequests& requests);
void draw_settings_screen(const ScreenContext& context, ScreenRequests& requests);
// The general timers (get ready, switch sides, rest, the weaker side): a section of Settings.
void draw_general_timers(const ScreenContext& context, ScreenRequests& requests);
// Settings > Choose a model file: the folders and model files of context.model_folder, to
// go through and pick one to be the avatar (drawn by the Settings screen while open).
void draw_model_chooser(const ScreenContext& context, ScreenRequests& requests);
// A model file being read, or why the one chosen last cannot be the avatar; nothing otherwise.
void model_file_status(const ScreenContext& context);
// A routine running: the count, the set and side, the cue, progress and controls over the
// studio; its summary when it is over.
void draw_player_screen(const ScreenContext& context, ScreenRequests& requests);
// The corner the player's count takes at the top right, for `layout` and `fonts` (with
// ImGui's style set for them): its width from the screen's right edge and its bottom from
// the top. The avatar keeps clear of it when the notes take the left.
ImVec2 player_counter_corner(const UiLayout& layout, const UiFonts& fonts);
// The keys and buttons, named as on the connected gamepad (F1, ? or the pad's View button).
void draw_help_overlay(const ScreenContext& context);
// The hint that opens it, for the navigation bar ("F1: help", "Share: help").
const char* help_hint(PadStyle pad);

// The caption under the avatar while it demonstrates: the exercise, the phase, the side,
// the mistake shown; and a tag on the working leg. Also drawn without any screen.
void draw_demo_caption(const ScreenContext& context);
// Its height in pixels, so the avatar can be framed above it.
float demo_caption_height(const UiLayout& layout);

// Draws the screen `screen` (dispatches to the functions above).
void draw_screen(ScreenId screen, const ScreenContext& context, ScreenRequests& requests);

} // namespace legwork
