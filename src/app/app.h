#pragma once
// App: the running program. Owns the window, the studio scene, the UI and the current
// screen, and runs the frame loop:
//   events -> camera, screen and demonstration state -> 3D scene (only when it changed,
//   and only where) -> UI -> the window's pixels where the scene or the UI changed
//   (FrameCanvas keeps the rest from the frame before) -> swap.
// When nothing moves and no input arrives, the loop sleeps in SDL_WaitEvent, so an idle
// menu uses no CPU; while the avatar demonstrates, it draws every frame. The very first
// frame shows the UI over the backdrop's colour at once; the 3D scene's shaders and the
// avatar are readied from the second frame on, so the window appears as quickly as a bare
// SDL + ImGui program's.

#include "app/demo_choice.h"
#include "app/screen_id.h"
#include "app/screens/screens.h"
#include "app/studio_scene.h"
#include "app/ui_layout.h"
#include "core/content/library.h"
#include "core/session/timers_file.h"
#include "engine/voice.h"
#include "core/content/exercise.h"
#include "core/platform/wall_clock.h"
#include "core/progress/save_file.h"
#include "core/view/orbit_camera.h"
#include "engine/frame_canvas.h"
#include "engine/image_stretch.h"
#include "engine/scene_renderer.h"
#include "engine/scene_target.h"
#include "engine/ui_context.h"
#include "engine/window.h"

#include <SDL2/SDL.h>
#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

union SDL_Event;

namespace legwork {

struct AppOptions {
    ScreenId start_screen = ScreenId::home;
    glm::ivec2 window_size{1280, 720};
    bool fullscreen = false;
    bool tv = false;        // 10-foot layout
    bool offscreen = false; // SDL's offscreen driver (screenshots, bench, tests)
    bool vsync = true;
    int msaa_samples = 4;
    std::filesystem::path data_dir; // already resolved (see core/platform/user_data_dir.h)
    // An exercise to show from the start, by id, as `demo` says (its `exercise` and
    // `variant` indices are found from the ids, and `phase` sets its `at_s`). With
    // `presentation`, it fills the screen above a caption, with no navigation or panels:
    // for screenshots of the avatar's form.
    std::string exercise;
    std::string variant; // a mistake's id; empty or "correct": the correct form
    std::string phase;   // show the end of this phase, paused
    std::string routine; // a routine to start at once, by id (bench)
    DemoChoice demo;
    bool presentation = false;
    SettingsLoad settings; // read by the caller, before the window opens (it may ask for TV mode)
    bool simulated_clock = false; // a routine's clock advances by the frames' dt (scripted runs)
    std::optional<WallTime> now; // --now: the wall clock fixed; else the system's
    // A rigged humanoid to show in place of the built-in avatar (any file Assimp reads);
    // empty for the built-in one. When it cannot be loaded, the built-in avatar stands in
    // and the reason shows under Settings.
    std::filesystem::path model_path;
};

class App {
public:
    using Clock = std::chrono::steady_clock;

    App() = default;
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Opens the window, loads shaders, fonts and the exercise library. False with `error`
    // on failure (including an `options.exercise` that is not in the library).
    bool init(const AppOptions& options, std::string& error);
    // After a failed init(): true when it was the window that could not be opened (no
    // display, or no usable OpenGL on it).
    bool window_failed() const { return window_failed_; }

    // Runs until the user quits, or until `deadline` if given.
    void run(std::optional<Clock::time_point> deadline = std::nullopt);

    // Applies every input event waiting; false when one asks the app to quit.
    bool pump_events();

    // One frame without presenting it: advances `dt_s` seconds, redraws the 3D scene if it
    // changed, builds and draws the UI. The result can be read back before swap().
    void draw_frame(float dt_s);
    void swap() { window_.swap(); }

    // Makes the next draw_frame() redraw the 3D scene even if nothing changed (bench):
    // where the avatar and props are, as when they move.
    void invalidate_scene() { scene_valid_ = false; }
    // Makes the next draw_frame() redraw every pixel, the whole 3D scene's too, as when
    // the camera moves (bench).
    void invalidate_frame() {
        scene_valid_ = false;
        scene_renderer_.forget_last_frame();
        frame_whole_ = true;
    }
    // Blocks until the model file named by AppOptions::model_path is read, so that the
    // next frames show it (headless pictures and measures).
    void wait_for_model() const { scene_.wait_for_model_file(); }
    // Frames drawn since init().
    long frames_drawn() const { return frames_drawn_; }
    // Pixels the last frame drew (where the 3D scene or the UI changed), of the window's.
    long long pixels_redrawn() const { return pixels_redrawn_; }
    // Draws the last frame again, every pixel of it: the same 3D scene, drawn whole, under
    // the same UI (tests compare it with the frame as it was drawn, only where it changed).
    void redraw_whole();
    // True when run() would sleep: nothing animates and the UI has settled.
    bool idle() const { return !animating() && frames_to_draw_ == 0; }

    glm::ivec2 drawable_size() const { return window_.drawable_size(); }
    const AppInfo& info() const { return info_; }
    int msaa_samples() const { return scene_target_.samples(); }
    // Scene resolution relative to the window's, for the window's current size: 1 on a
    // GPU; on a software rasterizer, where each pixel of the scene costs CPU time,
    // whatever keeps it near 960x540 pixels.
    float render_scale() const;
    // The studio scene: the avatar and what it demonstrates.
    const StudioScene& scene() const { return scene_; }
    // What the avatar is asked to show, as the Library's controls set it.
    const DemoChoice& demo() const { return demo_; }
    void set_demo(const DemoChoice& choice) { show_demo(choice); }

private:
    // Applies one input event; returns false when the app should quit.
    bool handle_event(const SDL_Event& event);
    void go_to(ScreenId screen);
    // How the first gamepad connected names its buttons.
    PadStyle pad_style() const;
    // Back out of where the user is: the help, an exercise's page to the list, a screen to Home.
    void go_back();
    // Saves sessions still waiting, reads the sessions and works out what the screens show
    // of them, for today.
    void refresh_progress();
    // Writes every session to the data folder's exports/ folder; says where in progress_.
    void export_sessions(ExportFormat format);
    void set_streak_goal(const StreakGoal& goal);
    void update_layout();
    // Shows what the current screen and demo choice ask for, and frames the camera on it.
    void show_demo(const DemoChoice& choice);
    // Plans routine `index` with the user's timers and starts it now.
    void start_routine(int index);
    // Moves the running routine to the clock's time: its events, the avatar's pose.
    void update_player();
    void command_player(PlayerCommand command);
    // Says an event of the routine aloud, or beeps it.
    void voice_event(const Event& event);
    // Saves the finished routine as a session in the save file.
    void record_session();
    // Takes on a change to a self-test note; saved by save_notes_now() once it settles.
    void edit_note(const NoteEdit& edit);
    // Writes the notes changed since the session was saved over its saved ones.
    void save_notes_now();
    // A routine's keys and buttons: Space or Start pauses and resumes, N or the right
    // shoulder skips, P or the left goes back, Escape or B pauses (leaves, once over).
    // True when the event was one of them.
    bool handle_player_input(const SDL_Event& event);
    // Takes on what the user changed; saved by save_settings_now() once it settles.
    void change_settings(const Settings& settings);
    void save_settings_now();
    // Settings > Test the voice: a sentence and a beep as set, or why nothing is heard.
    void test_voice();
    // The model chooser, opened at or moved to `folder` (read once, here).
    void open_model_folder(const std::filesystem::path& folder);
    // The avatar from `file`, once it is read and fits, then remembered; empty: the built-in one.
    void choose_model_file(const std::filesystem::path& file);
    // Takes on the user's new timers; saved by save_timers_now() once they settle.
    void change_timers(const TimerSettings& timers);
    void save_timers_now();
    // Reads the user's routines into the library's, in place of the built-in ones they
    // replace, then refresh_routines().
    void reload_routines();
    // What the Routines screen shows: each routine and the one being built, with the timers.
    void refresh_routines();
    void change_routines_browse(const RoutinesBrowse& browse);
    // Saves the routine being built as the user's and opens its page; on failure says why and
    // keeps it.
    void save_draft();
    // Deletes the user's routine `id`; a built-in routine it replaced comes back.
    void remove_routine(const std::string& id);
    void frame_camera(bool at_once);
    // The part of the screen the avatar has (pixels): beside the screen's panel and below
    // the navigation bar, or all of it in presentation. Its caption takes the bottom.
    std::pair<glm::vec2, glm::vec2> studio_rect() const;
    // The window's size in ImGui units (its coordinates; pixels unless HiDPI).
    glm::vec2 display_size() const;
    // Where the avatar is framed, in normalised device coordinates: the studio's part of
    // the screen above the caption.
    ScreenRegion studio_region() const;
    bool load_scene();
    // Redraws the 3D scene if it changed; returns the pixels of its image that did.
    PixelRegion draw_scene();
    // Draws the frame into the canvas where the scene's image (`scene_changed`, its
    // pixels) or the UI (`ui_changed`, the window's) changed, and puts it on the window.
    void compose_frame(glm::ivec2 size, const PixelRegion& scene_changed, const PixelRegion& ui_changed);
    glm::ivec2 scene_size() const;
    // Samples per pixel of the 3D scene: AppOptions::msaa_samples on a GPU, 1 on a
    // software rasterizer (edges smoothed by a filter instead).
    int scene_samples() const;
    bool animating() const;

    AppOptions options_;
    Window window_;
    UiContext ui_;
    SceneRenderer scene_renderer_;
    StudioLook studio_look_;
    SceneTarget scene_target_;
    ImageStretch image_stretch_; // the scene scaled up into the window's changed rectangles
    FrameCanvas canvas_;
    bool frame_whole_ = true;        // the next frame redraws every pixel
    bool frame_shows_scene_ = false; // the last frame showed the 3D scene
    long long pixels_redrawn_ = 0;
    StudioScene scene_;
    UiLayout layout_;
    AppInfo info_;
    bool gamepads_ = false;                         // the game controller subsystem is up
    bool help_open_ = false;                        // the keys and buttons are shown
    std::vector<SDL_GameController*> controllers_; // plugged in, opened for their events
    Settings settings_; // as saved in the data directory
    bool settings_unsaved_ = false;
    std::optional<FolderListing> model_folder_;      // the model chooser, while open
    std::vector<std::string> model_extensions_;      // the files it offers (from Assimp)
    std::optional<std::filesystem::path> model_choice_; // a file chosen there, while it is read
    TimerSettings timers_;                 // as saved in the data directory
    bool timers_unsaved_ = false;
    float timers_unsaved_for_s_ = 0.0f;    // since the last change: saved once it settles
    std::vector<double> routine_total_s_;  // each routine's length with them
    std::vector<Routine> built_in_routines_; // the program's; library_.routines has the user's
    RoutinesView routines_;                // the Routines screen's state and what it shows
    std::optional<RoutineRun> run_;        // the routine running, if one is
    bool noting_ = false;                  // its self-test notes are open, the avatar aside
    Clock::time_point clock_start_ = Clock::now();
    double clock_s_ = 0.0;                  // the routine's clock: seconds since start
    std::array<std::string, 2> captions_;   // the last things said, oldest first
    std::string cue_;                       // the form cue of the moment
    std::string session_status_;            // whether the finished session was saved
    SessionRecord saved_session_;           // the finished session as recorded, for its notes
    bool notes_unsaved_ = false;            // notes changed since the session was recorded
    Voice voice_;                           // speaks the routine's events; silent offscreen
    ScreenId screen_ = ScreenId::home;
    bool software_renderer_ = false;
    int frames_to_draw_ = 0; // frames still to draw before sleeping (ImGui settles over a few)
    long frames_drawn_ = 0;

    Library library_;
    LibraryBrowse browse_;
    DemoChoice demo_;        // what the Library shows (exercise -1 before one is chosen)

    WallClock clock_;
    std::unique_ptr<SaveFile> save_file_; // null without a data folder
    ProgressView progress_;

    OrbitView camera_;      // what is drawn
    OrbitView camera_goal_; // where input asked the camera to go
    bool camera_moving_ = false;
    bool dragging_ = false;

    std::filesystem::path shader_dir_;
    std::filesystem::path avatar_dir_;
    bool window_failed_ = false;
    bool scene_loaded_ = false;
    bool scene_failed_ = false; // the 3D view could not be set up; the UI runs without it
    bool scene_valid_ = false;
    OrbitView scene_camera_; // camera the kept scene image was drawn with
};

} // namespace legwork
