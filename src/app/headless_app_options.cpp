#include "app/headless_commands.h"
#include "core/platform/user_data_dir.h"

namespace legwork {

AppOptions headless_app_options(const CommandLine& line) {
    AppOptions options;
    options.start_screen = line.screen;
    options.window_size = line.size;
    options.tv = line.tv;
    options.offscreen = true;
    options.vsync = false;
    options.data_dir = user_data_dir(line.data_dir);
    // The user's look and choices, but the layout the command line asks for.
    if (!options.data_dir.empty()) options.settings = load_settings(settings_file(options.data_dir));
    options.now = line.now;
    options.exercise = line.exercise; // the Library, playing it
    if (line.command == Command::bench) {
        // The routine player, on the routine's clock: the bench moves it on frame by frame.
        options.routine = line.routine;
        options.simulated_clock = !line.routine.empty();
    }
    options.model_path = line.model;
    return options;
}

} // namespace legwork
