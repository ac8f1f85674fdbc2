#include "mesh_measures.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

namespace legwork::test {

int unpaired_edges(std::span<const std::uint32_t> indices) {
    std::map<std::pair<std::uint32_t, std::uint32_t>, int> directed;
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3)
        for (int k = 0; k < 3; ++k) ++directed[{indices[t + k], indices[t + (k + 1) % 3]}];
    int bad = 0;
    for (const auto& [edge, count] : directed) {
        const auto reverse = directed.find({edge.second, edge.first});
        if (count != 1 || reverse == directed.end() || reverse->second != 1) ++bad;
    }
    return bad;
}

double signed_volume(std::span<const glm::vec3> p, std::span<const std::uint32_t> indices) {
    double volume = 0.0;
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3)
        volume += glm::dot(glm::dvec3(p[indices[t]]), glm::cross(glm::dvec3(p[indices[t + 1]]),
                                                                 glm::dvec3(p[indices[t + 2]])));
    return volume / 6.0;
}

double winding_number(std::span<const glm::vec3> p, std::span<const std::uint32_t> indices,
                      const glm::vec3& point) {
    // Solid angle of each triangle seen from the point (Van Oosterom and Strackee).
    double total = 0.0;
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
        const glm::dvec3 a = glm::dvec3(p[indices[t]]) - glm::dvec3(point);
        const glm::dvec3 b = glm::dvec3(p[indices[t + 1]]) - glm::dvec3(point);
        const glm::dvec3 c = glm::dvec3(p[indices[t + 2]]) - glm::dvec3(point);
        const double la = glm::length(a), lb = glm::length(b), lc = glm::length(c);
        const double numerator = glm::dot(a, glm::cross(b, c));
        const double denominator =
            la * lb * lc + glm::dot(a, b) * lc + glm::dot(b, c) * la + glm::dot(c, a) * lb;
        total += 2.0 * std::atan2(numerator, denominator);
    }
    return total / (4.0 * std::numbers::pi);
}

std::vector<Section> sections(std::span<const glm::vec3> p, std::span<const std::uint32_t> indices,
                              const glm::vec3& normal, float offset) {
    using Edge = std::pair<std::uint32_t, std::uint32_t>;
    const auto key = [](std::uint32_t a, std::uint32_t b) {
        return a < b ? Edge{a, b} : Edge{b, a};
    };
    std::map<Edge, glm::vec3> point;
    std::map<Edge, std::vector<Edge>> next;
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
        std::vector<Edge> cut;
        for (int k = 0; k < 3; ++k) {
            const std::uint32_t a = indices[t + k], b = indices[t + (k + 1) % 3];
            const float da = glm::dot(normal, p[a]) - offset, db = glm::dot(normal, p[b]) - offset;
            if ((da < 0.0f) == (db < 0.0f)) continue;
            point[key(a, b)] = p[a] + (p[b] - p[a]) * (da / (da - db));
            cut.push_back(key(a, b));
        }
        if (cut.size() == 2) {
            next[cut[0]].push_back(cut[1]);
            next[cut[1]].push_back(cut[0]);
        }
    }
    std::vector<Section> out;
    std::map<Edge, bool> seen;
    for (const auto& [start, unused] : next) {
        if (seen[start]) continue;
        Section s{glm::vec3(0.0f), 0.0f};
        int count = 0;
        Edge previous = start, current = start;
        while (!seen[current]) {
            seen[current] = true;
            s.centroid += point[current];
            ++count;
            const std::vector<Edge>& around = next[current];
            const Edge following =
                around.size() > 1 && around[0] == previous ? around[1] : around[0];
            s.perimeter_m += glm::distance(point[current], point[following]);
            previous = current;
            current = following;
        }
        s.centroid /= static_cast<float>(count);
        out.push_back(s);
    }
    return out;
}

float distance_to_segment(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b) {
    const glm::vec3 ab = b - a;
    const float t = glm::clamp(glm::dot(p - a, ab) / glm::dot(ab, ab), 0.0f, 1.0f);
    return glm::distance(p, a + t * ab);
}

} // namespace legwork::test
