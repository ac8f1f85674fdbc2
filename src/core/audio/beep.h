#pragma once
// Beeps: the short sounds that time a routine, synthesised in the app from sine notes.
// Each note rises and falls along a raised cosine, so a beep starts and ends at silence
// (no click) whatever the note's phase.

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace legwork {

enum class BeepKind : std::uint8_t {
    countdown_tick,   // each second of a get-ready countdown
    final_go,         // the countdown's end: start now
    rep_tick,         // a rep counted, quieter than the countdown
    routine_complete, // a rising three-note chime
};

inline constexpr int kBeepKindCount = 4;

struct BeepNote {
    float frequency_hz = 0.0f;
    float start_s = 0.0f;  // from the beep's start
    float length_s = 0.0f; // attack and release included
    float gain = 0.0f;     // peak amplitude, 0..1
};

struct BeepSound {
    std::array<BeepNote, 3> notes{};
    int note_count = 0;
    float attack_s = 0.0f;  // rise from silence at each note's start
    float release_s = 0.0f; // fall to silence at each note's end
};

// The sound of `kind`.
BeepSound beep_sound(BeepKind kind);

// Samples from the beep's start to the end of its last note at `sample_rate_hz`.
std::size_t beep_length_samples(const BeepSound& sound, int sample_rate_hz);

// Writes `sound` into `out`, which holds exactly beep_length_samples(); samples stay
// within -1..1 (notes that overlap add up and are clamped).
void synthesize_beep(const BeepSound& sound, int sample_rate_hz, std::span<float> out);

} // namespace legwork
