// The real `legwork` binary, run the way scripts and CI run it: headless, as a subprocess.
#include "app/screen_id.h"
#include "import/humanoid_files.h"
#include "support/image.h"

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <sys/wait.h>

using namespace legwork;
using namespace legwork::test;
namespace fs = std::filesystem;

namespace {

struct Run {
    int exit_code = -1;
    std::string output; // stdout and stderr together
};

Run run_legwork(const std::string& arguments) {
    const std::string command = std::string("'") + LEGWORK_EXE + "' " + arguments + " 2>&1";
    Run run;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buffer{};
    while (const size_t read = std::fread(buffer.data(), 1, buffer.size(), pipe))
        run.output.append(buffer.data(), read);
    const int status = pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

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
    for (const char* word : {"screenshot", "bench", "--data-dir", "--tv", "--fullscreen"})
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

namespace {

// The number after `"key": ` in flat JSON output, or nothing when the key is missing.
std::optional<double> json_number(const std::string& json, const std::string& key) {
    const std::string label = "\"" + key + "\": ";
    const std::size_t at = json.find(label);
    if (at == std::string::npos) return std::nullopt;
    const char* start = json.c_str() + at + label.size();
    char* end = nullptr;
    const double value = std::strtod(start, &end);
    if (end == start) return std::nullopt;
    return value;
}

} // namespace

TEST_CASE("bench --json reports every figure the README names", "[app][bench]") {
    const Run run = run_legwork("bench --json --frames 20 --size 640x360");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    for (const char* key : {"start_to_first_frame_ms", "frame_ms_median", "frame_ms_p99",
                            "frame_wall_ms_median", "idle_cpu_percent", "peak_rss_mb",
                            "baseline_start_to_first_frame_ms", "model_load_50k_ms"}) {
        INFO(key);
        const std::optional<double> value = json_number(run.output, key);
        REQUIRE(value);
        CHECK(*value >= 0.0);
    }
    CHECK(json_number(run.output, "peak_rss_mb").value_or(0.0) > 10.0); // GL context and fonts
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

TEST_CASE("validate passes the shipped content and reports a broken folder at file:line:col", "[app][content]") {
    const Run good = run_legwork("validate");
    INFO(good.output);
    CHECK(good.exit_code == 0);
    CHECK_THAT(good.output, Catch::Contains("all valid"));

    const fs::path dir = temp_dir();
    fs::create_directories(dir / "exercises");
    std::ofstream(dir / "sources.yaml") << "- {id: a, title: T, publisher: P}\n";
    std::ofstream(dir / "exercises" / "bad.yaml") << "id: bad\nname: Bad\nsides: sometimes\n";
    const Run bad = run_legwork("validate '" + dir.string() + "'");
    INFO(bad.output);
    CHECK(bad.exit_code == 1);
    CHECK_THAT(bad.output, Catch::Contains("bad.yaml:3:8: sides should be both, each or alternating"));
    CHECK_THAT(bad.output, Catch::Contains("bad.yaml:1:1: an exercise needs a motion"));
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
