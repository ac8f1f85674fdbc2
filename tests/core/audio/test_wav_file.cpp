#include "core/audio/wav_file.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <unistd.h>
#include <vector>

using namespace legwork;
namespace fs = std::filesystem;

namespace {

std::uint32_t u32_at(const std::vector<unsigned char>& b, std::size_t at) {
    return b[at] | b[at + 1] << 8 | b[at + 2] << 16 | static_cast<std::uint32_t>(b[at + 3]) << 24;
}
std::int16_t i16_at(const std::vector<unsigned char>& b, std::size_t at) {
    return static_cast<std::int16_t>(b[at] | b[at + 1] << 8);
}

} // namespace

TEST_CASE("A WAV file holds 16-bit mono PCM at the given rate", "[audio][wav_file]") {
    const fs::path file =
        fs::temp_directory_path() / ("legwork-wav-" + std::to_string(getpid()) + ".wav");
    std::string error;
    const std::vector<float> samples{0.0f, 0.5f, -1.0f, 1.0f, 2.0f};
    REQUIRE(write_wav(file, samples, 22050, error));
    std::ifstream in(file, std::ios::binary);
    const std::vector<unsigned char> bytes{std::istreambuf_iterator<char>(in), {}};
    fs::remove(file);
    REQUIRE(bytes.size() == 44 + 2 * samples.size());
    CHECK(std::string(bytes.begin(), bytes.begin() + 4) == "RIFF");
    CHECK(u32_at(bytes, 4) == bytes.size() - 8);
    CHECK(std::string(bytes.begin() + 8, bytes.begin() + 16) == "WAVEfmt ");
    CHECK(i16_at(bytes, 20) == 1); // PCM
    CHECK(i16_at(bytes, 22) == 1); // mono
    CHECK(u32_at(bytes, 24) == 22050);
    CHECK(i16_at(bytes, 34) == 16);
    CHECK(std::string(bytes.begin() + 36, bytes.begin() + 40) == "data");
    CHECK(u32_at(bytes, 40) == 2 * samples.size());
    CHECK(i16_at(bytes, 44) == 0);
    CHECK(i16_at(bytes, 46) == 16384);
    CHECK(i16_at(bytes, 48) == -32767);
    CHECK(i16_at(bytes, 50) == 32767);
    CHECK(i16_at(bytes, 52) == 32767); // clamped
}

TEST_CASE("A WAV file that cannot be written says so", "[audio][wav_file]") {
    std::string error;
    const std::vector<float> samples(10, 0.0f);
    CHECK_FALSE(write_wav("/nonexistent-dir/x.wav", samples, 22050, error));
    CHECK_THAT(error, Catch::Contains("/nonexistent-dir/x.wav"));
}
