#pragma once
// GpuMesh: a triangle mesh in GPU buffers, ready to draw: a vertex array, its vertex
// buffer and index buffer. Filled from a SkinnedMesh (the avatar) or a ShapeMesh (props),
// each with its own attribute layout; the shaders name the same locations.
//
// Skinned layout: 0 position, 1 normal, 2 joints (uvec4), 3 weights, 4 outfit coverage,
// 5-7 muscle weights (MuscleRegion order, four per attribute). A skinned mesh also keeps a
// buffer its skinned positions and normals are captured into once a frame
// (capture_skinned()), and a second vertex array to draw from them (draw_skinned()):
// 0 skinned position, 1 skinned normal, 4-7 as above, 8 bind position; its shadow
// surface draws from them too (draw_skinned_shadow()). Shape layout:
// 0 position, 1 normal.

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
    // Runs the bound program over every vertex of a skinned mesh, rasterizing nothing, and
    // captures its outputs (a position and a normal, vec3 each) as the skinned vertices.
    void capture_skinned() const;
    // Draws as draw() does, from the vertices capture_skinned() captured last.
    void draw_skinned(std::uint32_t first = 0, std::uint32_t count = ~0u) const;
    // Draws the mesh's shadow surface (SkinnedMesh::shadow_indices) from those vertices.
    void draw_skinned_shadow() const;
    bool empty() const { return index_count_ == 0; }

private:
    void release();
    void begin_upload();

    // The mesh's own triangles, `count` indices from `first` at most.
    void draw_from(GLuint vertex_array, std::uint32_t first, std::uint32_t count) const;
    // Any indices of the index buffer (the shadow surface's follow the mesh's).
    static void draw_elements(GLuint vertex_array, std::uint32_t first, std::uint32_t count);

    GLuint vertex_array_ = 0;
    GLuint vertex_buffer_ = 0;
    GLuint index_buffer_ = 0;
    std::uint32_t index_count_ = 0;  // the mesh's own; a shadow surface's follow them
    std::uint32_t shadow_count_ = 0; // the shadow surface's
    std::uint32_t vertex_count_ = 0;
    GLuint skinned_array_ = 0;  // a skinned mesh's: drawing from its skinned vertices
    GLuint skinned_buffer_ = 0; // those vertices, captured
};

} // namespace legwork
