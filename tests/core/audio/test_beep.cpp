#include "audio_measures.h"
#include "core/audio/beep.h"

#include <catch2/catch.hpp>
#include <vector>

using namespace legwork;
using namespace legwork::test;

namespace {

std::vector<float> render(BeepKind kind, int rate_hz) {
    const BeepSound sound = beep_sound(kind);
    std::vector<float> samples(beep_length_samples(sound, rate_hz));
    synthesize_beep(sound, rate_hz, samples);
    return samples;
}

} // namespace

TEST_CASE("A beep sounds at its note's frequency", "[audio][beep]") {
    for (BeepKind kind : {BeepKind::countdown_tick, BeepKind::final_go, BeepKind::rep_tick}) {
        for (int rate_hz : {22050, 44100, 48000}) {
            DYNAMIC_SECTION("kind " << int(kind) << " at " << rate_hz << " Hz") {
                const std::vector<float> samples = render(kind, rate_hz);
                const double expected_hz = beep_sound(kind).notes[0].frequency_hz;
                CHECK(zero_crossing_frequency_hz(samples, rate_hz) ==
                      Approx(expected_hz).epsilon(0.03));
            }
        }
    }
}

TEST_CASE("A beep lasts exactly as long as its notes", "[audio][beep]") {
    CHECK(beep_length_samples(beep_sound(BeepKind::countdown_tick), 48000) == 5760);
    CHECK(beep_length_samples(beep_sound(BeepKind::rep_tick), 44100) == 2646);
    // The chime's last note starts at 0.3 s and rings for 0.6 s.
    CHECK(beep_length_samples(beep_sound(BeepKind::routine_complete), 48000) == 43200);
    CHECK(render(BeepKind::final_go, 22050).size() == 8820);
}

TEST_CASE("Every beep rises from silence and falls back to it: no clicks", "[audio][beep]") {
    constexpr int kRateHz = 48000;
    for (int k = 0; k < kBeepKindCount; ++k) {
        DYNAMIC_SECTION("kind " << k) {
            const std::vector<float> samples = render(static_cast<BeepKind>(k), kRateHz);
            const std::span<const float> all(samples);
            const float loudest = peak(all);
            REQUIRE(loudest > 0.2f);
            CHECK(loudest <= 1.0f);
            // The first quarter millisecond and the last half are near silence.
            CHECK(peak(all.first(kRateHz / 4000)) < 0.05f * loudest);
            CHECK(peak(all.last(kRateHz / 2000)) < 0.05f * loudest);
            CHECK(std::abs(samples.back()) < 0.002f);
        }
    }
}

TEST_CASE("The completion chime rises through three notes", "[audio][beep]") {
    constexpr int kRateHz = 48000;
    const std::vector<float> samples = render(BeepKind::routine_complete, kRateHz);
    // Before the second note starts, only the first sounds.
    const std::span<const float> first(samples.data() + kRateHz / 50, kRateHz / 10);
    CHECK(zero_crossing_frequency_hz(first, kRateHz) == Approx(1046.5).epsilon(0.03));
    // The tail, after the first two notes have ended, is the last note alone.
    const std::span<const float> last(samples.data() + kRateHz * 76 / 100, kRateHz / 20);
    CHECK(zero_crossing_frequency_hz(last, kRateHz) == Approx(1568.0).epsilon(0.03));
}
