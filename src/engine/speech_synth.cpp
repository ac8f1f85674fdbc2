#include "engine/speech_synth.h"

#include "core/audio/voice_settings.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>
#include <mutex>

namespace legwork {
namespace {

// espeak-ng's callback has no context of its own; there is one synthesis at a time.
struct Synthesis {
    bool (*function)(void*, std::span<const float>) = nullptr;
    void* sink = nullptr;
    bool stopped = false;
};
Synthesis* g_synthesis = nullptr;

// espeak-ng 1.51 hangs when it is loaded again after espeak_ng_Terminate(), so it is loaded
// once in a process and stays loaded until the process ends.
std::mutex g_mutex;
bool g_loaded = false; // guarded by g_mutex
bool g_open = false;   // a SpeechSynth is open; guarded by g_mutex

int on_samples(short* samples, int count, espeak_EVENT*) {
    Synthesis& synthesis = *g_synthesis;
    if (!samples) return 0; // the end
    std::array<float, 512> converted;
    for (int done = 0; done < count && !synthesis.stopped;) {
        const int size = std::min<int>(count - done, converted.size());
        for (int i = 0; i < size; ++i) converted[i] = samples[done + i] / 32768.0f;
        synthesis.stopped = !synthesis.function(synthesis.sink, std::span(converted).first(size));
        done += size;
    }
    return synthesis.stopped ? 1 : 0;
}

std::string status_text(espeak_ng_STATUS status) {
    std::array<char, 256> text{};
    espeak_ng_GetStatusCodeMessage(status, text.data(), text.size());
    return text.data();
}

} // namespace

SpeechSynth::~SpeechSynth() {
    if (!open_) return;
    std::lock_guard lock(g_mutex);
    g_open = false;
}

bool SpeechSynth::open(std::string& error) {
    std::lock_guard lock(g_mutex);
    assert(!g_open && "SpeechSynth: another one is open in this process");
    espeak_ng_STATUS status = ENS_OK;
    if (!g_loaded) {
        espeak_ng_InitializePath(nullptr);
        espeak_ng_ERROR_CONTEXT context = nullptr;
        status = espeak_ng_Initialize(&context);
        espeak_ng_ClearErrorContext(&context);
        if (status == ENS_OK)
            status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 20, nullptr);
        g_loaded = status == ENS_OK;
    }
    if (status == ENS_OK) status = espeak_ng_SetVoiceByName("en");
    if (status != ENS_OK) {
        error = "cannot start espeak-ng speech: " + status_text(status);
        return false;
    }
    espeak_SetSynthCallback(on_samples);
    sample_rate_hz_ = espeak_ng_GetSampleRate();
    open_ = g_open = true;
    set_rate_wpm(VoiceSettings{}.rate_wpm);
    return true;
}

void SpeechSynth::set_rate_wpm(int rate_wpm) {
    assert(open_ && "SpeechSynth::set_rate_wpm before open()");
    espeak_SetParameter(espeakRATE, std::clamp(rate_wpm, kMinSpeechRateWpm, kMaxSpeechRateWpm), 0);
}

bool SpeechSynth::synthesize(const char* text, SinkFunction function, void* sink) {
    assert(open_ && "SpeechSynth::synthesize before open()");
    Synthesis synthesis{function, sink, false};
    g_synthesis = &synthesis;
    const espeak_ERROR result =
        espeak_Synth(text, 0, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
    g_synthesis = nullptr;
    return result == EE_OK && !synthesis.stopped;
}

} // namespace legwork
