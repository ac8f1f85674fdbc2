#include "core/geometry/shape_mesh.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace legwork {
namespace {

constexpr float kPi = std::numbers::pi_v<float>;
constexpr float kRoundingStep_m = 0.005f;

void add_quad(ShapeMesh& mesh, std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t d) {
    mesh.indices.insert(mesh.indices.end(), {a, b, c, a, c, d});
}

// Where a face's grid lines fall along one axis, in the cube's coordinates (-1..1): one
// line each side of the flat middle, and `steps` more over each rounded edge, where the
// surface curves.
std::vector<float> grid_lines(float half, float radius, int steps) {
    const float flat = radius > 0.0f ? (half - radius) / half : 1.0f;
    std::vector<float> lines;
    for (int i = 0; i <= steps; ++i)
        lines.push_back(-1.0f + (1.0f - flat) * static_cast<float>(i) / static_cast<float>(steps));
    for (int i = steps; i >= 0; --i)
        lines.push_back(1.0f - (1.0f - flat) * static_cast<float>(i) / static_cast<float>(steps));
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    return lines;
}

// One face of the box as a grid, each point moved onto the rounded box's surface: clamped
// to the box shrunk by the radius, then pushed out by the radius along the way it left.
void add_rounded_face(ShapeMesh& mesh, glm::vec3 normal, glm::vec3 u, glm::vec3 v, glm::vec3 half,
                      float radius, int steps) {
    const glm::vec3 inner = half - glm::vec3(radius);
    const auto first = static_cast<std::uint32_t>(mesh.positions.size());
    const std::vector<float> along_u = grid_lines(glm::dot(glm::abs(u), half), radius, steps);
    const std::vector<float> along_v = grid_lines(glm::dot(glm::abs(v), half), radius, steps);
    for (float tv : along_v) {
        for (float tu : along_u) {
            const glm::vec3 on_cube = (normal + u * tu + v * tv) * half;
            const glm::vec3 core = glm::clamp(on_cube, -inner, inner);
            const glm::vec3 out = on_cube - core;
            const float length = glm::length(out);
            const glm::vec3 direction = length > 1e-7f ? out / length : normal;
            mesh.positions.push_back(radius > 0.0f ? core + direction * radius : on_cube);
            mesh.normals.push_back(radius > 0.0f ? direction : normal);
        }
    }
    const auto row = static_cast<std::uint32_t>(along_u.size());
    for (std::uint32_t j = 0; j + 1 < static_cast<std::uint32_t>(along_v.size()); ++j)
        for (std::uint32_t i = 0; i + 1 < row; ++i) {
            const std::uint32_t a = first + j * row + i;
            add_quad(mesh, a, a + 1, a + row + 1, a + row);
        }
}

} // namespace

ShapeMesh box_mesh(glm::vec3 size, float corner_radius) {
    const glm::vec3 half = 0.5f * size;
    const float radius = std::clamp(corner_radius, 0.0f, std::min({half.x, half.y, half.z}));
    // Sharp boxes need only their corners; rounded ones a step around each edge for every
    // 5 mm of radius, up to five: a rounding of a few millimetres (a dumbbell's head) is
    // under a pixel on screen, and each triangle costs a software rasterizer time.
    const int steps =
        radius > 0.0f ? std::clamp(static_cast<int>(std::ceil(radius / kRoundingStep_m)), 1, 5) : 1;
    ShapeMesh mesh;
    const glm::vec3 x{1, 0, 0}, y{0, 1, 0}, z{0, 0, 1};
    // Each face's (u, v) make u x v point out of the face, so its quads wind outward.
    add_rounded_face(mesh, x, -z, y, half, radius, steps);
    add_rounded_face(mesh, -x, z, y, half, radius, steps);
    add_rounded_face(mesh, y, x, -z, half, radius, steps);
    add_rounded_face(mesh, -y, x, z, half, radius, steps);
    add_rounded_face(mesh, z, x, y, half, radius, steps);
    add_rounded_face(mesh, -z, -x, y, half, radius, steps);
    return mesh;
}

ShapeMesh sphere_mesh(int segments, int rings) {
    ShapeMesh mesh;
    for (int r = 0; r <= rings; ++r) {
        const float polar = kPi * static_cast<float>(r) / static_cast<float>(rings);
        for (int s = 0; s <= segments; ++s) {
            const float azimuth = 2.0f * kPi * static_cast<float>(s) / static_cast<float>(segments);
            const glm::vec3 n{std::sin(polar) * std::sin(azimuth), std::cos(polar),
                              std::sin(polar) * std::cos(azimuth)};
            mesh.positions.push_back(0.5f * n);
            mesh.normals.push_back(n);
        }
    }
    const auto row = static_cast<std::uint32_t>(segments + 1);
    for (std::uint32_t r = 0; r < static_cast<std::uint32_t>(rings); ++r)
        for (std::uint32_t s = 0; s < static_cast<std::uint32_t>(segments); ++s) {
            const std::uint32_t a = r * row + s;
            // Rows run from the top down and columns counter-clockwise seen from above.
            if (r > 0) mesh.indices.insert(mesh.indices.end(), {a, a + row, a + 1});
            if (r + 1 < static_cast<std::uint32_t>(rings))
                mesh.indices.insert(mesh.indices.end(), {a + 1, a + row, a + row + 1});
        }
    return mesh;
}

ShapeMesh cylinder_mesh(int segments) {
    ShapeMesh mesh;
    const auto add = [&](glm::vec3 p, glm::vec3 n) {
        mesh.positions.push_back(p);
        mesh.normals.push_back(n);
        return static_cast<std::uint32_t>(mesh.positions.size() - 1);
    };
    const std::uint32_t top_centre = add({0, 0.5f, 0}, {0, 1, 0});
    const std::uint32_t bottom_centre = add({0, -0.5f, 0}, {0, -1, 0});
    for (int s = 0; s < segments; ++s) {
        const auto angle = [&](int i) {
            return 2.0f * kPi * static_cast<float>(i) / static_cast<float>(segments);
        };
        const glm::vec3 d0{std::sin(angle(s)), 0, std::cos(angle(s))};
        const glm::vec3 d1{std::sin(angle(s + 1)), 0, std::cos(angle(s + 1))};
        const std::uint32_t side = add(0.5f * d0 + glm::vec3(0, 0.5f, 0), d0);
        add(0.5f * d1 + glm::vec3(0, 0.5f, 0), d1);
        add(0.5f * d1 - glm::vec3(0, 0.5f, 0), d1);
        add(0.5f * d0 - glm::vec3(0, 0.5f, 0), d0);
        add_quad(mesh, side + 3, side + 2, side + 1, side);
        const std::uint32_t top0 = add(0.5f * d0 + glm::vec3(0, 0.5f, 0), {0, 1, 0});
        const std::uint32_t top1 = add(0.5f * d1 + glm::vec3(0, 0.5f, 0), {0, 1, 0});
        mesh.indices.insert(mesh.indices.end(), {top_centre, top0, top1});
        const std::uint32_t bottom0 = add(0.5f * d0 - glm::vec3(0, 0.5f, 0), {0, -1, 0});
        const std::uint32_t bottom1 = add(0.5f * d1 - glm::vec3(0, 0.5f, 0), {0, -1, 0});
        mesh.indices.insert(mesh.indices.end(), {bottom_centre, bottom1, bottom0});
    }
    return mesh;
}

} // namespace legwork
