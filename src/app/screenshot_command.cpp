#include "app/app.h"
#include "app/headless_commands.h"
#include "engine/framebuffer_png.h"

#include <cstdio>

namespace legwork {

int run_screenshot_command(const CommandLine& line) {
    App app;
    std::string error;
    if (!app.init(headless_app_options(line), error)) {
        std::fprintf(stderr, "legwork screenshot: %s\n", error.c_str());
        return 1;
    }
    // ImGui sizes windows from the previous frame's contents: let the layout settle.
    for (int frame = 0; frame < 2; ++frame) {
        app.draw_frame(1.0f / 60.0f);
        app.swap();
    }
    app.draw_frame(1.0f / 60.0f);
    if (!write_framebuffer_png(app.drawable_size(), line.output, error)) {
        std::fprintf(stderr, "legwork screenshot: %s\n", error.c_str());
        return 1;
    }
    return 0;
}

} // namespace legwork
