#include "support/sound.h"

#include <cmath>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>

namespace legwork::test {

double Sound::seconds() const {
    return sample_rate_hz ? static_cast<double>(samples.size()) / sample_rate_hz : 0.0;
}

double Sound::rms() const {
    double sum = 0.0;
    for (float s : samples) sum += static_cast<double>(s) * s;
    return samples.empty() ? 0.0 : std::sqrt(sum / static_cast<double>(samples.size()));
}

Sound load_wav(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    const std::vector<unsigned char> bytes{std::istreambuf_iterator<char>(in), {}};
    const auto u16 = [&](std::size_t at) {
        return static_cast<unsigned>(bytes[at] | bytes[at + 1] << 8);
    };
    const auto u32 = [&](std::size_t at) { return u16(at) | u16(at + 2) << 16; };
    if (bytes.size() < 44 || std::string(bytes.begin(), bytes.begin() + 4) != "RIFF" ||
        u16(20) != 1 || u16(22) != 1 || u16(34) != 16 || 44 + u32(40) > bytes.size())
        return {};
    Sound sound;
    sound.sample_rate_hz = static_cast<int>(u32(24));
    for (std::size_t at = 44; at + 1 < 44 + u32(40); at += 2)
        sound.samples.push_back(static_cast<std::int16_t>(u16(at)) / 32768.0f);
    return sound;
}

} // namespace legwork::test
