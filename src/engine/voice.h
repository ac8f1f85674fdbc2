#pragma once
// Voice: what a routine says and beeps. The player calls say() and beep() from the main
// thread when a timeline event fires; they only post a request, so they never block a
// frame (say() takes the speech queue's lock, which the worker holds only for
// bookkeeping) and never allocate.
//   main thread    say(), beep(), silence(), set_settings()
//   speech worker  loads espeak-ng; takes the next message from the SpeechQueue, whose
//                  rules decide what is said, replaced, cut or dropped; synthesises it,
//                  resampled to the device's rate, into a SampleRing; waits until it has
//                  been heard (or is cut) before the next
//   audio thread   mixes the ring's speech and the beeps at the user's volume (Mixer)
// Without a sound device, or without espeak-ng's data, it says why once on stderr and
// carries on silent (or with beeps only): the app never fails for want of sound.

#include "core/audio/beep.h"
#include "core/audio/mixer.h"
#include "core/audio/sample_ring.h"
#include "core/audio/speech_queue.h"
#include "core/audio/voice_settings.h"
#include "engine/audio_device.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <span>
#include <string_view>
#include <thread>
#include <vector>

namespace legwork {

class Resampler;
class SpeechSynth;

struct VoiceDesc {
    AudioDeviceDesc device;
    VoiceSettings settings;
};

class Voice {
public:
    Voice() = default;
    ~Voice();
    Voice(const Voice&) = delete;
    Voice& operator=(const Voice&) = delete;

    // Opens the sound device and starts the speech worker, which loads espeak-ng in the
    // background (speech_ready()). Never fails; see the header's note.
    void start(const VoiceDesc& desc = {});

    // Says `text` (UTF-8) by the SpeechQueue's rules, unless the voice is off.
    void say(std::string_view text, SpeechPriority priority);
    // Sounds `kind` within one audio buffer (about 11 ms), unless beeps are off.
    void beep(BeepKind kind);
    // Stops speaking at once and drops what waits to be said (pause, skip, leaving).
    void silence();
    // Applies at once: volume and mutes from the next audio buffer, the rate from the next
    // message; turning the voice off silences it.
    void set_settings(const VoiceSettings& settings);
    const VoiceSettings& settings() const { return settings_; }

    // True when a sound device opened (perhaps SDL's silent one): beeps and speech play.
    bool has_device() const { return device_.is_open(); }
    // True once there is a device and espeak-ng is loaded, so say() is heard; failed when
    // espeak-ng could not be loaded (say() then does nothing).
    bool speech_ready() const { return speech_ready_; }
    bool speech_failed() const { return speech_failed_; }
    // True when a speaker can hear it (not SDL's dummy or disk driver, not without a device).
    bool audible() const { return device_.is_open() && !device_.inaudible(); }
    // True while speech waits, plays or is cut, or a beep sounds. Takes the queue's lock.
    bool busy() const;

    // Messages that have started playing, and for the last of them, milliseconds from
    // say() to its first samples queued for playback (for `legwork bench`).
    std::uint32_t messages_started() const { return messages_started_; }
    double last_start_latency_ms() const { return last_start_latency_ms_; }

private:
    using Clock = std::chrono::steady_clock;
    double now_s() const;
    // The speech worker's loop, and one message through it.
    void run_speech();
    void speak(const SpeechMessage& message, SpeechSynth& synth, Resampler& resampler,
               std::span<float> resampled);
    // Puts `samples` in the ring, waiting while it is full. False when cut or stopping.
    bool queue_for_playback(std::span<const float> samples);
    // The audio thread's callback.
    static void render(void* self, std::span<float> out);
    void render(std::span<float> out);

    VoiceSettings settings_;
    AudioDevice device_;
    std::optional<Mixer> mixer_;
    std::optional<SampleRing> ring_;
    std::vector<float> speech_buffer_; // the audio thread's share of the ring, reused
    Clock::time_point epoch_ = Clock::now();

    mutable std::mutex mutex_; // guards queue_
    std::condition_variable wake_;
    SpeechQueue queue_;
    std::thread worker_;

    std::atomic<bool> stop_{false};  // the worker ends
    std::atomic<bool> cut_{false};   // the playing message is to stop now
    std::atomic<bool> flush_{false}; // the audio thread drops what the ring holds, fading out
    std::atomic<bool> speech_ready_{false};
    std::atomic<bool> speech_failed_{false}; // set under mutex_, so say() queues nothing after
    std::atomic<bool> beeping_{false};
    std::atomic<std::uint32_t> pending_beeps_{0}; // one bit per BeepKind
    std::atomic<bool> voice_on_{true};
    std::atomic<bool> beeps_on_{true};
    std::atomic<float> volume_{1.0f};
    std::atomic<int> rate_wpm_{0};
    std::atomic<std::uint32_t> messages_started_{0};
    std::atomic<double> last_start_latency_ms_{0.0};
};

} // namespace legwork
