#pragma once
// ShaderProgram: a linked GLSL 330 core program whose sources are files in shaders/.
// A source may share code with others through lines of the form `#include "file.glsl"`
// (a file in the same folder, pasted in place, one level deep).

#include "engine/gl.h"

#include <filesystem>
#include <span>
#include <string>
#include <string_view>

namespace legwork {

class ShaderProgram {
public:
    ShaderProgram() = default;
    ~ShaderProgram();
    ShaderProgram(const ShaderProgram&) = delete;
    ShaderProgram& operator=(const ShaderProgram&) = delete;

    // Compiles `dir/vertex_file` and `dir/fragment_file` and links them, each with
    // `defines` (lines such as "#define NAME\n") put after its #version line. On failure
    // returns false with `error` naming the file and holding the driver's log.
    bool load(const std::filesystem::path& dir, const char* vertex_file, const char* fragment_file,
              std::string& error, std::string_view defines = {});

    // Compiles `dir/vertex_file` alone and links it to capture the outputs `varyings`,
    // interleaved in that order, into one transform feedback buffer (drawn with rasterizing
    // turned off). On failure returns false with `error` as load() does.
    bool load_capture(const std::filesystem::path& dir, const char* vertex_file,
                      std::span<const char* const> varyings, std::string& error);

    // Location of a uniform, or -1 (with an assert in debug builds) if the program has none
    // by that name. Look locations up once after load, not per frame.
    GLint uniform(const char* name) const;
    // The same for a uniform that a variant of the program (made with other `defines`) may
    // leave out: -1 then, which glUniform*() ignores.
    GLint uniform_if_used(const char* name) const;

    GLuint id() const { return program_; }

private:
    // Links `program` (its shaders attached) and takes it on; false with `error` naming
    // `files` when it does not link.
    bool link(GLuint program, const std::string& files, std::string& error);

    GLuint program_ = 0;
};

} // namespace legwork
