#pragma once
// WAV files: sound written as 16-bit PCM, mono, which every player reads.

#include <filesystem>
#include <span>
#include <string>

namespace legwork {

// Writes `samples` (-1..1; beyond is clamped) at `sample_rate_hz` to `file`. False with
// `error` when the file cannot be written.
bool write_wav(const std::filesystem::path& file, std::span<const float> samples,
               int sample_rate_hz, std::string& error);

} // namespace legwork
