#include "audio_measures.h"
#include "core/audio/mixer.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <vector>

using namespace legwork;
using namespace legwork::test;

namespace {
constexpr int kRateHz = 48000;
} // namespace

TEST_CASE("With nothing to play the mix is silence", "[audio][mixer]") {
    Mixer mixer(kRateHz);
    const std::vector<float> voice(512, 0.0f);
    std::vector<float> out(512, 0.7f);
    mixer.mix(voice, {}, out);
    CHECK(peak(out) == 0.0f);
    CHECK_FALSE(mixer.beeping());
}

TEST_CASE("Volume scales the voice", "[audio][mixer]") {
    Mixer mixer(kRateHz);
    const std::vector<float> voice(256, 0.5f);
    std::vector<float> out(256);
    mixer.mix(voice, {.volume = 0.5f}, out);
    CHECK(out.front() == Approx(0.25f));
    CHECK(out.back() == Approx(0.25f));
    mixer.mix(voice, {.volume = 0.0f}, out);
    CHECK(peak(out) == 0.0f);
}

TEST_CASE("A beep plays its own samples, unbroken across buffers", "[audio][mixer]") {
    const BeepSound sound = beep_sound(BeepKind::countdown_tick);
    std::vector<float> expected(beep_length_samples(sound, kRateHz));
    synthesize_beep(sound, kRateHz, expected);

    Mixer mixer(kRateHz);
    mixer.start_beep(BeepKind::countdown_tick);
    std::vector<float> heard;
    const std::vector<float> silence(1000, 0.0f);
    std::vector<float> out(1000);
    for (std::size_t size : {100u, 333u, 1000u, 1000u, 1000u, 1000u, 1000u, 1000u}) {
        mixer.mix(std::span(silence).first(size), {.volume = 1.0f}, std::span(out).first(size));
        heard.insert(heard.end(), out.begin(), out.begin() + static_cast<long>(size));
    }
    REQUIRE(heard.size() > expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        REQUIRE(heard[i] == Approx(expected[i]).margin(1e-6));
    CHECK(peak(std::span(heard).subspan(expected.size())) == 0.0f);
    CHECK_FALSE(mixer.beeping());
}

TEST_CASE("Voice and beeps add up and are clamped to full scale", "[audio][mixer]") {
    Mixer mixer(kRateHz);
    const std::vector<float> loud(2000, 0.95f);
    std::vector<float> out(2000);
    mixer.start_beep(BeepKind::final_go);
    mixer.start_beep(BeepKind::final_go);
    mixer.mix(loud, {.volume = 1.0f}, out);
    CHECK(peak(out) == 1.0f);
    for (float s : out) REQUIRE(s >= -1.0f);
    const std::vector<float> too_loud(16, 3.0f);
    std::vector<float> small(16);
    mixer.mix(too_loud, {.volume = 1.0f}, small);
    CHECK(small.front() == 1.0f);
}

TEST_CASE("Voice off and beeps off leave them out of the mix", "[audio][mixer]") {
    Mixer mixer(kRateHz);
    const std::vector<float> voice(480, 0.5f);
    std::vector<float> out(480);
    mixer.mix(voice, {.voice_on = false}, out);
    CHECK(peak(out) == 0.0f);

    mixer.start_beep(BeepKind::rep_tick);
    const std::vector<float> silence(480, 0.0f);
    mixer.mix(silence, {.beeps_on = false}, out);
    CHECK(peak(out) == 0.0f);
    // A muted beep still runs out in its time.
    for (int i = 0; i < 10; ++i) mixer.mix(silence, {.beeps_on = false}, out);
    CHECK_FALSE(mixer.beeping());
}

TEST_CASE("More beeps than can sound at once replace the one nearest its end", "[audio][mixer]") {
    const BeepSound chime = beep_sound(BeepKind::routine_complete);
    std::vector<float> one_chime(beep_length_samples(chime, kRateHz));
    synthesize_beep(chime, kRateHz, one_chime);

    Mixer mixer(kRateHz);
    std::vector<float> out(64);
    const std::vector<float> silence(kRateHz / 10, 0.0f);
    mixer.start_beep(BeepKind::rep_tick);
    mixer.mix(std::span(silence).first(64), {.volume = 1.0f}, out);
    for (int i = 0; i < Mixer::kMaxBeeps; ++i) mixer.start_beep(BeepKind::routine_complete);
    // The rep tick, nearest its end, gave way: what sounds is four chimes together.
    std::vector<float> chimes(silence.size());
    mixer.mix(silence, {.volume = 1.0f}, chimes);
    for (std::size_t i = 0; i < chimes.size(); ++i)
        REQUIRE(chimes[i] == Approx(std::clamp(4.0f * one_chime[i], -1.0f, 1.0f)).margin(1e-5));
    CHECK(mixer.beeping());
}

TEST_CASE("A fade ends cut speech at silence", "[audio][mixer]") {
    std::vector<float> samples(100, 0.8f);
    fade_out(samples);
    CHECK(samples.front() == Approx(0.8f));
    CHECK(samples.back() == 0.0f);
    for (std::size_t i = 1; i < samples.size(); ++i) REQUIRE(samples[i] <= samples[i - 1]);
    std::vector<float> one{0.5f};
    fade_out(one);
    CHECK(one[0] == 0.0f);
}
