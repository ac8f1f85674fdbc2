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
    // A routine's player: its id.
    CHECK(parse({"bench", "--routine", "hamstring-basics"}).command_line.routine == "hamstring-basics");
    CHECK_THAT(parse({"bench", "--routine"}).error, Catch::Contains("--routine"));
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

TEST_CASE("Running headless takes an input script, and needs one", "[app][command_line]") {
    const auto parsed = parse({"--headless", "--input-script", "walk.txt", "--size", "1280x720"});
    REQUIRE(parsed.error.empty());
    CHECK(parsed.command_line.command == Command::run);
    CHECK(parsed.command_line.headless);
    CHECK(parsed.command_line.input_script == "walk.txt");
    CHECK(parsed.command_line.size == glm::ivec2{1280, 720});
    CHECK_THAT(parse({"--headless"}).error, Catch::Contains("--headless and --input-script go together"));
    CHECK_THAT(parse({"--input-script", "walk.txt"}).error, Catch::Contains("go together"));
}

TEST_CASE("validate takes an optional folder", "[app][command_line]") {
    CHECK(parse({"validate"}).command_line.command == Command::validate);
    CHECK(parse({"validate"}).command_line.content_dir.empty());
    CHECK(parse({"validate", "my/content"}).command_line.content_dir == "my/content");
}

TEST_CASE("progress reads --json, --data-dir and --now", "[app][command_line]") {
    const auto parsed =
        parse({"progress", "--json", "--data-dir", "/tmp/x", "--now", "2024-03-10T18:30:00+01:00"});
    REQUIRE(parsed.error.empty());
    const CommandLine& line = parsed.command_line;
    CHECK(line.command == Command::progress);
    CHECK(line.json);
    CHECK(line.data_dir == "/tmp/x");
    REQUIRE(line.now);
    CHECK(line.now->utc_s == 1710091800);
    CHECK(line.now->utc_offset_s == 3600);
    CHECK(parse({"progress"}).command_line.command == Command::progress);
    CHECK_FALSE(parse({"progress"}).command_line.now);
}

TEST_CASE("progress export takes --csv or --json and an output file", "[app][command_line]") {
    const auto csv = parse({"progress", "export", "--csv", "-o", "sessions.csv"});
    REQUIRE(csv.error.empty());
    CHECK(csv.command_line.command == Command::progress_export);
    CHECK(csv.command_line.csv);
    CHECK(csv.command_line.output == "sessions.csv");
    const auto json = parse({"progress", "export", "--json"});
    REQUIRE(json.error.empty());
    CHECK(json.command_line.json);
    CHECK(json.command_line.output.empty());
    CHECK_THAT(parse({"progress", "export"}).error, Catch::Contains("needs --csv or --json"));
    CHECK_THAT(parse({"progress", "export", "--csv", "--json"}).error, Catch::Contains("not both"));
    CHECK_THAT(parse({"progress", "--csv"}).error, Catch::Contains("unknown option '--csv' for progress"));
    CHECK_THAT(parse({"progress", "-o", "x"}).error, Catch::Contains("unknown option '-o' for progress"));
    CHECK_THAT(parse({"progress", "import"}).error,
               Catch::Contains("unexpected argument 'import' for progress"));
    CHECK_THAT(parse({"progress", "export", "--csv", "--fps", "3"}).error,
               Catch::Contains("unknown option '--fps' for progress export"));
}

TEST_CASE("Every command takes --now to fix the clock, and it must be an ISO 8601 time",
          "[app][command_line]") {
    for (std::initializer_list<std::string_view> args :
         {std::initializer_list<std::string_view>{"--now", "2024-03-10T18:30"},
          {"screenshot", "--now", "2024-03-10T18:30Z", "-o", "a.png"},
          {"bench", "--now=2024-03-10T18:30:00-05:00"},
          {"motion", "full-squat", "--now", "2024-03-10T18:30Z"},
          {"list", "exercises", "--now", "2024-03-10T18:30Z"},
          {"progress", "export", "--csv", "--now", "2024-03-10T18:30Z"}}) {
        const auto parsed = parse(args);
        INFO(parsed.error);
        CHECK(parsed.error.empty());
        CHECK(parsed.command_line.now);
    }
    CHECK_THAT(parse({"progress", "--now", "yesterday"}).error,
               Catch::Contains("--now 'yesterday' is not an ISO 8601 time"));
    CHECK_THAT(parse({"progress", "--now", "2023-02-29T10:00"}).error, Catch::Contains("ISO 8601"));
    CHECK_THAT(parse({"progress", "--now"}).error, Catch::Contains("--now needs a value"));
}

TEST_CASE("list takes exercises or routines - plan takes a routine, --json and --data-dir",
          "[app][command_line]") {
    const auto routines = parse({"list", "routines", "--json"});
    REQUIRE(routines.error.empty());
    CHECK(routines.command_line.command == Command::list);
    CHECK(routines.command_line.list_what == "routines");
    CHECK(routines.command_line.json);
    CHECK_THAT(parse({"list", "programs"}).error, Catch::Contains("legwork list routines"));

    const auto plan = parse({"plan", "runners-imbalance-fix", "--json", "--data-dir", "/tmp/d"});
    REQUIRE(plan.error.empty());
    CHECK(plan.command_line.command == Command::plan);
    CHECK(plan.command_line.routine == "runners-imbalance-fix");
    CHECK(plan.command_line.json);
    CHECK(plan.command_line.data_dir == "/tmp/d");
    CHECK_THAT(parse({"plan"}).error, Catch::Contains("plan needs a routine id"));
    CHECK_THAT(parse({"plan", "--json"}).error, Catch::Contains("plan needs a routine id"));
    CHECK_THAT(parse({"plan", "x", "--fps", "3"}).error,
               Catch::Contains("unknown option '--fps' for plan"));
}

TEST_CASE("say reads its words, --rate and -o", "[app][command_line]") {
    const auto parsed = parse({"say", "Switch sides", "--rate", "200", "-o", "cue.wav"});
    REQUIRE(parsed.error.empty());
    const CommandLine& line = parsed.command_line;
    CHECK(line.command == Command::say);
    CHECK(line.say_text == "Switch sides");
    CHECK(line.rate_wpm == 200);
    CHECK(line.output == "cue.wav");

    const auto plain = parse({"say", "Go"});
    REQUIRE(plain.error.empty());
    CHECK(plain.command_line.rate_wpm == VoiceSettings{}.rate_wpm);
    CHECK(plain.command_line.output.empty());

    CHECK_THAT(parse({"say"}).error, Catch::Contains("say needs the words"));
    CHECK_THAT(parse({"say", "Go", "--rate", "1000"}).error, Catch::Contains("from 80 to 400"));
    CHECK_THAT(parse({"say", "Go", "--json"}).error,
               Catch::Contains("unknown option '--json' for say"));
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

TEST_CASE("play takes a routine and needs --headless; it reads --speed, --events, --data-dir and --now",
          "[app][command_line][play]") {
    const auto parsed = parse({"play", "leg-imbalance-self-check", "--headless", "--speed", "1000", "--events",
                               "e.jsonl", "--data-dir", "/tmp/d", "--now", "2024-03-10T18:30:00+01:00"});
    REQUIRE(parsed.error.empty());
    const CommandLine& line = parsed.command_line;
    CHECK(line.command == Command::play);
    CHECK(line.routine == "leg-imbalance-self-check");
    CHECK(line.headless);
    CHECK(line.speed == 1000.0);
    CHECK(line.events == "e.jsonl");
    CHECK(line.data_dir == "/tmp/d");
    CHECK(line.now->utc_offset_s == 3600);
    CHECK(parse({"play", "x", "--headless"}).command_line.speed == 1.0);
    CHECK_THAT(parse({"play", "x"}).error, Catch::Contains("needs --headless"));
    CHECK_THAT(parse({"play", "--headless"}).error, Catch::Contains("play needs a routine id"));
    CHECK_THAT(parse({"play", "x", "--headless", "--speed", "0"}).error, Catch::Contains("--speed '0'"));
    CHECK_THAT(parse({"play", "x", "--headless", "--speed", "fast"}).error, Catch::Contains("times real time"));
    CHECK_THAT(parse({"play", "x", "--headless", "--input-script", "a"}).error, Catch::Contains("unknown option"));
}

TEST_CASE("bench takes --routine-timing with --seconds", "[app][command_line][bench]") {
    const auto parsed = parse({"bench", "--routine-timing", "--seconds", "90", "--json"});
    REQUIRE(parsed.error.empty());
    CHECK(parsed.command_line.routine_timing);
    CHECK(parsed.command_line.seconds == 90);
    CHECK(parse({"bench", "--routine-timing"}).command_line.seconds == 60);
    CHECK_THAT(parse({"bench", "--seconds", "90"}).error, Catch::Contains("--seconds is for bench --routine-timing"));
    CHECK_THAT(parse({"bench", "--routine-timing", "--seconds", "0"}).error, Catch::Contains("from 1 to 3600"));
}
