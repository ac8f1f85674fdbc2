#pragma once
// The command line: what `legwork ...` was asked to do. Parsing only; no side effects.
// The contract is documented in README.md ("Command line") and kept stable for scripts.

#include "app/screen_id.h"
#include "core/platform/wall_clock.h"
#include "core/audio/voice_settings.h"
#include "core/view/camera_view.h"

#include <glm/vec2.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace legwork {

enum class Command {
    run,
    screenshot,
    bench,
    motion,
    list,
    validate,
    plan,
    play,
    say,
    import_model,
    progress,
    progress_export, // progress export
    help,
    version
};

struct CommandLine {
    Command command = Command::run;
    std::string data_dir;             // --data-dir; empty means the default (see README)
    std::optional<WallTime> now;      // --now ISO8601: the wall clock fixed; else the system's
    bool fullscreen = false;          // run: --fullscreen
    bool tv = false;                  // run, screenshot, bench: --tv (10-foot layout)
    bool headless = false;            // run: --headless, on the offscreen driver (needs --input-script); play: no window
    std::string input_script;         // run: --input-script FILE, input to feed the app
    ScreenId screen = ScreenId::home; // --screen
    bool screen_given = false;        // --screen was on the command line
    glm::ivec2 size{1920, 1080};      // screenshot, bench: --size WxH, pixels
    std::string output;               // screenshot: -o FILE.png; say: -o FILE.wav; progress export: -o FILE
    bool json = false;                // bench, motion, list, plan, progress (export): --json
    bool csv = false;                 // progress export: --csv
    int frames = 300;                 // bench: --frames N
    std::string exercise;             // motion: EXERCISE; screenshot, bench: --exercise ID
    std::string variant = "correct";  // motion, screenshot: --variant correct|MISTAKE_ID
    std::string side;          // motion, screenshot: --side left|right; empty = the exercise's own
    int fps = 30;              // motion: --fps N
    std::string phase;         // screenshot: --phase NAME, the end of that phase
    std::optional<float> at_s; // screenshot: --at SECONDS into the cycle
    std::string view; // screenshot: --view front|side|threequarter|top; empty = the exercise's own
    bool mirror = false;     // screenshot: --mirror, the avatar as the user's reflection
    std::string list_what;   // list: exercises or routines
    std::string routine;     // plan, play: ROUTINE
    double speed = 1.0;      // play: --speed X, times real time
    std::string events;      // play: --events FILE, every event as a JSON line
    bool routine_timing = false; // bench: --routine-timing, the routine player's timing
    int seconds = 60;            // bench --routine-timing: --seconds N at real speed
    std::string content_dir; // validate: DIR, the content folder to check; empty = the app's own
    std::string say_text;                    // say: TEXT
    int rate_wpm = VoiceSettings{}.rate_wpm; // say: --rate WPM
    std::string model; // run, screenshot, bench: --model FILE, the avatar; import-model: FILE
};

// Exit code for a command line that cannot be understood (unknown flag, bad value).
inline constexpr int kUsageExitCode = 2;

struct ParsedCommandLine {
    CommandLine command_line;
    std::string error; // empty when parsing succeeded; else one line for stderr
};

// Parses the arguments after the program name.
ParsedCommandLine parse_command_line(std::span<const std::string_view> args);

// The --help text.
std::string usage_text();

} // namespace legwork
