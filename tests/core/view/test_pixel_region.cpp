#include "core/view/pixel_region.h"

#include <catch2/catch.hpp>
#include <random>

using namespace legwork;

TEST_CASE("Two small changes far apart stay two small rectangles", "[view][pixel_region]") {
    PixelRegion region;
    region.add({{100, 100}, {140, 120}}); // a slider's grab on the left
    region.add({{1500, 40}, {1600, 50}}); // a bar filling on the right
    REQUIRE(region.rects().size() == 2);
    CHECK(region.area() == 40 * 20 + 100 * 10);
    CHECK(region.bounds() == PixelRect{{100, 40}, {1600, 120}});
}

TEST_CASE("Rectangles that overlap or touch merge when that adds few pixels",
          "[view][pixel_region]") {
    PixelRegion region;
    region.add({{0, 0}, {100, 100}});
    region.add({{100, 0}, {200, 100}}); // touching, the same height: one rectangle, no more pixels
    REQUIRE(region.rects().size() == 1);
    CHECK(region.rects()[0] == PixelRect{{0, 0}, {200, 100}});
    region.add({{50, 50}, {60, 60}}); // already held
    CHECK(region.rects().size() == 1);
    CHECK(region.area() == 200 * 100);
    // A big one across a corner would add far more if merged: only its part outside is kept.
    region.add({{190, 90}, {1000, 1000}});
    CHECK(region.rects().size() > 1);
    CHECK(region.area() == 200 * 100 + 810 * 910 - 10 * 10);
}

TEST_CASE("A region holds every pixel added, in few rectangles that do not overlap",
          "[view][pixel_region]") {
    std::mt19937 random(11);
    std::uniform_int_distribution<int> position(0, 1900), extent(1, 300);
    for (int trial = 0; trial < 50; ++trial) {
        PixelRegion region;
        std::vector<PixelRect> added;
        for (int i = 0; i < 40; ++i) {
            const glm::ivec2 min{position(random), position(random)};
            const PixelRect rect{min, min + glm::ivec2{extent(random), extent(random)}};
            added.push_back(rect);
            region.add(rect);
            CHECK(region.rects().size() <= PixelRegion::kMaxRects);
        }
        region.add(PixelRect{}); // nothing
        // Each pixel of the screen: in the region if added, and in one rectangle at most.
        long long lost = 0, twice = 0, held = 0;
        for (int y = 0; y < 2200; y += 7)
            for (int x = 0; x < 2200; x += 7) {
                bool was_added = false;
                for (const PixelRect& r : added)
                    was_added = was_added || (x >= r.min.x && x < r.max.x && y >= r.min.y && y < r.max.y);
                int in = 0;
                for (const PixelRect& r : region.rects())
                    in += x >= r.min.x && x < r.max.x && y >= r.min.y && y < r.max.y;
                lost += was_added && in == 0;
                twice += in > 1;
                held += in;
            }
        CHECK(lost == 0);
        CHECK(twice == 0);
        CHECK(held > 0);
    }
}

TEST_CASE("Regions add up", "[view][pixel_region]") {
    PixelRegion a({{0, 0}, {10, 10}});
    const PixelRegion b({{500, 500}, {510, 520}});
    a.add(b);
    CHECK(a.rects().size() == 2);
    CHECK(a.area() == 100 + 200);
    CHECK(PixelRegion().empty());
    CHECK(PixelRegion().bounds().empty());
}
