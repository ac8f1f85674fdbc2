#include "app/app.h"

#include "app/screens/screen_panel.h"
#include "app/ui_theme.h"
#include "core/session/my_routines.h"
#include "core/session/routine_overview.h"
#include "core/session/timer_changes.h"
#include "core/text/display_text.h"
#include "engine/gl.h"
#include "engine/renderer_info.h"
#include "engine/resource_dir.h"
#include "import/model_formats.h"

#include <SDL2/SDL.h>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>

namespace legwork {
namespace {

constexpr float kOrbitDegPerPixel = 0.3f;
// ImGui settles hover and focus over a couple of frames after each input.
constexpr int kFramesAfterInput = 3;
// Standing at ease, the avatar is seen from a little to its left and front.
constexpr ViewDirection kAtEaseView{28.0f, 6.0f};
// A timer stepped again within this time is still being changed: saved after it.
constexpr float kTimersSettle_s = 1.0f;

// What the player's last screen says of a session saved.
std::string saved_text(const SessionRecord& session) {
    return counts_for_streak(session) ? "Saved. It counts for your streak."
                                      : "Saved as a partial session: less than 80% was done.";
}

bool same_view(const OrbitView& a, const OrbitView& b) {
    return a.target == b.target && a.yaw_deg == b.yaw_deg && a.pitch_deg == b.pitch_deg &&
           a.distance_m == b.distance_m && a.fov_y_deg == b.fov_y_deg && a.target_ndc == b.target_ndc;
}

} // namespace

App::~App() {
    if (timers_unsaved_) save_timers_now();
    for (SDL_GameController* pad : controllers_) SDL_GameControllerClose(pad);
    if (gamepads_) SDL_QuitSubSystem(SDL_INIT_GAMECONTROLLER);
}

bool App::init(const AppOptions& options, std::string& error) {
    options_ = options;
    screen_ = options.start_screen;

    const std::filesystem::path resources = find_resource_dir();
    if (resources.empty()) {
        error = "cannot find the shaders folder (looked beside the binary, in ../share/legwork "
                "and in the source tree)";
        return false;
    }
    shader_dir_ = resources / "shaders";
    avatar_dir_ = resources / "assets" / "avatar";
    info_.content_dir = (resources / "content").string();

    // The library: a broken file is reported and left out; the rest still load.
    ContentErrors content_errors;
    library_ = load_library(resources / "content", content_errors);
    for (const ContentError& e : content_errors) {
        info_.content_errors.push_back(e.to_string());
        SDL_Log("legwork: %s", e.to_string().c_str());
    }
    // The user's timers, and how long each routine runs with them.
    ContentErrors timer_problems;
    timers_ = load_timers(options.data_dir, timer_problems);
    for (const ContentError& e : timer_problems) {
        info_.settings_problem += (info_.settings_problem.empty() ? "" : "\n") + e.to_string();
        SDL_Log("legwork: timers: %s", e.to_string().c_str());
    }
    settings_ = options.settings.settings; // before the routines: their doses are in its units
    built_in_routines_ = library_.routines;
    reload_routines();
    if (!options.settings.warning.empty())
        info_.settings_problem += "Your settings file has a problem: " + options.settings.warning;
    if (!options.settings.warning.empty()) SDL_Log("legwork: settings: %s", options.settings.warning.c_str());
    demo_ = options.demo;
    demo_.mirror = demo_.mirror || settings_.mirror;
    if (!options.exercise.empty()) {
        const Exercise* found = library_.exercise(options.exercise);
        if (!found) {
            error = "no exercise '" + options.exercise + "' (see legwork list exercises)";
            return false;
        }
        demo_.exercise = static_cast<int>(found - library_.exercises.data());
        browse_.page_open = true; // the Library opens on its page
        const Motion& motion = found->motion;
        std::vector<std::string> known{"correct"};
        for (const MotionVariant& v : motion.variants) known.push_back(v.id);
        if (!options.variant.empty() && options.variant != "correct") {
            demo_.variant = motion.variant_index(options.variant);
            if (demo_.variant < 0) {
                error = found->id + " has no mistake '" + options.variant + "'; it has " + alternatives(known);
                return false;
            }
        }
        // Paused with no instant given: the end of the first phase.
        if (options_.phase.empty() && !demo_.playing && !demo_.at_s) options_.phase = motion.phases.front().name;
        if (!options_.phase.empty() && motion.phase_index(options_.phase) < 0) {
            std::vector<std::string> phases;
            for (const Phase& p : motion.phases) phases.push_back(p.name);
            error = found->id + " has no phase '" + options_.phase + "'; it has " + alternatives(phases);
            return false;
        }
        if (!options.presentation) screen_ = ScreenId::library;
    }

    WindowDesc desc;
    desc.size = options.window_size;
    // The offscreen driver has no desktop to fill: keep the requested size there.
    desc.fullscreen = (options.fullscreen || options.tv) && !options.offscreen;
    desc.offscreen = options.offscreen;
    desc.vsync = options.vsync;
    if (!window_.open(desc, error)) {
        window_failed_ = true;
        return false;
    }

    const RendererInfo renderer = query_renderer_info();
    software_renderer_ = renderer.software;
    update_layout();
    if (!ui_.init(window_, layout_.fonts, error)) return false;
    // The routine's voice; headless runs stay silent (nothing would hear it).
    if (!options.offscreen) voice_.start({.device = {}, .settings = settings_.voice});
    // Gamepads are optional: without the subsystem the app is driven by keyboard and mouse.
    gamepads_ = SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) == 0;
    if (!gamepads_) SDL_Log("legwork: no gamepad support: %s", SDL_GetError());
    apply_ui_theme(layout_);
    frames_to_draw_ = kFramesAfterInput;

    info_.version = LEGWORK_VERSION;
    info_.renderer = renderer.description;
    info_.scene_quality = software_renderer_ ? "edges smoothed, 3D kept near 960x540 pixels on "
                                               "this software renderer and scaled up"
                                             : std::to_string(options.msaa_samples) +
                                                   "x multisampling, 3D at full resolution";
    info_.data_dir = options.data_dir.string();
    clock_ = WallClock(options.now);
    if (options.data_dir.empty()) {
        progress_.save_notice = "There is no folder for your data (no HOME), so nothing will be saved.";
    } else {
        save_file_ = std::make_unique<SaveFile>(options.data_dir, clock_);
        progress_.save_notice = save_file_->notice();
    }
    if (!progress_.save_notice.empty()) SDL_Log("legwork: %s", progress_.save_notice.c_str());
    refresh_progress();

    scene_.set_look(settings_.look);
    // The user's own avatar: the one asked for now (remembered from the app), else the saved one.
    if (!options.model_path.empty() && !options.offscreen) {
        settings_.model_path = options.model_path.string();
        settings_unsaved_ = true;
    }
    scene_.set_model_file(options.model_path.empty() ? std::filesystem::path(settings_.model_path)
                                                     : options.model_path);
    if (screen_ == ScreenId::library && demo_.exercise < 0 && !library_.exercises.empty()) demo_.exercise = 0;
    show_demo(demo_);
    if (!options_.phase.empty() && scene_.demonstration()) {
        // The end of the phase, just before the next begins.
        const MotionClip& clip = scene_.demonstration()->clip();
        DemoChoice at_phase = demo_;
        at_phase.at_s = clip.phase_start_s(library_.exercises[demo_.exercise].motion.phase_index(options_.phase) + 1) - 1e-3f;
        show_demo(at_phase);
    }
    frame_camera(true);
    if (!options.routine.empty()) {
        const Routine* found = library_.routine(options.routine);
        if (!found) {
            error = "no routine '" + options.routine + "' (see legwork list routines)";
            return false;
        }
        start_routine(static_cast<int>(found - library_.routines.data()));
    }
    return true;
}

void App::update_layout() {
    int width = 0, height = 0;
    SDL_GetWindowSize(window_.sdl_window(), &width, &height);
    const glm::ivec2 pixels = window_.drawable_size();
    const UiLayout layout = ui_layout({width, height}, window_.display_scale(), options_.tv,
                                      static_cast<float>(settings_.ui_scale_percent) / 100.0f);
    const bool rescaled = layout.scale != layout_.scale;
    layout_ = layout;
    // Bake glyphs at the framebuffer's resolution so text stays sharp on HiDPI screens.
    layout_.fonts.raster_scale = height > 0 ? static_cast<float>(pixels.y) / height : 1.0f;
    if (rescaled && ImGui::GetCurrentContext()) apply_ui_theme(layout_);
}

bool App::animating() const {
    return camera_moving_ || dragging_ || scene_.moving() || scene_.model_file_pending() ||
           (!scene_valid_ && !scene_failed_) || (run_ && run_->player().state() == PlayerState::running);
}

bool App::handle_event(const SDL_Event& event) {
    // The app's own shortcuts are not also the UI's (PageDown would scroll a panel).
    const bool key = event.type == SDL_KEYDOWN || event.type == SDL_KEYUP;
    const SDL_Keycode sym = key ? event.key.keysym.sym : SDLK_UNKNOWN;
    // Keys typed into a self-test note are words, not a routine's keys (the gamepad's stay).
    const bool typing = key && ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput;
    const bool app_shortcut =
        key && (((event.key.keysym.mod & KMOD_CTRL) != 0 && (sym == SDLK_PAGEDOWN || sym == SDLK_PAGEUP)) ||
                (run_ && !typing && (sym == SDLK_SPACE || sym == SDLK_n || sym == SDLK_p || sym == SDLK_ESCAPE)));
    if (!app_shortcut) ui_.process_event(event);
    if (run_ && !typing && handle_player_input(event)) return true;
    switch (event.type) {
    case SDL_QUIT: return false;
    case SDL_WINDOWEVENT:
        if (event.window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
            event.window.event == SDL_WINDOWEVENT_DISPLAY_CHANGED) {
            update_layout();
            ui_.set_font_sizes(layout_.fonts);
            frame_camera(true);
        }
        break;
    case SDL_KEYDOWN: {
        const SDL_Keycode key = event.key.keysym.sym;
        const bool ctrl = (event.key.keysym.mod & KMOD_CTRL) != 0;
        if (key == SDLK_F11 && !event.key.repeat) window_.set_fullscreen(!window_.fullscreen());
        if ((key == SDLK_F1 || key == SDLK_QUESTION || (key == SDLK_SLASH && (event.key.keysym.mod & KMOD_SHIFT))) &&
            !event.key.repeat && !ImGui::GetIO().WantTextInput)
            help_open_ = !help_open_;
        // Ctrl+PageDown / Ctrl+PageUp: next / previous screen, as browsers switch tabs.
        if (ctrl && (key == SDLK_PAGEDOWN || key == SDLK_PAGEUP))
            go_to(next_screen(screen_, key == SDLK_PAGEDOWN ? 1 : -1));
        // Escape goes back, unless it is ending the typing of text or closing a list.
        if (key == SDLK_ESCAPE && !ImGui::GetIO().WantTextInput && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopup))
            go_back();
        break;
    }
    case SDL_CONTROLLERDEVICEADDED:
        // Opened so its buttons send events; ImGui's backend reads the first one for focus.
        if (SDL_GameController* pad = SDL_GameControllerOpen(event.cdevice.which)) controllers_.push_back(pad);
        break;
    case SDL_CONTROLLERDEVICEREMOVED:
        std::erase_if(controllers_, [&](SDL_GameController* pad) {
            if (SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(pad)) != event.cdevice.which) return false;
            SDL_GameControllerClose(pad);
            return true;
        });
        break;
    case SDL_CONTROLLERBUTTONDOWN:
        // A to choose and the D-pad to move are ImGui's; the rest are the app's.
        switch (event.cbutton.button) {
        case SDL_CONTROLLER_BUTTON_B:
            // While text is typed, B ends the typing (ImGui's), not the page.
            if (help_open_) help_open_ = false;
            else if (!ImGui::GetIO().WantTextInput) go_back();
            break;
        case SDL_CONTROLLER_BUTTON_BACK: help_open_ = !help_open_; break;
        case SDL_CONTROLLER_BUTTON_LEFTSHOULDER: go_to(next_screen(screen_, -1)); break;
        case SDL_CONTROLLER_BUTTON_RIGHTSHOULDER: go_to(next_screen(screen_, 1)); break;
        default: break;
        }
        break;
    case SDL_MOUSEBUTTONDOWN:
        if (event.button.button == SDL_BUTTON_LEFT && !ui_.wants_mouse()) {
            if (event.button.clicks == 2) frame_camera(false);
            dragging_ = true;
        }
        break;
    case SDL_MOUSEBUTTONUP:
        if (event.button.button == SDL_BUTTON_LEFT) dragging_ = false;
        break;
    case SDL_MOUSEMOTION:
        if (dragging_) {
            // In a mirrored image, dragging right still turns the view the way it looks.
            const float yaw = -event.motion.xrel * kOrbitDegPerPixel * (demo_.mirror ? -1.0f : 1.0f);
            camera_goal_ = orbit(camera_goal_, yaw, event.motion.yrel * kOrbitDegPerPixel);
        }
        break;
    case SDL_MOUSEWHEEL:
        if (!ui_.wants_mouse()) camera_goal_ = zoom(camera_goal_, event.wheel.preciseY);
        break;
    default: break;
    }
    return true;
}

bool App::handle_player_input(const SDL_Event& event) {
    const bool running = run_->player().state() == PlayerState::running;
    const bool finished = run_->player().state() == PlayerState::finished;
    std::optional<PlayerCommand> command;
    if (event.type == SDL_KEYDOWN && !event.key.repeat) {
        switch (event.key.keysym.sym) {
        case SDLK_SPACE: command = running ? PlayerCommand::pause : PlayerCommand::resume; break;
        case SDLK_n: command = PlayerCommand::skip; break;
        case SDLK_p: command = PlayerCommand::back; break;
        case SDLK_ESCAPE: command = finished ? PlayerCommand::leave : PlayerCommand::pause; break;
        default: return false;
        }
    } else if (event.type == SDL_CONTROLLERBUTTONDOWN) {
        switch (event.cbutton.button) {
        case SDL_CONTROLLER_BUTTON_START: command = running ? PlayerCommand::pause : PlayerCommand::resume; break;
        case SDL_CONTROLLER_BUTTON_B: command = finished ? PlayerCommand::leave : PlayerCommand::pause; break;
        case SDL_CONTROLLER_BUTTON_RIGHTSHOULDER: command = PlayerCommand::skip; break;
        case SDL_CONTROLLER_BUTTON_LEFTSHOULDER: command = PlayerCommand::back; break;
        default: return false;
        }
    } else {
        return false;
    }
    if (finished && command != PlayerCommand::leave) return true;
    command_player(*command);
    return true;
}

PadStyle App::pad_style() const {
    if (controllers_.empty()) return PadStyle::none;
    switch (SDL_GameControllerGetType(controllers_.front())) {
    case SDL_CONTROLLER_TYPE_PS3:
    case SDL_CONTROLLER_TYPE_PS4:
    case SDL_CONTROLLER_TYPE_PS5: return PadStyle::playstation;
    case SDL_CONTROLLER_TYPE_NINTENDO_SWITCH_PRO: return PadStyle::nintendo;
    default: return PadStyle::xbox;
    }
}

void App::go_back() {
    if (help_open_) {
        help_open_ = false;
        frames_to_draw_ = kFramesAfterInput;
        return;
    }
    if (screen_ == ScreenId::settings && model_folder_) {
        model_folder_.reset();
        frames_to_draw_ = kFramesAfterInput;
        return;
    }
    if (screen_ == ScreenId::library && browse_.page_open) {
        browse_.page_open = false;
        frames_to_draw_ = kFramesAfterInput;
    } else if (screen_ == ScreenId::routines && routines_.browse.page != RoutinesPage::list) {
        // From building to the routine's page (a new one: the list), from a page to the list.
        RoutinesBrowse back = routines_.browse;
        const bool to_page = back.page == RoutinesPage::build && back.routine >= 0;
        back.page = to_page ? RoutinesPage::routine : RoutinesPage::list;
        back.exercise = -1;
        change_routines_browse(back);
    } else if (screen_ != ScreenId::home) {
        go_to(ScreenId::home);
    }
}

bool App::pump_events() {
    SDL_Event event;
    bool running = true;
    while (running && SDL_PollEvent(&event)) {
        running = handle_event(event);
        frames_to_draw_ = kFramesAfterInput;
    }
    return running;
}

void App::go_to(ScreenId screen) {
    screen_ = screen;
    // A new day, or sessions saved by another legwork since: show them as of now.
    if (screen == ScreenId::home || screen == ScreenId::progress) refresh_progress();
    if (screen == ScreenId::library && demo_.exercise < 0 && !library_.exercises.empty()) demo_.exercise = 0;
    show_demo(demo_);
    // A new screen's panels take a frame to size themselves (ImGui hides windows with
    // AlwaysAutoResize on their first frame), so keep drawing until it has settled.
    frames_to_draw_ = kFramesAfterInput;
}

void App::refresh_progress() {
    // Sessions kept in memory when the file could not be written: try again now.
    if (save_file_ && save_file_->pending_count() > 0) progress_.message = save_file_->save_pending().message;
    const WallTime now = clock_.now();
    const std::vector<SessionRecord> sessions =
        save_file_ ? save_file_->sessions(SessionDetail::full) : std::vector<SessionRecord>{};
    progress_.summary = summarize_progress(sessions, save_file_ ? save_file_->streak_goal() : StreakGoal{},
                                           local_date_at(now.utc_s, now.utc_offset_s));
}

void App::export_sessions(ExportFormat format) {
    if (!save_file_) return;
    const WallTime now = clock_.now();
    const std::filesystem::path dir = options_.data_dir / "exports";
    const std::filesystem::path file =
        dir / ("legwork-sessions-" + format_date(local_date_at(now.utc_s, now.utc_offset_s)) +
               std::string(export_extension(format)));
    const std::vector<SessionRecord> sessions = save_file_->sessions(SessionDetail::full);
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << legwork::export_sessions(sessions, format);
    out.close();
    progress_.message = out ? "Saved " + count_text(static_cast<int>(sessions.size()), "session") + " to " +
                                  file.string() + "."
                            : "Could not write " + file.string() + (ec ? ": " + ec.message() : "") + ".";
}

void App::set_streak_goal(const StreakGoal& goal) {
    if (!save_file_) return;
    progress_.message = save_file_->set_streak_goal(goal).message;
    refresh_progress();
}

void App::show_demo(const DemoChoice& choice) {
    const bool reframe = choice.exercise != demo_.exercise || choice.side != demo_.side ||
                         choice.variant != demo_.variant || choice.view != demo_.view;
    demo_ = choice;
    const bool demonstrating =
        (screen_ == ScreenId::library || options_.presentation || run_) && demo_.exercise >= 0;
    const Exercise* exercise = demonstrating ? &library_.exercises[demo_.exercise] : nullptr;
    const bool changed = exercise != (scene_.demonstration() ? &scene_.demonstration()->exercise() : nullptr);
    scene_.show(exercise, demo_);
    if (reframe || changed) frame_camera(false);
    scene_valid_ = false;
}

glm::vec2 App::display_size() const {
    int width = 0, height = 0;
    SDL_GetWindowSize(window_.sdl_window(), &width, &height);
    return glm::max(glm::vec2(width, height), glm::vec2(1.0f));
}

std::pair<glm::vec2, glm::vec2> App::studio_rect() const {
    const glm::vec2 size = display_size();
    const float margin = layout_.safe_margin_px;
    glm::vec2 lo{margin, margin};
    if (run_) {
        // Between the routine's heading and its cue banner and controls, the whole width,
        // or right of the notes being taken.
        const float body = layout_.fonts.body_px;
        lo = {margin, margin + layout_.fonts.title_px + 3.0f * body};
        glm::vec2 hi = size - glm::vec2(margin, margin + 8.0f * body);
        if (run_->noting_exercise() >= 0) {
            // Right of the notes, and clear of the count in the top right corner: beside it
            // for a body standing, which wants height; below it for one lying or on all
            // fours, which wants width.
            lo.x += screen_panel_width(layout_, {size.x, size.y}) + body;
            const ImVec2 corner = player_counter_corner(layout_, ui_.fonts());
            const Demonstration* demo = scene_.demonstration();
            if (demo && demo->clip().placement() == Placement::standing) hi.x = size.x - corner.x - body;
            else lo.y = corner.y;
        }
        return {lo, glm::max(hi, lo + 1.0f)};
    }
    if (!options_.presentation) {
        const float gap = layout_.fonts.body_px;
        lo.x += screen_panel_width(layout_, {size.x, size.y}) + gap;
        lo.y += layout_.nav_height_px + gap;
    }
    return {lo, glm::max(size - margin, lo + 1.0f)};
}

ScreenRegion App::studio_region() const {
    const glm::vec2 size = display_size();
    auto [lo, hi] = studio_rect();
    if (scene_.demonstration() && !run_) hi.y -= demo_caption_height(layout_) + layout_.fonts.body_px;
    hi.y = std::max(hi.y, lo.y + 1.0f);
    // Pixels (y down) to normalised device coordinates (y up).
    const glm::vec2 ndc_lo{2.0f * lo.x / size.x - 1.0f, 1.0f - 2.0f * hi.y / size.y};
    const glm::vec2 ndc_hi{2.0f * hi.x / size.x - 1.0f, 1.0f - 2.0f * lo.y / size.y};
    // A little air all round, so a reaching hand or foot does not touch the edge.
    constexpr float kBreathingRoom = 0.94f;
    return {0.5f * (ndc_lo + ndc_hi), kBreathingRoom * 0.5f * (ndc_hi - ndc_lo)};
}

void App::frame_camera(bool at_once) {
    ViewDirection direction = kAtEaseView;
    if (const Demonstration* demo = scene_.demonstration())
        direction = view_direction(shown_view(demo->exercise(), demo_), demo->clip().side(),
                                   demo->clip().placement() != Placement::standing);
    const glm::vec2 size = display_size();
    camera_goal_ = frame_view(direction, scene_.bounds(), size.x / size.y, studio_region());
    if (at_once) camera_ = camera_goal_;
}

float App::render_scale() const {
    if (!software_renderer_) return 1.0f;
    // A software rasterizer fills pixels on the CPU: keep the scene near 960x540 worth of
    // pixels whatever the window's size, and let filtering scale it up.
    constexpr float kSoftwarePixelBudget = 960.0f * 540.0f;
    const glm::vec2 window = glm::max(glm::vec2(window_.drawable_size()), glm::vec2(1.0f));
    return std::clamp(std::sqrt(kSoftwarePixelBudget / (window.x * window.y)), 0.25f, 1.0f);
}

int App::scene_samples() const {
    // A software rasterizer pays for multisampling in every pass and in the resolve, more
    // than doubling the scene's cost; one sample and an edge-smoothing pass cost far less.
    return software_renderer_ ? 1 : options_.msaa_samples;
}

glm::ivec2 App::scene_size() const {
    const glm::vec2 scaled = glm::vec2(window_.drawable_size()) * render_scale();
    return glm::max(glm::ivec2(glm::round(scaled)), glm::ivec2{1, 1});
}

bool App::load_scene() {
    std::string error;
    if (!scene_loaded_) {
        if (!scene_renderer_.load(shader_dir_, error) || !image_stretch_.load(shader_dir_, error)) {
            // The UI goes on without the 3D view; the reason goes to the log once.
            SDL_LogError(SDL_LOG_CATEGORY_RENDER, "legwork: no 3D view: %s", error.c_str());
            return false;
        }
        scene_loaded_ = true;
    }
    const bool had_model = scene_.has_model();
    const bool had_file = scene_.shows_model_file();
    if (!scene_.load_model(avatar_dir_, error)) {
        if (error != info_.avatar_error)
            SDL_LogError(SDL_LOG_CATEGORY_RENDER, "legwork: no avatar: %s", error.c_str());
        info_.avatar_error = error;
    } else {
        info_.avatar_error.clear();
    }
    // A file chosen in Settings is the user's avatar from now on once it is shown; refused,
    // the avatar before it stays, and so does the setting.
    if (model_choice_ && !scene_.model_file_pending()) {
        if (scene_.shows_model_file() && scene_.model_file() == *model_choice_) {
            settings_.model_path = model_choice_->string();
            settings_unsaved_ = true;
            model_folder_.reset();
        }
        model_choice_.reset();
    }
    // The model's own skin bounds it better than the rough shape framed before it came; a
    // model from a file, read meanwhile, is another body.
    if ((!had_model && scene_.has_model()) || had_file != scene_.shows_model_file()) {
        frame_camera(frames_drawn_ <= 2);
        scene_valid_ = false;
    }
    return true;
}

PixelRegion App::draw_scene() {
    if (scene_failed_) return {};
    if (!load_scene()) {
        scene_failed_ = true;
        return {};
    }
    const glm::ivec2 size = scene_size();
    std::string error;
    if (!scene_target_.resize(size, scene_samples(), error)) {
        SDL_LogError(SDL_LOG_CATEGORY_RENDER, "legwork: no 3D view: %s", error.c_str());
        scene_failed_ = true;
        return {};
    }
    if (scene_valid_ && same_view(scene_camera_, camera_)) return {};

    const float aspect = static_cast<float>(size.x) / static_cast<float>(std::max(size.y, 1));
    const SceneFrame& frame = scene_.frame(view_matrix(camera_), projection_matrix(camera_, aspect));
    PixelRegion changed;
    if (!scene_renderer_.draw(frame, studio_look_, scene_target_, changed, error)) {
        SDL_LogError(SDL_LOG_CATEGORY_RENDER, "legwork: no 3D view: %s", error.c_str());
        scene_failed_ = true;
        return {};
    }
    scene_camera_ = camera_;
    scene_valid_ = true;
    return changed;
}

void App::compose_frame(glm::ivec2 size, const PixelRegion& scene_changed, const PixelRegion& ui_changed) {
    // Only the pixels where the scene or the UI changed are drawn again, over the kept frame.
    const bool whole = canvas_.begin(size, window_.keeps_pixels()) || frame_whole_ ||
                       scene_valid_ != frame_shows_scene_;
    frame_whole_ = false;
    frame_shows_scene_ = scene_valid_;
    PixelRegion changed(PixelRect{{0, 0}, size});
    if (!whole) {
        changed = ui_changed;
        // A pixel of the scene reaches the window's pixels it is stretched over, and one
        // more each side through the linear filter.
        for (const PixelRect& rect : scene_changed.rects())
            changed.add(rescaled(rect, scene_target_.size(), size, 2));
    }
    pixels_redrawn_ = changed.area();
    const glm::vec3 clear = linear_to_srgb(studio_look_.horizon_color);
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    // What is under the UI, then the UI over it. The scene fills the window behind every
    // panel.
    if (scene_valid_) {
        image_stretch_.draw(scene_target_.texture(), changed.rects(), size);
    } else {
        for (const PixelRect& rect : changed.rects()) {
            scissor_to(rect);
            glClear(GL_COLOR_BUFFER_BIT);
        }
        glDisable(GL_SCISSOR_TEST);
    }
    for (const PixelRect& rect : changed.rects()) ui_.render(rect, size);
    canvas_.finish();
}

void App::redraw_whole() {
    const bool showed_scene = frame_shows_scene_;
    invalidate_frame();
    const PixelRegion scene_changed = showed_scene ? draw_scene() : PixelRegion();
    compose_frame(window_.drawable_size(), scene_changed, {});
}

void App::draw_frame(float dt_s) {
    // The routine's clock: real time, or the frames' own in a scripted run, never capped.
    clock_s_ = options_.simulated_clock ? clock_s_ + dt_s
                                        : std::chrono::duration<double>(Clock::now() - clock_start_).count();
    if (run_) update_player();
    if (scene_.moving()) {
        scene_.advance(dt_s);
        scene_valid_ = false;
    }
    camera_moving_ = approach(camera_, camera_goal_, dt_s, 0.12f);
    const bool first_frame = frames_drawn_++ == 0;
    PixelRegion scene_changed;
    if (!first_frame) {
        // A window resize needs a new scene image at the new size.
        if (scene_target_.size() != scene_size()) scene_valid_ = false;
        scene_changed = draw_scene();
    }
    const glm::ivec2 size = window_.drawable_size();

    ui_.begin_frame();
    const float aspect = static_cast<float>(size.x) / static_cast<float>(std::max(size.y, 1));
    const glm::mat4 mirror = glm::scale(glm::mat4(1.0f), glm::vec3(demo_.mirror ? -1.0f : 1.0f, 1.0f, 1.0f));
    const auto [studio_min, studio_max] = studio_rect();
    const ScreenContext context{ui_.fonts(),
                                layout_,
                                info_,
                                ImGui::GetIO().DisplaySize,
                                window_.fullscreen(),
                                settings_,
                                library_,
                                browse_,
                                demo_,
                                scene_,
                                mirror * projection_matrix(camera_, aspect) * view_matrix(camera_),
                                {studio_min.x, studio_min.y},
                                {studio_max.x, studio_max.y},
                                routine_total_s_,
                                run_ ? &*run_ : nullptr,
                                captions_,
                                cue_,
                                session_status_,
                                pad_style(),
                                progress_,
                                timers_,
                                routines_,
                                model_folder_ ? &*model_folder_ : nullptr};
    ScreenRequests requests;
    if (run_) {
        draw_player_screen(context, requests);
    } else if (!options_.presentation) {
        draw_nav_bar(screen_, context, requests);
        draw_screen(screen_, context, requests);
    }
    if (scene_.demonstration() && !run_) draw_demo_caption(context);
    if (help_open_) draw_help_overlay(context);
    draw_focus_ring(layout_);
    compose_frame(size, scene_changed, ui_.end_frame(size));

    if (requests.go_to) go_to(*requests.go_to);
    if (requests.toggle_fullscreen) {
        window_.set_fullscreen(!window_.fullscreen());
        frames_to_draw_ = kFramesAfterInput;
    }
    if (requests.settings) change_settings(*requests.settings);
    // Saved once a change settles: not on every step of a slider being dragged.
    if (settings_unsaved_ && !ImGui::IsAnyItemActive()) save_settings_now();
    if (requests.test_voice) test_voice();
    if (requests.model_folder) open_model_folder(*requests.model_folder);
    if (requests.close_model_chooser) model_folder_.reset();
    if (requests.model_file) choose_model_file(*requests.model_file);
    if (requests.demo) show_demo(*requests.demo);
    if (requests.browse) browse_ = *requests.browse;
    if (requests.export_sessions) export_sessions(*requests.export_sessions);
    if (requests.streak_goal) set_streak_goal(*requests.streak_goal);
    routines_.focus_page = false;
    if (requests.timers) change_timers(*requests.timers);
    if (timers_unsaved_) {
        timers_unsaved_for_s_ += dt_s;
        // Kept drawing until then: an idle app would not come back to save them.
        if (timers_unsaved_for_s_ >= kTimersSettle_s) save_timers_now();
        else frames_to_draw_ = std::max(frames_to_draw_, 2);
    }
    if (requests.routines) change_routines_browse(*requests.routines);
    if (requests.save_draft) save_draft();
    if (requests.remove_routine) remove_routine(*requests.remove_routine);
    if (requests.start_routine) start_routine(*requests.start_routine);
    if (requests.player) command_player(*requests.player);
    if (requests.note) edit_note(*requests.note);
    // Saved once typing settles: not on every key.
    if (notes_unsaved_ && !ImGui::IsAnyItemActive()) save_notes_now();
}

void App::change_timers(const TimerSettings& timers) {
    timers_ = timers;
    timers_unsaved_ = true;
    timers_unsaved_for_s_ = 0.0f;
    refresh_routines();
}

void App::save_timers_now() {
    timers_unsaved_ = false;
    if (options_.data_dir.empty()) return;
    std::string error;
    if (save_timers(options_.data_dir, timers_, error)) {
        if (routines_.message_is_problem) routines_.message.clear();
        return;
    }
    routines_.message = "Your timers could not be saved (" + error + "); they last until you close legwork.";
    routines_.message_is_problem = true;
    SDL_Log("legwork: %s", routines_.message.c_str());
}

void App::reload_routines() {
    ContentErrors problems;
    const std::vector<Routine> mine = options_.data_dir.empty()
                                          ? std::vector<Routine>{}
                                          : load_my_routines(options_.data_dir, library_, problems);
    library_.routines = with_my_routines(built_in_routines_, mine);
    routines_.origins.clear();
    for (const Routine& routine : library_.routines) {
        const bool built_in = std::any_of(built_in_routines_.begin(), built_in_routines_.end(),
                                          [&](const Routine& r) { return r.id == routine.id; });
        const bool yours = std::any_of(mine.begin(), mine.end(), [&](const Routine& r) { return r.id == routine.id; });
        routines_.origins.push_back(!built_in ? RoutineOrigin::yours
                                    : yours   ? RoutineOrigin::changed
                                              : RoutineOrigin::program);
    }
    if (!problems.empty()) {
        routines_.message = "Some of your routines have problems: what could not be used is left out.";
        for (const ContentError& e : problems) {
            routines_.message += "\n" + e.to_string();
            SDL_Log("legwork: your routines: %s", e.to_string().c_str());
        }
        routines_.message_is_problem = true;
    }
    refresh_routines();
}

void App::refresh_routines() {
    routines_.overviews.clear();
    routine_total_s_.clear();
    for (const Routine& routine : library_.routines) {
        routines_.overviews.push_back(routine_overview(routine, library_, timers_, settings_.units));
        routine_total_s_.push_back(routines_.overviews.back().total_s);
    }
    routines_.draft = routine_overview(routines_.browse.draft, library_, timers_, settings_.units);
}

void App::change_routines_browse(const RoutinesBrowse& browse) {
    const bool new_page = browse.page != routines_.browse.page;
    routines_.focus_page = new_page;
    // A message is about the page it was said on.
    if (new_page && !routines_.message_is_problem) routines_.message.clear();
    // A question asked on one routine's page is not carried to another.
    const bool same_routine = browse.page == routines_.browse.page && browse.routine == routines_.browse.routine;
    routines_.browse = browse;
    if (!same_routine) routines_.browse.confirm_remove = false;
    routines_.draft = routine_overview(routines_.browse.draft, library_, timers_, settings_.units);
    frames_to_draw_ = kFramesAfterInput;
}

void App::save_draft() {
    Routine routine = routines_.browse.draft;
    if (routine.id.empty()) routine.id = new_routine_id(routine.name, library_.routines);
    std::string error;
    if (options_.data_dir.empty()) error = "there is no folder for your data (no HOME)";
    if (!error.empty() || !save_my_routine(options_.data_dir, routine, error)) {
        routines_.message = "Your routine could not be saved: " + error + ". It is still here to save again.";
        routines_.message_is_problem = true;
        return;
    }
    routines_.message_is_problem = false;
    reload_routines();
    const auto saved = std::find_if(library_.routines.begin(), library_.routines.end(),
                                    [&](const Routine& r) { return r.id == routine.id; });
    RoutinesBrowse browse{.page = RoutinesPage::routine,
                          .routine = static_cast<int>(saved - library_.routines.begin()),
                          .adding = routines_.browse.adding};
    change_routines_browse(browse);
    routines_.message = "Saved \"" + routine.name + "\".";
}

void App::remove_routine(const std::string& id) {
    std::string error;
    if (options_.data_dir.empty() || !remove_my_routine(options_.data_dir, id, error)) {
        routines_.message = "It could not be removed: " + error + ".";
        routines_.message_is_problem = true;
        return;
    }
    routines_.message_is_problem = false;
    reload_routines();
    // A built-in routine is back in its place; one of the user's own is gone.
    const auto back = std::find_if(library_.routines.begin(), library_.routines.end(),
                                   [&](const Routine& r) { return r.id == id; });
    RoutinesBrowse browse = routines_.browse;
    browse.exercise = -1;
    browse.confirm_remove = false;
    browse.page = back != library_.routines.end() ? RoutinesPage::routine : RoutinesPage::list;
    browse.routine = back != library_.routines.end() ? static_cast<int>(back - library_.routines.begin()) : -1;
    change_routines_browse(browse);
    routines_.message = back != library_.routines.end() ? "The program's version is back." : "Deleted.";
}

void App::start_routine(int index) {
    run_.emplace(plan(library_.routines[index], library_, timers_, settings_.units), clock_.now());
    run_->start(clock_s_);
    saved_session_ = {};
    notes_unsaved_ = false;
    captions_ = {};
    cue_.clear();
    session_status_.clear();
    update_player();
    frame_camera(true);
}

void App::update_player() {
    for (const Event& event : run_->update(clock_s_)) {
        // Captions show what the voice says; the cue stays up until the next one.
        if (event.kind == EventKind::cue) cue_ = event.text;
        if (event.kind == EventKind::exerciseAnnounced) cue_.clear();
        std::rotate(captions_.begin(), captions_.begin() + 1, captions_.end());
        captions_.back() = event.text;
        voice_event(event);
        frames_to_draw_ = kFramesAfterInput;
    }
    if (run_->ready_to_record()) record_session();
    const AnimationTime animation = run_->player().animation();
    if (animation.exercise < 0) return;
    const PlannedExercise& planned = run_->timeline().exercises[animation.exercise];
    const int index = static_cast<int>(planned.exercise - library_.exercises.data());
    if (demo_.exercise != index || demo_.side != animation.side || demo_.phase_s != &planned.phase_s) {
        show_demo(DemoChoice{.exercise = index, .side = animation.side, .mirror = settings_.mirror,
                             .playing = false, .phase_s = &planned.phase_s});
    }
    // The notes panel, as it comes and goes, moves the avatar aside and back.
    if (const bool noting = run_->noting_exercise() >= 0; noting != noting_) {
        noting_ = noting;
        frame_camera(false);
    }
    scene_.set_time(animation.clip_s);
    scene_valid_ = false;
}

void App::voice_event(const Event& event) {
    switch (event.kind) {
    case EventKind::countdown: voice_.beep(event.text == "1" ? BeepKind::final_go : BeepKind::countdown_tick); return;
    case EventKind::repCounted: voice_.say(event.text, SpeechPriority::count); return;
    case EventKind::lastRep:
    case EventKind::halfway: voice_.say(event.text, SpeechPriority::count); return;
    case EventKind::cue: voice_.say(event.text, SpeechPriority::cue); return;
    case EventKind::exerciseAnnounced:
    case EventKind::switchSides:
    case EventKind::extraSet: voice_.say(event.text, SpeechPriority::announcement); return;
    case EventKind::routineComplete:
        voice_.beep(BeepKind::routine_complete);
        voice_.say(event.text, SpeechPriority::milestone);
        return;
    }
}

void App::record_session() {
    saved_session_ = run_->record(clock_.now());
    notes_unsaved_ = false;
    if (!save_file_) {
        session_status_ = "There is no data folder, so this session is not saved.";
        return;
    }
    const SaveStatus status = save_file_->record(saved_session_);
    saved_session_.id = status.session_id;
    session_status_ = status.saved ? saved_text(saved_session_) : status.message;
    refresh_progress();
}

void App::edit_note(const NoteEdit& edit) {
    if (!run_) return;
    if (edit.toggle) run_->toggle_choice(edit.draft, *edit.toggle);
    if (edit.typed) run_->set_typed(edit.draft, *edit.typed);
    // Before the session is recorded the notes go with it; after, they are written over it.
    notes_unsaved_ = run_->player().state() == PlayerState::finished && !run_->ready_to_record();
    frames_to_draw_ = kFramesAfterInput;
}

void App::save_notes_now() {
    notes_unsaved_ = false;
    if (!save_file_) return;
    saved_session_.notes = run_->notes();
    const SaveStatus status = save_file_->update_notes(saved_session_);
    session_status_ = status.saved && status.message.empty()
                          ? saved_text(saved_session_) + " Your notes are saved with it."
                          : status.message;
    refresh_progress();
}

void App::command_player(PlayerCommand command) {
    const double now = clock_s_;
    switch (command) {
    case PlayerCommand::pause: run_->command(RunCommand::pause, now); break;
    case PlayerCommand::resume: run_->command(RunCommand::resume, now); break;
    case PlayerCommand::skip: run_->command(RunCommand::skip, now); break;
    case PlayerCommand::back: run_->command(RunCommand::back, now); break;
    case PlayerCommand::addRest: run_->command(RunCommand::addRest, now); break;
    case PlayerCommand::done: run_->command(RunCommand::done, now); break;
    case PlayerCommand::endEarly: run_->command(RunCommand::endEarly, now); break;
    case PlayerCommand::leave:
    case PlayerCommand::leaveToProgress:
        if (notes_unsaved_) save_notes_now();
        run_.reset();
        go_to(command == PlayerCommand::leave ? ScreenId::home : ScreenId::progress);
        frame_camera(false);
        break;
    }
    if (run_) {
        if (command != PlayerCommand::resume && command != PlayerCommand::addRest && command != PlayerCommand::done)
            voice_.silence();
        if (run_->ready_to_record()) record_session();
    }
    frames_to_draw_ = kFramesAfterInput;
}

void App::change_settings(const Settings& settings) {
    if (settings.mirror != settings_.mirror) {
        DemoChoice mirrored = demo_;
        mirrored.mirror = settings.mirror;
        show_demo(mirrored);
    }
    const bool look_changed = settings.look != settings_.look;
    const bool rescaled = settings.ui_scale_percent != settings_.ui_scale_percent;
    const bool units_changed = settings.units != settings_.units;
    if (settings.voice != settings_.voice) voice_.set_settings(settings.voice);
    settings_ = settings;
    settings_unsaved_ = true;
    if (units_changed) refresh_routines(); // their doses in words
    if (look_changed) {
        scene_.set_look(settings_.look);
        scene_valid_ = false;
        frame_camera(false);
    }
    if (rescaled) {
        // Between frames: the fonts are rebuilt at the new size before the next is drawn.
        update_layout();
        ui_.set_font_sizes(layout_.fonts);
        frame_camera(true);
    }
}

void App::test_voice() {
    if (!settings_.voice.voice_on) {
        info_.voice_test = "The voice is off; turn it on to hear it.";
    } else if (!voice_.has_device()) {
        info_.voice_test = "There is no sound device, so nothing can be heard.";
    } else if (voice_.speech_failed()) {
        info_.voice_test = "The voice could not be loaded (espeak-ng); beeps still sound.";
    } else {
        voice_.say("This is how your coach sounds during a workout.", SpeechPriority::announcement);
        info_.voice_test = voice_.audible() ? "Listen..." : "Speaking, but to SDL's silent sound driver.";
    }
    if (settings_.voice.beeps_on) voice_.beep(BeepKind::countdown_tick);
}

void App::open_model_folder(const std::filesystem::path& folder) {
    // Asked of Assimp once, when the chooser is first opened.
    if (model_extensions_.empty()) model_extensions_ = model_file_extensions();
    model_folder_ = list_folder(folder, model_extensions_);
    frames_to_draw_ = kFramesAfterInput;
}

void App::choose_model_file(const std::filesystem::path& file) {
    if (file.empty()) {
        // Back to the built-in avatar, at once.
        model_choice_.reset();
        settings_.model_path.clear();
        settings_unsaved_ = true;
    } else {
        model_choice_ = file;
    }
    scene_.set_model_file(file);
    scene_valid_ = false;
    frames_to_draw_ = kFramesAfterInput;
}

void App::save_settings_now() {
    std::string error;
    settings_unsaved_ = false;
    if (save_settings(settings_file(options_.data_dir), settings_, error)) info_.settings_problem.clear();
    else info_.settings_problem = "Your settings could not be saved (" + error + "); they last until you close legwork.";
}

void App::run(std::optional<Clock::time_point> deadline) {
    Clock::time_point last = Clock::now();
    SDL_Event event;
    bool running = true;

    while (running) {
        if (idle()) {
            // Nothing to animate: sleep until input arrives (or the deadline passes).
            int got = 0;
            if (deadline) {
                const auto left = std::chrono::ceil<std::chrono::milliseconds>(*deadline - Clock::now());
                if (left.count() <= 0) break;
                got = SDL_WaitEventTimeout(&event, static_cast<int>(left.count()));
            } else {
                got = SDL_WaitEvent(&event);
            }
            if (!got) continue; // timed out (SDL may wake a little early): check the deadline again
            running = handle_event(event);
            frames_to_draw_ = kFramesAfterInput;
            last = Clock::now();
        }
        running = running && pump_events();
        if (!running || (deadline && Clock::now() >= *deadline)) break;

        const Uint32 flags = SDL_GetWindowFlags(window_.sdl_window());
        if (flags & (SDL_WINDOW_MINIMIZED | SDL_WINDOW_HIDDEN)) {
            frames_to_draw_ = 0;
            continue;
        }
        const Clock::time_point now = Clock::now();
        // After sleeping, the first step is short: time spent waiting is not animated.
        const float dt_s = std::min(std::chrono::duration<float>(now - last).count(), 0.1f);
        last = now;
        draw_frame(dt_s);
        window_.swap();
        frames_to_draw_ = std::max(frames_to_draw_ - 1, 0);
    }
    if (settings_unsaved_) save_settings_now();
}

} // namespace legwork
