#pragma once
// The commands that need no display: `legwork screenshot` and `legwork bench`. Both run
// the real app on SDL's offscreen video driver (Mesa's llvmpipe when there is no GPU).

#include "app/command_line.h"

namespace legwork {

// Renders `line.screen` at `line.size` and writes `line.output`. Returns the exit code.
int run_screenshot_command(const CommandLine& line);

// Measures start-up, frame times, idle CPU and memory; prints a table or JSON. Returns
// the exit code.
int run_bench_command(const CommandLine& line);

} // namespace legwork
