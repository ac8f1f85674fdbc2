#include "core/avatar/surface_nets.h"

#include <array>
#include <cassert>
#include <cmath>

namespace legwork {
namespace {

constexpr int kBlock = 4; // samples per block side when skipping space far from the surface

// The 12 edges of a cell as pairs of corner offsets.
constexpr std::array<std::array<glm::ivec3, 2>, 12> kCellEdges{{
    {{{0, 0, 0}, {1, 0, 0}}},
    {{{0, 1, 0}, {1, 1, 0}}},
    {{{0, 0, 1}, {1, 0, 1}}},
    {{{0, 1, 1}, {1, 1, 1}}},
    {{{0, 0, 0}, {0, 1, 0}}},
    {{{1, 0, 0}, {1, 1, 0}}},
    {{{0, 0, 1}, {0, 1, 1}}},
    {{{1, 0, 1}, {1, 1, 1}}},
    {{{0, 0, 0}, {0, 0, 1}}},
    {{{1, 0, 0}, {1, 0, 1}}},
    {{{0, 1, 0}, {0, 1, 1}}},
    {{{1, 1, 0}, {1, 1, 1}}},
}};

struct Grid {
    glm::ivec3 n;
    std::vector<float> value;
    std::size_t at(int i, int j, int k) const {
        return static_cast<std::size_t>(i) +
               static_cast<std::size_t>(n.x) *
                   (static_cast<std::size_t>(j) + static_cast<std::size_t>(n.y) * k);
    }
    std::size_t at(glm::ivec3 c) const { return at(c.x, c.y, c.z); }
    bool inside(glm::ivec3 c) const { return value[at(c)] < 0.0f; }
};

void sample(const std::function<float(const glm::vec3&)>& field, const SurfaceNetsGrid& g,
            Grid& grid, int& evaluated) {
    const glm::ivec3 n = g.samples;
    const auto position = [&](glm::vec3 c) { return g.origin + c * g.spacing; };
    for (int bk = 0; bk < n.z; bk += kBlock)
        for (int bj = 0; bj < n.y; bj += kBlock)
            for (int bi = 0; bi < n.x; bi += kBlock) {
                const glm::ivec3 lo{bi, bj, bk};
                const glm::ivec3 hi = glm::min(lo + kBlock, n) - 1; // inclusive
                const glm::vec3 centre = 0.5f * glm::vec3(lo + hi);
                const float half_diagonal = 0.5f * g.spacing * glm::length(glm::vec3(hi - lo));
                const float d = field(position(centre));
                ++evaluated;
                // No surface within a sample spacing of the block: its samples share d's sign.
                const bool far = glm::abs(d) > 1.5f * half_diagonal + 2.0f * g.spacing;
                for (int k = lo.z; k <= hi.z; ++k)
                    for (int j = lo.y; j <= hi.y; ++j)
                        for (int i = lo.x; i <= hi.x; ++i) {
                            float v = d;
                            if (!far) {
                                v = field(position(glm::vec3(i, j, k)));
                                ++evaluated;
                            }
                            // Exact zeros would make a sample both sides of the surface.
                            grid.value[grid.at(i, j, k)] = v == 0.0f ? 1e-12f : v;
                        }
            }
}

// Whether the corners of a cell with the given inside mask (bit i = corner (i&1, i>>1&1,
// i>>2&1)) split into more than one edge-connected group of inside corners, or of outside
// corners: then the surface crosses the cell in more than one sheet.
bool splits(unsigned mask) {
    for (unsigned side : {mask, ~mask & 0xffu}) {
        if (side == 0) continue;
        unsigned seen = side & (~side + 1); // lowest corner of this side
        for (bool grew = true; grew;) {
            grew = false;
            for (int c = 0; c < 8; ++c) {
                if (!(seen >> c & 1)) continue;
                for (int axis = 0; axis < 3; ++axis) {
                    const unsigned n = 1u << (c ^ (1 << axis));
                    if ((side & n) && !(seen & n)) {
                        seen |= n;
                        grew = true;
                    }
                }
            }
        }
        if (seen != side) return true;
    }
    return false;
}

// Moves corner samples across the surface until no cell splits; returns how many moved.
int resolve_ambiguous_cells(Grid& grid) {
    std::array<bool, 256> split{};
    for (unsigned m = 0; m < 256; ++m) split[m] = splits(m);
    const glm::ivec3 cells = grid.n - 1;
    const auto corners = [&](glm::ivec3 c, std::array<std::size_t, 8>& at) {
        unsigned mask = 0;
        for (int k = 0; k < 8; ++k) {
            at[k] = grid.at(c.x + (k & 1), c.y + (k >> 1 & 1), c.z + (k >> 2 & 1));
            if (grid.value[at[k]] < 0.0f) mask |= 1u << k;
        }
        return mask;
    };
    std::vector<glm::ivec3> work;
    std::array<std::size_t, 8> at;
    for (int k = 0; k < cells.z; ++k)
        for (int j = 0; j < cells.y; ++j)
            for (int i = 0; i < cells.x; ++i)
                if (split[corners({i, j, k}, at)]) work.push_back({i, j, k});
    int moved = 0;
    while (!work.empty()) {
        const glm::ivec3 c = work.back();
        work.pop_back();
        const unsigned mask = corners(c, at);
        if (!split[mask]) continue;
        // Prefer the corner nearest the surface whose move leaves one sheet.
        int best = -1;
        for (int pass = 0; pass < 2 && best < 0; ++pass)
            for (int k = 0; k < 8; ++k) {
                if (pass == 0 && split[mask ^ (1u << k)]) continue;
                if (best < 0 || std::abs(grid.value[at[k]]) < std::abs(grid.value[at[best]]))
                    best = k;
            }
        float& v = grid.value[at[best]];
        v = v < 0.0f ? 1e-7f : -1e-7f;
        ++moved;
        assert(moved < 100000 && "ambiguous cells do not resolve");
        // The eight cells sharing the moved corner may split now.
        const glm::ivec3 corner = c + glm::ivec3(best & 1, best >> 1 & 1, best >> 2 & 1);
        for (int k = 0; k < 8; ++k) {
            const glm::ivec3 n = corner - glm::ivec3(k & 1, k >> 1 & 1, k >> 2 & 1);
            if (glm::all(glm::greaterThanEqual(n, glm::ivec3(0))) &&
                glm::all(glm::lessThan(n, cells)))
                work.push_back(n);
        }
    }
    return moved;
}

} // namespace

SurfaceNetsResult surface_nets(const std::function<float(const glm::vec3&)>& field,
                               const SurfaceNetsGrid& g) {
    assert(g.samples.x >= 2 && g.samples.y >= 2 && g.samples.z >= 2 && g.spacing > 0.0f);
    SurfaceNetsResult result;
    Grid grid{g.samples, std::vector<float>(static_cast<std::size_t>(g.samples.x) * g.samples.y *
                                            g.samples.z)};
    sample(field, g, grid, result.samples_evaluated);
    result.corners_moved = resolve_ambiguous_cells(grid);

    // One vertex per cell the surface crosses, at the mean of its edge crossings.
    const glm::ivec3 cells = g.samples - 1;
    std::vector<std::int32_t> cell_vertex(static_cast<std::size_t>(cells.x) * cells.y * cells.z,
                                          -1);
    const auto cell_at = [&](glm::ivec3 c) {
        return static_cast<std::size_t>(c.x) +
               static_cast<std::size_t>(cells.x) *
                   (static_cast<std::size_t>(c.y) + static_cast<std::size_t>(cells.y) * c.z);
    };
    TriangleMesh& mesh = result.mesh;
    for (int k = 0; k < cells.z; ++k)
        for (int j = 0; j < cells.y; ++j)
            for (int i = 0; i < cells.x; ++i) {
                const glm::ivec3 c{i, j, k};
                glm::vec3 sum{0.0f};
                int crossings = 0;
                for (const auto& edge : kCellEdges) {
                    const float a = grid.value[grid.at(c + edge[0])];
                    const float b = grid.value[grid.at(c + edge[1])];
                    if ((a < 0.0f) == (b < 0.0f)) continue;
                    const float t = a / (a - b);
                    sum += glm::mix(glm::vec3(edge[0]), glm::vec3(edge[1]), t);
                    ++crossings;
                }
                if (crossings == 0) continue;
                cell_vertex[cell_at(c)] = static_cast<std::int32_t>(mesh.positions.size());
                mesh.positions.push_back(g.origin +
                                         (glm::vec3(c) + sum / float(crossings)) * g.spacing);
            }

    // One quad per crossed grid edge, joining the four cells around it, wound so that it
    // turns counter-clockwise seen from the outside end of the edge.
    for (int axis = 0; axis < 3; ++axis) {
        glm::ivec3 e{0}, u{0}, v{0};
        e[axis] = 1;
        u[(axis + 1) % 3] = 1;
        v[(axis + 2) % 3] = 1;
        for (int k = 0; k < g.samples.z - e.z; ++k)
            for (int j = 0; j < g.samples.y - e.y; ++j)
                for (int i = 0; i < g.samples.x - e.x; ++i) {
                    const glm::ivec3 c{i, j, k};
                    const bool a = grid.inside(c), b = grid.inside(c + e);
                    if (a == b) continue;
                    // Cells around the edge, counter-clockwise about +axis.
                    const glm::ivec3 around[4] = {c - u - v, c - v, c, c - u};
                    std::uint32_t q[4];
                    bool complete = true;
                    for (int n = 0; n < 4; ++n) {
                        const glm::ivec3 cell = around[n];
                        if (glm::any(glm::lessThan(cell, glm::ivec3(0))) ||
                            glm::any(glm::greaterThanEqual(cell, cells))) {
                            complete = false;
                            break;
                        }
                        q[n] = static_cast<std::uint32_t>(cell_vertex[cell_at(cell)]);
                    }
                    if (!complete) {
                        ++result.open_edges;
                        continue;
                    }
                    if (!a) std::swap(q[1], q[3]); // the outside is toward -axis
                    const auto& p = mesh.positions;
                    if (glm::distance(p[q[0]], p[q[2]]) <= glm::distance(p[q[1]], p[q[3]])) {
                        mesh.indices.insert(mesh.indices.end(),
                                            {q[0], q[1], q[2], q[0], q[2], q[3]});
                    } else {
                        mesh.indices.insert(mesh.indices.end(),
                                            {q[0], q[1], q[3], q[1], q[2], q[3]});
                    }
                }
    }
    return result;
}

} // namespace legwork
