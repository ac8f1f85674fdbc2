#include "core/audio/wav_file.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <vector>

namespace legwork {
namespace {

void put_u32(std::vector<char>& bytes, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) bytes.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

void put_u16(std::vector<char>& bytes, std::uint16_t value) {
    bytes.push_back(static_cast<char>(value & 0xFF));
    bytes.push_back(static_cast<char>(value >> 8));
}

void put_tag(std::vector<char>& bytes, const char (&tag)[5]) {
    bytes.insert(bytes.end(), tag, tag + 4);
}

} // namespace

bool write_wav(const std::filesystem::path& file, std::span<const float> samples,
               int sample_rate_hz, std::string& error) {
    constexpr std::uint16_t kBytesPerSample = 2;
    const auto data_bytes = static_cast<std::uint32_t>(samples.size() * kBytesPerSample);
    std::vector<char> bytes;
    bytes.reserve(44 + data_bytes);
    put_tag(bytes, "RIFF");
    put_u32(bytes, 36 + data_bytes);
    put_tag(bytes, "WAVE");
    put_tag(bytes, "fmt ");
    put_u32(bytes, 16);
    put_u16(bytes, 1); // PCM
    put_u16(bytes, 1); // mono
    put_u32(bytes, static_cast<std::uint32_t>(sample_rate_hz));
    put_u32(bytes, static_cast<std::uint32_t>(sample_rate_hz) * kBytesPerSample);
    put_u16(bytes, kBytesPerSample);
    put_u16(bytes, 8 * kBytesPerSample);
    put_tag(bytes, "data");
    put_u32(bytes, data_bytes);
    for (float sample : samples) {
        const long value = std::lround(std::clamp(sample, -1.0f, 1.0f) * 32767.0f);
        put_u16(bytes, static_cast<std::uint16_t>(static_cast<std::int16_t>(value)));
    }
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
        error = "cannot write " + file.string();
        return false;
    }
    return true;
}

} // namespace legwork
