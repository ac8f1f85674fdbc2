#include "core/content/routine.h"

#include "core/content/dose_yaml.h"
#include "core/content/yaml_reader.h"

namespace legwork {
namespace {

// `- {exercise: single-leg-glute-bridge, dose: {reps: 15}, rest_after_s: 20}`
std::optional<RoutineItem> read_item(YamlReader& r, const YAML::Node& node) {
    if (!r.is_map(node, "a routine's exercise")) return std::nullopt;
    r.only_keys(node, {"exercise", "dose", "sides", "rest_after_s", "note_prompt"},
                "a routine's exercise");
    RoutineItem item;
    const auto id = r.required_text(node, "exercise", "a routine's exercise");
    if (!id) return std::nullopt;
    item.exercise = {*id, node["exercise"].Mark().line + 1, node["exercise"].Mark().column + 1};
    if (node["dose"] && r.is_map(node["dose"], "dose")) {
        r.only_keys(node["dose"],
                    {"sets", "reps", "hold_s", "distance_m", "time_s", "rest_s", "tempo_s",
                     "own_pace", "cap_s"},
                    "a routine's dose");
        item.dose = read_dose_override(r, node["dose"]);
    }
    if (node["sides"])
        item.sides = r.choice<ExerciseSides>(node["sides"], "sides", kExerciseSidesCount,
                                             exercise_sides_name);
    if (node["rest_after_s"])
        item.rest_after_s = r.within(node["rest_after_s"], "rest_after_s", 0.0f, 600.0f);
    if (node["note_prompt"])
        item.note_prompt = r.text(node["note_prompt"], "note_prompt").value_or("");
    return item;
}

} // namespace

std::optional<Routine> load_routine(const std::filesystem::path& file, ContentErrors& errors) {
    YamlReader r(file.string(), errors);
    const std::optional<YAML::Node> loaded = r.load();
    if (!loaded) return std::nullopt;
    const YAML::Node& root = *loaded;
    if (!r.is_map(root, "a routine file")) return std::nullopt;
    r.only_keys(root, {"id", "name", "summary", "exercises"}, "a routine");
    Routine routine;
    routine.file = file;
    try {
        routine.id = r.required_text(root, "id", "a routine").value_or("");
        if (root["id"] && routine.id != file.stem().string())
            r.error(root["id"], "id '" + routine.id + "' should match the file name '" +
                                    file.stem().string() + "'");
        routine.name = r.required_text(root, "name", "a routine").value_or("");
        if (root["summary"]) routine.summary = r.text(root["summary"], "summary").value_or("");
        const YAML::Node& items = root["exercises"];
        if (!items || !items.IsSequence() || items.size() == 0)
            r.error(items ? items : root, "a routine needs 'exercises': a list of "
                                          "{exercise, dose, sides, rest_after_s, note_prompt}");
        else
            for (const YAML::Node& node : items)
                if (auto item = read_item(r, node)) routine.items.push_back(std::move(*item));
    } catch (const YAML::Exception& e) { // a key that is not text, and the like
        errors.push_back({file.string(), e.mark.line + 1, e.mark.column + 1, e.msg});
    }
    if (!r.ok()) return std::nullopt;
    return routine;
}

std::vector<Routine> load_routines(const std::filesystem::path& dir, ContentErrors& errors) {
    std::vector<Routine> routines;
    for (const auto& file : yaml_files(dir))
        if (auto routine = load_routine(file, errors)) routines.push_back(std::move(*routine));
    return routines;
}

} // namespace legwork
