// Settings outlive a run, and a broken settings file costs the user nothing but a warning.
#include "core/settings/settings.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace legwork;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path dir = fs::temp_directory_path() / ("legwork-settings-" + std::to_string(getpid()));
    TempDir() { fs::create_directories(dir); }
    ~TempDir() { fs::remove_all(dir); }
};

} // namespace

TEST_CASE("Settings saved are the settings read back", "[settings]") {
    TempDir temp;
    Settings chosen;
    chosen.look = {.height_m = 1.62f,
                   .build = AvatarBuild::broad,
                   .skin_tone = 4,
                   .top_color = 3,
                   .shorts_color = 0,
                   .shoes_color = 7};
    chosen.model_path = "/home/sam/models/my \"hero\".glb";
    chosen.mirror = true;
    chosen.tv = true;
    chosen.voice = {.voice_on = false, .beeps_on = false, .volume = 0.35f, .rate_wpm = 220};
    chosen.ui_scale_percent = 150;
    chosen.units = Units::imperial;
    REQUIRE_FALSE(chosen.voice == Settings{}.voice); // every field differs from its default
    REQUIRE(chosen.ui_scale_percent != Settings{}.ui_scale_percent);
    REQUIRE(chosen.units != Settings{}.units);
    std::string error;
    REQUIRE(save_settings(settings_file(temp.dir), chosen, error));
    const SettingsLoad load = load_settings(settings_file(temp.dir));
    CHECK(load.warning.empty());
    CHECK(load.settings == chosen);
}

TEST_CASE("No settings file yet gives the defaults, quietly", "[settings]") {
    TempDir temp;
    const SettingsLoad load = load_settings(settings_file(temp.dir));
    CHECK(load.warning.empty());
    CHECK(load.settings == Settings{});
}

TEST_CASE("A value out of range is reported where it is, and the rest is kept", "[settings]") {
    TempDir temp;
    std::ofstream(settings_file(temp.dir)) << "version: 1\n"
                                              "avatar:\n"
                                              "  height_cm: 240\n"
                                              "  build: slim\n"
                                              "  top: Glitter\n"
                                              "mirror: true\n";
    const SettingsLoad load = load_settings(settings_file(temp.dir));
    CHECK_THAT(load.warning,
               Catch::Contains("settings.yaml:3:14: height_cm should be from 150 to 200"));
    CHECK_THAT(load.warning, Catch::Contains("(and 1 more)"));
    CHECK(load.settings.look.build == AvatarBuild::slim);
    CHECK(load.settings.look.height_m == Settings{}.look.height_m);
    CHECK(load.settings.look.top_color == Settings{}.look.top_color);
    CHECK(load.settings.mirror);
}

TEST_CASE("A file that is not YAML falls back to the defaults and is kept aside", "[settings]") {
    TempDir temp;
    const std::string garbage = "avatar: {height_cm: [175\nmirror: ???\x01\n";
    std::ofstream(settings_file(temp.dir)) << garbage;
    const SettingsLoad load = load_settings(settings_file(temp.dir));
    CHECK_THAT(load.warning, Catch::StartsWith(settings_file(temp.dir).string() + ":"));
    CHECK_THAT(load.warning, Catch::Contains("kept as settings.yaml.broken"));
    CHECK(load.settings == Settings{});
    std::ostringstream kept;
    kept << std::ifstream(temp.dir / "settings.yaml.broken").rdbuf();
    CHECK(kept.str() == garbage);
}

TEST_CASE("Each sound, scale and units value out of range is named where it is, and its default kept",
          "[settings]") {
    TempDir temp;
    struct Bad {
        const char* yaml;
        const char* problem;
    };
    const Bad cases[] = {
        {"sound:\n  volume_percent: 140\n", "settings.yaml:2:19: volume_percent should be a whole number from 0 to 100"},
        {"sound:\n  volume_percent: -5\n", "settings.yaml:2:19: volume_percent should be a whole number from 0 to 100"},
        {"sound:\n  speech_rate_wpm: 30\n", "settings.yaml:2:20: speech_rate_wpm should be a whole number from 80 to 400"},
        {"sound:\n  speech_rate_wpm: 500\n", "settings.yaml:2:20: speech_rate_wpm should be a whole number from 80 to 400"},
        {"sound:\n  voice: maybe\n", "settings.yaml:2:10: voice should be true or false"},
        {"sound:\n  beeps: 3\n", "settings.yaml:2:10: beeps should be true or false"},
        {"sound:\n  echo: true\n", "settings.yaml:2:3: "},
        {"sound: loud\n", "settings.yaml:1:8: "},
        {"ui_scale_percent: 50\n", "settings.yaml:1:19: ui_scale_percent should be a whole number from 80 to 200"},
        {"ui_scale_percent: 250\n", "settings.yaml:1:19: ui_scale_percent should be a whole number from 80 to 200"},
        {"ui_scale_percent: big\n", "settings.yaml:1:19: ui_scale_percent should be a whole number from 80 to 200"},
        {"units: furlongs\n", "settings.yaml:1:8: units should be metric or imperial"},
    };
    for (const Bad& bad : cases) {
        INFO(bad.yaml);
        std::ofstream(settings_file(temp.dir)) << bad.yaml << "mirror: true\n";
        const SettingsLoad load = load_settings(settings_file(temp.dir));
        CHECK_THAT(load.warning, Catch::Contains(bad.problem));
        Settings expected;
        expected.mirror = true; // the good line after the bad one is kept
        CHECK(load.settings == expected);
    }
}

TEST_CASE("Sound, scale and units at the ends of their ranges are accepted", "[settings]") {
    TempDir temp;
    std::ofstream(settings_file(temp.dir)) << "sound:\n  volume_percent: 0\n  speech_rate_wpm: 400\n"
                                              "ui_scale_percent: 80\nunits: imperial\n";
    const SettingsLoad load = load_settings(settings_file(temp.dir));
    CHECK(load.warning.empty());
    CHECK(load.settings.voice.volume == 0.0f);
    CHECK(load.settings.voice.rate_wpm == 400);
    CHECK(load.settings.ui_scale_percent == 80);
    CHECK(load.settings.units == Units::imperial);
}
