#pragma once
// SpeechSynth: text to speech through espeak-ng, synchronously on the calling thread. It is
// fast (a sentence in about a millisecond) but loads its data first (about 25 ms), so the
// app runs it on a worker thread (see voice.h); `legwork say` runs it directly.
// espeak-ng keeps one global state: only one SpeechSynth may be open at a time, and it is
// used from one thread at a time. Once loaded, espeak-ng stays loaded until the process
// ends (version 1.51 cannot be loaded a second time).

#include <span>
#include <string>
#include <type_traits>

namespace legwork {

class SpeechSynth {
public:
    SpeechSynth() = default;
    ~SpeechSynth();
    SpeechSynth(const SpeechSynth&) = delete;
    SpeechSynth& operator=(const SpeechSynth&) = delete;

    // Loads espeak-ng's data from its installed place and its English voice. False with
    // `error` when they are missing.
    bool open(std::string& error);
    bool is_open() const { return open_; }
    // The rate of the samples synthesize() makes: espeak-ng's 22050 Hz.
    int sample_rate_hz() const { return sample_rate_hz_; }
    // Words per minute, clamped to kMinSpeechRateWpm..kMaxSpeechRateWpm.
    void set_rate_wpm(int rate_wpm);

    // Synthesises `text` (UTF-8, NUL-terminated), handing each stretch of samples (-1..1,
    // at sample_rate_hz()) to `sink(std::span<const float>) -> bool` as soon as it is made.
    // Stops early when sink returns false. False when stopped early or espeak-ng failed.
    template <typename Sink> bool synthesize(const char* text, Sink&& sink) {
        using S = std::remove_reference_t<Sink>;
        return synthesize(
            text,
            [](void* s, std::span<const float> samples) { return (*static_cast<S*>(s))(samples); },
            &sink);
    }

private:
    using SinkFunction = bool (*)(void* sink, std::span<const float> samples);
    bool synthesize(const char* text, SinkFunction function, void* sink);

    bool open_ = false;
    int sample_rate_hz_ = 0;
};

} // namespace legwork
