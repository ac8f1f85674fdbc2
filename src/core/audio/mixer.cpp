#include "core/audio/mixer.h"

#include <algorithm>
#include <cassert>

namespace legwork {

Mixer::Mixer(int sample_rate_hz) {
    for (int k = 0; k < kBeepKindCount; ++k) {
        const BeepSound sound = beep_sound(static_cast<BeepKind>(k));
        beeps_[k].resize(beep_length_samples(sound, sample_rate_hz));
        synthesize_beep(sound, sample_rate_hz, beeps_[k]);
    }
}

void Mixer::start_beep(BeepKind kind) {
    if (playing_count_ == kMaxBeeps) {
        const auto remaining = [&](const Playing& p) {
            return beeps_[static_cast<int>(p.kind)].size() - p.position;
        };
        Playing* ending = std::min_element(
            playing_.begin(), playing_.end(),
            [&](const Playing& a, const Playing& b) { return remaining(a) < remaining(b); });
        *ending = {kind, 0};
        return;
    }
    playing_[playing_count_++] = {kind, 0};
}

void Mixer::mix(std::span<const float> voice, const VoiceSettings& settings, std::span<float> out) {
    assert(voice.size() == out.size() && "Mixer::mix: voice and out differ in length");
    const float volume = std::clamp(settings.volume, 0.0f, 1.0f);
    if (settings.voice_on)
        for (std::size_t i = 0; i < out.size(); ++i) out[i] = voice[i];
    else
        std::fill(out.begin(), out.end(), 0.0f);
    for (int b = 0; b < playing_count_;) {
        Playing& beep = playing_[b];
        const std::vector<float>& samples = beeps_[static_cast<int>(beep.kind)];
        const std::size_t count = std::min(out.size(), samples.size() - beep.position);
        if (settings.beeps_on)
            for (std::size_t i = 0; i < count; ++i) out[i] += samples[beep.position + i];
        beep.position += count;
        if (beep.position == samples.size())
            beep = playing_[--playing_count_];
        else
            ++b;
    }
    for (float& sample : out) sample = std::clamp(volume * sample, -1.0f, 1.0f);
}

void fade_out(std::span<float> samples) {
    if (samples.size() < 2) {
        std::fill(samples.begin(), samples.end(), 0.0f);
        return;
    }
    const float step = 1.0f / static_cast<float>(samples.size() - 1);
    for (std::size_t i = 0; i < samples.size(); ++i)
        samples[i] *= 1.0f - step * static_cast<float>(i);
}

} // namespace legwork
