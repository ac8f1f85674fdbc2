#include "core/text/display_text.h"

#include <catch2/catch.hpp>

using namespace legwork;

TEST_CASE("Ids read as words with a capital", "[text][display_text]") {
    CHECK(words_from_id("knees-cave-in") == "Knees cave in");
    CHECK(words_from_id("") == "");
}

TEST_CASE("Counts take the plural except for one", "[text][display_text]") {
    CHECK(count_text(1, "day") == "1 day");
    CHECK(count_text(0, "session") == "0 sessions");
    CHECK(count_text(12, "week") == "12 weeks");
}

TEST_CASE("Measures read to a tenth, without a trailing .0", "[text][display_text]") {
    CHECK(number_text(50.0f) == "50");
    CHECK(number_text(22.5f) == "22.5");
    CHECK(number_text(2.25f) == "2.3");
    CHECK(number_text(0.999f) == "1");
}
