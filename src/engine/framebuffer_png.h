#pragma once
// Saving what the window shows as a PNG file (screenshots, tests, the README's picture).

#include <filesystem>
#include <glm/vec2.hpp>
#include <string>

namespace legwork {

// Reads the window's framebuffer (`size` pixels, the frame just drawn, before the swap)
// and writes it to `file` as an 8-bit RGB PNG. Returns false with `error` on failure.
bool write_framebuffer_png(glm::ivec2 size, const std::filesystem::path& file,
                           std::string& error);

} // namespace legwork
