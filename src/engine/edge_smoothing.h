#pragma once
// EdgeSmoothing: antialiasing as a filter over a finished image (shaders/edge_smoothing.frag),
// for a scene drawn with one sample per pixel. On a software rasterizer 4x multisampling
// more than doubles the cost of everything drawn and its resolve is a pass of its own;
// this one pass at the scene's resolution costs a fraction of that.

#include "engine/gl.h"
#include "engine/shader_program.h"

#include <filesystem>
#include <glm/vec2.hpp>
#include <string>

namespace legwork {

class EdgeSmoothing {
public:
    // How far from a pixel the smoothing of it reads: along an edge up to 4 pixels, and a
    // linear filter's pixel beyond (shaders/edge_smoothing.frag).
    static constexpr int kReach_px = 5;

    EdgeSmoothing() = default;
    ~EdgeSmoothing();
    EdgeSmoothing(const EdgeSmoothing&) = delete;
    EdgeSmoothing& operator=(const EdgeSmoothing&) = delete;

    // Loads the filter's shaders from `shader_dir`. False with `error`.
    bool load(const std::filesystem::path& shader_dir, std::string& error);

    // Draws `image` (`size` pixels, linearly filtered, its bytes read as they are) smoothed
    // into the bound framebuffer, which must be the same size. Leaves blending and depth
    // testing off.
    void apply(GLuint image, glm::ivec2 size) const;

private:
    ShaderProgram program_;
    GLint texel_ = -1;
    GLuint empty_vertex_array_ = 0; // core profile needs one bound even with no attributes
};

} // namespace legwork
