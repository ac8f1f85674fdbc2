#include "core/content/yaml_reader.h"

#include "core/text/display_text.h"

#include <algorithm>
#include <charconv>

namespace legwork {

YamlReader::YamlReader(std::string file, ContentErrors& errors)
    : file_(std::move(file)), errors_(errors), start_(errors.size()) {}

std::optional<YAML::Node> YamlReader::load() {
    try {
        return YAML::LoadFile(file_);
    } catch (const YAML::ParserException& e) {
        errors_.push_back({file_, e.mark.line + 1, e.mark.column + 1, e.msg});
    } catch (const YAML::Exception& e) {
        errors_.push_back({file_, 0, 0, "cannot read: " + e.msg});
    }
    return std::nullopt;
}

void YamlReader::error(const YAML::Node& node, const std::string& message) {
    const YAML::Mark mark = node.Mark();
    errors_.push_back({file_, mark.line + 1, mark.column + 1, message});
}

void YamlReader::only_keys(const YAML::Node& map, std::initializer_list<std::string_view> known,
                           std::string_view what) {
    for (const auto& item : map) {
        const std::string key = item.first.as<std::string>();
        if (std::find(known.begin(), known.end(), key) == known.end())
            error(item.first, "unknown key '" + key + "' in " + std::string(what));
    }
}

bool YamlReader::is_map(const YAML::Node& node, std::string_view what) {
    if (node.IsMap()) return true;
    error(node, std::string(what) + " should be a map of keys and values");
    return false;
}

std::optional<std::string> YamlReader::text(const YAML::Node& node, std::string_view what) {
    if (node.IsScalar() && !node.Scalar().empty()) return node.Scalar();
    error(node, std::string(what) + " should be text");
    return std::nullopt;
}

std::optional<float> YamlReader::number(const YAML::Node& node, std::string_view what) {
    float value = 0.0f;
    if (node.IsScalar() && YAML::convert<float>::decode(node, value)) return value;
    error(node, std::string(what) + " should be a number");
    return std::nullopt;
}

std::optional<float> YamlReader::within(const YAML::Node& node, std::string_view what, float min,
                                        float max) {
    const auto value = number(node, what);
    if (!value || (*value >= min && *value <= max)) return value;
    // Whole bounds read best: "from 0 to 600".
    const auto bound = [](float b) { return std::to_string(static_cast<int>(b)); };
    error(node, std::string(what) + " should be from " + bound(min) + " to " + bound(max));
    return std::nullopt;
}

std::optional<bool> YamlReader::boolean(const YAML::Node& node, std::string_view what) {
    bool value = false;
    if (node.IsScalar() && YAML::convert<bool>::decode(node, value)) return value;
    error(node, std::string(what) + " should be true or false");
    return std::nullopt;
}

std::optional<int> YamlReader::count(const YAML::Node& node, std::string_view what, int min,
                                     int max) {
    int value = 0;
    if (node.IsScalar() && YAML::convert<int>::decode(node, value) && value >= min && value <= max)
        return value;
    error(node, std::string(what) + " should be a whole number from " + std::to_string(min) +
                    " to " + std::to_string(max));
    return std::nullopt;
}

std::vector<std::string> YamlReader::text_list(const YAML::Node& node, std::string_view what) {
    std::vector<std::string> texts;
    if (!node.IsSequence()) {
        error(node, std::string(what) + " should be a list");
        return texts;
    }
    for (const auto& item : node)
        if (auto t = text(item, std::string("each of ") + std::string(what)))
            texts.push_back(std::move(*t));
    return texts;
}

std::optional<std::string> YamlReader::required_text(const YAML::Node& map, const char* key,
                                                     std::string_view what) {
    if (map[key]) return text(map[key], key);
    error(map, std::string(what) + " needs '" + key + "'");
    return std::nullopt;
}

std::optional<int> YamlReader::choice(const YAML::Node& node, std::string_view what,
                                      std::span<const std::string_view> names) {
    const auto value = text(node, what);
    if (!value) return std::nullopt;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == *value) return static_cast<int>(i);
    error(node, std::string(what) + " should be " + alternatives(names));
    return std::nullopt;
}

std::string yaml_number(float value) {
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    return std::string(text, end);
}

std::vector<std::filesystem::path> yaml_files(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.path().extension() == ".yaml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace legwork
