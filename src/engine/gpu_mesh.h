#pragma once
// GpuMesh: a triangle mesh in GPU buffers, ready to draw: a vertex array, its vertex
// buffer and index buffer. Filled from a SkinnedMesh (the avatar) or a ShapeMesh (props),
// each with its own attribute layout; the shaders name the same locations.
//
// Skinned layout: 0 position, 1 normal, 2 joints (uvec4), 3 weights, 4 outfit coverage,
// 5-7 muscle weights (MuscleRegion order, four per attribute). Shape layout: 0 position,
// 1 normal.

#include "core/avatar/skinned_mesh.h"
#include "core/geometry/shape_mesh.h"
#include "engine/gl.h"

namespace legwork {

class GpuMesh {
public:
    GpuMesh() = default;
    ~GpuMesh();
    GpuMesh(GpuMesh&& other) noexcept;
    GpuMesh& operator=(GpuMesh&& other) noexcept;
    GpuMesh(const GpuMesh&) = delete;
    GpuMesh& operator=(const GpuMesh&) = delete;

    // Replaces the contents. Needs a current GL context.
    void upload(const SkinnedMesh& mesh);
    void upload(const ShapeMesh& mesh);

    // Draws `count` indices from `first` (all of them by default) as triangles.
    void draw(std::uint32_t first = 0, std::uint32_t count = ~0u) const;
    bool empty() const { return index_count_ == 0; }

private:
    void release();
    void begin_upload();

    GLuint vertex_array_ = 0;
    GLuint vertex_buffer_ = 0;
    GLuint index_buffer_ = 0;
    std::uint32_t index_count_ = 0;
};

} // namespace legwork
