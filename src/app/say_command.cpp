#include "app/headless_commands.h"
#include "core/audio/wav_file.h"
#include "core/platform/wait_until.h"
#include "engine/speech_synth.h"
#include "engine/voice.h"

#include <cstdio>
#include <vector>

namespace legwork {
namespace {

// The words as espeak-ng says them, in a WAV file at its own rate.
int write_speech(const CommandLine& line) {
    SpeechSynth synth;
    std::string error;
    if (!synth.open(error)) {
        std::fprintf(stderr, "legwork say: %s\n", error.c_str());
        return 1;
    }
    synth.set_rate_wpm(line.rate_wpm);
    std::vector<float> samples;
    synth.synthesize(line.say_text.c_str(), [&](std::span<const float> chunk) {
        samples.insert(samples.end(), chunk.begin(), chunk.end());
        return true;
    });
    if (!write_wav(line.output, samples, synth.sample_rate_hz(), error)) {
        std::fprintf(stderr, "legwork say: %s\n", error.c_str());
        return 1;
    }
    std::printf("%s: %.2f s of speech, %d Hz mono\n", line.output.c_str(),
                static_cast<double>(samples.size()) / synth.sample_rate_hz(),
                synth.sample_rate_hz());
    return 0;
}

} // namespace

int run_say_command(const CommandLine& line) {
    if (!line.output.empty()) return write_speech(line);
    // Through the app's own voice: the speech worker, the mixer and the sound device.
    Voice voice;
    voice.start({.device = {}, .settings = {.volume = 1.0f, .rate_wpm = line.rate_wpm}});
    if (!voice.has_device()) {
        std::fprintf(stderr,
                     "legwork say: nothing to play it on; write it to a file with -o FILE.wav\n");
        return 1;
    }
    if (!wait_until([&] { return voice.speech_ready() || voice.speech_failed(); }, 10.0) ||
        voice.speech_failed())
        return 1;
    voice.say(line.say_text, SpeechPriority::milestone);
    // A message may wait 30 s to start; none of it takes minutes to say.
    if (!wait_until([&] { return !voice.busy(); }, 300.0)) {
        std::fprintf(stderr, "legwork say: the sound device stopped playing\n");
        return 1;
    }
    return 0;
}

} // namespace legwork
