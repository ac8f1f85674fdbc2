// The Settings screen driven as a user would, with a gamepad alone, headless: what is
// changed there is in settings.yaml and is what the next start uses.
#include "core/settings/settings.h"
#include "import/humanoid_files.h"
#include "support/image.h"
#include "support/run_legwork.h"
#include "support/scratch_dir.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace legwork;
using namespace legwork::test;
namespace fs = std::filesystem;

namespace {

std::string read_text(const fs::path& file) {
    std::ostringstream text;
    text << std::ifstream(file).rdbuf();
    return text.str();
}

// Runs `steps` (an input script) headless at 1366x768 on the data folder `data`, with
// `arguments` more and `environment` set.
Run run_script(const ScratchDir& scratch, const std::string& steps, const fs::path& data,
               const std::string& environment = "", const std::string& arguments = "") {
    const fs::path script = scratch / "script.txt";
    std::ofstream(script) << steps;
    return run_legwork("--headless --input-script '" + script.string() +
                           "' --size 1366x768 --data-dir '" + data.string() + "' " + arguments,
                       environment);
}

// From the Settings screen's first control (Voice), D-pad presses down to "Choose a model
// file...": Beeps, Volume, Speech rate, Test the voice, Fullscreen, TV layout, Text size, Units,
// Mirror, then it.
constexpr int kPressesToChooser = 10;

// The studio's part of a 1366x768 picture, where the avatar stands.
double avatar_difference(const Image& a, const Image& b) {
    return mean_abs_difference(a, b, 700, 100, 1300, 700);
}

} // namespace

TEST_CASE("With the gamepad alone, sound settings change and are there after a restart",
          "[app][script][settings]") {
    ScratchDir scratch("settings-pad");
    const fs::path data = scratch / "data";
    // Home -> Settings; the focus starts on Voice. Beeps off, the volume a step up, the
    // speech rate two steps down, the UI one step larger, imperial units.
    const Run run = run_script(scratch,
                               "100 pad leftshoulder\n"
                               "400 pad dpdown\n"  // Beeps
                               "500 pad a\n"       // off
                               "600 pad dpdown\n"  // Volume
                               "700 pad dpright\n" // 85 %
                               "800 pad dpdown\n"  // Speech rate
                               "900 pad dpleft\n"
                               "1000 pad dpleft\n"  // 140 words a minute
                               "1100 pad dpdown\n"  // Test the voice
                               "1200 pad dpdown\n"  // Fullscreen
                               "1300 pad dpdown\n"  // TV layout
                               "1400 pad dpdown\n"  // Text size
                               "1500 pad dpright\n" // 110 %
                               "1600 pad dpdown\n"  // Units
                               "1700 pad dpright\n" // Imperial
                               "2300 quit\n",
                               data);
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    const std::string saved = read_text(settings_file(data));
    INFO(saved);
    CHECK_THAT(saved, Catch::Contains("  beeps: false"));
    CHECK_THAT(saved, Catch::Contains("  volume_percent: 85"));
    CHECK_THAT(saved, Catch::Contains("  speech_rate_wpm: 140"));
    CHECK_THAT(saved, Catch::Contains("ui_scale_percent: 110"));
    CHECK_THAT(saved, Catch::Contains("units: imperial"));
    CHECK_THAT(saved, Catch::Contains("  voice: true"));

    // The next start reads them back, and draws Settings at the size chosen.
    const Run again = run_script(scratch,
                                 "100 pad leftshoulder\n"
                                 "600 screenshot " +
                                     (scratch / "restarted.png").string() +
                                     "\n"
                                     "700 quit\n",
                                 data);
    INFO(again.output);
    REQUIRE(again.exit_code == 0);
    const SettingsLoad load = load_settings(settings_file(data));
    CHECK(load.warning.empty());
    CHECK_FALSE(load.settings.voice.beeps_on);
    CHECK(load.settings.voice.volume == 0.85f);
    CHECK(load.settings.voice.rate_wpm == 140);
    CHECK(load.settings.ui_scale_percent == 110);
    CHECK(load.settings.units == Units::imperial);
    const Image restarted = load_png(scratch / "restarted.png");
    REQUIRE(restarted.width == 1366);
    // Larger text than the defaults': the same screen at 100 % differs.
    const Run plain = run_script(scratch,
                                 "100 pad leftshoulder\n"
                                 "600 screenshot " +
                                     (scratch / "plain.png").string() +
                                     "\n"
                                     "700 quit\n",
                                 scratch / "plain-data");
    REQUIRE(plain.exit_code == 0);
    CHECK(mean_abs_difference(load_png(scratch / "plain.png"), restarted, 0, 0, 600, 400) > 5.0);
}

TEST_CASE(
    "With the keyboard alone, arrows move to a setting, Space toggles it and left moves a slider",
    "[app][script][settings]") {
    ScratchDir scratch("settings-keys");
    const fs::path data = scratch / "data";
    const Run run = run_script(scratch,
                               "300 key Down\n"  // Beeps
                               "400 key Space\n" // off
                               "500 key Down\n"  // Volume
                               "600 key Left\n"
                               "700 key Left\n" // 70 %
                               "800 quit\n",
                               data, "", "--screen settings");
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    const Settings saved = load_settings(settings_file(data)).settings;
    CHECK_FALSE(saved.voice.beeps_on);
    CHECK(saved.voice.volume == 0.7f);
    CHECK(saved.voice.voice_on);
}

TEST_CASE("A model chosen from a folder with the gamepad becomes the avatar and is remembered; a "
          "file that "
          "is refused keeps it, and the built-in avatar comes back",
          "[app][script][settings][import]") {
    ScratchDir scratch("settings-model");
    const fs::path home = scratch / "home", data = scratch / "data";
    fs::create_directories(home / "models");
    REQUIRE(write_humanoid({.bones = BoneStyle::mixamo}, home / "models" / "hero.glb").empty());
    std::ofstream(home / "models" / "broken.glb") << "not a model\n";
    std::ofstream(home / "models" / "notes.txt") << "not offered\n";
    const std::string environment = "HOME='" + home.string() + "'";

    // Settings: down past sound and display to "Choose a model file...". The chooser opens
    // in the home folder on "..": down to models/, in, down past ".." and broken.glb.
    std::string to_chooser = "100 pad leftshoulder\n";
    for (int i = 0; i < kPressesToChooser; ++i)
        to_chooser += std::to_string(300 + 100 * i) + " pad dpdown\n";
    const Run run = run_script(scratch,
                               to_chooser +
                                   "2000 pad a\n" // Choose a model file...
                                   "2300 screenshot " +
                                   (scratch / "home.png").string() +
                                   "\n"
                                   "2400 pad dpdown\n" // models/
                                   "2500 pad a\n"
                                   "2800 screenshot " +
                                   (scratch / "models.png").string() +
                                   "\n"
                                   "2900 pad dpdown\n" // broken.glb
                                   "3000 pad a\n"
                                   "4000 screenshot " +
                                   (scratch / "refused.png").string() +
                                   "\n"
                                   "4100 pad dpdown\n" // hero.glb
                                   "4200 pad a\n"
                                   "5000 screenshot " +
                                   (scratch / "chosen.png").string() +
                                   "\n"
                                   "5100 quit\n",
                               data, environment);
    INFO(run.output);
    REQUIRE(run.exit_code == 0);
    const fs::path hero = home / "models" / "hero.glb";
    CHECK(load_settings(settings_file(data)).settings.model_path == hero.string());
    const Image at_home = load_png(scratch / "home.png"),
                in_models = load_png(scratch / "models.png"),
                refused = load_png(scratch / "refused.png"),
                chosen = load_png(scratch / "chosen.png");
    REQUIRE(chosen.width == 1366);
    CHECK(mean_abs_difference(at_home, in_models, 0, 80, 600, 450) > 2.0); // another folder listed
    CHECK(mean_abs_difference(in_models, refused, 0, 80, 600, 450) > 2.0); // the reason shown
    CHECK(avatar_difference(at_home, refused) < 1.0); // the built-in avatar stays
    CHECK(avatar_difference(refused, chosen) > 2.0);  // the model, in its colours

    // The next start shows the model; "Use the built-in avatar", beside the chooser's
    // button, brings the mannequin back and is remembered too.
    std::string to_builtin =
        "100 pad leftshoulder\n250 screenshot " + (scratch / "restarted.png").string() + "\n";
    for (int i = 0; i < kPressesToChooser; ++i)
        to_builtin += std::to_string(300 + 100 * i) + " pad dpdown\n";
    const Run again = run_script(scratch,
                                 to_builtin +
                                     "2000 pad dpright\n"
                                     "2100 pad a\n"
                                     "2600 screenshot " +
                                     (scratch / "builtin.png").string() +
                                     "\n"
                                     "2700 quit\n",
                                 data, environment);
    INFO(again.output);
    REQUIRE(again.exit_code == 0);
    CHECK(load_settings(settings_file(data)).settings.model_path.empty());
    const Image restarted = load_png(scratch / "restarted.png"),
                builtin = load_png(scratch / "builtin.png");
    CHECK(avatar_difference(restarted, chosen) < 1.0);
    CHECK(avatar_difference(builtin, at_home) < 1.0);
}
