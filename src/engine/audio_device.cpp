#include "engine/audio_device.h"

#include <SDL2/SDL.h>
#include <cassert>
#include <string_view>

namespace legwork {

AudioDevice::~AudioDevice() {
    close();
}

void AudioDevice::close() {
    if (device_) SDL_CloseAudioDevice(device_);
    if (sdl_started_) SDL_QuitSubSystem(SDL_INIT_AUDIO);
    device_ = 0;
    sdl_started_ = false;
}

bool AudioDevice::open(const AudioDeviceDesc& desc, Render render, void* context,
                       std::string& error) {
    close();
    if (desc.silent) SDL_SetHint(SDL_HINT_AUDIODRIVER, "dummy");
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
        error = std::string("cannot start audio: ") + SDL_GetError();
        return false;
    }
    sdl_started_ = true;
    render_ = render;
    context_ = context;
    SDL_AudioSpec want{};
    want.freq = desc.sample_rate_hz;
    want.format = AUDIO_F32SYS;
    want.channels = 1;
    want.samples = static_cast<Uint16>(desc.buffer_samples);
    want.callback = &AudioDevice::callback;
    want.userdata = this;
    SDL_AudioSpec have{};
    // Mono float at the device's own rate: SDL spreads the channels, the app resamples.
    device_ = SDL_OpenAudioDevice(nullptr, 0, &want, &have, SDL_AUDIO_ALLOW_FREQUENCY_CHANGE);
    if (!device_) {
        error = std::string("no sound device: ") + SDL_GetError();
        close();
        return false;
    }
    sample_rate_hz_ = have.freq;
    buffer_samples_ = have.samples;
    const std::string_view driver = SDL_GetCurrentAudioDriver();
    inaudible_ = driver == "dummy" || driver == "disk";
    return true;
}

void AudioDevice::play() {
    assert(device_ && "AudioDevice::play before open()");
    SDL_PauseAudioDevice(device_, 0);
}

void AudioDevice::callback(void* self, unsigned char* stream, int bytes) {
    const auto* device = static_cast<const AudioDevice*>(self);
    const std::span<float> out(reinterpret_cast<float*>(stream),
                               static_cast<std::size_t>(bytes) / sizeof(float));
    device->render_(device->context_, out);
}

} // namespace legwork
