#include "engine/renderer_info.h"

#include "engine/gl.h"

#include <string_view>

namespace legwork {

RendererInfo query_renderer_info() {
    const auto text = [](GLenum name) {
        const auto* value = reinterpret_cast<const char*>(glGetString(name));
        return std::string(value ? value : "unknown");
    };
    RendererInfo info;
    const std::string renderer = text(GL_RENDERER);
    info.description = "OpenGL " + text(GL_VERSION) + " on " + renderer;
    for (std::string_view name : {"llvmpipe", "softpipe", "SwiftShader", "Software Rasterizer"})
        info.software = info.software || renderer.find(name) != std::string::npos;
    return info;
}

} // namespace legwork
