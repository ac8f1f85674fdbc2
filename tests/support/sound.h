#pragma once
// Reading the WAV files the app writes, for tests.

#include <filesystem>
#include <vector>

namespace legwork::test {

struct Sound {
    int sample_rate_hz = 0;     // 0 when the file could not be read
    std::vector<float> samples; // mono, -1..1

    double seconds() const;
    // Root mean square level, 0..1.
    double rms() const;
};

// Loads a 16-bit PCM mono WAV file with the canonical 44-byte header.
Sound load_wav(const std::filesystem::path& file);

} // namespace legwork::test
