#pragma once
// SampleRing: audio samples handed from one thread to another without locks: one producer
// (the speech worker) writes, one consumer (the audio callback) reads. Fixed capacity,
// allocated once.

#include <atomic>
#include <cstddef>
#include <span>
#include <vector>

namespace legwork {

class SampleRing {
public:
    explicit SampleRing(std::size_t capacity);

    // Producer: appends as many of `samples` as fit; returns how many.
    std::size_t write(std::span<const float> samples);
    // Consumer: takes up to out.size() of the oldest samples into `out`; returns how many.
    std::size_t read(std::span<float> out);
    // Consumer: drops every sample written so far.
    void discard();
    // Either thread: samples written and not yet read (at once out of date for the other).
    std::size_t size() const;
    std::size_t capacity() const { return samples_.size(); }

private:
    std::vector<float> samples_;
    // Samples ever written and ever read; their difference is what waits.
    std::atomic<std::size_t> written_{0};
    std::atomic<std::size_t> read_{0};
};

} // namespace legwork
