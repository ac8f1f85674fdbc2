#pragma once
// The commands that need no display. `legwork screenshot` and `legwork bench` run
// the real app on SDL's offscreen video driver (Mesa's llvmpipe when there is no GPU).

#include "app/app.h"
#include "app/command_line.h"

namespace legwork {

// The options for a headless run of `line`: offscreen, no vsync, with its size, screen,
// layout and data directory.
AppOptions headless_app_options(const CommandLine& line);

// Renders `line.screen` at `line.size` and writes `line.output`. Returns the exit code.
int run_screenshot_command(const CommandLine& line);

// Measures start-up, frame times, idle CPU and memory; prints a table or JSON. Returns
// the exit code.
int run_bench_command(const CommandLine& line);
// `legwork bench --routine-timing [--seconds N]`: events' lateness and the end's error of a
// routine played on the real clock. Returns the exit code.
int run_routine_timing_bench(const CommandLine& line);

// `legwork motion EXERCISE ... --json`: one cycle of a demonstration as joint and site
// positions. Returns the exit code.
int run_motion_command(const CommandLine& line);

// `legwork list exercises [--json]`. Returns the exit code.
int run_list_command(const CommandLine& line);

// `legwork --headless --input-script FILE`: the whole app on the offscreen driver, fed
// the script's input (app/input_script.h). Returns the exit code.
int run_script_command(const CommandLine& line);
// `legwork list routines [--json]`: each routine's id, name and length with the default
// timers. Returns the exit code.
int run_list_routines_command(const CommandLine& line);

// `legwork plan ROUTINE [--json] [--data-dir DIR]`: the routine's timeline with the user's
// saved timers. Returns the exit code.
int run_plan_command(const CommandLine& line);

// `legwork play ROUTINE --headless [--speed X] [--events FILE]`: the routine played without a
// window on the real clock, its events written as JSON lines, the session saved. Returns the
// exit code.
int run_play_command(const CommandLine& line);

// `legwork validate [DIR]`: every content problem as file:line:col: message; exit code 1
// when there is one.
int run_validate_command(const CommandLine& line);
// `legwork progress [--json]`: the streak, the goal, what today needs and the sessions so
// far, from the save file in the data folder. Returns the exit code.
int run_progress_command(const CommandLine& line);

// `legwork progress export --csv|--json [-o FILE]`: every session with its details.
// Returns the exit code.
int run_progress_export_command(const CommandLine& line);

// `legwork say TEXT [--rate WPM] [-o FILE.wav]`: speaks through the sound device, or writes
// the speech to a WAV file. Returns the exit code.
int run_say_command(const CommandLine& line);

// `legwork import-model FILE`: what the model holds and how it maps onto the skeleton, or
// why it cannot be an avatar (exit code 1).
int run_import_model_command(const CommandLine& line);

} // namespace legwork
