#pragma once
// Measurements of sampled sound for the audio tests.

#include <span>

namespace legwork::test {

// Frequency of a tone in `samples` from how often it changes sign, in Hz.
double zero_crossing_frequency_hz(std::span<const float> samples, int sample_rate_hz);

// Largest absolute sample.
float peak(std::span<const float> samples);

} // namespace legwork::test
