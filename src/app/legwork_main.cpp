#include "app/legwork_main.h"

#include "app/app.h"
#include "app/command_line.h"
#include "app/headless_commands.h"
#include "core/platform/user_data_dir.h"

#include <cstdio>
#include <string_view>
#include <vector>

namespace legwork {
namespace {

int run_app(const CommandLine& line) {
    AppOptions options;
    options.start_screen = line.screen;
    options.fullscreen = line.fullscreen;
    options.data_dir = user_data_dir(line.data_dir);
    options.now = line.now;
    options.model_path = line.model;
    if (options.data_dir.empty()) {
        std::fprintf(stderr, "legwork: no place for your data: set HOME, XDG_DATA_HOME or "
                             "LEGWORK_DATA_DIR, or pass --data-dir DIR\n");
        return 1;
    }
    options.settings = load_settings(settings_file(options.data_dir));
    options.tv = line.tv || options.settings.settings.tv;
    App app;
    std::string error;
    if (!app.init(options, error)) {
        if (app.window_failed())
            std::fprintf(stderr,
                         "legwork: cannot open a window: %s; the headless commands work "
                         "without one: legwork screenshot, legwork bench (see legwork --help)\n",
                         error.c_str());
        else
            std::fprintf(stderr, "legwork: %s\n", error.c_str());
        return 1;
    }
    app.run();
    return 0;
}

} // namespace

int legwork_main(int argc, char** argv) {
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    const ParsedCommandLine parsed = parse_command_line(args);
    if (!parsed.error.empty()) {
        std::fprintf(stderr, "%s\n", parsed.error.c_str());
        return kUsageExitCode;
    }
    const CommandLine& line = parsed.command_line;
    switch (line.command) {
    case Command::help: std::fputs(usage_text().c_str(), stdout); return 0;
    case Command::version: std::printf("legwork %s\n", LEGWORK_VERSION); return 0;
    case Command::screenshot: return run_screenshot_command(line);
    case Command::bench: return run_bench_command(line);
    case Command::motion: return run_motion_command(line);
    case Command::list:
        return line.list_what == "routines" ? run_list_routines_command(line)
                                            : run_list_command(line);
    case Command::plan: return run_plan_command(line);
    case Command::play: return run_play_command(line);
    case Command::validate: return run_validate_command(line);
    case Command::run: return line.headless ? run_script_command(line) : run_app(line);
    case Command::progress: return run_progress_command(line);
    case Command::progress_export: return run_progress_export_command(line);
    case Command::say: return run_say_command(line);
    case Command::import_model: return run_import_model_command(line);
    }
    return 1;
}

} // namespace legwork
