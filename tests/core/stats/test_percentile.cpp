#include "core/stats/percentile.h"

#include <catch2/catch.hpp>
#include <vector>

using namespace legwork;

TEST_CASE("Median of an odd count is the middle value", "[stats][percentile]") {
    std::vector<double> values{9.0, 1.0, 5.0, 3.0, 7.0};
    CHECK(percentile(values, 50.0) == Approx(5.0));
}

TEST_CASE("Percentiles interpolate between neighbouring ranks", "[stats][percentile]") {
    std::vector<double> values{4.0, 1.0, 3.0, 2.0};
    CHECK(percentile(values, 50.0) == Approx(2.5));
    CHECK(percentile(values, 0.0) == Approx(1.0));
    CHECK(percentile(values, 100.0) == Approx(4.0));
    CHECK(percentile(values, 25.0) == Approx(1.75));
}

TEST_CASE("The 99th percentile of frame times catches the rare slow frame",
          "[stats][percentile]") {
    // Three slow frames in 200 (1.5%): the 99th percentile lands among them.
    std::vector<double> frames(200, 2.0);
    frames[17] = 40.0;
    frames[90] = 38.0;
    frames[150] = 35.0;
    CHECK(percentile(frames, 50.0) == Approx(2.0));
    CHECK(percentile(frames, 99.0) > 30.0);
}

TEST_CASE("Empty and single samples do not fail", "[stats][percentile]") {
    std::vector<double> none;
    CHECK(percentile(none, 50.0) == 0.0);
    std::vector<double> one{3.5};
    CHECK(percentile(one, 99.0) == Approx(3.5));
}
