#pragma once
// YamlReader: reads one content file's YAML nodes into structs and notes every problem at
// its line and column, so a loader reports them all at once and never stops at the first.

#include "core/content/content_error.h"

#include <filesystem>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace legwork {

class YamlReader {
public:
    YamlReader(std::string file, ContentErrors& errors);

    // Parses the file; nothing (and the parser's message at its position) when it is not YAML.
    std::optional<YAML::Node> load();

    void error(const YAML::Node& node, const std::string& message);
    // No error was noted since this reader was made.
    bool ok() const { return errors_.size() == start_; }
    const std::string& file() const { return file_; }

    // Notes each key of `map` that is not in `known`; `what` names the map ("an exercise").
    void only_keys(const YAML::Node& map, std::initializer_list<std::string_view> known,
                   std::string_view what);
    bool is_map(const YAML::Node& node, std::string_view what);
    std::optional<std::string> text(const YAML::Node& node, std::string_view what);
    std::optional<float> number(const YAML::Node& node, std::string_view what);
    // A number in [min, max] ("rest_s should be from 0 to 600").
    std::optional<float> within(const YAML::Node& node, std::string_view what, float min,
                                float max);
    // true or false.
    std::optional<bool> boolean(const YAML::Node& node, std::string_view what);
    // A whole number in [min, max].
    std::optional<int> count(const YAML::Node& node, std::string_view what, int min, int max);
    // A list of texts, none of them empty.
    std::vector<std::string> text_list(const YAML::Node& node, std::string_view what);

    // `map[key]` read as text, noting "`what` needs `key`" when absent.
    std::optional<std::string> required_text(const YAML::Node& map, const char* key,
                                             std::string_view what);

    // One of `names` (an enum's content names, in order): its index.
    std::optional<int> choice(const YAML::Node& node, std::string_view what,
                              std::span<const std::string_view> names);
    // One of an enum's `count` values by its content name (`name_of(value)`).
    template <typename Enum, typename NameOf>
    std::optional<Enum> choice(const YAML::Node& node, std::string_view what, int count,
                               NameOf name_of) {
        std::vector<std::string_view> names;
        for (int i = 0; i < count; ++i) names.push_back(name_of(static_cast<Enum>(i)));
        const std::optional<int> index = choice(node, what, names);
        return index ? std::optional<Enum>(static_cast<Enum>(*index)) : std::nullopt;
    }

private:
    std::string file_;
    ContentErrors& errors_;
    std::size_t start_;
};

// A number as YAML text, as short as reads back the same ("12.5", "0.1").
std::string yaml_number(float value);

// The *.yaml files in `dir`, sorted by name; none when it is not a folder.
std::vector<std::filesystem::path> yaml_files(const std::filesystem::path& dir);

} // namespace legwork
