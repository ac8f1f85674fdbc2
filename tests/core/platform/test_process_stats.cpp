#include "core/platform/process_stats.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <vector>

using namespace legwork;

TEST_CASE("The process's age is positive and grows", "[platform][process_stats]") {
    const double first = ms_since_process_start();
    REQUIRE(first >= 0.0);
    CHECK(first < 10.0 * 60.0 * 1000.0); // a test binary is not ten minutes old
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(30);
    while (std::chrono::steady_clock::now() < until) {
    }
    CHECK(ms_since_process_start() >= first + 20.0); // clock-tick resolution is 10 ms
}

TEST_CASE("Peak memory grows when memory is touched", "[platform][process_stats]") {
    const double before = peak_resident_mb();
    CHECK(before > 0.0);
    std::vector<char> block(64u << 20, 1); // 64 MiB, written so it is resident
    CHECK(peak_resident_mb() >= before + 32.0);
    CHECK(block.back() == 1);
}

TEST_CASE("CPU time counts busy work", "[platform][process_stats]") {
    // Spin until 30 ms of CPU time show, giving up after 2 s: on a loaded machine 50 ms of
    // wall time can hold much less than 30 ms of CPU, and that is not a failure.
    const double before = process_cpu_ms();
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    volatile unsigned spin = 0;
    while (process_cpu_ms() - before < 30.0 && std::chrono::steady_clock::now() < give_up)
        for (int i = 0; i < 10000; ++i) spin = spin + 1;
    CHECK(process_cpu_ms() - before >= 30.0);
}
