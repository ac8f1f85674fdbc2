#include "core/content/source.h"

#include "core/content/yaml_reader.h"

namespace legwork {

std::vector<Source> load_sources(const std::filesystem::path& file, ContentErrors& errors) {
    std::vector<Source> sources;
    YamlReader r(file.string(), errors);
    const std::optional<YAML::Node> root = r.load();
    if (!root) return sources;
    if (!root->IsSequence()) {
        r.error(*root, "sources should be a list of {id, title, publisher}");
        return sources;
    }
    for (const YAML::Node& item : *root) {
        if (!r.is_map(item, "a source")) continue;
        r.only_keys(item, {"id", "title", "publisher"}, "a source");
        Source source;
        const auto id = r.required_text(item, "id", "a source");
        const auto title = r.required_text(item, "title", "a source");
        const auto publisher = r.required_text(item, "publisher", "a source");
        if (!id || !title || !publisher) continue;
        for (const Source& before : sources)
            if (before.id == *id) r.error(item["id"], "two sources with id '" + *id + "'");
        sources.push_back({*id, *title, *publisher});
    }
    return sources;
}

} // namespace legwork
