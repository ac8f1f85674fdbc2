#pragma once
// Mixer: the app's one output stream, the voice with the beeps over it at the user's
// volume. It runs on the audio thread: after construction it neither allocates nor locks.

#include "core/audio/beep.h"
#include "core/audio/voice_settings.h"

#include <array>
#include <cstddef>
#include <span>
#include <vector>

namespace legwork {

class Mixer {
public:
    // Beeps that can sound at once; another one replaces the one nearest its end.
    static constexpr int kMaxBeeps = 4;

    // Synthesises every BeepKind at `sample_rate_hz`: the only allocation.
    explicit Mixer(int sample_rate_hz);

    // Starts `kind` from its beginning, over whatever else sounds.
    void start_beep(BeepKind kind);
    // Writes out[i] = clamp(volume * (voice[i] + beeps), -1, 1), leaving out voice or
    // beeps that `settings` turns off, and advances the beeps by out.size() samples.
    // `voice` has out.size() samples.
    void mix(std::span<const float> voice, const VoiceSettings& settings, std::span<float> out);
    // True while a beep sounds.
    bool beeping() const { return playing_count_ > 0; }

private:
    struct Playing {
        BeepKind kind = BeepKind::countdown_tick;
        std::size_t position = 0; // next sample of the beep
    };
    std::array<std::vector<float>, kBeepKindCount> beeps_;
    std::array<Playing, kMaxBeeps> playing_{};
    int playing_count_ = 0;
};

// Ramps `samples` down to silence at the last one, so speech that is cut ends without a
// click.
void fade_out(std::span<float> samples);

} // namespace legwork
