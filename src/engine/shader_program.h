#pragma once
// ShaderProgram: a linked GLSL 330 core program whose sources are files in shaders/.
// A source may share code with others through lines of the form `#include "file.glsl"`
// (a file in the same folder, pasted in place, one level deep).

#include "engine/gl.h"

#include <filesystem>
#include <string>

namespace legwork {

class ShaderProgram {
public:
    ShaderProgram() = default;
    ~ShaderProgram();
    ShaderProgram(const ShaderProgram&) = delete;
    ShaderProgram& operator=(const ShaderProgram&) = delete;

    // Compiles `dir/vertex_file` and `dir/fragment_file` and links them. On failure
    // returns false with `error` naming the file and holding the driver's log.
    bool load(const std::filesystem::path& dir, const char* vertex_file, const char* fragment_file,
              std::string& error);

    // Location of a uniform, or -1 (with an assert in debug builds) if the program has none
    // by that name. Look locations up once after load, not per frame.
    GLint uniform(const char* name) const;

    GLuint id() const { return program_; }

private:
    GLuint program_ = 0;
};

} // namespace legwork
