#include "core/avatar/mesh_decimation.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <queue>

namespace legwork {
namespace {

// A symmetric 4x4 quadric: the sum of squared distances to a set of planes, weighted.
struct Quadric {
    std::array<double, 10> q{}; // a2 ab ac ad b2 bc bd c2 cd d2

    static Quadric plane(const glm::dvec3& n, double d, double weight) {
        Quadric r;
        r.q = {n.x * n.x, n.x * n.y, n.x * n.z, n.x * d, n.y * n.y,
               n.y * n.z, n.y * d,   n.z * n.z, n.z * d, d * d};
        for (double& v : r.q) v *= weight;
        return r;
    }
    Quadric& operator+=(const Quadric& o) {
        for (int i = 0; i < 10; ++i) q[i] += o.q[i];
        return *this;
    }
    double error(const glm::dvec3& v) const {
        return q[0] * v.x * v.x + 2 * q[1] * v.x * v.y + 2 * q[2] * v.x * v.z + 2 * q[3] * v.x +
               q[4] * v.y * v.y + 2 * q[5] * v.y * v.z + 2 * q[6] * v.y + q[7] * v.z * v.z +
               2 * q[8] * v.z + q[9];
    }
    // The point of least error, if the quadric pins one down.
    bool minimum(glm::dvec3& out) const {
        const glm::dmat3 a{q[0], q[1], q[2], q[1], q[4], q[5], q[2], q[5], q[7]};
        const double det = glm::determinant(a);
        const double scale = q[0] + q[4] + q[7];
        if (std::abs(det) <= 1e-9 * scale * scale * scale) return false;
        out = -(glm::inverse(a) * glm::dvec3(q[3], q[6], q[8]));
        return true;
    }
};

struct Candidate {
    double cost;
    std::uint32_t a, b;
    std::uint32_t stamp_a, stamp_b;
    bool operator<(const Candidate& o) const { // priority_queue pops the largest: invert
        if (cost != o.cost) return cost > o.cost;
        if (a != o.a) return a > o.a;
        return b > o.b;
    }
};

float quality(const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
    const float area2 = glm::length(glm::cross(b - a, c - a));
    const float edges = glm::dot(b - a, b - a) + glm::dot(c - b, c - b) + glm::dot(a - c, a - c);
    return edges > 0.0f ? 2.0f * std::sqrt(3.0f) * area2 / edges : 0.0f;
}

class Decimator {
public:
    Decimator(TriangleMesh& mesh, const DecimationOptions& options, std::vector<std::uint32_t>* sources)
        : mesh_(mesh), options_(options), sources_(sources), pos_(mesh.positions), tris_(mesh.indices.size() / 3),
          tri_alive_(tris_.size(), true), vert_tris_(pos_.size()), vert_alive_(pos_.size(), true),
          stamp_(pos_.size(), 0), quadric_(pos_.size()) {
        for (std::size_t t = 0; t < tris_.size(); ++t) {
            for (int k = 0; k < 3; ++k) {
                tris_[t][k] = mesh.indices[3 * t + k];
                vert_tris_[tris_[t][k]].push_back(static_cast<std::uint32_t>(t));
            }
            const glm::dvec3 a = pos_[tris_[t][0]], b = pos_[tris_[t][1]], c = pos_[tris_[t][2]];
            const glm::dvec3 cross = glm::cross(b - a, c - a);
            const double length = glm::length(cross);
            if (length <= 0.0) continue;
            const glm::dvec3 n = cross / length;
            const Quadric q = Quadric::plane(n, -glm::dot(n, a), 0.5 * length);
            for (int k = 0; k < 3; ++k) quadric_[tris_[t][k]] += q;
        }
        alive_triangles_ = tris_.size();
    }

    void run() {
        for (std::size_t t = 0; t < tris_.size(); ++t)
            for (int k = 0; k < 3; ++k) {
                const std::uint32_t a = tris_[t][k], b = tris_[t][(k + 1) % 3];
                if (a < b) push(a, b); // each edge once: from the triangle where it runs a -> b
            }
        while (alive_triangles_ > options_.target_triangles && !heap_.empty()) {
            const Candidate c = heap_.top();
            heap_.pop();
            if (!vert_alive_[c.a] || !vert_alive_[c.b] || stamp_[c.a] != c.stamp_a ||
                stamp_[c.b] != c.stamp_b)
                continue;
            glm::vec3 p;
            place(c.a, c.b, p);
            if (!allowed(c.a, c.b, p)) continue;
            // Into the end it stays at, when the vertices are kept.
            if (options_.keep_vertices && p == pos_[c.b]) collapse(c.b, c.a, p);
            else collapse(c.a, c.b, p);
        }
        compact();
    }

private:
    // Where the merged vertex goes: the quadric's minimum when it is near the edge, else
    // the best of the ends and the middle; only the ends when vertices are kept.
    double place(std::uint32_t a, std::uint32_t b, glm::vec3& out) const {
        Quadric q = quadric_[a];
        q += quadric_[b];
        const glm::dvec3 pa = pos_[a], pb = pos_[b];
        glm::dvec3 best{0.0};
        if (!options_.keep_vertices && q.minimum(best) &&
            glm::length(best - 0.5 * (pa + pb)) <= glm::length(pb - pa)) {
            out = glm::vec3(best);
            return q.error(best);
        }
        out = pos_[a];
        double least = q.error(pa);
        if (const double e = q.error(pb); e < least) {
            least = e;
            out = pos_[b];
        }
        if (const double e = q.error(0.5 * (pa + pb)); e < least && !options_.keep_vertices) {
            least = e;
            out = glm::vec3(0.5 * (pa + pb));
        }
        return least;
    }

    void push(std::uint32_t a, std::uint32_t b) {
        if (a > b) std::swap(a, b);
        glm::vec3 p;
        const double error = std::max(place(a, b, p), 0.0);
        // A little length in the cost makes flat areas collapse from the shortest edges
        // out, which keeps their triangles even.
        const double length2 =
            glm::dot(glm::dvec3(pos_[b] - pos_[a]), glm::dvec3(pos_[b] - pos_[a]));
        heap_.push({error + 1e-5 * length2 * length2, a, b, stamp_[a], stamp_[b]});
    }

    void neighbours(std::uint32_t v, std::vector<std::uint32_t>& out) const {
        out.resize(0);
        for (std::uint32_t t : vert_tris_[v])
            for (std::uint32_t w : tris_[t])
                if (w != v && std::find(out.begin(), out.end(), w) == out.end()) out.push_back(w);
    }

    bool allowed(std::uint32_t a, std::uint32_t b, const glm::vec3& p) {
        // Link condition: the edge's two triangles are the only ones a and b share.
        neighbours(a, na_);
        neighbours(b, nb_);
        int shared = 0;
        for (std::uint32_t w : na_)
            if (std::find(nb_.begin(), nb_.end(), w) != nb_.end()) ++shared;
        if (shared != 2) return false;
        if (options_.max_edge_m) {
            const float limit = options_.max_edge_m(p);
            for (const auto* list : {&na_, &nb_})
                for (std::uint32_t w : *list)
                    if (w != a && w != b && glm::distance(p, pos_[w]) > limit) return false;
        }
        const float min_cos = std::cos(glm::radians(options_.max_normal_turn_deg));
        // Slivers are refused, unless the worst triangle around was one already and the
        // collapse does not make it worse (so needles left by the grid can go).
        float worst_before = 1.0f, worst_after = 1.0f;
        for (std::uint32_t v : {a, b})
            for (std::uint32_t t : vert_tris_[v]) {
                const auto& tri = tris_[t];
                worst_before =
                    std::min(worst_before, quality(pos_[tri[0]], pos_[tri[1]], pos_[tri[2]]));
                if ((tri[0] == a || tri[1] == a || tri[2] == a) &&
                    (tri[0] == b || tri[1] == b || tri[2] == b))
                    continue; // removed by the collapse
                glm::vec3 before[3], after[3];
                for (int k = 0; k < 3; ++k) {
                    before[k] = pos_[tri[k]];
                    after[k] = tri[k] == v ? p : before[k];
                }
                const glm::vec3 n0 = glm::cross(before[1] - before[0], before[2] - before[0]);
                const glm::vec3 n1 = glm::cross(after[1] - after[0], after[2] - after[0]);
                const float l0 = glm::length(n0), l1 = glm::length(n1);
                if (l1 <= 0.0f || (l0 > 0.0f && glm::dot(n0, n1) < min_cos * l0 * l1)) return false;
                worst_after = std::min(worst_after, quality(after[0], after[1], after[2]));
            }
        return worst_after >= options_.min_quality || worst_after >= worst_before;
    }

    void collapse(std::uint32_t a, std::uint32_t b, const glm::vec3& p) {
        pos_[a] = p;
        quadric_[a] += quadric_[b];
        for (std::uint32_t t : vert_tris_[b]) {
            auto& tri = tris_[t];
            if (tri[0] == a || tri[1] == a || tri[2] == a) {
                tri_alive_[t] = false;
                --alive_triangles_;
                for (std::uint32_t w : tri) {
                    if (w == b) continue;
                    auto& list = vert_tris_[w];
                    list.erase(std::remove(list.begin(), list.end(), t), list.end());
                }
            } else {
                for (std::uint32_t& w : tri)
                    if (w == b) w = a;
                vert_tris_[a].push_back(t);
            }
        }
        vert_tris_[b].clear();
        vert_alive_[b] = false;
        ++stamp_[a];
        neighbours(a, na_);
        const std::vector<std::uint32_t> around = na_;
        for (std::uint32_t w : around) push(a, w);
    }

    void compact() {
        std::vector<std::uint32_t> remap(pos_.size(), ~0u);
        mesh_.positions.clear();
        mesh_.indices.clear();
        if (sources_) sources_->clear();
        for (std::size_t t = 0; t < tris_.size(); ++t) {
            if (!tri_alive_[t]) continue;
            for (std::uint32_t v : tris_[t]) {
                if (remap[v] == ~0u) {
                    remap[v] = static_cast<std::uint32_t>(mesh_.positions.size());
                    mesh_.positions.push_back(pos_[v]);
                    if (sources_) sources_->push_back(v);
                }
                mesh_.indices.push_back(remap[v]);
            }
        }
    }

    TriangleMesh& mesh_;
    const DecimationOptions& options_;
    std::vector<std::uint32_t>* sources_;
    std::vector<glm::vec3> pos_;
    std::vector<std::array<std::uint32_t, 3>> tris_;
    std::vector<bool> tri_alive_;
    std::vector<std::vector<std::uint32_t>> vert_tris_;
    std::vector<bool> vert_alive_;
    std::vector<std::uint32_t> stamp_;
    std::vector<Quadric> quadric_;
    std::priority_queue<Candidate> heap_;
    std::size_t alive_triangles_ = 0;
    std::vector<std::uint32_t> na_, nb_; // scratch
};

} // namespace

void decimate(TriangleMesh& mesh, const DecimationOptions& options,
              std::vector<std::uint32_t>* sources) {
    assert(mesh.indices.size() % 3 == 0);
    Decimator(mesh, options, sources).run();
}

} // namespace legwork
