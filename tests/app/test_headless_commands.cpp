// The real `legwork` binary, run the way scripts and CI run it: headless, as a subprocess.
#include "app/screen_id.h"
#include "import/humanoid_files.h"
#include "support/image.h"
#include "support/run_legwork.h"
#include "support/sound.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <unistd.h>

using namespace legwork;
using namespace legwork::test;
namespace fs = std::filesystem;

namespace {

fs::path temp_dir() {
    const fs::path dir = fs::temp_directory_path() / ("legwork-test-" + std::to_string(getpid()));
    fs::create_directories(dir);
    return dir;
}

} // namespace

TEST_CASE("Every screen renders headless to a real 1920x1080 picture", "[app][screenshot]") {
    const fs::path dir = temp_dir();
    for (ScreenId screen : kAllScreens) {
        const std::string name(screen_name(screen));
        DYNAMIC_SECTION("screen " << name) {
            const fs::path file = dir / (name + ".png");
            const Run run = run_legwork("screenshot --screen " + name + " --data-dir '" +
                                        (dir / "data").string() + "' -o '" + file.string() + "'");
            INFO(run.output);
            REQUIRE(run.exit_code == 0);
            const Image image = load_png(file);
            REQUIRE(image.width > 0);
            CHECK(image.width == 1920);
            CHECK(image.height == 1080);
            // Studio gradient, floor, panels and text: many colours, not one.
            CHECK(distinct_colours(image) > 50);
        }
    }
    fs::remove_all(dir);
}

TEST_CASE("The studio is drawn gamma-correct: the lit floor is light, the backdrop dark",
          "[app][screenshot]") {
    const fs::path dir = temp_dir();
    const fs::path file = dir / "home.png";
    const Run run = run_legwork("screenshot --size 800x600 -o '" + file.string() + "'");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    const Image image = load_png(file);
    REQUIRE(image.width > 0);
    // Right of the panel: the backdrop near the top, the floor under the avatar's spot.
    const auto backdrop = image.at(image.width * 3 / 4, image.height / 5);
    const auto floor = image.at(image.width * 3 / 4, image.height * 9 / 10);
    CHECK(backdrop[0] < 80);
    CHECK(floor[0] > backdrop[0] + 60);
    // A linear 0.3 albedo lit near 1.0 would show near 75 without sRGB encoding; encoded
    // it is well above 120.
    CHECK(floor[0] > 120);
    fs::remove_all(dir);
}

TEST_CASE("Unknown flags are refused with exit code 2 and a clear message", "[app][cli]") {
    const Run run = run_legwork("--no-such-flag");
    CHECK(run.exit_code == 2);
    CHECK_THAT(run.output, Catch::Contains("unknown option '--no-such-flag'"));
    CHECK_THAT(run.output, Catch::Contains("legwork --help"));

    const Run bad_command = run_legwork("jump");
    CHECK(bad_command.exit_code == 2);
    CHECK_THAT(bad_command.output, Catch::Contains("unknown command 'jump'"));
}

TEST_CASE("--help lists every command and exits 0", "[app][cli]") {
    const Run run = run_legwork("--help");
    CHECK(run.exit_code == 0);
    for (const char* word : {"screenshot", "bench", "progress", "export", "--now", "--data-dir", "--tv", "say",
                             "--fullscreen", "list routines", "plan ROUTINE", "validate", "--input-script"})
        CHECK_THAT(run.output, Catch::Contains(word));
}

TEST_CASE("Without a display the app says so in one line and exits non-zero", "[app][cli]") {
    const Run run = run_legwork("--data-dir /tmp/legwork-test-nodisplay");
    // CI has no display; skip where a desktop session is present.
    if (std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY")) return;
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.output, Catch::Contains("no display found"));
    CHECK_THAT(run.output, Catch::Contains("legwork screenshot"));
    CHECK(std::count(run.output.begin(), run.output.end(), '\n') == 1);
}

TEST_CASE("bench --json reports every figure the README names", "[app][bench]") {
    const Run run = run_legwork("bench --json --frames 20 --size 640x360");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    for (const char* key : {"start_to_first_frame_ms", "frame_ms_median", "frame_ms_p99",
                            "frame_wall_ms_median", "idle_cpu_percent", "peak_rss_mb",
                            "baseline_start_to_first_frame_ms", "progress_open_ms", "model_load_50k_ms",
                            "speech_latency_ms_median", "speech_latency_ms_max",
                            "scene_frame_cpu_ms_median", "scene_frame_pixels_percent_median",
                            "whole_frame_wall_ms_median", "whole_frame_cpu_ms_median"}) {
        INFO(key);
        const std::optional<double> value = json_number(run.output, key);
        REQUIRE(value);
        CHECK(*value >= 0.0);
    }
    CHECK(json_number(run.output, "peak_rss_mb").value_or(0.0) > 10.0); // GL context and fonts
    // Drawing takes CPU time, counted over every thread of the process.
    CHECK(json_number(run.output, "scene_frame_cpu_ms_median").value_or(0.0) > 0.0);
    CHECK(json_number(run.output, "whole_frame_cpu_ms_median").value_or(0.0) > 0.0);
    // A frame draws again only where something changed; a whole frame, every pixel.
    CHECK(json_number(run.output, "scene_frame_pixels_percent_median").value_or(100.0) < 100.0);
}

TEST_CASE("bench --routine measures the player in a routine's first exercise, and names a routine "
          "it does not know",
          "[app][bench]") {
    const Run run = run_legwork("bench --json --frames 20 --size 640x360 --routine leg-imbalance-self-check");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    CHECK_THAT(run.output, Catch::Contains("\"screen\": \"player\""));
    CHECK(json_number(run.output, "scene_frame_cpu_ms_median").value_or(0.0) > 0.0);
    const Run unknown = run_legwork("bench --frames 20 --size 640x360 --routine no-such-routine");
    CHECK(unknown.exit_code == 1);
    CHECK_THAT(unknown.output, Catch::Contains("no routine 'no-such-routine'"));
}

TEST_CASE("say writes the routine's voice to a WAV file, faster at a higher rate", "[app][say]") {
    const fs::path dir = temp_dir();
    const Run run = run_legwork("say 'Switch sides.' -o '" + (dir / "normal.wav").string() + "'");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    CHECK_THAT(run.output, Catch::Contains("s of speech"));
    const Sound normal = load_wav(dir / "normal.wav");
    CHECK(normal.sample_rate_hz == 22050);
    CHECK(normal.seconds() > 0.3);
    CHECK(normal.seconds() < 2.0);
    CHECK(normal.rms() > 0.02);

    const Run fast =
        run_legwork("say 'Switch sides.' --rate 320 -o '" + (dir / "fast.wav").string() + "'");
    REQUIRE(fast.exit_code == 0);
    CHECK(load_wav(dir / "fast.wav").seconds() < 0.8 * normal.seconds());
    fs::remove_all(dir);
}

TEST_CASE("say speaks through the sound device, and says when there is none", "[app][say]") {
    const Run silent = run_legwork("say 'Go.'", "SDL_AUDIODRIVER=dummy");
    INFO(silent.output);
    CHECK(silent.exit_code == 0);
    CHECK_THAT(silent.output, Catch::Contains("not heard"));

    const Run none = run_legwork("say 'Go.'", "SDL_AUDIODRIVER=no-such-driver");
    INFO(none.output);
    CHECK(none.exit_code == 1);
    CHECK_THAT(none.output, Catch::Contains("-o FILE.wav"));
}

TEST_CASE("list exercises --json gives each exercise's category, muscles, equipment, cue count and mistakes",
          "[app][content]") {
    const Run run = run_legwork("list exercises --json");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    const std::size_t clam = run.output.find("\"id\": \"clam-shell-band\"");
    REQUIRE(clam != std::string::npos);
    const std::string line = run.output.substr(clam, run.output.find('\n', clam) - clam);
    CHECK_THAT(line, Catch::Contains("\"category\": \"strength\""));
    CHECK_THAT(line, Catch::Contains("\"sides\": \"each\""));
    CHECK_THAT(line, Catch::Contains("\"muscles\": [\"hipAbductors\", \"glutes\", \"core\"]"));
    CHECK_THAT(line, Catch::Contains("\"equipment\": [\"mat\", \"loopBand\"]"));
    CHECK_THAT(line, Catch::Contains("\"cue_count\": 3"));
    CHECK_THAT(line, Catch::Contains("\"mistakes\": [\"pelvis-rolls-back\", \"feet-come-apart\"]"));
}

namespace {

// Every number after `"key": ` in the output, in order.
std::vector<double> json_numbers(const std::string& json, const std::string& key) {
    std::vector<double> numbers;
    const std::string label = "\"" + key + "\": ";
    for (std::size_t at = json.find(label); at != std::string::npos;
         at = json.find(label, at + 1))
        numbers.push_back(std::strtod(json.c_str() + at + label.size(), nullptr));
    return numbers;
}

} // namespace

TEST_CASE("list routines --json gives each built-in routine's length with the default timers",
          "[app][routine]") {
    const fs::path dir = temp_dir();
    const Run run = run_legwork("list routines --json --data-dir '" + (dir / "empty").string() + "'");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    for (const char* id : {"leg-imbalance-self-check", "runners-imbalance-fix",
                           "hamstring-strength-progression", "daily-hip-and-leg-mobility",
                           "unilateral-strength"})
        CHECK_THAT(run.output, Catch::Contains(std::string("\"id\": \"") + id + "\""));
    const std::vector<double> durations = json_numbers(run.output, "duration_s");
    CHECK(durations.size() == 5);
    for (double d : durations) CHECK(d > 60.0);

    // The same length as its plan with no timers saved.
    const std::size_t runners = run.output.find("\"id\": \"runners-imbalance-fix\"");
    const double listed = json_numbers(run.output.substr(runners), "duration_s").at(0);
    const Run plan = run_legwork("plan runners-imbalance-fix --json --data-dir '" +
                                 (dir / "empty").string() + "'");
    REQUIRE(plan.exit_code == 0);
    CHECK(json_numbers(plan.output, "total_s").at(0) == Approx(listed));
    fs::remove_all(dir);
}

TEST_CASE("plan --json gives contiguous segments and events with the user's saved timers",
          "[app][routine]") {
    const fs::path dir = temp_dir();
    fs::create_directories(dir / "data");
    std::ofstream(dir / "data" / "timers.yaml")
        << "general: {get_ready_s: 4, weaker_side: right}\n"
           "routines:\n"
           "  runners-imbalance-fix:\n"
           "    exercises:\n"
           "      single-leg-glute-bridge: {reps: 6}\n";
    const Run run = run_legwork("plan runners-imbalance-fix --json --data-dir '" +
                                (dir / "data").string() + "'");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    const std::vector<double> starts = json_numbers(run.output, "start_s");
    const std::vector<double> ends = json_numbers(run.output, "end_s");
    REQUIRE(starts.size() == ends.size());
    REQUIRE(starts.size() > 10);
    CHECK(starts[0] == 0.0);
    CHECK(ends[0] == 4.0); // the user's get ready
    for (std::size_t i = 1; i < starts.size(); ++i) CHECK(starts[i] == ends[i - 1]);
    CHECK(json_numbers(run.output, "total_s").at(0) == ends.back());
    for (const char* key : {"\"kind\": \"get-ready\"", "\"kind\": \"switch-sides\"",
                            "\"kind\": \"rest-between-exercises\"", "\"kind\": \"done\"",
                            "\"side\": \"left\"", "\"kind\": \"rep\"",
                            "\"kind\": \"countdown\"", "\"kind\": \"routine-complete\""})
        CHECK_THAT(run.output, Catch::Contains(key));
    CHECK_THAT(run.output, Catch::Contains("\"dose\": \"6 reps per side\""));
    // The weaker right side goes first.
    const std::size_t first_work = run.output.find("\"kind\": \"work\"");
    CHECK(run.output.substr(first_work, 80).find("\"side\": \"right\"") != std::string::npos);

    // A broken timers file is named and the program's values are used.
    std::ofstream(dir / "data" / "timers.yaml") << "general: {get_ready_s: soon}\n";
    const Run broken = run_legwork("plan runners-imbalance-fix --data-dir '" +
                                   (dir / "data").string() + "'");
    CHECK(broken.exit_code == 0);
    CHECK_THAT(broken.output, Catch::Contains("timers.yaml:1:24: get_ready_s should be a number"));
    CHECK_THAT(broken.output, Catch::Contains("get ready: Single-leg glute bridge"));

    const Run unknown = run_legwork("plan moonwalk");
    CHECK(unknown.exit_code == 1);
    CHECK_THAT(unknown.output, Catch::Contains("no routine 'moonwalk'"));
    fs::remove_all(dir);
}

TEST_CASE("The user's own routines are listed and planned - one of a built-in id replaces it",
          "[app][routine]") {
    const fs::path dir = temp_dir();
    fs::create_directories(dir / "data" / "routines");
    std::ofstream(dir / "data" / "routines" / "my-morning.yaml")
        << "id: my-morning\nname: My morning\nexercises:\n"
           "  - {exercise: full-squat, dose: {reps: 10}}\n  - exercise: bird-dog\n";
    std::ofstream(dir / "data" / "routines" / "unilateral-strength.yaml")
        << "id: unilateral-strength\nname: Just clams\nexercises:\n  - exercise: clam-shell-band\n";
    const std::string data = " --data-dir '" + (dir / "data").string() + "'";
    const Run list = run_legwork("list routines --json" + data);
    INFO(list.output);
    REQUIRE(list.exit_code == 0);
    CHECK(json_numbers(list.output, "duration_s").size() == 6);
    CHECK_THAT(list.output, Catch::Contains("\"id\": \"my-morning\", \"name\": \"My morning\""));
    CHECK_THAT(list.output, Catch::Contains("\"name\": \"Just clams\""));
    CHECK_THAT(list.output, Catch::Contains("\"yours\": true"));

    const Run plan = run_legwork("plan my-morning" + data);
    INFO(plan.output);
    REQUIRE(plan.exit_code == 0);
    CHECK_THAT(plan.output, Catch::Contains("Bodyweight full squat, set 1: 10 reps"));
    CHECK_THAT(plan.output, Catch::Contains("Bird dog, set 1: 6 holds per side, taking turns"));
    fs::remove_all(dir);
}

TEST_CASE("validate passes the shipped content and reports broken exercises and routines at "
          "file:line:col",
          "[app][content]") {
    const Run good = run_legwork("validate");
    INFO(good.output);
    CHECK(good.exit_code == 0);
    CHECK_THAT(good.output, Catch::Contains("all valid"));
    CHECK_THAT(good.output, Catch::Contains(" routines and "));

    const fs::path dir = temp_dir();
    fs::create_directories(dir / "exercises");
    fs::create_directories(dir / "routines");
    std::ofstream(dir / "sources.yaml") << "- {id: a, title: T, publisher: P}\n";
    std::ofstream(dir / "exercises" / "bad.yaml") << "id: bad\nname: Bad\nsides: sometimes\n";
    std::ofstream(dir / "routines" / "lost.yaml")
        << "id: lost\nname: Lost\nsummary: S.\nexercises:\n  - exercise: moonwalk\n";
    const Run bad = run_legwork("validate '" + dir.string() + "'");
    INFO(bad.output);
    CHECK(bad.exit_code == 1);
    CHECK_THAT(bad.output, Catch::Contains("bad.yaml:3:8: sides should be both, each or alternating"));
    CHECK_THAT(bad.output, Catch::Contains("bad.yaml:1:1: an exercise needs a motion"));
    CHECK_THAT(bad.output, Catch::Contains("lost.yaml:5:15: no exercise with id 'moonwalk'"));
}

TEST_CASE("An exercise renders on the avatar headless - mirrored, the studio is its reflection",
          "[app][screenshot][exercise]") {
    const fs::path dir = temp_dir();
    const fs::path plain = dir / "plain.png", mirrored = dir / "mirrored.png";
    const std::string common = "screenshot --exercise single-leg-romanian-deadlift --phase bottom --view front "
                               "--size 640x400 --data-dir '" + (dir / "data").string() + "' ";
    const Run run = run_legwork(common + "-o '" + plain.string() + "'");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    REQUIRE(run_legwork(common + "--mirror -o '" + mirrored.string() + "'").exit_code == 0);
    const Image a = load_png(plain), b = load_png(mirrored);
    REQUIRE(a.width == 640);
    REQUIRE(b.width == 640);
    // Above the caption, the mirrored picture is the plain one flipped left to right
    // (the shadow's fine grain is drawn per pixel, so a little noise is allowed).
    const int studio_bottom = a.height / 2;
    double flipped = 0.0, unflipped = 0.0;
    for (int y = 0; y < studio_bottom; ++y)
        for (int x = 0; x < a.width; ++x)
            for (int c = 0; c < 3; ++c) {
                flipped += std::abs(int(a.at(x, y)[c]) - int(b.at(a.width - 1 - x, y)[c]));
                unflipped += std::abs(int(a.at(x, y)[c]) - int(b.at(x, y)[c]));
            }
    const double pixels = 3.0 * a.width * studio_bottom;
    CHECK(flipped / pixels < 1.5);
    // The avatar, standing on one leg with a dumbbell in one hand, is not symmetric.
    CHECK(unflipped / pixels > 3.0 * (flipped / pixels) + 0.5);
    fs::remove_all(dir);
}

TEST_CASE("Settings in the data directory are used: mirrored by default, the look chosen", "[app][settings]") {
    const fs::path dir = temp_dir();
    const std::string common = "screenshot --exercise single-leg-romanian-deadlift --phase bottom --view front "
                               "--size 480x300 ";
    const fs::path plain = dir / "plain.png", flagged = dir / "flagged.png", saved = dir / "saved.png";
    REQUIRE(run_legwork(common + "--data-dir '" + (dir / "a").string() + "' -o '" + plain.string() + "'").exit_code == 0);
    REQUIRE(run_legwork(common + "--mirror --data-dir '" + (dir / "a").string() + "' -o '" + flagged.string() + "'")
                .exit_code == 0);
    fs::create_directories(dir / "b");
    std::ofstream(dir / "b" / "settings.yaml") << "mirror: true\n";
    REQUIRE(run_legwork(common + "--data-dir '" + (dir / "b").string() + "' -o '" + saved.string() + "'").exit_code == 0);
    const Image a = load_png(plain), b = load_png(flagged), c = load_png(saved);
    REQUIRE(a.width == 480);
    REQUIRE(c.width == 480);
    long mirrored_vs_saved = 0, plain_vs_saved = 0;
    for (int y = 0; y < a.height / 2; ++y)
        for (int x = 0; x < a.width; ++x)
            for (int k = 0; k < 3; ++k) {
                mirrored_vs_saved += std::abs(int(b.at(x, y)[k]) - int(c.at(x, y)[k]));
                plain_vs_saved += std::abs(int(a.at(x, y)[k]) - int(c.at(x, y)[k]));
            }
    CHECK(mirrored_vs_saved * 4 < plain_vs_saved); // saved "mirror: true" shows what --mirror shows

    // A broken settings file does not stop the app; it is kept aside.
    std::ofstream(dir / "b" / "settings.yaml") << "mirror: [oops\n";
    const Run broken = run_legwork(common + "--data-dir '" + (dir / "b").string() + "' -o '" + saved.string() + "'");
    INFO(broken.output);
    CHECK(broken.exit_code == 0);
    CHECK(fs::exists(dir / "b" / "settings.yaml.broken"));
    fs::remove_all(dir);
}

TEST_CASE("A script drives the app with the gamepad alone: into the Library, an exercise's page, and back",
          "[app][script]") {
    const fs::path dir = temp_dir();
    const fs::path script = dir / "walk.txt";
    std::ofstream(script) << "100 pad rightshoulder\n"               // Home -> Library
                             "600 screenshot " << (dir / "list.png").string() << "\n"
                             "700 pad dpdown\n"
                             "800 pad dpdown\n"
                             "900 pad dpdown\n"
                             "1000 pad dpdown\n"
                             "1100 pad dpdown\n"                     // past the search box and pickers, down the list
                             "1200 pad a\n"                          // ... the third exercise
                             "2000 screenshot " << (dir / "page.png").string() << "\n"
                             "2100 pad b\n"                          // back to the list
                             "2600 screenshot " << (dir / "back.png").string() << "\n"
                             "2700 quit\n";
    const std::string data = " --data-dir '" + (dir / "data").string() + "'";
    const Run run = run_legwork("--headless --input-script '" + script.string() + "' --size 960x540" + data);
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    // The page is the one `screenshot` shows for that exercise: compare the panel's top,
    // its title and summary (below them the demo's progress moves).
    // The Library lists exercises in id order, as `list exercises` does: the third is the one.
    const Run list_run = run_legwork("list exercises");
    std::istringstream lines(list_run.output);
    std::string line, third;
    for (int i = 0; i < 3 && std::getline(lines, line); ++i) third = line.substr(0, line.find(' '));
    REQUIRE(run_legwork("screenshot --screen library --exercise " + third + " --size 960x540 -o '" +
                        (dir / "expected.png").string() + "'" + data).exit_code == 0);
    const Image list = load_png(dir / "list.png"), page = load_png(dir / "page.png"), back = load_png(dir / "back.png"),
                expected = load_png(dir / "expected.png");
    REQUIRE(page.width == 960);
    CHECK(mean_abs_difference(page, expected, 0, 0, 380, 170) < 2.0);
    CHECK(mean_abs_difference(page, list, 0, 0, 380, 170) > 10.0);
    CHECK(mean_abs_difference(back, list, 0, 0, 380, 170) < 2.0);
    fs::remove_all(dir);
}

TEST_CASE("With the gamepad alone a routine starts, pauses, resumes, skips to its end and is saved",
          "[app][script][routine]") {
    const fs::path dir = temp_dir();
    std::ofstream script(dir / "routine.txt");
    script << "100 pad rightshoulder\n200 pad rightshoulder\n" // Home -> Library -> Routines
              "400 pad dpdown\n500 pad a\n"                    // start a routine
              "1500 pad start\n"                                // pause
              "2500 screenshot " << (dir / "paused.png").string() << "\n"
              "2600 pad start\n";                               // resume
    for (int i = 0; i < 40; ++i) script << 3000 + 150 * i << " pad rightshoulder\n"; // skip, skip...
    script << "10000 screenshot " << (dir / "end.png").string() << "\n10100 quit\n";
    script.close();
    const std::string data = " --data-dir '" + (dir / "data").string() + "'";
    const Run run = run_legwork("--headless --input-script '" + (dir / "routine.txt").string() + "' --size 960x540" + data);
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    CHECK(load_png(dir / "paused.png").width == 960);
    // The session is in the save file: skipped through, so kept as partial.
    const Run progress = run_legwork("progress --json" + data);
    INFO(progress.output);
    CHECK(json_number(progress.output, "total_sessions") == 1.0);
    CHECK(json_number(progress.output, "partial_sessions") == 1.0);
    CHECK_THAT(progress.output, Catch::Contains("\"routine_id\": \"hamstring-strength-progression\""));
    fs::remove_all(dir);
}

TEST_CASE("The help opens from the gamepad's View button and F1, and B closes it", "[app][script][help]") {
    const fs::path dir = temp_dir();
    std::ofstream(dir / "help.txt") << "100 pad back\n500 screenshot " << (dir / "pad.png").string()
                                    << "\n600 pad b\n1000 screenshot " << (dir / "closed.png").string()
                                    << "\n1100 key F1\n1500 screenshot " << (dir / "key.png").string()
                                    << "\n1600 quit\n";
    const Run run = run_legwork("--headless --input-script '" + (dir / "help.txt").string() + "' --size 960x540" +
                                " --data-dir '" + (dir / "data").string() + "'");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    const Image pad = load_png(dir / "pad.png"), closed = load_png(dir / "closed.png"), key = load_png(dir / "key.png");
    REQUIRE(pad.width == 960);
    // The middle of the screen: the help over Home, then Home alone, then the help again.
    CHECK(mean_abs_difference(pad, closed, 300, 150, 660, 390) > 10.0);
    CHECK(mean_abs_difference(pad, key, 300, 150, 660, 390) < 2.0);
    fs::remove_all(dir);
}

TEST_CASE("A malformed input script is refused with its line number", "[app][script]") {
    const fs::path dir = temp_dir();
    std::ofstream(dir / "bad.txt") << "100 pad a\nlater quit\n";
    const Run run = run_legwork("--headless --input-script '" + (dir / "bad.txt").string() + "'");
    CHECK(run.exit_code == 1);
    CHECK_THAT(run.output, Catch::Contains("bad.txt:2: a line starts with the time in milliseconds"));
    fs::remove_all(dir);
}

TEST_CASE("An unknown exercise, mistake or phase is named, with the ones there are",
          "[app][screenshot][exercise]") {
    const Run exercise = run_legwork("screenshot --exercise moonwalk -o /tmp/legwork-never.png");
    CHECK(exercise.exit_code == 1);
    CHECK_THAT(exercise.output, Catch::Contains("no exercise 'moonwalk'"));
    const Run mistake = run_legwork("screenshot --exercise full-squat --variant wobble -o /tmp/legwork-never.png");
    CHECK(mistake.exit_code == 1);
    CHECK_THAT(mistake.output, Catch::Contains("no mistake 'wobble'"));
    CHECK_THAT(mistake.output, Catch::Contains("knees-cave-in"));
    const Run phase = run_legwork("screenshot --exercise full-squat --phase middle -o /tmp/legwork-never.png");
    CHECK(phase.exit_code == 1);
    CHECK_THAT(phase.output, Catch::Contains("no phase 'middle'"));
    CHECK_THAT(phase.output, Catch::Contains("bottom"));
    CHECK_FALSE(fs::exists("/tmp/legwork-never.png"));
}

TEST_CASE("import-model says how a humanoid maps onto the skeleton, or why a file cannot be an avatar",
          "[app][cli][import]") {
    const fs::path dir = temp_dir();
    const fs::path mixamo = dir / "mixamo.fbx";
    REQUIRE(test::write_humanoid({.bones = test::BoneStyle::mixamo,
                                  .format = "fbxa",
                                  .units_per_metre = 100.0f,
                                  .z_up = true,
                                  .arm_abduction_deg = 90.0f},
                                 mixamo)
                .empty());
    const Run good = run_legwork("import-model '" + mixamo.string() + "'");
    INFO(good.output);
    CHECK(good.exit_code == 0);
    for (const char* line : {"leftUpperLeg   mixamorig:LeftUpLeg", "rightToes      mixamorig:RightToeBase",
                             "upperChest     mixamorig:Spine2", "units:    centimetres; up +Z, facing -Y",
                             "height:   1.74 m", "It can be your avatar: legwork --model"})
        CHECK_THAT(good.output, Catch::Contains(line));

    std::ofstream(dir / "words.glb") << "not a model at all\n";
    const Run garbage = run_legwork("import-model '" + (dir / "words.glb").string() + "'");
    CHECK(garbage.exit_code == 1);
    CHECK_THAT(garbage.output, Catch::Contains("legwork import-model: refused: not a file Assimp can read"));
    const Run missing = run_legwork("import-model '" + (dir / "nowhere.fbx").string() + "'");
    CHECK(missing.exit_code == 1);
    CHECK_THAT(missing.output, Catch::Contains("refused: cannot read"));
    CHECK(run_legwork("import-model").exit_code == 2);

    const fs::path arm = fs::path(LEGWORK_SHARED_DATA_DIR) / "models" / "assimp-test-models" / "huesitos.fbx";
    if (fs::exists(arm)) {
        const Run bones = run_legwork("import-model '" + arm.string() + "'");
        CHECK(bones.exit_code == 1);
        CHECK_THAT(bones.output, Catch::Contains("refused: not a humanoid"));
        CHECK_THAT(bones.output, Catch::Contains("bones:    9"));
    } else {
        WARN("skipped the Assimp test model: none at " << arm.string());
    }
    fs::remove_all(dir);
}

TEST_CASE("An exercise renders headless on a model brought with --model, in its own colours; a file that is no "
          "humanoid fails with the reason",
          "[app][screenshot][import]") {
    const fs::path dir = temp_dir();
    const fs::path model = dir / "blender.dae";
    REQUIRE(test::write_humanoid({.bones = test::BoneStyle::blender, .format = "collada", .z_up = true,
                                  .offset_m = {1.0f, 0.0f, 2.0f}, .rolled = true},
                                 model)
                .empty());
    const std::string common = "screenshot --exercise single-leg-glute-bridge --phase top --view side --size 640x400 "
                               "--data-dir '" + (dir / "data").string() + "' ";
    const fs::path own = dir / "own.png", builtin = dir / "builtin.png";
    const Run run = run_legwork(common + "--model '" + model.string() + "' -o '" + own.string() + "'");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    REQUIRE(run_legwork(common + "-o '" + builtin.string() + "'").exit_code == 0);
    const Image a = load_png(own), b = load_png(builtin);
    REQUIRE(a.width == 640);
    REQUIRE(b.width == 640);
    // The same body in the same pose, framed the same way: the pictures differ only where
    // the built-in avatar's outfit is, inside the studio's part of the picture.
    int lo_x = a.width, hi_x = -1, lo_y = a.height, hi_y = -1, differing = 0;
    const int studio_bottom = a.height / 2;
    for (int y = 0; y < studio_bottom; ++y)
        for (int x = 0; x < a.width; ++x) {
            int d = 0;
            for (int c = 0; c < 3; ++c) d += std::abs(int(a.at(x, y)[c]) - int(b.at(x, y)[c]));
            if (d < 60) continue;
            ++differing;
            lo_x = std::min(lo_x, x), hi_x = std::max(hi_x, x), lo_y = std::min(lo_y, y), hi_y = std::max(hi_y, y);
        }
    CHECK(differing > a.width * studio_bottom / 200); // the model's own colours, not the outfit
    CHECK(lo_x > 0);
    CHECK(hi_x < a.width - 1);
    CHECK(lo_y > 0);

    const fs::path arm = fs::path(LEGWORK_SHARED_DATA_DIR) / "models" / "assimp-test-models" / "huesitos.fbx";
    std::ofstream(dir / "words.fbx") << "not a model\n";
    const fs::path not_humanoid = fs::exists(arm) ? arm : dir / "words.fbx";
    const Run refused = run_legwork(common + "--model '" + not_humanoid.string() + "' -o '" + (dir / "no.png").string() + "'");
    CHECK(refused.exit_code == 1);
    CHECK_THAT(refused.output, Catch::Contains("cannot show --model: "));
    CHECK_FALSE(fs::exists(dir / "no.png"));
    fs::remove_all(dir);
}

TEST_CASE("A self-test's notes are ticked with the gamepad and typed on the keyboard, in a rest and at the end, "
          "and saved with the session",
          "[app][script][routine][notes]") {
    const fs::path dir = temp_dir() / "notes";
    fs::create_directories(dir);
    std::ofstream script(dir / "notes.txt");
    script << "100 pad rightshoulder\n200 pad rightshoulder\n"  // Home -> Library -> Routines
              "400 pad dpdown\n500 pad dpdown\n600 pad a\n"      // the self-check
              "1100 pad rightshoulder\n1300 pad rightshoulder\n" // past get ready and the deep squat
              "2100 pad dpdown\n2200 pad dpright\n2300 pad a\n"  // in the rest: "Knees cave in"
              "2600 screenshot " << (dir / "rest.png").string() << "\n";
    for (int i = 0; i < 40; ++i) script << 3000 + 150 * i << " pad rightshoulder\n"; // to the end
    script << "9500 screenshot " << (dir / "end.png").string() << "\n"
              "9600 pad dpdown\n9700 pad dpdown\n9800 pad a\n" // "Looked good" too
              "9900 pad dpdown\n10000 key Return\n";           // into the words, typing
    int at = 10100;
    for (const char* key : {"l", "e", "f", "t", "space", "k", "n", "e", "e"}) script << (at += 100) << " key " << key << "\n";
    script << (at += 100) << " key Return\n"
           << (at += 400) << " screenshot " << (dir / "noted.png").string() << "\n"
           << (at += 100) << " pad b\n" // home, the notes saved
           << (at += 500) << " quit\n";
    script.close();
    const std::string data = " --data-dir '" + (dir / "data").string() + "'";
    // The TV layout, at a quarter of the pixels to keep the software rasterizer quick.
    const Run run = run_legwork("--headless --input-script '" + (dir / "notes.txt").string() + "' --tv --size 960x540" +
                                data);
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    const Image rest = load_png(dir / "rest.png"), end = load_png(dir / "end.png"), noted = load_png(dir / "noted.png");
    REQUIRE(noted.width == 960);
    CHECK(mean_abs_difference(rest, end, 0, 0, 960, 540) > 2.0);        // a rest, then the end
    CHECK(mean_abs_difference(end, noted, 100, 250, 850, 500) > 0.5); // the tick and the words show
    const Run exported = run_legwork("progress export --json" + data);
    INFO(exported.output);
    CHECK_THAT(exported.output, Catch::Contains("\"routine_id\": \"leg-imbalance-self-check\""));
    CHECK_THAT(exported.output, Catch::Contains("\"exercise_id\": \"deep-overhead-squat\", \"side\": \"both\", "
                                                "\"text\": \"Looked good, Knees cave in. left knee\""));
    fs::remove_all(dir);
}
