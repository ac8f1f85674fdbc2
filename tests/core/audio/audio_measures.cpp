#include "audio_measures.h"

#include <algorithm>
#include <cmath>

namespace legwork::test {

double zero_crossing_frequency_hz(std::span<const float> samples, int sample_rate_hz) {
    int crossings = 0;
    for (std::size_t i = 1; i < samples.size(); ++i)
        if ((samples[i - 1] < 0.0f) != (samples[i] < 0.0f)) ++crossings;
    const double seconds = static_cast<double>(samples.size()) / sample_rate_hz;
    return crossings / (2.0 * seconds);
}

float peak(std::span<const float> samples) {
    float largest = 0.0f;
    for (float s : samples) largest = std::max(largest, std::abs(s));
    return largest;
}

} // namespace legwork::test
