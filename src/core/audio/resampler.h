#pragma once
// Resampler: a stream of samples converted from one rate to another by linear
// interpolation, chunk by chunk, with no seam between chunks. Plenty for speech, whose
// energy lies well below both rates' limits (espeak-ng's 22050 Hz up to a device's 48 kHz).

#include <cstddef>
#include <span>

namespace legwork {

class Resampler {
public:
    Resampler(int from_hz, int to_hz);

    // The most samples process() writes for `input_count` input samples.
    std::size_t max_output(std::size_t input_count) const;
    // Converts the stream's next samples `in` into `out`, which holds at least
    // max_output(in.size()); returns how many it wrote.
    std::size_t process(std::span<const float> in, std::span<float> out);
    // Starts a new stream.
    void reset();

private:
    double step_;         // input samples per output sample
    double position_ = 0; // of the next output sample, in input samples from the next chunk's first
    float previous_ = 0;  // the last input sample, at position -1
};

} // namespace legwork
