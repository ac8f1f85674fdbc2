#pragma once
// What OpenGL driver the app is running on, for choosing quality and for bug reports.

#include <string>

namespace legwork {

struct RendererInfo {
    std::string description; // "OpenGL 4.5 (Core Profile) Mesa 22.3.6 on llvmpipe (...)"
    bool software = false;   // a CPU rasterizer (llvmpipe, softpipe, SwiftShader)
};

// Reads the current GL context's version and renderer strings.
RendererInfo query_renderer_info();

} // namespace legwork
