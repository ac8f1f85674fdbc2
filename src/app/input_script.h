#pragma once
// InputScript: input for an end-to-end run of the whole app, read from a text file, one
// step a line:
//   <ms> key <SDL key name>                   a key pressed and released ("Return", "Escape")
//   <ms> pad <SDL game controller button>     a gamepad button, through a virtual controller ("a",
//   "b", "start") <ms> mouse <x> <y> [click]                the pointer moved there, and clicked
//   <ms> screenshot <file.png>                the window as it is then
//   <ms> quit                                 the end of the run
// <ms> counts from the start of the run, in the app's own (simulated) time; lines starting
// with # and empty lines are skipped.

#include <SDL2/SDL.h>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace legwork {

struct ScriptStep {
    enum class Kind { key, pad, mouse, screenshot, quit };
    int at_ms = 0;
    Kind kind = Kind::quit;
    SDL_Keycode key = SDLK_UNKNOWN;
    SDL_GameControllerButton button = SDL_CONTROLLER_BUTTON_INVALID;
    int x = 0, y = 0;
    bool click = false;
    std::string file; // screenshot
    int line = 0;     // in the script, for messages
};

struct InputScript {
    std::vector<ScriptStep> steps; // in time order
    std::string error;             // "FILE:LINE: message" for the first bad line; empty when read
};

// Reads `text` (the contents of `file`, named in messages).
InputScript parse_input_script(const std::string& text, const std::string& file);

// Reads the file; an unreadable file is an error too.
InputScript load_input_script(const std::filesystem::path& file);

} // namespace legwork
