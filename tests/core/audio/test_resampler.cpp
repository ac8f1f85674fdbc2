#include "audio_measures.h"
#include "core/audio/resampler.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <numbers>
#include <vector>

using namespace legwork;
using namespace legwork::test;

namespace {

std::vector<float> tone(double frequency_hz, int rate_hz, std::size_t count) {
    std::vector<float> samples(count);
    for (std::size_t i = 0; i < count; ++i)
        samples[i] =
            static_cast<float>(0.5 * std::sin(2.0 * std::numbers::pi * frequency_hz * i / rate_hz));
    return samples;
}

// `in` through `resampler` in chunks of the given sizes, repeated until it is used up.
std::vector<float> resample(Resampler& resampler, std::span<const float> in,
                            std::initializer_list<std::size_t> chunk_sizes) {
    std::vector<float> out;
    std::size_t done = 0;
    while (done < in.size()) {
        for (std::size_t size : chunk_sizes) {
            const auto chunk = in.subspan(done, std::min(size, in.size() - done));
            std::vector<float> converted(resampler.max_output(chunk.size()));
            converted.resize(resampler.process(chunk, converted));
            out.insert(out.end(), converted.begin(), converted.end());
            done += chunk.size();
            if (done == in.size()) break;
        }
    }
    return out;
}

} // namespace

TEST_CASE("Speech at 22050 Hz comes out at 48 kHz with its pitch and length kept",
          "[audio][resampler]") {
    const std::vector<float> in = tone(440.0, 22050, 22050);
    Resampler resampler(22050, 48000);
    const std::vector<float> out = resample(resampler, in, {441});
    CHECK(static_cast<double>(out.size()) == Approx(48000.0).margin(3));
    CHECK(zero_crossing_frequency_hz(out, 48000) == Approx(440.0).epsilon(0.01));
    CHECK(peak(out) == Approx(0.5f).epsilon(0.01));
}

TEST_CASE("Chunk boundaries leave no seam", "[audio][resampler]") {
    const std::vector<float> in = tone(300.0, 22050, 5000);
    Resampler whole(22050, 44100);
    const std::vector<float> at_once = resample(whole, in, {5000});
    Resampler chunked(22050, 44100);
    const std::vector<float> in_pieces = resample(chunked, in, {1, 7, 300, 1081, 2});
    REQUIRE(in_pieces.size() == at_once.size());
    for (std::size_t i = 0; i < at_once.size(); ++i)
        REQUIRE(in_pieces[i] == Approx(at_once[i]).margin(1e-6));
}

TEST_CASE("The same rate passes samples through, and reset starts a new stream",
          "[audio][resampler]") {
    const std::vector<float> in = tone(1000.0, 48000, 480);
    Resampler resampler(48000, 48000);
    const std::vector<float> out = resample(resampler, in, {100});
    REQUIRE(out.size() == in.size());
    for (std::size_t i = 0; i < in.size(); ++i) REQUIRE(out[i] == in[i]);
    resampler.reset();
    const std::vector<float> again = resample(resampler, in, {480});
    CHECK(again == out);
}

TEST_CASE("Every chunk fits in max_output", "[audio][resampler]") {
    Resampler resampler(22050, 48000);
    const std::vector<float> in(10000, 0.1f);
    std::size_t done = 0;
    for (std::size_t size : {1u, 2u, 3u, 441u, 1081u, 1u, 5000u}) {
        std::vector<float> out(resampler.max_output(size));
        CHECK(resampler.process(std::span(in).subspan(done, size), out) <= out.size());
        done += size;
    }
}
