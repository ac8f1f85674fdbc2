#include "core/audio/sample_ring.h"

#include <algorithm>
#include <cassert>

namespace legwork {

SampleRing::SampleRing(std::size_t capacity) : samples_(capacity) {
    assert(capacity > 0 && "SampleRing: capacity must be positive");
}

std::size_t SampleRing::write(std::span<const float> samples) {
    const std::size_t written = written_.load(std::memory_order_relaxed);
    const std::size_t free = capacity() - (written - read_.load(std::memory_order_acquire));
    const std::size_t count = std::min(free, samples.size());
    for (std::size_t i = 0; i < count; ++i) samples_[(written + i) % capacity()] = samples[i];
    written_.store(written + count, std::memory_order_release);
    return count;
}

std::size_t SampleRing::read(std::span<float> out) {
    const std::size_t read = read_.load(std::memory_order_relaxed);
    const std::size_t count = std::min(written_.load(std::memory_order_acquire) - read, out.size());
    for (std::size_t i = 0; i < count; ++i) out[i] = samples_[(read + i) % capacity()];
    read_.store(read + count, std::memory_order_release);
    return count;
}

void SampleRing::discard() {
    read_.store(written_.load(std::memory_order_acquire), std::memory_order_release);
}

std::size_t SampleRing::size() const {
    const std::size_t read = read_.load(std::memory_order_acquire);
    return written_.load(std::memory_order_acquire) - read;
}

} // namespace legwork
