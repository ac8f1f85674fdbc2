#include "core/settings/settings.h"

#include "core/content/yaml_reader.h"
#include "core/platform/atomic_file.h"
#include "core/text/display_text.h"

#include <cmath>
#include <sstream>

namespace legwork {
namespace {

constexpr int kVersion = 1;

// A colour by its name in `palette`; its index, or nothing.
std::optional<int> color_index(std::span<const NamedColor> palette, std::string_view name) {
    for (std::size_t i = 0; i < palette.size(); ++i)
        if (palette[i].name == name) return static_cast<int>(i);
    return std::nullopt;
}

std::string color_names(std::span<const NamedColor> palette) {
    return alternatives(static_cast<int>(palette.size()), [&](int i) { return palette[i].name; });
}

void read_avatar(YamlReader& r, const YAML::Node& node, AvatarLook& look) {
    if (!r.is_map(node, "avatar")) return;
    r.only_keys(node, {"height_cm", "build", "skin", "top", "shorts", "shoes"}, "avatar");
    if (node["height_cm"])
        if (const auto cm = r.number(node["height_cm"], "height_cm")) {
            if (*cm < kMinAvatarHeightM * 100.0f || *cm > kMaxAvatarHeightM * 100.0f)
                r.error(node["height_cm"], "height_cm should be from 150 to 200");
            else
                look.height_m = *cm / 100.0f;
        }
    if (node["build"])
        if (const auto name = r.text(node["build"], "build")) {
            if (const auto build = avatar_build_from_name(*name))
                look.build = *build;
            else
                r.error(node["build"], "build should be slim, average or broad");
        }
    const auto color = [&](const char* key, std::span<const NamedColor> palette, int& into) {
        if (!node[key]) return;
        const auto name = r.text(node[key], key);
        if (!name) return;
        if (const auto found = color_index(palette, *name))
            into = *found;
        else
            r.error(node[key], std::string(key) + " should be " + color_names(palette));
    };
    color("skin", skin_tones(), look.skin_tone);
    color("top", outfit_colors(), look.top_color);
    color("shorts", outfit_colors(), look.shorts_color);
    color("shoes", outfit_colors(), look.shoes_color);
}

// `key` of `map`, if there, as true or false.
void read_flag(YamlReader& r, const YAML::Node& map, const char* key, bool& into) {
    if (map[key])
        if (const auto value = r.boolean(map[key], key)) into = *value;
}

void read_sound(YamlReader& r, const YAML::Node& node, VoiceSettings& voice) {
    if (!r.is_map(node, "sound")) return;
    r.only_keys(node, {"voice", "beeps", "volume_percent", "speech_rate_wpm"}, "sound");
    read_flag(r, node, "voice", voice.voice_on);
    read_flag(r, node, "beeps", voice.beeps_on);
    if (node["volume_percent"])
        if (const auto percent = r.count(node["volume_percent"], "volume_percent", 0, 100))
            voice.volume = static_cast<float>(*percent) / 100.0f;
    if (node["speech_rate_wpm"])
        if (const auto wpm = r.count(node["speech_rate_wpm"], "speech_rate_wpm", kMinSpeechRateWpm,
                                     kMaxSpeechRateWpm))
            voice.rate_wpm = *wpm;
}

// YAML's double-quoted string, for a path that may hold any character.
std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

} // namespace

std::filesystem::path settings_file(const std::filesystem::path& data_dir) {
    return data_dir / "settings.yaml";
}

SettingsLoad load_settings(const std::filesystem::path& file) {
    SettingsLoad load;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return load;
    ContentErrors errors;
    YamlReader r(file.string(), errors);
    Settings& s = load.settings;
    if (const std::optional<YAML::Node> root = r.load()) {
        try {
            if (r.is_map(*root, "the settings file")) {
                r.only_keys(*root,
                            {"version", "avatar", "model", "mirror", "tv", "sound", "ui_scale_percent",
                             "units"},
                            "the settings");
                if ((*root)["version"]) r.count((*root)["version"], "version", 1, kVersion);
                if ((*root)["avatar"]) read_avatar(r, (*root)["avatar"], s.look);
                if ((*root)["model"])
                    s.model_path = (*root)["model"].IsScalar() ? (*root)["model"].Scalar() : "";
                read_flag(r, *root, "mirror", s.mirror);
                read_flag(r, *root, "tv", s.tv);
                if ((*root)["sound"]) read_sound(r, (*root)["sound"], s.voice);
                if ((*root)["ui_scale_percent"])
                    if (const auto percent = r.count((*root)["ui_scale_percent"], "ui_scale_percent",
                                                     kMinUiScalePercent, kMaxUiScalePercent))
                        s.ui_scale_percent = *percent;
                if ((*root)["units"])
                    if (const auto units = r.choice<Units>((*root)["units"], "units", kUnitsCount,
                                                           units_name))
                        s.units = *units;
            }
        } catch (const YAML::Exception& e) {
            errors.push_back({file.string(), e.mark.line + 1, e.mark.column + 1, e.msg});
        }
    }
    if (errors.empty()) return load;
    load.warning = errors.front().to_string();
    if (errors.size() > 1) load.warning += " (and " + std::to_string(errors.size() - 1) + " more)";
    // Keep what the user had, for them or for a bug report, before it is written over.
    std::filesystem::copy_file(file, file.string() + ".broken",
                               std::filesystem::copy_options::overwrite_existing, ec);
    load.warning += ec ? "; the rest of the settings are the defaults"
                       : "; the rest of the settings are the defaults, and the file is kept as " +
                             file.filename().string() + ".broken";
    return load;
}

bool save_settings(const std::filesystem::path& file, const Settings& settings,
                   std::string& error) {
    const AvatarLook& look = settings.look;
    std::ostringstream out;
    out << "# legwork's settings, written by the app; edit with care.\n"
        << "version: " << kVersion << "\n"
        << "avatar:\n"
        << "  height_cm: " << std::lround(look.height_m * 100.0f) << "\n"
        << "  build: " << avatar_build_name(look.build) << "\n"
        << "  skin: " << skin_tones()[look.skin_tone].name << "\n"
        << "  top: " << outfit_colors()[look.top_color].name << "\n"
        << "  shorts: " << outfit_colors()[look.shorts_color].name << "\n"
        << "  shoes: " << outfit_colors()[look.shoes_color].name << "\n"
        << "model: " << quoted(settings.model_path) << "\n"
        << "mirror: " << (settings.mirror ? "true" : "false") << "\n"
        << "tv: " << (settings.tv ? "true" : "false") << "\n"
        << "ui_scale_percent: " << settings.ui_scale_percent << "\n"
        << "units: " << units_name(settings.units) << "\n"
        << "sound:\n"
        << "  voice: " << (settings.voice.voice_on ? "true" : "false") << "\n"
        << "  beeps: " << (settings.voice.beeps_on ? "true" : "false") << "\n"
        << "  volume_percent: " << std::lround(settings.voice.volume * 100.0f) << "\n"
        << "  speech_rate_wpm: " << settings.voice.rate_wpm << "\n";
    return write_file_atomically(file, out.str(), error);
}

} // namespace legwork
