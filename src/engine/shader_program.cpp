#include "engine/shader_program.h"

#include <cassert>
#include <fstream>
#include <iterator>

namespace legwork {
namespace {

bool read_text(const std::filesystem::path& path, std::string& text) {
    std::ifstream file(path, std::ios::binary);
    if (!file) return false;
    text.assign(std::istreambuf_iterator<char>(file), {});
    return true;
}

// Pastes the files named by `#include "file"` lines in place. False with `error` when one
// cannot be read.
bool expand_includes(const std::filesystem::path& path, std::string& source, std::string& error) {
    std::string expanded;
    std::size_t line_start = 0;
    int line_number = 1;
    while (line_start < source.size()) {
        std::size_t line_end = source.find('\n', line_start);
        if (line_end == std::string::npos) line_end = source.size();
        const std::string_view line(source.data() + line_start, line_end - line_start);
        constexpr std::string_view kInclude = "#include \"";
        if (line.starts_with(kInclude) && line.size() > kInclude.size() + 1 && line.back() == '"') {
            const std::string name(line.substr(kInclude.size(), line.size() - kInclude.size() - 1));
            std::string included;
            if (!read_text(path.parent_path() / name, included)) {
                error = path.string() + ":" + std::to_string(line_number) + ": cannot read " + name;
                return false;
            }
            expanded += included;
            if (!included.empty() && included.back() != '\n') expanded += '\n';
        } else {
            expanded.append(line);
            expanded += '\n';
        }
        line_start = line_end + 1;
        ++line_number;
    }
    source = std::move(expanded);
    return true;
}

GLuint compile(GLenum stage, const std::filesystem::path& path, std::string_view defines,
               std::string& error) {
    std::string source;
    if (!read_text(path, source)) {
        error = path.string() + ": cannot read shader source";
        return 0;
    }
    if (!expand_includes(path, source, error)) return 0;
    // After the #version line, which must come first.
    const std::size_t after_version = source.find('\n') + 1;
    if (!defines.empty() && after_version > 0) source.insert(after_version, defines);
    const GLuint shader = glCreateShader(stage);
    const char* text = source.c_str();
    glShaderSource(shader, 1, &text, nullptr);
    glCompileShader(shader);
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok == GL_TRUE) return shader;

    GLint length = 0;
    glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &length);
    std::string log(static_cast<size_t>(std::max(length, 1)), '\0');
    glGetShaderInfoLog(shader, length, nullptr, log.data());
    error = path.string() + ": does not compile:\n" + log.c_str();
    glDeleteShader(shader);
    return 0;
}

} // namespace

ShaderProgram::~ShaderProgram() {
    if (program_) glDeleteProgram(program_);
}

bool ShaderProgram::load(const std::filesystem::path& dir, const char* vertex_file,
                         const char* fragment_file, std::string& error, std::string_view defines) {
    const GLuint vertex = compile(GL_VERTEX_SHADER, dir / vertex_file, defines, error);
    if (!vertex) return false;
    const GLuint fragment = compile(GL_FRAGMENT_SHADER, dir / fragment_file, defines, error);
    if (!fragment) {
        glDeleteShader(vertex);
        return false;
    }
    const GLuint program = glCreateProgram();
    glAttachShader(program, vertex);
    glAttachShader(program, fragment);
    glDeleteShader(vertex);
    glDeleteShader(fragment);
    return link(program, std::string(vertex_file) + " + " + fragment_file, error);
}

bool ShaderProgram::load_capture(const std::filesystem::path& dir, const char* vertex_file,
                                 std::span<const char* const> varyings, std::string& error) {
    const GLuint vertex = compile(GL_VERTEX_SHADER, dir / vertex_file, {}, error);
    if (!vertex) return false;
    const GLuint program = glCreateProgram();
    glAttachShader(program, vertex);
    glDeleteShader(vertex);
    glTransformFeedbackVaryings(program, static_cast<GLsizei>(varyings.size()), varyings.data(),
                                GL_INTERLEAVED_ATTRIBS);
    return link(program, vertex_file, error);
}

bool ShaderProgram::link(GLuint program, const std::string& files, std::string& error) {
    glLinkProgram(program);
    GLint ok = GL_FALSE;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (ok != GL_TRUE) {
        GLint length = 0;
        glGetProgramiv(program, GL_INFO_LOG_LENGTH, &length);
        std::string log(static_cast<size_t>(std::max(length, 1)), '\0');
        glGetProgramInfoLog(program, length, nullptr, log.data());
        error = files + ": do not link:\n" + log.c_str();
        glDeleteProgram(program);
        return false;
    }
    if (program_) glDeleteProgram(program_);
    program_ = program;
    return true;
}

GLint ShaderProgram::uniform_if_used(const char* name) const {
    return glGetUniformLocation(program_, name);
}

GLint ShaderProgram::uniform(const char* name) const {
    const GLint location = glGetUniformLocation(program_, name);
    assert(location >= 0 && "ShaderProgram::uniform: no active uniform by that name");
    return location;
}

} // namespace legwork
