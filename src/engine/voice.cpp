#include "engine/voice.h"

#include "core/audio/resampler.h"
#include "engine/speech_synth.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cstdio>
#include <string>

namespace legwork {
namespace {

using namespace std::chrono_literals;

// espeak-ng's samples are resampled this many at a time.
constexpr std::size_t kSpeechChunk = 512;
// Speech synthesised ahead of what is heard; the worker waits while this much is queued.
constexpr double kSpeechAhead_s = 0.5;

} // namespace

Voice::~Voice() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    if (worker_.joinable()) worker_.join();
    device_.close();
}

void Voice::start(const VoiceDesc& desc) {
    assert(!device_.is_open() && "Voice::start called twice");
    set_settings(desc.settings);
    std::string error;
    if (!device_.open(desc.device, &Voice::render, this, error)) {
        std::fprintf(stderr, "legwork: %s; routines run without voice or beeps\n", error.c_str());
        return;
    }
    if (device_.inaudible() && !desc.device.silent)
        std::fprintf(stderr, "legwork: sound goes to SDL's silent audio driver: voice and beeps "
                             "are not heard\n");
    mixer_.emplace(device_.sample_rate_hz());
    ring_.emplace(static_cast<std::size_t>(kSpeechAhead_s * device_.sample_rate_hz()));
    speech_buffer_.resize(static_cast<std::size_t>(device_.buffer_samples()));
    device_.play();
    worker_ = std::thread(&Voice::run_speech, this);
}

double Voice::now_s() const {
    return std::chrono::duration<double>(Clock::now() - epoch_).count();
}

void Voice::say(std::string_view text, SpeechPriority priority) {
    if (!settings_.voice_on || !worker_.joinable()) return;
    {
        std::lock_guard lock(mutex_);
        if (speech_failed_) return;
        if (queue_.offer(text, priority, now_s()) == SpeechOffer::cuts_playing) cut_ = true;
    }
    wake_.notify_all();
}

void Voice::beep(BeepKind kind) {
    if (!settings_.beeps_on || !mixer_) return;
    pending_beeps_ |= 1u << static_cast<unsigned>(kind);
}

void Voice::silence() {
    {
        std::lock_guard lock(mutex_);
        if (queue_.clear()) cut_ = true;
    }
    wake_.notify_all();
}

void Voice::set_settings(const VoiceSettings& settings) {
    settings_ = settings;
    settings_.volume = std::clamp(settings.volume, 0.0f, 1.0f);
    settings_.rate_wpm = std::clamp(settings.rate_wpm, kMinSpeechRateWpm, kMaxSpeechRateWpm);
    voice_on_ = settings_.voice_on;
    beeps_on_ = settings_.beeps_on;
    volume_ = settings_.volume;
    rate_wpm_ = settings_.rate_wpm;
    if (!settings_.voice_on) silence();
}

bool Voice::busy() const {
    // The audio thread marks itself beeping before it takes the pending beeps.
    if (pending_beeps_ != 0 || beeping_) return true;
    std::lock_guard lock(mutex_);
    return queue_.waiting() || queue_.playing();
}

void Voice::run_speech() {
    SpeechSynth synth;
    std::string error;
    if (!synth.open(error)) {
        std::fprintf(stderr, "legwork: %s; routines beep but do not speak\n", error.c_str());
        std::lock_guard lock(mutex_);
        speech_failed_ = true;
        queue_.clear();
        return;
    }
    Resampler resampler(synth.sample_rate_hz(), device_.sample_rate_hz());
    std::vector<float> resampled(resampler.max_output(kSpeechChunk));
    int rate_wpm = 0;
    speech_ready_ = true;
    while (true) {
        std::optional<SpeechMessage> message;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return stop_ || queue_.waiting(); });
            if (stop_) return;
            cut_ = false;
            message = queue_.start_next(now_s());
        }
        if (!message) continue;
        if (rate_wpm != rate_wpm_) synth.set_rate_wpm(rate_wpm = rate_wpm_);
        speak(*message, synth, resampler, resampled);
        std::lock_guard lock(mutex_);
        queue_.finish_playing();
    }
}

void Voice::speak(const SpeechMessage& message, SpeechSynth& synth, Resampler& resampler,
                  std::span<float> resampled) {
    resampler.reset();
    bool first = true;
    synth.synthesize(message.text.data(), [&](std::span<const float> samples) {
        while (!samples.empty()) {
            const std::span<const float> piece =
                samples.first(std::min(samples.size(), kSpeechChunk));
            samples = samples.subspan(piece.size());
            const std::size_t count = resampler.process(piece, resampled);
            if (!queue_for_playback(resampled.first(count))) return false;
            if (first && count > 0) {
                last_start_latency_ms_ = 1000.0 * (now_s() - message.said_at_s);
                ++messages_started_;
                first = false;
            }
        }
        return true;
    });
    {
        // Heard when the audio thread has taken the last of it (one buffer, ~11 ms, early).
        std::unique_lock lock(mutex_);
        while (!stop_ && !cut_ && ring_->size() > 0) wake_.wait_for(lock, 5ms);
    }
    if (!cut_) return;
    flush_ = true;
    while (flush_ && !stop_) std::this_thread::sleep_for(1ms);
}

bool Voice::queue_for_playback(std::span<const float> samples) {
    while (!cut_ && !stop_) {
        samples = samples.subspan(ring_->write(samples));
        if (samples.empty()) return true;
        std::this_thread::sleep_for(5ms);
    }
    return false;
}

void Voice::render(void* self, std::span<float> out) {
    static_cast<Voice*>(self)->render(out);
}

void Voice::render(std::span<float> out) {
    if (pending_beeps_ != 0) {
        beeping_ = true;
        for (std::uint32_t kinds = pending_beeps_.exchange(0); kinds != 0; kinds &= kinds - 1)
            mixer_->start_beep(static_cast<BeepKind>(std::countr_zero(kinds)));
    }
    const VoiceSettings settings{.voice_on = voice_on_, .beeps_on = beeps_on_, .volume = volume_};
    while (!out.empty()) {
        const std::span<float> speech =
            std::span(speech_buffer_).first(std::min(out.size(), speech_buffer_.size()));
        const std::size_t heard = ring_->read(speech);
        if (flush_) {
            fade_out(speech.first(heard));
            ring_->discard();
            flush_ = false;
        }
        std::fill(speech.begin() + static_cast<std::ptrdiff_t>(heard), speech.end(), 0.0f);
        mixer_->mix(speech, settings, out.first(speech.size()));
        out = out.subspan(speech.size());
    }
    beeping_ = mixer_->beeping();
}

} // namespace legwork
