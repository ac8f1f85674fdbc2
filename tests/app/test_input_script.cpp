// Scripted input for end-to-end runs: each line read as the step it says, or refused with
// its line number.
#include "app/input_script.h"

#include <catch2/catch.hpp>

using namespace legwork;

TEST_CASE("A script's lines become timed key, pad, mouse, screenshot and quit steps",
          "[app][script]") {
    const InputScript script = parse_input_script("# open the library with the gamepad\n"
                                                  "\n"
                                                  "100 pad rightshoulder\n"
                                                  "250 key Return\n"
                                                  "300 mouse 640 360 click\n"
                                                  "300 mouse 10 20\n"
                                                  "900 screenshot out/library.png\n"
                                                  "1000 quit\n",
                                                  "walk.txt");
    REQUIRE(script.error.empty());
    REQUIRE(script.steps.size() == 6);
    CHECK(script.steps[0].at_ms == 100);
    CHECK(script.steps[0].kind == ScriptStep::Kind::pad);
    CHECK(script.steps[0].button == SDL_CONTROLLER_BUTTON_RIGHTSHOULDER);
    CHECK(script.steps[0].line == 3);
    CHECK(script.steps[1].key == SDLK_RETURN);
    CHECK(script.steps[2].x == 640);
    CHECK(script.steps[2].click);
    CHECK_FALSE(script.steps[3].click);
    CHECK(script.steps[4].file == "out/library.png");
    CHECK(script.steps[5].kind == ScriptStep::Kind::quit);
}

TEST_CASE("A malformed line is reported with its line number", "[app][script]") {
    const auto error = [](const std::string& text) {
        return parse_input_script(text, "walk.txt").error;
    };
    CHECK(error("100 key Return\nsoon key Return\n") ==
          "walk.txt:2: a line starts with the time in milliseconds, like 500 key Return");
    CHECK_THAT(error("100 key Flux\n"), Catch::StartsWith("walk.txt:1: unknown key 'Flux'"));
    CHECK_THAT(error("100 pad z\n"), Catch::StartsWith("walk.txt:1: unknown gamepad button 'z'"));
    CHECK(error("100 mouse 5\n") == "walk.txt:1: mouse needs a position: mouse X Y [click]");
    CHECK(error("100 mouse 5 5 double\n") == "walk.txt:1: after mouse X Y only 'click' may follow");
    CHECK(error("100 screenshot\n") ==
          "walk.txt:1: screenshot needs a file name: screenshot shot.png");
    CHECK(error("100 dance\n") ==
          "walk.txt:1: unknown step 'dance' (key, pad, mouse, screenshot or quit)");
    CHECK(error("500 quit\n100 quit\n") ==
          "walk.txt:2: steps go in time order: 100 ms comes before the line above");
    CHECK(parse_input_script("100 dance\n", "walk.txt").steps.empty());
}
