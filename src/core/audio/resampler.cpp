#include "core/audio/resampler.h"

#include <cassert>
#include <cmath>

namespace legwork {

Resampler::Resampler(int from_hz, int to_hz) : step_(static_cast<double>(from_hz) / to_hz) {
    assert(from_hz > 0 && to_hz > 0 && "Resampler: rates must be positive");
}

std::size_t Resampler::max_output(std::size_t input_count) const {
    return static_cast<std::size_t>(std::ceil(static_cast<double>(input_count) / step_)) + 1;
}

std::size_t Resampler::process(std::span<const float> in, std::span<float> out) {
    assert(out.size() >= max_output(in.size()) && "Resampler::process: out is too small");
    if (in.empty()) return 0;
    const auto last = static_cast<double>(in.size() - 1);
    std::size_t written = 0;
    while (position_ <= last) {
        const double below = std::floor(position_);
        const auto fraction = static_cast<float>(position_ - below);
        const auto i = static_cast<std::ptrdiff_t>(below);
        const float a = i < 0 ? previous_ : in[static_cast<std::size_t>(i)];
        const float b = fraction > 0.0f ? in[static_cast<std::size_t>(i + 1)] : a;
        out[written++] = a + (b - a) * fraction;
        position_ += step_;
    }
    position_ -= static_cast<double>(in.size());
    previous_ = in.back();
    return written;
}

void Resampler::reset() {
    position_ = 0.0;
    previous_ = 0.0f;
}

} // namespace legwork
