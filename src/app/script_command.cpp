#include "app/app.h"
#include "app/headless_commands.h"
#include "app/input_script.h"
#include "engine/framebuffer_png.h"

#include <cstdio>

namespace legwork {
namespace {

constexpr float kFrame_s = 1.0f / 60.0f;

// A gamepad that exists only in software, so scripted presses take the same path as a
// real controller's: SDL's game controller layer, its events, and ImGui's gamepad reading.
class VirtualPad {
public:
    bool attach(std::string& error) {
        index_ = SDL_JoystickAttachVirtual(SDL_JOYSTICK_TYPE_GAMECONTROLLER,
                                           SDL_CONTROLLER_AXIS_MAX, SDL_CONTROLLER_BUTTON_MAX, 0);
        if (index_ < 0 || !(joystick_ = SDL_JoystickOpen(index_))) {
            error = std::string("cannot make a virtual gamepad: ") + SDL_GetError();
            return false;
        }
        return true;
    }
    ~VirtualPad() {
        if (joystick_) SDL_JoystickClose(joystick_);
        if (index_ >= 0) SDL_JoystickDetachVirtual(index_);
    }
    void set(SDL_GameControllerButton button, bool down) {
        SDL_JoystickSetVirtualButton(joystick_, button, down ? 1 : 0);
    }

private:
    int index_ = -1;
    SDL_Joystick* joystick_ = nullptr;
};

void push_key(SDL_Keycode key, bool down) {
    SDL_Event event{};
    event.type = down ? SDL_KEYDOWN : SDL_KEYUP;
    event.key.state = down ? SDL_PRESSED : SDL_RELEASED;
    event.key.keysym.sym = key;
    event.key.keysym.scancode = SDL_GetScancodeFromKey(key);
    SDL_PushEvent(&event);
    // Printable keys also type their character, as a real keyboard does.
    if (down && key >= SDLK_SPACE && key < 127) {
        SDL_Event text{};
        text.type = SDL_TEXTINPUT;
        text.text.text[0] = static_cast<char>(key);
        SDL_PushEvent(&text);
    }
}

void push_mouse(const ScriptStep& step, std::optional<bool> button_down) {
    SDL_Event event{};
    if (!button_down) {
        event.type = SDL_MOUSEMOTION;
        event.motion.x = step.x;
        event.motion.y = step.y;
    } else {
        event.type = *button_down ? SDL_MOUSEBUTTONDOWN : SDL_MOUSEBUTTONUP;
        event.button.button = SDL_BUTTON_LEFT;
        event.button.state = *button_down ? SDL_PRESSED : SDL_RELEASED;
        event.button.clicks = 1;
        event.button.x = step.x;
        event.button.y = step.y;
    }
    SDL_PushEvent(&event);
}

} // namespace

int run_script_command(const CommandLine& line) {
    const InputScript script = load_input_script(line.input_script);
    if (!script.error.empty()) {
        std::fprintf(stderr, "legwork: %s\n", script.error.c_str());
        return 1;
    }
    // An offscreen window never has focus, and SDL drops gamepad input for unfocused apps.
    SDL_SetHint(SDL_HINT_JOYSTICK_ALLOW_BACKGROUND_EVENTS, "1");
    App app;
    std::string error;
    AppOptions options = headless_app_options(line);
    options.simulated_clock = true; // a routine runs in the script's time, not the wall's
    if (!app.init(options, error)) {
        std::fprintf(stderr, "legwork: %s\n", error.c_str());
        return 1;
    }
    VirtualPad pad;
    if (!pad.attach(error)) {
        std::fprintf(stderr, "legwork: %s\n", error.c_str());
        return 1;
    }
    // Simulated time, a frame at a time: a press is held for one frame, then released.
    std::vector<const ScriptStep*> held;
    std::size_t next = 0;
    for (long frame = 0;; ++frame) {
        const float now_ms = static_cast<float>(frame) * kFrame_s * 1000.0f;
        for (const ScriptStep* step : held) {
            if (step->kind == ScriptStep::Kind::key) push_key(step->key, false);
            if (step->kind == ScriptStep::Kind::pad) pad.set(step->button, false);
            if (step->kind == ScriptStep::Kind::mouse) push_mouse(*step, false);
        }
        held.clear();
        bool quit = next >= script.steps.size();
        std::vector<const ScriptStep*> shots;
        for (; next < script.steps.size() && static_cast<float>(script.steps[next].at_ms) <= now_ms;
             ++next) {
            const ScriptStep& step = script.steps[next];
            switch (step.kind) {
            case ScriptStep::Kind::key:
                push_key(step.key, true);
                break;
            case ScriptStep::Kind::pad:
                pad.set(step.button, true);
                break;
            case ScriptStep::Kind::mouse:
                push_mouse(step, std::nullopt);
                if (step.click) push_mouse(step, true);
                break;
            case ScriptStep::Kind::screenshot:
                shots.push_back(&step);
                break;
            case ScriptStep::Kind::quit:
                quit = true;
                break;
            }
            if (step.kind == ScriptStep::Kind::key || step.kind == ScriptStep::Kind::pad ||
                (step.kind == ScriptStep::Kind::mouse && step.click))
                held.push_back(&step);
        }
        // A model file being read shows in a screenshot, and is remembered before quitting:
        // scripted time runs faster than the reading, so wait for it then.
        if (quit || !shots.empty()) app.wait_for_model();
        if (quit) {
            app.draw_frame(kFrame_s); // takes the model on, and saves what is left to save
            break;
        }
        SDL_JoystickUpdate(); // the virtual pad's new state becomes controller events
        if (!app.pump_events()) break;
        app.draw_frame(kFrame_s);
        for (const ScriptStep* shot : shots)
            if (!write_framebuffer_png(app.drawable_size(), shot->file, error)) {
                std::fprintf(stderr, "legwork: line %d: %s\n", shot->line, error.c_str());
                return 1;
            }
        app.swap();
    }
    return 0;
}

} // namespace legwork
