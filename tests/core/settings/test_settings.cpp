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
