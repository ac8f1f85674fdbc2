#include "engine/gpu_mesh.h"

#include <algorithm>
#include <cstddef>
#include <utility>

namespace legwork {
namespace {

// One skinned vertex as the GPU reads it: 60 bytes.
struct SkinnedVertex {
    glm::vec3 position;
    glm::vec3 normal;
    glm::u8vec4 joints;
    glm::vec4 weights;
    glm::u8vec4 outfit;     // coverage 0..1 as 0..255
    glm::u8vec4 muscles[3]; // weights 0..1 as 0..255
};

// One skinned vertex as skinning captures it.
struct CapturedVertex {
    glm::vec3 position;
    glm::vec3 normal;
};

struct ShapeVertex {
    glm::vec3 position;
    glm::vec3 normal;
};

std::uint8_t unorm8(float value) {
    return static_cast<std::uint8_t>(std::clamp(value, 0.0f, 1.0f) * 255.0f + 0.5f);
}

void attribute(GLuint location, GLint size, GLenum type, GLboolean normalized, GLsizei stride,
               std::size_t offset) {
    glEnableVertexAttribArray(location);
    glVertexAttribPointer(location, size, type, normalized, stride,
                          reinterpret_cast<const void*>(offset));
}

} // namespace

GpuMesh::~GpuMesh() {
    release();
}

GpuMesh::GpuMesh(GpuMesh&& other) noexcept {
    *this = std::move(other);
}

GpuMesh& GpuMesh::operator=(GpuMesh&& other) noexcept {
    if (this != &other) {
        release();
        vertex_array_ = std::exchange(other.vertex_array_, 0);
        vertex_buffer_ = std::exchange(other.vertex_buffer_, 0);
        index_buffer_ = std::exchange(other.index_buffer_, 0);
        index_count_ = std::exchange(other.index_count_, 0);
        shadow_count_ = std::exchange(other.shadow_count_, 0);
        vertex_count_ = std::exchange(other.vertex_count_, 0);
        skinned_array_ = std::exchange(other.skinned_array_, 0);
        skinned_buffer_ = std::exchange(other.skinned_buffer_, 0);
    }
    return *this;
}

void GpuMesh::release() {
    if (!vertex_array_) return;
    const GLuint arrays[] = {vertex_array_, skinned_array_};
    glDeleteVertexArrays(skinned_array_ ? 2 : 1, arrays);
    const GLuint buffers[] = {vertex_buffer_, index_buffer_, skinned_buffer_};
    glDeleteBuffers(skinned_buffer_ ? 3 : 2, buffers);
    vertex_array_ = vertex_buffer_ = index_buffer_ = skinned_array_ = skinned_buffer_ = 0;
    index_count_ = shadow_count_ = vertex_count_ = 0;
}

void GpuMesh::begin_upload() {
    release();
    glGenVertexArrays(1, &vertex_array_);
    glGenBuffers(1, &vertex_buffer_);
    glGenBuffers(1, &index_buffer_);
    glBindVertexArray(vertex_array_);
    glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer_);
}

void GpuMesh::upload(const SkinnedMesh& mesh) {
    std::vector<SkinnedVertex> vertices(mesh.vertex_count());
    for (std::size_t i = 0; i < vertices.size(); ++i) {
        SkinnedVertex& v = vertices[i];
        v.position = mesh.positions[i];
        v.normal = mesh.normals[i];
        v.joints = mesh.joints[i];
        v.weights = mesh.weights[i];
        const glm::vec4 outfit = mesh.outfit.empty() ? glm::vec4(0.0f) : mesh.outfit[i];
        v.outfit = {unorm8(outfit.x), unorm8(outfit.y), unorm8(outfit.z), unorm8(outfit.w)};
        for (int pack = 0; pack < 3; ++pack)
            for (int k = 0; k < 4; ++k) {
                const int region = pack * 4 + k;
                v.muscles[pack][k] = !mesh.muscles.empty() && region < kMuscleRegionCount
                                         ? unorm8(mesh.muscles[i][region])
                                         : 0;
            }
    }
    begin_upload();
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(SkinnedVertex)),
                 vertices.data(), GL_STATIC_DRAW);
    // The mesh's triangles, then its shadow surface's.
    const std::vector<std::uint32_t>& shadow = mesh.shadow_indices.empty() ? mesh.indices : mesh.shadow_indices;
    const std::size_t index_bytes = mesh.indices.size() * sizeof(std::uint32_t);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(index_bytes + shadow.size() * sizeof(std::uint32_t)), nullptr,
                 GL_STATIC_DRAW);
    glBufferSubData(GL_ELEMENT_ARRAY_BUFFER, 0, static_cast<GLsizeiptr>(index_bytes), mesh.indices.data());
    glBufferSubData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLintptr>(index_bytes),
                    static_cast<GLsizeiptr>(shadow.size() * sizeof(std::uint32_t)), shadow.data());
    constexpr GLsizei stride = sizeof(SkinnedVertex);
    attribute(0, 3, GL_FLOAT, GL_FALSE, stride, offsetof(SkinnedVertex, position));
    attribute(1, 3, GL_FLOAT, GL_FALSE, stride, offsetof(SkinnedVertex, normal));
    glEnableVertexAttribArray(2);
    glVertexAttribIPointer(2, 4, GL_UNSIGNED_BYTE, stride,
                           reinterpret_cast<const void*>(offsetof(SkinnedVertex, joints)));
    attribute(3, 4, GL_FLOAT, GL_FALSE, stride, offsetof(SkinnedVertex, weights));
    const auto outfit_and_muscles = [&] {
        attribute(4, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, offsetof(SkinnedVertex, outfit));
        for (int pack = 0; pack < 3; ++pack)
            attribute(5 + pack, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                      offsetof(SkinnedVertex, muscles) + pack * sizeof(glm::u8vec4));
    };
    outfit_and_muscles();

    // The skinned vertices, and drawing from them with the rest of each vertex.
    glGenVertexArrays(1, &skinned_array_);
    glGenBuffers(1, &skinned_buffer_);
    glBindVertexArray(skinned_array_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, index_buffer_);
    glBindBuffer(GL_ARRAY_BUFFER, skinned_buffer_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(CapturedVertex)),
                 nullptr, GL_DYNAMIC_COPY);
    attribute(0, 3, GL_FLOAT, GL_FALSE, sizeof(CapturedVertex), offsetof(CapturedVertex, position));
    attribute(1, 3, GL_FLOAT, GL_FALSE, sizeof(CapturedVertex), offsetof(CapturedVertex, normal));
    glBindBuffer(GL_ARRAY_BUFFER, vertex_buffer_);
    outfit_and_muscles();
    attribute(8, 3, GL_FLOAT, GL_FALSE, stride, offsetof(SkinnedVertex, position));
    glBindVertexArray(0);
    index_count_ = static_cast<std::uint32_t>(mesh.indices.size());
    shadow_count_ = static_cast<std::uint32_t>(shadow.size());
    vertex_count_ = static_cast<std::uint32_t>(vertices.size());
}

void GpuMesh::upload(const ShapeMesh& mesh) {
    std::vector<ShapeVertex> vertices(mesh.positions.size());
    for (std::size_t i = 0; i < vertices.size(); ++i)
        vertices[i] = {mesh.positions[i], mesh.normals[i]};
    begin_upload();
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(ShapeVertex)),
                 vertices.data(), GL_STATIC_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(mesh.indices.size() * sizeof(std::uint32_t)),
                 mesh.indices.data(), GL_STATIC_DRAW);
    attribute(0, 3, GL_FLOAT, GL_FALSE, sizeof(ShapeVertex), offsetof(ShapeVertex, position));
    attribute(1, 3, GL_FLOAT, GL_FALSE, sizeof(ShapeVertex), offsetof(ShapeVertex, normal));
    glBindVertexArray(0);
    index_count_ = static_cast<std::uint32_t>(mesh.indices.size());
}

void GpuMesh::draw(std::uint32_t first, std::uint32_t count) const {
    draw_from(vertex_array_, first, count);
}

void GpuMesh::draw_skinned(std::uint32_t first, std::uint32_t count) const {
    draw_from(skinned_array_, first, count);
}

void GpuMesh::draw_skinned_shadow() const {
    if (skinned_array_) draw_elements(skinned_array_, index_count_, shadow_count_);
}

void GpuMesh::draw_from(GLuint vertex_array, std::uint32_t first, std::uint32_t count) const {
    if (!vertex_array || first >= index_count_) return;
    draw_elements(vertex_array, first, std::min(count, index_count_ - first));
}

void GpuMesh::draw_elements(GLuint vertex_array, std::uint32_t first, std::uint32_t count) {
    glBindVertexArray(vertex_array);
    glDrawElements(
        GL_TRIANGLES, static_cast<GLsizei>(count), GL_UNSIGNED_INT,
        reinterpret_cast<const void*>(static_cast<std::size_t>(first) * sizeof(std::uint32_t)));
    glBindVertexArray(0);
}

void GpuMesh::capture_skinned() const {
    if (!skinned_buffer_) return;
    glEnable(GL_RASTERIZER_DISCARD);
    glBindBufferBase(GL_TRANSFORM_FEEDBACK_BUFFER, 0, skinned_buffer_);
    glBindVertexArray(vertex_array_);
    glBeginTransformFeedback(GL_POINTS);
    glDrawArrays(GL_POINTS, 0, static_cast<GLsizei>(vertex_count_));
    glEndTransformFeedback();
    glBindVertexArray(0);
    glBindBufferBase(GL_TRANSFORM_FEEDBACK_BUFFER, 0, 0);
    glDisable(GL_RASTERIZER_DISCARD);
}

} // namespace legwork
