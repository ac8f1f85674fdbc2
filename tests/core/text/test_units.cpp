// Distances and heights in the units the user chose.
#include "core/text/units.h"

#include <catch2/catch.hpp>

using namespace legwork;

TEST_CASE("Distances read in metres or whole yards", "[text][units]") {
    CHECK(distance_text(50.0f, Units::metric) == "50 m");
    CHECK(distance_text(12.5f, Units::metric) == "12.5 m");
    CHECK(distance_text(50.0f, Units::imperial) == "55 yd"); // 54.7 yd
    CHECK(distance_text(0.9144f * 10.0f, Units::imperial) == "10 yd");
}

TEST_CASE("Heights read in centimetres or feet and inches", "[text][units]") {
    CHECK(std::string(height_text(1.75f, Units::metric).text) == "175 cm");
    CHECK(std::string(height_text(1.75f, Units::imperial).text) == "5 ft 9 in");  // 68.9 in
    CHECK(std::string(height_text(1.50f, Units::imperial).text) == "4 ft 11 in"); // 59.1 in
    CHECK(std::string(height_text(2.00f, Units::imperial).text) == "6 ft 7 in");  // 78.7 in
    CHECK(std::string(height_text(1.8288f, Units::imperial).text) ==
          "6 ft 0 in"); // exactly six feet
}

TEST_CASE("Units are saved by name and read back", "[text][units]") {
    for (Units units : {Units::metric, Units::imperial})
        CHECK(units_from_name(units_name(units)) == units);
    CHECK_FALSE(units_from_name("furlongs"));
}
