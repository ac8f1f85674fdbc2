#pragma once
// Settings: everything the user chooses that outlives a run, kept in settings.yaml in
// their data directory. Defaults are what a new user gets.

#include "core/audio/voice_settings.h"
#include "core/avatar/avatar_look.h"
#include "core/text/units.h"

#include <filesystem>
#include <string>

namespace legwork {

// The UI's size as a factor (percent) on top of the layout chosen for the screen.
inline constexpr int kMinUiScalePercent = 80;
inline constexpr int kMaxUiScalePercent = 200;

struct Settings {
    AvatarLook look;        // the built-in avatar's height, build and colours
    std::string model_path; // the user's own avatar model; empty = the built-in one
    bool mirror = false;    // demonstrations start mirrored, like a reflection
    bool tv = false;        // start in the 10-foot layout, fullscreen
    VoiceSettings voice;    // voice and beeps on or off, their volume, the speech rate
    int ui_scale_percent = 100; // kMinUiScalePercent..kMaxUiScalePercent
    Units units = Units::metric; // distances and heights as shown and said

    bool operator==(const Settings&) const = default;
};

// The settings file inside a data directory.
std::filesystem::path settings_file(const std::filesystem::path& data_dir);

struct SettingsLoad {
    Settings settings;
    // Empty when the file was read or did not exist yet. Otherwise what was wrong
    // (file:line:col: message); the defaults stand in for what could not be read, and a
    // broken file is kept beside it as settings.yaml.broken so nothing is lost.
    std::string warning;
};

// Reads `file`. Unknown keys and values out of range are reported and skipped; the rest
// is kept.
SettingsLoad load_settings(const std::filesystem::path& file);

// Writes `settings` to `file` whole or not at all. False with `error` when it cannot.
bool save_settings(const std::filesystem::path& file, const Settings& settings, std::string& error);

} // namespace legwork
