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

// `legwork motion EXERCISE ... --json`: one cycle of a demonstration as joint and site
// positions. Returns the exit code.
int run_motion_command(const CommandLine& line);

// `legwork list exercises [--json]`. Returns the exit code.
int run_list_command(const CommandLine& line);

// `legwork validate [DIR]`: every content problem as file:line:col: message; exit code 1
// when there is one.
int run_validate_command(const CommandLine& line);

// `legwork import-model FILE`: what the model holds and how it maps onto the skeleton, or
// why it cannot be an avatar (exit code 1).
int run_import_model_command(const CommandLine& line);

} // namespace legwork
