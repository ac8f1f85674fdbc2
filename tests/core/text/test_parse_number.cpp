#include "core/text/parse_number.h"

#include <catch2/catch.hpp>

using namespace legwork;

TEST_CASE("Whole numbers are read only when the text is nothing else", "[text][parse_number]") {
    CHECK(parse_int("42") == 42);
    CHECK(parse_int("-7") == -7);
    for (const char* bad : {"", "4x", " 4", "+4", "4.0", "99999999999"}) {
        INFO(bad);
        CHECK_FALSE(parse_int(bad));
    }
    CHECK(parse_digits("0930") == 930);
    CHECK_FALSE(parse_digits("-1"));
    CHECK_FALSE(parse_digits(""));
}
