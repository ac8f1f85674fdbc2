#include "core/content/exercise.h"

#include "core/content/dose_yaml.h"
#include "core/content/motion_reader.h"
#include "core/text/display_text.h"

#include <algorithm>
#include <set>

namespace legwork {
namespace {

// The prop a contact's surface is drawn as; nothing for the floor.
std::optional<PropKind> prop_under(Surface surface) {
    switch (surface) {
    case Surface::floor:
        return std::nullopt;
    case Surface::bench:
        return PropKind::bench;
    case Surface::step:
        return PropKind::step;
    case Surface::ball:
        return PropKind::stabilityBall;
    case Surface::lacrosseBall:
        return PropKind::lacrosseBall;
    case Surface::peanutBall:
        return PropKind::peanutBall;
    case Surface::machineSeat:
        return PropKind::legExtensionMachine;
    case Surface::curlPad:
        return PropKind::legCurlMachine;
    case Surface::pressSeat:
        return PropKind::legPressMachine;
    }
    return std::nullopt;
}

// Reads the fields of an exercise file other than its motion.
class ExerciseReader {
public:
    explicit ExerciseReader(YamlReader& reader) : r_(reader) {}

    std::vector<MuscleRegion> muscle_list(const YAML::Node& node, std::string_view what) {
        std::vector<MuscleRegion> muscles;
        if (!node.IsSequence()) {
            r_.error(node, std::string(what) + " should be a list of muscle groups");
            return muscles;
        }
        for (const auto& item : node) {
            const auto name = r_.text(item, "a muscle group");
            if (!name) continue;
            if (const auto region = muscle_region_from_name(*name))
                muscles.push_back(*region);
            else
                r_.error(item, "unknown muscle group '" + *name + "' (" + muscle_names() + ")");
        }
        return muscles;
    }

    void muscles(const YAML::Node& node, MuscleFocus& out) {
        if (!r_.is_map(node, "muscles")) return;
        r_.only_keys(node, {"primary", "secondary"}, "muscles");
        if (node["primary"]) out.primary = muscle_list(node["primary"], "primary");
        if (out.primary.empty())
            r_.error(node, "muscles needs a 'primary' list: the groups the exercise mainly works");
        if (node["secondary"]) out.secondary = muscle_list(node["secondary"], "secondary");
    }

    void equipment(const YAML::Node& node, std::vector<Equipment>& out) {
        if (!node.IsSequence()) {
            r_.error(node, "equipment should be a list (empty, [], when nothing is needed)");
            return;
        }
        for (const auto& item : node) {
            const auto name = r_.text(item, "equipment");
            if (!name) continue;
            const std::optional<Equipment> equipment = equipment_from_name(*name);
            if (!equipment)
                r_.error(item,
                         "unknown equipment '" + *name + "' (" +
                             alternatives(
                                 kEquipmentCount,
                                 [](int i) { return equipment_name(static_cast<Equipment>(i)); }) +
                             ")");
            else if (std::find(out.begin(), out.end(), *equipment) != out.end())
                r_.error(item, "'" + *name + "' is listed twice");
            else
                out.push_back(*equipment);
        }
    }

    // `dose: {sets: 3, reps: 15}`, `{reps: 3, hold_s: 5}`, `{distance_m: 50}`, `{time_s: 30}`.
    void dose(const YAML::Node& node, const Motion& motion, Dose& out) {
        if (!r_.is_map(node, "dose")) return;
        r_.only_keys(node, {"sets", "reps", "hold_s", "distance_m", "time_s", "rest_s", "note"},
                     "dose");
        const DoseOverride given = read_dose_override(r_, node);
        const int measures =
            (node["hold_s"] ? 1 : 0) + (node["distance_m"] ? 1 : 0) + (node["time_s"] ? 1 : 0);
        if (measures > 1)
            r_.error(node,
                     "a dose is measured in one of hold_s, distance_m or time_s, not several");
        if (given.hold_s) {
            out.measure = DoseMeasure::hold;
            if (motion.phase_index("hold") < 0)
                r_.error(node["hold_s"],
                         "a held dose needs a motion phase named 'hold' (the part that is held)");
        } else if (given.distance_m) {
            out.measure = DoseMeasure::distance;
        } else if (given.time_s) {
            out.measure = DoseMeasure::time;
        }
        const bool counts_reps =
            out.measure == DoseMeasure::reps || out.measure == DoseMeasure::hold;
        if (node["reps"] && !counts_reps)
            r_.error(node["reps"], "reps go with a rep or held dose, not distance or time");
        else if (!node["reps"] && out.measure == DoseMeasure::reps && measures == 0)
            r_.error(node, "a dose needs reps, hold_s, distance_m or time_s");
        out = changed_dose(out, given);
        if (node["note"]) out.note = r_.text(node["note"], "note").value_or("");
    }

    // `- {phase: rise, text: Push through the whole foot.}`
    void cues(const YAML::Node& node, const Motion& motion, std::vector<FormCue>& out) {
        if (!node.IsSequence() || node.size() == 0) {
            r_.error(node, "cues should be a list of {phase, text}");
            return;
        }
        for (const auto& item : node) {
            if (!r_.is_map(item, "a cue")) continue;
            r_.only_keys(item, {"phase", "text"}, "a cue");
            FormCue cue;
            if (const auto phase = r_.required_text(item, "phase", "a cue")) {
                cue.phase = motion.phase_index(*phase);
                if (cue.phase < 0) r_.error(item["phase"], "no phase named '" + *phase + "'");
            }
            if (const auto text = r_.required_text(item, "text", "a cue")) cue.text = *text;
            out.push_back(std::move(cue));
        }
        std::stable_sort(out.begin(), out.end(),
                         [](const FormCue& a, const FormCue& b) { return a.phase < b.phase; });
    }

    void mistakes(const YAML::Node& node, Exercise& exercise) {
        if (!node.IsSequence()) {
            r_.error(node, "mistakes should be a list");
            return;
        }
        for (const auto& item : node) {
            if (!r_.is_map(item, "a mistake")) continue;
            r_.only_keys(item, {"id", "looks", "why", "fix", "highlight", "view", "shows"},
                         "a mistake");
            read_mistake_motion(r_, item, exercise.motion);
            CommonMistake mistake{.id = exercise.motion.variants.back().id};
            mistake.looks = r_.required_text(item, "looks", "a mistake").value_or("");
            mistake.why = r_.required_text(item, "why", "a mistake").value_or("");
            mistake.fix = r_.required_text(item, "fix", "a mistake").value_or("");
            exercise.mistakes.push_back(std::move(mistake));
        }
    }

    std::vector<ContentRef> refs(const YAML::Node& node, std::string_view what) {
        std::vector<ContentRef> out;
        if (!node.IsSequence()) {
            r_.error(node, std::string(what) + " should be a list of exercise ids");
            return out;
        }
        for (const auto& item : node)
            if (const auto id = r_.text(item, "an exercise id")) out.push_back(ref(item, *id));
        return out;
    }

    static ContentRef ref(const YAML::Node& node, std::string id) {
        return {std::move(id), node.Mark().line + 1, node.Mark().column + 1};
    }

    // Every prop the demonstration draws is listed as equipment.
    void drawn_equipment_listed(const YAML::Node& root, const Exercise& exercise) {
        std::set<PropKind> drawn;
        for (const PropUse& use : exercise.props) drawn.insert(use.kind);
        for (const Contact& contact : exercise.motion.contacts)
            if (const auto kind = prop_under(contact.surface)) drawn.insert(*kind);
        for (PropKind kind : drawn) {
            const Equipment equipment = equipment_of(kind);
            if (std::find(exercise.equipment.begin(), exercise.equipment.end(), equipment) ==
                exercise.equipment.end())
                r_.error(root["equipment"] ? root["equipment"] : root,
                         "the demonstration uses a " + std::string(equipment_name(equipment)) +
                             ": list it under equipment");
        }
    }

private:
    static std::string muscle_names() {
        return alternatives(kMuscleRegionCount,
                            [](int i) { return muscle_region_name(static_cast<MuscleRegion>(i)); });
    }

    YamlReader& r_;
};

} // namespace

bool Exercise::needs_gym() const {
    return std::any_of(equipment.begin(), equipment.end(),
                       [](Equipment e) { return legwork::needs_gym(e); });
}

const CommonMistake* Exercise::mistake(std::string_view mistake_id) const {
    for (const CommonMistake& m : mistakes)
        if (m.id == mistake_id) return &m;
    return nullptr;
}

std::optional<Exercise> load_exercise(const std::filesystem::path& file, ContentErrors& errors) {
    YamlReader r(file.string(), errors);
    const std::optional<YAML::Node> loaded = r.load();
    if (!loaded) return std::nullopt;
    const YAML::Node& root = *loaded;
    if (!r.is_map(root, "an exercise file")) return std::nullopt;
    r.only_keys(root,
                {"id", "name", "summary", "why", "category", "equipment", "view", "sides",
                 "muscles", "dose", "steps", "cues", "mistakes", "safety", "progressions",
                 "regressions", "source", "motion"},
                "an exercise");

    Exercise exercise;
    exercise.file = file;
    ExerciseReader reader(r);
    try {
        exercise.id = r.required_text(root, "id", "an exercise").value_or("");
        if (root["id"] && exercise.id != file.stem().string())
            r.error(root["id"], "id '" + exercise.id + "' should match the file name '" +
                                    file.stem().string() + "'");
        exercise.name = r.required_text(root, "name", "an exercise").value_or("");
        exercise.summary = r.required_text(root, "summary", "an exercise").value_or("");
        exercise.why = r.required_text(root, "why", "an exercise").value_or("");
        if (root["category"]) {
            const std::optional<std::string> name = r.text(root["category"], "category");
            if (const auto category = name ? exercise_category_from_name(*name) : std::nullopt)
                exercise.category = *category;
            else if (name)
                r.error(root["category"],
                        "category should be " + alternatives(kExerciseCategoryCount, [](int i) {
                            return exercise_category_name(static_cast<ExerciseCategory>(i));
                        }));
        } else {
            r.error(root, "an exercise needs a 'category'");
        }
        if (root["equipment"])
            reader.equipment(root["equipment"], exercise.equipment);
        else
            r.error(root, "an exercise needs 'equipment': a list, [] when nothing is needed");
        if (root["view"]) {
            const auto view = r.text(root["view"], "view");
            if (const auto parsed = view ? camera_view_from_name(*view) : std::nullopt)
                exercise.view = *parsed;
            else if (view)
                r.error(root["view"], "view should be front, side, threequarter or top");
        }
        if (root["sides"]) {
            const auto sides = r.text(root["sides"], "sides");
            if (const auto parsed = sides ? exercise_sides_from_name(*sides) : std::nullopt)
                exercise.sides = *parsed;
            else if (sides)
                r.error(root["sides"], "sides should be both, each or alternating");
        } else {
            r.error(root, "an exercise needs 'sides': both, each or alternating");
        }
        if (root["muscles"])
            reader.muscles(root["muscles"], exercise.muscles);
        else
            r.error(root, "an exercise needs 'muscles': {primary: [...], secondary: [...]}");
        if (root["motion"])
            read_motion(r, root["motion"], exercise.motion, exercise.props);
        else
            r.error(root, "an exercise needs a motion");
        if (root["dose"])
            reader.dose(root["dose"], exercise.motion, exercise.dose);
        else
            r.error(root,
                    "an exercise needs a 'dose': {sets, reps} or hold_s, distance_m or time_s");
        if (root["steps"]) exercise.steps = r.text_list(root["steps"], "steps");
        if (exercise.steps.empty())
            r.error(root["steps"] ? root["steps"] : root,
                    "an exercise needs 'steps': how to do it, in order");
        if (root["cues"])
            reader.cues(root["cues"], exercise.motion, exercise.cues);
        else
            r.error(root, "an exercise needs 'cues': short instructions tied to phases");
        if (root["mistakes"]) reader.mistakes(root["mistakes"], exercise);
        if (root["safety"]) exercise.safety = r.text_list(root["safety"], "safety");
        if (exercise.safety.empty())
            r.error(root["safety"] ? root["safety"] : root, "an exercise needs 'safety' notes");
        if (root["progressions"])
            exercise.progressions = reader.refs(root["progressions"], "progressions");
        if (root["regressions"])
            exercise.regressions = reader.refs(root["regressions"], "regressions");
        if (const auto source = r.required_text(root, "source", "an exercise"))
            exercise.source = ExerciseReader::ref(root["source"], *source);
        reader.drawn_equipment_listed(root, exercise);
    } catch (const YAML::Exception& e) { // a key that is not text, and the like
        errors.push_back({file.string(), e.mark.line + 1, e.mark.column + 1, e.msg});
    }
    if (!r.ok()) return std::nullopt;
    for (int u = 0; u < kUnitsCount; ++u)
        exercise.dose_words[u] = dose_text(exercise.dose, exercise.sides, static_cast<Units>(u));
    for (std::size_t i = 0; i < exercise.equipment.size(); ++i)
        exercise.equipment_words += std::string(i ? ", " : "") + std::string(equipment_title(exercise.equipment[i]));
    return exercise;
}

std::vector<Exercise> load_exercises(const std::filesystem::path& dir, ContentErrors& errors) {
    std::vector<Exercise> exercises;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        errors.push_back({dir.string(), 0, 0, "no such folder"});
        return exercises;
    }
    for (const auto& file : yaml_files(dir))
        if (auto exercise = load_exercise(file, errors)) exercises.push_back(std::move(*exercise));
    return exercises;
}

} // namespace legwork
