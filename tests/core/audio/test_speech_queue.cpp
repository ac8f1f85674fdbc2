#include "core/audio/speech_queue.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace legwork;

namespace {

constexpr auto cue = SpeechPriority::cue;
constexpr auto count = SpeechPriority::count;
constexpr auto announcement = SpeechPriority::announcement;
constexpr auto milestone = SpeechPriority::milestone;

// What happens at one instant of a scenario.
struct Step {
    double at_s;
    enum {
        say,
        heard,
        next
    } what;                        // say `text`; the playing one ends; the player asks for the next
    std::string text;              // say: the text; next: what starts ("" for nothing)
    SpeechPriority priority = cue; // say
    SpeechOffer offer = SpeechOffer::queued; // say: what the queue answers
};

Step say(double at_s, std::string text, SpeechPriority priority,
         SpeechOffer offer = SpeechOffer::queued) {
    return {at_s, Step::say, std::move(text), priority, offer};
}
Step heard(double at_s) {
    return {at_s, Step::heard, ""};
}
Step next(double at_s, std::string starts) {
    return {at_s, Step::next, std::move(starts)};
}

void play(const std::vector<Step>& steps) {
    SpeechQueue queue;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step& step = steps[i];
        INFO("step " << i << " at " << step.at_s << " s");
        switch (step.what) {
        case Step::say:
            CHECK(queue.offer(step.text, step.priority, step.at_s) == step.offer);
            break;
        case Step::heard:
            queue.finish_playing();
            break;
        case Step::next: {
            const auto started = queue.start_next(step.at_s);
            CHECK(std::string(started ? started->view() : "") == step.text);
            break;
        }
        }
    }
}

} // namespace

TEST_CASE("Speech plays one message at a time, in the order said", "[audio][speech_queue]") {
    play({say(0.0, "Full squat, left side.", announcement), next(0.0, "Full squat, left side."),
          say(0.5, "Knees out over your toes.", cue), next(0.6, ""), next(1.2, ""), heard(1.5),
          next(1.5, "Knees out over your toes."), next(1.6, "")});
}

TEST_CASE("A newer message replaces waiting ones of the same or lower priority",
          "[audio][speech_queue]") {
    SECTION("a count replaces the count it follows") {
        play({say(0.0, "Switch sides.", announcement), next(0.0, "Switch sides."),
              say(0.1, "four", count), say(0.4, "five", count), heard(0.5), next(0.5, "five"),
              heard(0.9), next(0.9, "")});
    }
    SECTION("an announcement replaces a waiting cue") {
        play({say(0.0, "one", count), next(0.0, "one"), say(0.1, "Chest up.", cue),
              say(0.2, "Rest 30 seconds.", announcement, SpeechOffer::cuts_playing), heard(0.4),
              next(0.4, "Rest 30 seconds."), heard(1.5), next(1.5, "")});
    }
    SECTION("a cue waits behind a waiting announcement, then follows it") {
        play({say(0.0, "ten", count), next(0.0, "ten"),
              say(0.1, "Switch sides.", announcement, SpeechOffer::cuts_playing),
              say(0.2, "Knees out.", cue), heard(0.3), next(0.3, "Switch sides."), heard(1.0),
              next(1.0, "Knees out."), heard(1.6), next(1.6, "")});
    }
}

TEST_CASE("The playing message is cut by a higher priority only", "[audio][speech_queue]") {
    struct Case {
        SpeechPriority playing, incoming;
        SpeechOffer expected;
    };
    const Case cases[] = {
        {count, announcement, SpeechOffer::cuts_playing},
        {cue, count, SpeechOffer::cuts_playing},
        {announcement, milestone, SpeechOffer::cuts_playing},
        {count, count, SpeechOffer::queued},
        {announcement, cue, SpeechOffer::queued},
        {milestone, announcement, SpeechOffer::queued},
    };
    for (const Case& c : cases) {
        DYNAMIC_SECTION("playing " << int(c.playing) << ", incoming " << int(c.incoming)) {
            SpeechQueue queue;
            queue.offer("playing", c.playing, 0.0);
            REQUIRE(queue.start_next(0.0));
            CHECK(queue.offer("incoming", c.incoming, 0.2) == c.expected);
            // Even a cut message is heard to its end (or cut) before the next starts.
            CHECK_FALSE(queue.start_next(0.2));
            queue.finish_playing();
            const auto next = queue.start_next(0.25);
            REQUIRE(next);
            CHECK(next->view() == "incoming");
        }
    }
}

TEST_CASE("A message that cannot start in time is dropped, not said late",
          "[audio][speech_queue]") {
    SECTION("a rep count waits too long behind an announcement") {
        play({say(0.0, "Rest 60 seconds.", announcement), next(0.0, "Rest 60 seconds."),
              say(0.2, "seven", count), heard(1.8), next(1.8, "")});
    }
    SECTION("a cue may start two seconds late, not more") {
        play({say(0.0, "Switch sides.", announcement), next(0.0, "Switch sides."),
              say(0.1, "Hips level.", cue), heard(2.1), next(2.1, "Hips level.")});
        play({say(0.0, "Switch sides.", announcement), next(0.0, "Switch sides."),
              say(0.1, "Hips level.", cue), heard(2.2), next(2.2, "")});
    }
    SECTION("a late message makes way for the next one still in time") {
        play({say(0.0, "Now: wall sit.", announcement), next(0.0, "Now: wall sit."),
              say(0.1, "three", count), say(0.2, "Back flat.", cue), heard(1.5),
              next(1.5, "Back flat."), heard(2.5), next(2.5, "")});
    }
    SECTION("routine complete is said even half a minute late") {
        play({say(0.0, "Well done.", milestone), next(0.0, "Well done."),
              say(0.0, "Routine complete.", milestone), heard(29.0),
              next(29.0, "Routine complete.")});
    }
}

TEST_CASE("Clearing drops what waits and asks to cut what plays", "[audio][speech_queue]") {
    SpeechQueue queue;
    CHECK_FALSE(queue.clear());
    queue.offer("Left side.", announcement, 0.0);
    REQUIRE(queue.start_next(0.0));
    queue.offer("Knees out.", cue, 0.1);
    CHECK(queue.waiting());
    CHECK(queue.clear());
    CHECK_FALSE(queue.waiting());
    CHECK(queue.playing());
    queue.finish_playing();
    CHECK_FALSE(queue.playing());
    CHECK_FALSE(queue.start_next(0.2));
}

TEST_CASE("Text longer than a message holds is cut after a whole word", "[audio][speech_queue]") {
    std::string words;
    while (words.size() < 2 * kMaxSpeechTextBytes) words += "hamstring ";
    SpeechQueue queue;
    queue.offer(words, cue, 0.0);
    const auto message = queue.start_next(0.0);
    REQUIRE(message);
    CHECK(message->length <= kMaxSpeechTextBytes);
    CHECK(message->view().ends_with("hamstring"));
    CHECK(message->text[message->length] == '\0');

    // One long word of two-byte characters is cut on a character boundary.
    std::string accents;
    while (accents.size() < 2 * kMaxSpeechTextBytes) accents += "\xC3\xA9"; // é
    queue.finish_playing();
    queue.offer("x" + accents, cue, 0.0);
    const auto cut = queue.start_next(0.0);
    REQUIRE(cut);
    CHECK(cut->length <= kMaxSpeechTextBytes);
    CHECK((static_cast<unsigned char>(cut->text[cut->length - 1]) & 0xC0) != 0xC0);
    CHECK(cut->length % 2 == 1);
}
