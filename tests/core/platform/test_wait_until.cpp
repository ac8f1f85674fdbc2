#include "core/platform/wait_until.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

using namespace legwork;

TEST_CASE("Waiting ends when the other thread is done", "[platform][wait_until]") {
    std::atomic<bool> done{false};
    std::thread worker([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        done = true;
    });
    CHECK(wait_until([&] { return done.load(); }, 10.0));
    worker.join();
}

TEST_CASE("Waiting gives up after its limit", "[platform][wait_until]") {
    const auto start = std::chrono::steady_clock::now();
    CHECK_FALSE(wait_until([] { return false; }, 0.05));
    CHECK(std::chrono::steady_clock::now() - start >= std::chrono::milliseconds(50));
    CHECK(wait_until([] { return true; }, 0.0));
}
