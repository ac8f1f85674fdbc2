#pragma once
// AudioDevice: the sound output, through SDL audio. A callback on SDL's audio thread fills
// each buffer with mono float samples at the device's own rate; SDL converts them to what
// the hardware takes.

#include <span>
#include <string>

namespace legwork {

struct AudioDeviceDesc {
    int sample_rate_hz = 48000; // asked for; the device may choose another (sample_rate_hz())
    int buffer_samples = 512;   // per callback: ~11 ms at 48 kHz, the delay before a beep sounds
    bool silent = false; // SDL's dummy driver: runs in real time, heard by no one (bench, tests)
};

class AudioDevice {
public:
    // Fills `out` with the next samples, -1..1. Called on the audio thread: must not block.
    using Render = void (*)(void* context, std::span<float> out);

    AudioDevice() = default;
    ~AudioDevice();
    AudioDevice(const AudioDevice&) = delete;
    AudioDevice& operator=(const AudioDevice&) = delete;

    // Opens the default output, paused, to call `render` with `context` once playing.
    // False with `error` when there is no usable device; nothing is left open then.
    bool open(const AudioDeviceDesc& desc, Render render, void* context, std::string& error);
    // Starts calling `render`, from SDL's audio thread.
    void play();
    // Stops the callback: once this returns, `render` is not called again.
    void close();

    bool is_open() const { return device_ != 0; }
    int sample_rate_hz() const { return sample_rate_hz_; }
    // Samples per callback, as the device chose.
    int buffer_samples() const { return buffer_samples_; }
    // True when the output reaches no speaker: SDL's dummy or disk driver.
    bool inaudible() const { return inaudible_; }

private:
    static void callback(void* self, unsigned char* stream, int bytes);

    unsigned device_ = 0; // SDL_AudioDeviceID
    bool sdl_started_ = false;
    int sample_rate_hz_ = 0;
    int buffer_samples_ = 0;
    bool inaudible_ = false;
    Render render_ = nullptr;
    void* context_ = nullptr;
};

} // namespace legwork
