#pragma once
// How much a spoken message matters: it decides what may cut or replace what (see
// speech_queue.h), and how late a message may still start before it is not worth saying.

#include <cstdint>

namespace legwork {

// In increasing order of importance.
enum class SpeechPriority : std::uint8_t {
    cue,          // form and phase cues ("Knees out over your toes"): helpful, skippable
    count,        // rep counts and countdown numbers: only right when they are on time
    announcement, // exercise name and side, "switch sides", rest length
    milestone,    // "routine complete": always said
};

inline constexpr int kSpeechPriorityCount = 4;

// Seconds after it was said that a message may still start; later it is dropped rather
// than spoken out of step with the routine.
constexpr double max_start_delay_s(SpeechPriority priority) {
    switch (priority) {
    case SpeechPriority::cue:
        return 2.0;
    case SpeechPriority::count:
        return 0.6;
    case SpeechPriority::announcement:
        return 5.0;
    case SpeechPriority::milestone:
        return 30.0;
    }
    return 0.0;
}

} // namespace legwork
