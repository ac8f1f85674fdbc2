#pragma once
// The user's sound settings: what is heard of a routine, how loud and how fast.

namespace legwork {

inline constexpr int kMinSpeechRateWpm = 80;
inline constexpr int kMaxSpeechRateWpm = 400;

struct VoiceSettings {
    bool voice_on = true; // spoken announcements, counts and cues
    bool beeps_on = true; // countdown, rep and completion beeps
    float volume = 0.8f;  // of voice and beeps together, 0..1
    int rate_wpm = 160;   // speech rate in words per minute, kMinSpeechRateWpm..kMaxSpeechRateWpm

    bool operator==(const VoiceSettings&) const = default;
};

} // namespace legwork
