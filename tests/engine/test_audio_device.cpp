#include "engine/audio_device.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

using namespace legwork;

TEST_CASE("The silent audio device runs in real time and takes what it is given",
          "[engine][audio_device]") {
    std::atomic<long> samples{0};
    const auto render = [](void* context, std::span<float> out) {
        for (float& s : out) s = 0.25f;
        *static_cast<std::atomic<long>*>(context) += static_cast<long>(out.size());
    };
    AudioDevice device;
    std::string error;
    REQUIRE(device.open({.silent = true}, render, &samples, error));
    CHECK(device.is_open());
    CHECK(device.inaudible());
    CHECK(device.sample_rate_hz() > 0);
    CHECK(device.buffer_samples() > 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(samples == 0); // paused until play()
    device.play();
    const auto start = std::chrono::steady_clock::now();
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    const double elapsed_s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    device.close();
    const long after_close = samples;
    // About as many samples as the time passed holds: played, not skipped or stalled.
    CHECK(static_cast<double>(after_close) > 0.5 * elapsed_s * device.sample_rate_hz());
    CHECK(static_cast<double>(after_close) < 2.0 * elapsed_s * device.sample_rate_hz());
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(samples == after_close);
    CHECK_FALSE(device.is_open());
}
