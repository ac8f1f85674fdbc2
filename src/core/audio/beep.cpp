#include "core/audio/beep.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numbers>

namespace legwork {
namespace {

// 0 at the ends of a note, 1 between its attack and release, raised-cosine ramps between.
double envelope(double t_s, double length_s, double attack_s, double release_s) {
    const auto ramp = [](double x) {
        return 0.5 - 0.5 * std::cos(std::numbers::pi * std::clamp(x, 0.0, 1.0));
    };
    const double rise = attack_s > 0.0 ? ramp(t_s / attack_s) : 1.0;
    const double fall = release_s > 0.0 ? ramp((length_s - t_s) / release_s) : 1.0;
    return std::min(rise, fall);
}

} // namespace

BeepSound beep_sound(BeepKind kind) {
    switch (kind) {
    case BeepKind::countdown_tick:
        return {.notes = {{{880.0f, 0.0f, 0.12f, 0.5f}}},
                .note_count = 1,
                .attack_s = 0.005f,
                .release_s = 0.04f};
    case BeepKind::final_go:
        return {.notes = {{{1320.0f, 0.0f, 0.4f, 0.55f}}},
                .note_count = 1,
                .attack_s = 0.005f,
                .release_s = 0.15f};
    case BeepKind::rep_tick:
        return {.notes = {{{660.0f, 0.0f, 0.06f, 0.35f}}},
                .note_count = 1,
                .attack_s = 0.004f,
                .release_s = 0.03f};
    case BeepKind::routine_complete:
        // C6, E6, G6, each ringing on under the next.
        return {.notes = {{{1046.5f, 0.0f, 0.6f, 0.3f},
                           {1318.5f, 0.15f, 0.6f, 0.3f},
                           {1568.0f, 0.3f, 0.6f, 0.3f}}},
                .note_count = 3,
                .attack_s = 0.01f,
                .release_s = 0.45f};
    }
    assert(false && "beep_sound: unknown BeepKind");
    return {};
}

std::size_t beep_length_samples(const BeepSound& sound, int sample_rate_hz) {
    double end_s = 0.0;
    for (int n = 0; n < sound.note_count; ++n)
        end_s = std::max(end_s, double(sound.notes[n].start_s) + sound.notes[n].length_s);
    return static_cast<std::size_t>(std::lround(end_s * sample_rate_hz));
}

void synthesize_beep(const BeepSound& sound, int sample_rate_hz, std::span<float> out) {
    assert(out.size() == beep_length_samples(sound, sample_rate_hz) &&
           "synthesize_beep: out must hold beep_length_samples()");
    std::fill(out.begin(), out.end(), 0.0f);
    const double dt_s = 1.0 / sample_rate_hz;
    for (int n = 0; n < sound.note_count; ++n) {
        const BeepNote& note = sound.notes[n];
        const auto first =
            static_cast<std::size_t>(std::lround(double(note.start_s) * sample_rate_hz));
        const auto count =
            static_cast<std::size_t>(std::lround(double(note.length_s) * sample_rate_hz));
        for (std::size_t i = 0; i < count && first + i < out.size(); ++i) {
            const double t_s = static_cast<double>(i) * dt_s;
            out[first + i] += static_cast<float>(
                note.gain * envelope(t_s, note.length_s, sound.attack_s, sound.release_s) *
                std::sin(2.0 * std::numbers::pi * note.frequency_hz * t_s));
        }
    }
    for (float& sample : out) sample = std::clamp(sample, -1.0f, 1.0f);
}

} // namespace legwork
