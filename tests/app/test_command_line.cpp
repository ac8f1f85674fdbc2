#include "app/command_line.h"

#include <catch2/catch.hpp>
#include <initializer_list>
#include <vector>

using namespace legwork;

namespace {
ParsedCommandLine parse(std::initializer_list<std::string_view> args) {
    const std::vector<std::string_view> list(args);
    return parse_command_line(list);
}
} // namespace

TEST_CASE("No arguments starts the app windowed on Home", "[app][command_line]") {
    const auto parsed = parse({});
    REQUIRE(parsed.error.empty());
    CHECK(parsed.command_line.command == Command::run);
    CHECK(parsed.command_line.screen == ScreenId::home);
    CHECK_FALSE(parsed.command_line.fullscreen);
}

TEST_CASE("The app takes --fullscreen, --tv, --screen and --data-dir", "[app][command_line]") {
    const auto parsed =
        parse({"--fullscreen", "--tv", "--screen", "progress", "--data-dir=/tmp/x"});
    REQUIRE(parsed.error.empty());
    CHECK(parsed.command_line.fullscreen);
    CHECK(parsed.command_line.tv);
    CHECK(parsed.command_line.screen == ScreenId::progress);
    CHECK(parsed.command_line.data_dir == "/tmp/x");
}

TEST_CASE("screenshot reads screen, size and output", "[app][command_line]") {
    const auto parsed =
        parse({"screenshot", "--screen", "library", "--size", "1280x720", "-o", "a.png"});
    REQUIRE(parsed.error.empty());
    const CommandLine& line = parsed.command_line;
    CHECK(line.command == Command::screenshot);
    CHECK(line.screen == ScreenId::library);
    CHECK(line.size == glm::ivec2{1280, 720});
    CHECK(line.output == "a.png");
}

TEST_CASE("screenshot defaults to 1920x1080 and needs an output file", "[app][command_line]") {
    const auto with_output = parse({"screenshot", "-o", "home.png"});
    REQUIRE(with_output.error.empty());
    CHECK(with_output.command_line.size == glm::ivec2{1920, 1080});
    const auto without = parse({"screenshot"});
    CHECK_THAT(without.error, Catch::Contains("-o FILE.png"));
}

TEST_CASE("bench reads --json and --frames", "[app][command_line]") {
    const auto parsed = parse({"bench", "--json", "--frames", "120", "--screen", "settings"});
    REQUIRE(parsed.error.empty());
    CHECK(parsed.command_line.command == Command::bench);
    CHECK(parsed.command_line.json);
    CHECK(parsed.command_line.frames == 120);
    CHECK(parsed.command_line.screen == ScreenId::settings);
}

TEST_CASE("Unknown flags are named in the error", "[app][command_line]") {
    CHECK_THAT(parse({"--bogus"}).error, Catch::Contains("unknown option '--bogus'"));
    // A flag of one command is unknown to another.
    CHECK_THAT(parse({"bench", "-o", "x.png"}).error,
               Catch::Contains("unknown option '-o' for bench"));
    CHECK_THAT(parse({"screenshot", "--json", "-o", "x.png"}).error,
               Catch::Contains("unknown option '--json' for screenshot"));
    CHECK_THAT(parse({"dance"}).error, Catch::Contains("unknown command 'dance'"));
}

TEST_CASE("Bad values say what is expected", "[app][command_line]") {
    CHECK_THAT(parse({"screenshot", "--size", "big", "-o", "a.png"}).error,
               Catch::Contains("WIDTHxHEIGHT"));
    CHECK_THAT(parse({"screenshot", "--size", "10x10", "-o", "a.png"}).error,
               Catch::Contains("between 64 and 8192"));
    CHECK_THAT(parse({"--screen", "gym"}).error,
               Catch::Contains("home, library, routines, progress or settings"));
    CHECK_THAT(parse({"bench", "--frames", "many"}).error, Catch::Contains("whole number"));
    CHECK_THAT(parse({"--data-dir"}).error, Catch::Contains("--data-dir needs a value"));
    CHECK_THAT(parse({"--tv=yes"}).error, Catch::Contains("--tv takes no value"));
}

TEST_CASE("--help wins over everything else", "[app][command_line]") {
    CHECK(parse({"--help"}).command_line.command == Command::help);
    CHECK(parse({"screenshot", "--help"}).command_line.command == Command::help);
    CHECK(parse({"--version"}).command_line.command == Command::version);
}

TEST_CASE("screenshot shows an exercise at a phase or a time, from a view, mirrored",
          "[app][command_line]") {
    const auto parsed =
        parse({"screenshot", "--exercise", "full-squat", "--phase", "bottom", "--variant",
               "knees-cave-in", "--side", "right", "--view", "front", "--mirror", "-o", "a.png"});
    REQUIRE(parsed.error.empty());
    const CommandLine& line = parsed.command_line;
    CHECK(line.exercise == "full-squat");
    CHECK(line.phase == "bottom");
    CHECK(line.variant == "knees-cave-in");
    CHECK(line.side == "right");
    CHECK(line.view == "front");
    CHECK(line.mirror);
    CHECK_FALSE(line.at_s);

    const auto at = parse({"screenshot", "--exercise", "bird-dog", "--at", "1.25", "-o", "a.png"});
    REQUIRE(at.error.empty());
    REQUIRE(at.command_line.at_s);
    CHECK(*at.command_line.at_s == Approx(1.25f));
}

TEST_CASE("Exercise options without an exercise, or clashing, are refused", "[app][command_line]") {
    CHECK_THAT(parse({"screenshot", "--phase", "bottom", "-o", "a.png"}).error,
               Catch::Contains("add --exercise ID"));
    CHECK_THAT(
        parse({"screenshot", "--exercise", "x", "--phase", "bottom", "--at", "1", "-o", "a.png"})
            .error,
        Catch::Contains("not both"));
    CHECK_THAT(parse({"screenshot", "--exercise", "x", "--view", "behind", "-o", "a.png"}).error,
               Catch::Contains("front, side, threequarter or top"));
    CHECK_THAT(parse({"screenshot", "--exercise", "x", "--at", "-2", "-o", "a.png"}).error,
               Catch::Contains("seconds"));
    CHECK(parse({"bench", "--exercise", "full-squat"}).error.empty());
}

TEST_CASE("The app, screenshot and bench take the avatar's file with --model; import-model takes a file",
          "[app][command_line]") {
    CHECK(parse({"--model", "me.glb"}).command_line.model == "me.glb");
    const auto shot = parse({"screenshot", "--model=me.fbx", "--exercise", "full-squat", "-o", "a.png"});
    REQUIRE(shot.error.empty());
    CHECK(shot.command_line.model == "me.fbx");
    CHECK(parse({"bench", "--model", "me.dae"}).command_line.model == "me.dae");
    const auto import = parse({"import-model", "me.x"});
    REQUIRE(import.error.empty());
    CHECK(import.command_line.command == Command::import_model);
    CHECK(import.command_line.model == "me.x");
    CHECK_THAT(parse({"import-model"}).error, Catch::Contains("import-model needs a model file"));
    CHECK_THAT(parse({"--model"}).error, Catch::Contains("--model needs a value"));
    CHECK_THAT(parse({"list", "exercises", "--model", "me.glb"}).error, Catch::Contains("unknown option '--model'"));
}
