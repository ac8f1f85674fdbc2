#include "core/anim/motion_clip.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace legwork {
namespace {

// Fritsch-Butland slope at a key between secants d0 (before) and d1 (after) over spans
// h0 and h1: zero at a turning point, otherwise a weighted harmonic mean, which keeps the
// cubic monotone between keys.
float monotone_slope(float d0, float d1, float h0, float h1) {
    if (d0 * d1 <= 0.0f) return 0.0f;
    return 3.0f * (h0 + h1) / ((2.0f * h1 + h0) / d0 + (h1 + 2.0f * h0) / d1);
}

float smoothstep(float edge0, float edge1, float x) {
    const float t = std::clamp((x - edge0) / (edge1 - edge0), 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
}

constexpr float kMaxEase_s = 0.3f;

} // namespace

MotionClip::MotionClip(const Motion& motion, const ClipOptions& options) {
    const int n = static_cast<int>(motion.phases.size());
    assert(n > 0 && "a motion needs at least one phase");
    assert((options.phase_s.empty() || static_cast<int>(options.phase_s.size()) == n) &&
           "one duration per phase");
    placement_ = motion.placement;
    side_ = options.side.value_or(motion.side);
    const bool mirror_side = side_ != motion.side;
    mirrored_ = mirror_side;
    on_mat_ = motion.on_mat;

    std::vector<BodyAngles> ends(n);
    for (int i = 0; i < n; ++i) ends[i] = motion.phases[i].end;
    if (options.variant >= 0) {
        assert(options.variant < static_cast<int>(motion.variants.size()) && "no such variant");
        for (const auto& [phase, added] : motion.variants[options.variant].added)
            for (int d = 0; d < kDofCount; ++d) ends[phase].deg[d] += added.deg[d];
    }
    if (mirror_side)
        for (BodyAngles& end : ends) end = legwork::mirrored(end);

    key_time_s_.assign(n + 1, 0.0f);
    key_value_.assign(n + 1, ends[n - 1]);
    for (int i = 0; i < n; ++i) {
        const float phase_s = options.phase_s.empty() ? motion.phases[i].duration_s : options.phase_s[i];
        key_time_s_[i + 1] = key_time_s_[i] + std::max(phase_s, kMinPhase_s);
        key_value_[i + 1] = ends[i];
    }
    // Slopes around the ring: key 0 and key n are the same instant of consecutive cycles.
    key_slope_.assign(n + 1, BodyAngles{});
    for (int k = 0; k <= n; ++k) {
        const int before = k == 0 ? n - 1 : k - 1; // segment ending at key k
        const int after = k == n ? 0 : k;          // segment starting at key k
        const float h0 = key_time_s_[before + 1] - key_time_s_[before];
        const float h1 = key_time_s_[after + 1] - key_time_s_[after];
        for (int d = 0; d < kDofCount; ++d) {
            const float d0 = (key_value_[before + 1].deg[d] - key_value_[before].deg[d]) / h0;
            const float d1 = (key_value_[after + 1].deg[d] - key_value_[after].deg[d]) / h1;
            key_slope_[k].deg[d] = monotone_slope(d0, d1, h0, h1);
        }
    }

    for (Contact contact : motion.contacts) {
        if (mirror_side) {
            contact.side = other(contact.side);
            contact.site = mirror(contact.site);
        }
        std::vector<std::pair<float, float>> spans;
        if (!contact.phases.empty()) {
            std::vector<bool> holds(n, false);
            for (int phase : contact.phases) holds[phase] = true;
            // Free spans are runs of phases the contact does not hold in, found from a
            // holding phase so that a run crossing the cycle's end stays whole.
            const int first_hold = static_cast<int>(std::find(holds.begin(), holds.end(), true) - holds.begin());
            assert(first_hold < n && "a contact must hold in at least one phase");
            for (int step = 1; step <= n; ++step) {
                const int p = (first_hold + step) % n;
                const int prev = (p + n - 1) % n;
                if (holds[p] || !holds[prev]) continue;
                int q = p; // last free phase of this run
                float length = 0.0f;
                while (!holds[q]) {
                    length += key_time_s_[q + 1] - key_time_s_[q];
                    q = (q + 1) % n;
                }
                const float start = key_time_s_[p];
                spans.emplace_back(start, start + length); // may pass the cycle's end
            }
        }
        contacts_.push_back(contact);
        free_spans_s_.push_back(std::move(spans));
    }
}

float MotionClip::surface_height_m(Surface surface) const {
    return legwork::surface_height_m(surface) + (on_mat_ ? kMatThickness_m : 0.0f);
}

float MotionClip::wrap(float t_s) const {
    const float cycle = duration_s();
    const float t = std::fmod(t_s, cycle);
    return t < 0.0f ? t + cycle : t;
}

PhaseTime MotionClip::phase_at(float t_s) const {
    const float t = wrap(t_s);
    const auto it = std::upper_bound(key_time_s_.begin() + 1, key_time_s_.end() - 1, t);
    const int phase = static_cast<int>(it - key_time_s_.begin()) - 1;
    const float span = key_time_s_[phase + 1] - key_time_s_[phase];
    return {phase, std::clamp((t - key_time_s_[phase]) / span, 0.0f, 1.0f)};
}

BodyAngles MotionClip::angles_at(float t_s) const {
    const PhaseTime at = phase_at(t_s);
    const int k = at.phase;
    const float h = key_time_s_[k + 1] - key_time_s_[k];
    const float u = at.fraction, u2 = u * u, u3 = u2 * u;
    // Cubic Hermite basis.
    const float h00 = 2 * u3 - 3 * u2 + 1, h10 = u3 - 2 * u2 + u, h01 = -2 * u3 + 3 * u2, h11 = u3 - u2;
    BodyAngles out;
    for (int d = 0; d < kDofCount; ++d)
        out.deg[d] = h00 * key_value_[k].deg[d] + h10 * h * key_slope_[k].deg[d] +
                     h01 * key_value_[k + 1].deg[d] + h11 * h * key_slope_[k + 1].deg[d];
    return out;
}

float MotionClip::contact_weight(int contact, float t_s) const {
    const float cycle = duration_s();
    float weight = 1.0f;
    for (const auto& [start, end] : free_spans_s_[contact]) {
        // Place t in this span's cycle (the span may run past the cycle's end).
        float t = wrap(t_s);
        if (t < start) t += cycle;
        if (t > end) continue;
        const float ease = std::min(kMaxEase_s, 0.4f * (end - start));
        weight = std::min(weight, 1.0f - smoothstep(start, start + ease, t) * smoothstep(end, end - ease, t));
    }
    return weight;
}

} // namespace legwork
