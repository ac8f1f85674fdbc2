#pragma once
// SpeechQueue: which spoken message plays next, so that speech never talks over itself and
// is never said late. The rules:
//   - one message plays at a time; the next starts only once it has been heard, or cut;
//   - a new message replaces every waiting message of the same or lower priority (they are
//     stale: "four" is not worth saying once "five" is due) and waits behind higher ones;
//     so things that must all be heard at one instant go in one message;
//   - the playing message is cut by a new one of higher priority, never by an equal or
//     lower one ("switch sides" cuts a rep count; a cue waits for it);
//   - a message that cannot start within max_start_delay_s(priority) of being said is
//     dropped.
// Bookkeeping only: times are passed in (seconds on any steady clock), the caller plays
// and cuts the audio. Not thread-safe. No allocation: one waiting slot per priority.

#include "core/audio/speech_priority.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace legwork {

// Longest message text kept, in bytes of UTF-8; longer text is cut after its last whole
// word that fits (a cue is a sentence, far shorter).
inline constexpr std::size_t kMaxSpeechTextBytes = 200;

struct SpeechMessage {
    std::array<char, kMaxSpeechTextBytes + 1> text{}; // UTF-8, NUL-terminated
    std::size_t length = 0;                           // bytes before the NUL
    SpeechPriority priority = SpeechPriority::cue;
    double said_at_s = 0.0;

    std::string_view view() const { return {text.data(), length}; }
};

enum class SpeechOffer {
    queued,       // waits for its turn
    cuts_playing, // the playing message is less important: stop it, then finish_playing()
};

class SpeechQueue {
public:
    // Queues `text`, said at `now_s`, by the rules above.
    SpeechOffer offer(std::string_view text, SpeechPriority priority, double now_s);
    // Moves the most important waiting message that can still start at `now_s` to playing
    // and returns it, dropping the ones too late. Nothing while one plays or none waits.
    std::optional<SpeechMessage> start_next(double now_s);
    // The playing message has been heard to its end, or cut.
    void finish_playing();
    // Drops every waiting message. True when one is playing: the caller cuts it.
    bool clear();

    bool playing() const { return playing_.has_value(); }
    bool waiting() const;

private:
    std::array<std::optional<SpeechMessage>, kSpeechPriorityCount> waiting_;
    std::optional<SpeechPriority> playing_;
};

} // namespace legwork
