#pragma once
// SkinnedMesh: a rigged body ready to pose and draw, as the avatar generator builds it and
// the model loader reads it from a file. Flat arrays with one entry per vertex, in the
// bind pose's model space (metres, +Y up, the body facing +Z with its left toward +X,
// soles on y = 0), and triangles as indices wound counter-clockwise seen from outside.
//
// Joints are the canonical skeleton's (skeleton.h): `joints` holds index(Joint) values,
// and each vertex follows up to four of them with `weights` that sum to 1.

#include "core/anim/skeleton.h"
#include "core/avatar/muscle_region.h"

#include <array>
#include <cstdint>
#include <glm/gtc/type_precision.hpp>
#include <string>
#include <vector>

namespace legwork {

// Clothing the built-in avatar wears; the renderer colours each from the user's choice.
enum class OutfitZone : std::uint8_t { top, shorts, shoes };
inline constexpr int kOutfitZoneCount = 3;

// A run of triangles drawn with one material.
struct MeshPart {
    std::string name;             // the material's name in the file
    std::uint32_t first_index = 0; // into SkinnedMesh::indices
    std::uint32_t index_count = 0;
    glm::vec3 base_color{0.8f};   // linear RGB
};

struct SkinnedMesh {
    std::vector<glm::vec3> positions;
    std::vector<glm::vec3> normals;   // unit length
    std::vector<glm::u8vec4> joints;  // index(Joint) of up to four joints; unused slots weigh 0
    std::vector<glm::vec4> weights;   // non-negative, summing to 1
    // Per vertex, how much each OutfitZone covers it (x top, y shorts, z shoes, w unused):
    // 1 inside, 0 outside, ramping linearly across a seam so that the 0.5 level, found by
    // interpolation across a triangle, draws the seam. Empty for models without an outfit.
    std::vector<glm::vec4> outfit;
    std::vector<MuscleWeights> muscles; // empty when the model's muscles are unknown
    std::vector<std::uint32_t> indices; // three per triangle
    std::vector<MeshPart> parts;        // cover `indices` in order
    // A coarser surface over the same vertices (three per triangle) that casts the mesh's
    // shadow: far fewer triangles to draw into the shadow map each frame. Empty: `indices`.
    std::vector<std::uint32_t> shadow_indices;
    // Model space to each joint's bind frame (the inverse of the joint's bind-pose world
    // transform), indexed by index(Joint).
    std::array<glm::mat4, kJointCount> inverse_bind{};

    std::size_t vertex_count() const { return positions.size(); }
    // The joint vertex `v` follows most.
    int heaviest_joint(std::size_t v) const {
        int k = 0;
        for (int i = 1; i < 4; ++i)
            if (weights[v][i] > weights[v][k]) k = i;
        return joints[v][k];
    }
    std::size_t triangle_count() const { return indices.size() / 3; }
};

} // namespace legwork
