#pragma once
// TextureTarget: a single-sample sRGB colour texture to draw into and read from, for
// images kept between frames (the studio's backdrop while the camera stays put).

#include "engine/gl.h"

#include <glm/vec2.hpp>
#include <string>

namespace legwork {

class TextureTarget {
public:
    TextureTarget() = default;
    ~TextureTarget();
    TextureTarget(const TextureTarget&) = delete;
    TextureTarget& operator=(const TextureTarget&) = delete;

    // (Re)allocates for `size` pixels; does nothing when unchanged. False with `error`
    // when the driver refuses it.
    bool resize(glm::ivec2 size, std::string& error);
    // Binds it as the render target with sRGB encoding on.
    void begin_drawing() const;
    GLuint texture() const { return texture_; }
    glm::ivec2 size() const { return size_; }

private:
    void release();

    GLuint framebuffer_ = 0;
    GLuint texture_ = 0;
    glm::ivec2 size_{0, 0};
};

} // namespace legwork
