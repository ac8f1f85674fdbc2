#include "app/input_script.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace legwork {

InputScript parse_input_script(const std::string& text, const std::string& file) {
    InputScript script;
    std::istringstream lines(text);
    std::string line_text;
    int number = 0;
    const auto fail = [&](const std::string& message) {
        script.steps.clear();
        script.error = file + ":" + std::to_string(number) + ": " + message;
        return script;
    };
    while (std::getline(lines, line_text)) {
        ++number;
        std::istringstream words(line_text);
        std::string first;
        if (!(words >> first) || first.starts_with("#")) continue;
        ScriptStep step;
        step.line = number;
        std::size_t used = 0;
        try {
            step.at_ms = std::stoi(first, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != first.size() || step.at_ms < 0)
            return fail("a line starts with the time in milliseconds, like 500 key Return");
        if (!script.steps.empty() && step.at_ms < script.steps.back().at_ms)
            return fail("steps go in time order: " + first + " ms comes before the line above");
        std::string kind, rest;
        words >> kind;
        std::getline(words, rest);
        rest.erase(0, rest.find_first_not_of(' '));
        while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\r')) rest.pop_back();
        if (kind == "key") {
            step.kind = ScriptStep::Kind::key;
            step.key = SDL_GetKeyFromName(rest.c_str());
            if (rest.empty() || step.key == SDLK_UNKNOWN)
                return fail("unknown key '" + rest +
                            "' (SDL key names: Return, Escape, Space, Left, N)");
        } else if (kind == "pad") {
            step.kind = ScriptStep::Kind::pad;
            step.button = SDL_GameControllerGetButtonFromString(rest.c_str());
            if (step.button == SDL_CONTROLLER_BUTTON_INVALID)
                return fail("unknown gamepad button '" + rest +
                            "' (a, b, x, y, start, back, dpup, dpdown, dpleft, dpright, "
                            "leftshoulder, rightshoulder)");
        } else if (kind == "mouse") {
            step.kind = ScriptStep::Kind::mouse;
            std::istringstream where(rest);
            std::string click;
            if (!(where >> step.x >> step.y))
                return fail("mouse needs a position: mouse X Y [click]");
            if (where >> click) {
                if (click != "click") return fail("after mouse X Y only 'click' may follow");
                step.click = true;
            }
        } else if (kind == "screenshot") {
            step.kind = ScriptStep::Kind::screenshot;
            step.file = rest;
            if (step.file.empty()) return fail("screenshot needs a file name: screenshot shot.png");
        } else if (kind == "quit") {
            step.kind = ScriptStep::Kind::quit;
            if (!rest.empty()) return fail("quit takes nothing after it");
        } else {
            return fail("unknown step '" + kind + "' (key, pad, mouse, screenshot or quit)");
        }
        script.steps.push_back(std::move(step));
    }
    return script;
}

InputScript load_input_script(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in) {
        InputScript script;
        script.error = file.string() + ": cannot read the input script";
        return script;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parse_input_script(text.str(), file.string());
}

} // namespace legwork
