#include "app/app.h"
#include "app/headless_commands.h"
#include "engine/framebuffer_png.h"

#include <cstdio>

namespace legwork {

int run_screenshot_command(const CommandLine& line) {
    AppOptions options = headless_app_options(line);
    if (!line.exercise.empty()) {
        // The avatar alone, paused at the instant asked for (by default the end of the
        // first phase), from the exercise's view or the one asked for.
        options.exercise = line.exercise;
        options.presentation = !(line.screen_given && line.screen == ScreenId::library);
        options.variant = line.variant;
        options.phase = line.phase;
        options.demo.playing = false;
        options.demo.at_s = line.at_s;
        if (!line.side.empty()) options.demo.side = line.side == "left" ? Side::left : Side::right;
        if (!line.view.empty()) options.demo.view = camera_view_from_name(line.view);
        options.demo.mirror = line.mirror;
    }
    App app;
    std::string error;
    if (!app.init(options, error)) {
        std::fprintf(stderr, "legwork screenshot: %s\n", error.c_str());
        return 1;
    }
    app.wait_for_model();
    // ImGui sizes windows from the previous frame's contents: let the layout settle.
    for (int frame = 0; frame < 2; ++frame) {
        app.draw_frame(1.0f / 60.0f);
        app.swap();
    }
    app.draw_frame(1.0f / 60.0f);
    if (!options.model_path.empty() && !app.scene().shows_model_file()) {
        const std::string& why = app.info().avatar_error;
        std::fprintf(stderr, "legwork screenshot: cannot show --model: %s\n",
                     why.empty() ? "there is no 3D view" : why.c_str());
        return 1;
    }
    if (!write_framebuffer_png(app.drawable_size(), line.output, error)) {
        std::fprintf(stderr, "legwork screenshot: %s\n", error.c_str());
        return 1;
    }
    return 0;
}

} // namespace legwork
