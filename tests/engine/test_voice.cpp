// The voice on SDL's silent audio driver: it plays in real time, heard by no one.
#include "core/platform/wait_until.h"
#include "engine/voice.h"

#include <catch2/catch.hpp>
#include <chrono>

using namespace legwork;
using Clock = std::chrono::steady_clock;

namespace {

void start_silent(Voice& voice, VoiceSettings settings = {}) {
    voice.start({.device = {.silent = true}, .settings = settings});
    REQUIRE(wait_until([&] { return voice.speech_ready(); }, 5.0));
    CHECK_FALSE(voice.audible());
}

} // namespace

TEST_CASE("Said text is synthesised, played to the end, and then the voice is idle",
          "[engine][voice]") {
    Voice voice;
    start_silent(voice);
    CHECK_FALSE(voice.busy());
    const auto said = Clock::now();
    voice.say("Switch sides.", SpeechPriority::announcement);
    CHECK(voice.busy());
    REQUIRE(wait_until([&] { return voice.messages_started() == 1; }, 2.0));
    CHECK(voice.last_start_latency_ms() >= 0.0);
    REQUIRE(wait_until([&] { return !voice.busy(); }, 5.0));
    // It took about as long as it takes to say: played in real time, not dropped.
    CHECK(std::chrono::duration<double>(Clock::now() - said).count() > 0.3);
}

TEST_CASE("A more important message cuts the one playing, and silence stops everything",
          "[engine][voice]") {
    Voice voice;
    start_silent(voice);
    voice.say("Keep your hips level and your knees over your toes all the way down and up.",
              SpeechPriority::cue);
    REQUIRE(wait_until([&] { return voice.messages_started() == 1; }, 2.0));
    const auto cut_at = Clock::now();
    voice.say("Switch sides.", SpeechPriority::announcement);
    REQUIRE(wait_until([&] { return voice.messages_started() == 2; }, 1.0));
    // The long cue would take four seconds; the cut one starts at once.
    CHECK(std::chrono::duration<double>(Clock::now() - cut_at).count() < 0.5);

    voice.say("Ten. Nine. Eight. Seven. Six. Five. Four.", SpeechPriority::milestone);
    REQUIRE(wait_until([&] { return voice.messages_started() == 3; }, 2.0));
    voice.silence();
    CHECK(wait_until([&] { return !voice.busy(); }, 0.5));
}

TEST_CASE("With the voice off nothing is said, and with beeps off nothing beeps",
          "[engine][voice]") {
    Voice voice;
    start_silent(voice, {.voice_on = false, .beeps_on = false});
    voice.say("Switch sides.", SpeechPriority::milestone);
    voice.beep(BeepKind::final_go);
    CHECK_FALSE(voice.busy());

    voice.set_settings({});
    voice.beep(BeepKind::countdown_tick);
    CHECK(voice.busy());
    // A 0.12 s tick, heard within an audio buffer or two.
    CHECK(wait_until([&] { return !voice.busy(); }, 1.0));

    voice.say("One. Two. Three. Four. Five. Six. Seven.", SpeechPriority::count);
    REQUIRE(wait_until([&] { return voice.messages_started() == 1; }, 2.0));
    voice.set_settings({.voice_on = false});
    CHECK(wait_until([&] { return !voice.busy(); }, 0.5));
}

TEST_CASE("A new speech rate is used from the next message, without starting the voice again",
          "[engine][voice]") {
    Voice voice;
    start_silent(voice, {.rate_wpm = kMinSpeechRateWpm});
    const auto heard_s = [&](std::uint32_t message) {
        const auto said = Clock::now();
        voice.say("Keep your hips level and your knees soft.", SpeechPriority::announcement);
        REQUIRE(wait_until([&] { return voice.messages_started() == message; }, 2.0));
        REQUIRE(wait_until([&] { return !voice.busy(); }, 10.0));
        return std::chrono::duration<double>(Clock::now() - said).count();
    };
    const double slow_s = heard_s(1);
    voice.set_settings({.rate_wpm = kMaxSpeechRateWpm});
    const double fast_s = heard_s(2);
    CHECK(fast_s * 2.5 < slow_s); // five times the words a minute; pauses do not shrink
}
