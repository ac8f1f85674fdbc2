#include "engine/speech_synth.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

using namespace legwork;

namespace {

std::vector<float> speak(SpeechSynth& synth, const char* text) {
    std::vector<float> samples;
    synth.synthesize(text, [&](std::span<const float> chunk) {
        samples.insert(samples.end(), chunk.begin(), chunk.end());
        return true;
    });
    return samples;
}

double rms(const std::vector<float>& samples) {
    double sum = 0.0;
    for (float s : samples) sum += double(s) * s;
    return samples.empty() ? 0.0 : std::sqrt(sum / static_cast<double>(samples.size()));
}

double seconds(const SpeechSynth& synth, const std::vector<float>& samples) {
    return static_cast<double>(samples.size()) / synth.sample_rate_hz();
}

} // namespace

TEST_CASE("espeak-ng speaks a cue as audible speech of a plausible length", "[engine][speech]") {
    SpeechSynth synth;
    std::string error;
    REQUIRE(synth.open(error));
    CHECK(synth.sample_rate_hz() == 22050);
    const std::vector<float> samples = speak(synth, "Switch sides.");
    // Two words at 160 words a minute: well under two seconds, well over a quarter.
    CHECK(seconds(synth, samples) > 0.3);
    CHECK(seconds(synth, samples) < 2.0);
    CHECK(rms(samples) > 0.02);
    for (float s : samples) REQUIRE(std::abs(s) <= 1.0f);
}

TEST_CASE("Longer text takes longer and a faster rate less", "[engine][speech]") {
    SpeechSynth synth;
    std::string error;
    REQUIRE(synth.open(error));
    const char* sentence = "Full squat, left side. Ten reps. Knees out over your toes.";
    const double short_s = seconds(synth, speak(synth, "Go."));
    const double normal_s = seconds(synth, speak(synth, sentence));
    CHECK(normal_s > 2.0 * short_s);
    synth.set_rate_wpm(320);
    const double fast_s = seconds(synth, speak(synth, sentence));
    CHECK(fast_s < 0.75 * normal_s);
}

TEST_CASE("Synthesis stops as soon as its sink says so", "[engine][speech]") {
    SpeechSynth synth;
    std::string error;
    REQUIRE(synth.open(error));
    int chunks = 0;
    const bool finished = synth.synthesize("Rest for sixty seconds, then the next exercise.",
                                           [&](std::span<const float>) { return ++chunks < 2; });
    CHECK_FALSE(finished);
    CHECK(chunks == 2);
    // It speaks in full afterwards.
    CHECK(seconds(synth, speak(synth, "Routine complete.")) > 0.5);
}
