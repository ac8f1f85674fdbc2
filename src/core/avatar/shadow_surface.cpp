#include "core/avatar/shadow_surface.h"

#include "core/avatar/mesh_decimation.h"

#include <bit>
#include <unordered_map>

namespace legwork {
namespace {

struct PositionKey {
    std::uint32_t x, y, z;
    bool operator==(const PositionKey&) const = default;
};

struct PositionHash {
    std::size_t operator()(const PositionKey& k) const {
        return (std::size_t{k.x} * 73856093u) ^ (std::size_t{k.y} * 19349663u) ^ (std::size_t{k.z} * 83492791u);
    }
};

} // namespace

std::vector<std::uint32_t> shadow_surface(const SkinnedMesh& mesh, std::size_t triangles) {
    if (mesh.triangle_count() <= triangles) return mesh.indices;
    // One vertex per place: the first mesh vertex there stands for the others.
    TriangleMesh welded;
    std::vector<std::uint32_t> welded_index(mesh.vertex_count()), mesh_vertex;
    std::unordered_map<PositionKey, std::uint32_t, PositionHash> at;
    at.reserve(mesh.vertex_count());
    for (std::size_t v = 0; v < mesh.vertex_count(); ++v) {
        const glm::vec3 p = mesh.positions[v];
        const PositionKey key{std::bit_cast<std::uint32_t>(p.x), std::bit_cast<std::uint32_t>(p.y),
                              std::bit_cast<std::uint32_t>(p.z)};
        const auto [it, added] = at.try_emplace(key, static_cast<std::uint32_t>(welded.positions.size()));
        if (added) {
            welded.positions.push_back(p);
            mesh_vertex.push_back(static_cast<std::uint32_t>(v));
        }
        welded_index[v] = it->second;
    }
    welded.indices.reserve(mesh.indices.size());
    for (std::size_t t = 0; t < mesh.triangle_count(); ++t) {
        const std::uint32_t a = welded_index[mesh.indices[3 * t]], b = welded_index[mesh.indices[3 * t + 1]],
                            c = welded_index[mesh.indices[3 * t + 2]];
        if (a == b || b == c || c == a) continue; // welded to nothing
        welded.indices.insert(welded.indices.end(), {a, b, c});
    }

    DecimationOptions options;
    options.target_triangles = triangles;
    options.keep_vertices = true;
    std::vector<std::uint32_t> sources;
    decimate(welded, options, &sources);
    std::vector<std::uint32_t> indices;
    indices.reserve(welded.indices.size());
    for (const std::uint32_t v : welded.indices) indices.push_back(mesh_vertex[sources[v]]);
    return indices;
}

} // namespace legwork
