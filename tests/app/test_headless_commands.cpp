// The real `legwork` binary, run the way scripts and CI run it: headless, as a subprocess.
#include "app/screen_id.h"
#include "support/image.h"
#include "support/run_legwork.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <optional>
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
    for (const char* word : {"screenshot", "bench", "progress", "export", "--now", "--data-dir", "--tv",
                             "--fullscreen"})
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
                            "baseline_start_to_first_frame_ms", "progress_open_ms"}) {
        INFO(key);
        const std::optional<double> value = json_number(run.output, key);
        REQUIRE(value);
        CHECK(*value >= 0.0);
    }
    CHECK(json_number(run.output, "peak_rss_mb").value_or(0.0) > 10.0); // GL context and fonts
}

TEST_CASE("list exercises --json gives each exercise's sides, muscles and what its mistakes light up",
          "[app][content]") {
    const Run run = run_legwork("list exercises --json");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    const std::size_t clam = run.output.find("\"id\": \"clam-shell-band\"");
    REQUIRE(clam != std::string::npos);
    const std::string line = run.output.substr(clam, run.output.find('\n', clam) - clam);
    CHECK_THAT(line, Catch::Contains("\"sides\": \"each\""));
    CHECK_THAT(line, Catch::Contains("\"muscles\": {\"primary\": [\"hipAbductors\", \"glutes\"], \"secondary\": [\"core\"]}"));
    CHECK_THAT(line, Catch::Contains("{\"id\": \"feet-come-apart\", \"highlight\": [\"leftFoot\", \"rightFoot\"]}"));
}

TEST_CASE("An exercise renders on the avatar headless; mirrored, the studio is its reflection",
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
