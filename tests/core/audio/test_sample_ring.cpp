#include "core/audio/sample_ring.h"

#include <catch2/catch.hpp>
#include <thread>
#include <vector>

using namespace legwork;

TEST_CASE("A ring hands samples over in order and holds no more than it can",
          "[audio][sample_ring]") {
    SampleRing ring(8);
    const std::vector<float> ten{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    CHECK(ring.write(ten) == 8);
    CHECK(ring.size() == 8);
    std::vector<float> out(5);
    CHECK(ring.read(out) == 5);
    CHECK(out == std::vector<float>{0, 1, 2, 3, 4});
    // Writing again wraps around the end of its storage.
    CHECK(ring.write(std::span(ten).subspan(8)) == 2);
    std::vector<float> rest(10);
    CHECK(ring.read(rest) == 5);
    CHECK(std::vector<float>(rest.begin(), rest.begin() + 5) == std::vector<float>{5, 6, 7, 8, 9});
    CHECK(ring.size() == 0);
}

TEST_CASE("Discarding drops everything written so far", "[audio][sample_ring]") {
    SampleRing ring(16);
    const std::vector<float> samples(12, 0.5f);
    ring.write(samples);
    ring.discard();
    CHECK(ring.size() == 0);
    std::vector<float> out(4);
    CHECK(ring.read(out) == 0);
    CHECK(ring.write(samples) == 12);
}

TEST_CASE("One thread writes while another reads, and nothing is lost or reordered",
          "[audio][sample_ring]") {
    SampleRing ring(100);
    constexpr int kCount = 200000;
    std::thread producer([&] {
        std::vector<float> chunk(37);
        int next = 0;
        while (next < kCount) {
            std::size_t size = 0;
            for (; size < chunk.size() && next + static_cast<int>(size) < kCount; ++size)
                chunk[size] = static_cast<float>(next + static_cast<int>(size));
            next += static_cast<int>(ring.write(std::span(chunk).first(size)));
        }
    });
    std::vector<float> out(23);
    int expected = 0;
    bool in_order = true;
    while (expected < kCount) {
        const std::size_t got = ring.read(out);
        for (std::size_t i = 0; i < got; ++i)
            in_order = in_order && out[i] == static_cast<float>(expected++);
    }
    producer.join();
    CHECK(in_order);
    CHECK(ring.size() == 0);
}
