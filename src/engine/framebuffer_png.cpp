#include "engine/framebuffer_png.h"

#include "engine/gl.h"

#include <vector>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO_FOPEN_WIN32
#include <stb_image_write.h>

namespace legwork {

bool write_framebuffer_png(glm::ivec2 size, const std::filesystem::path& file,
                           std::string& error) {
    std::vector<unsigned char> pixels(static_cast<size_t>(size.x) * size.y * 3);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, size.x, size.y, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    if (const GLenum gl_error = glGetError(); gl_error != GL_NO_ERROR) {
        error = "cannot read the framebuffer (GL error " + std::to_string(gl_error) + ")";
        return false;
    }
    // GL's first row is the bottom one; PNG's is the top one.
    const int stride = size.x * 3;
    stbi_flip_vertically_on_write(1);
    if (!stbi_write_png(file.c_str(), size.x, size.y, 3, pixels.data(), stride)) {
        error = file.string() + ": cannot write the PNG file";
        return false;
    }
    return true;
}

} // namespace legwork
