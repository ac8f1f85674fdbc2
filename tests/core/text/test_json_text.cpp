#include "core/text/json_text.h"

#include <catch2/catch.hpp>

using namespace legwork;

TEST_CASE("Text in JSON is quoted and escaped", "[text][json_text]") {
    CHECK(json_text("full-squat") == "\"full-squat\"");
    CHECK(json_text("say \"ok\" \\ done") == "\"say \\\"ok\\\" \\\\ done\"");
    CHECK(json_text("line one\nline two\ttab") == "\"line one\\nline two\\ttab\"");
    CHECK(json_text(std::string_view("\x01", 1)) == "\"\\u0001\"");
    CHECK(json_text("genou, cuisse: \xc3\xa9") == "\"genou, cuisse: \xc3\xa9\"");
}
