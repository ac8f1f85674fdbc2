#include "core/session/timers_file.h"

#include "core/content/dose_yaml.h"
#include "core/content/yaml_reader.h"
#include "core/platform/atomic_file.h"

namespace legwork {
namespace {

constexpr float kMaxPause_s = 600.0f;

void read_general(YamlReader& r, const YAML::Node& node, GeneralTimers& out) {
    if (!r.is_map(node, "general")) return;
    r.only_keys(node,
                {"get_ready_s", "switch_sides_s", "rest_between_exercises_s", "weaker_side",
                 "weaker_side_first", "weaker_side_extra_set"},
                "general");
    const auto seconds = [&](const char* key, float& value) {
        if (node[key]) value = r.within(node[key], key, 0.0f, kMaxPause_s).value_or(value);
    };
    seconds("get_ready_s", out.get_ready_s);
    seconds("switch_sides_s", out.switch_sides_s);
    seconds("rest_between_exercises_s", out.rest_between_exercises_s);
    if (node["weaker_side"])
        out.weaker_side = r.choice<WeakerSide>(node["weaker_side"], "weaker_side", kWeakerSideCount,
                                               weaker_side_name)
                              .value_or(out.weaker_side);
    if (node["weaker_side_first"])
        out.weaker_side_first =
            r.boolean(node["weaker_side_first"], "weaker_side_first").value_or(true);
    if (node["weaker_side_extra_set"])
        out.weaker_side_extra_set =
            r.boolean(node["weaker_side_extra_set"], "weaker_side_extra_set").value_or(false);
}

RoutineTimers read_routine(YamlReader& r, const std::string& id, const YAML::Node& node) {
    RoutineTimers out{.routine = id};
    if (!r.is_map(node, "a routine's timers")) return out;
    r.only_keys(node, {"rest_between_exercises_s", "every_exercise", "exercises"},
                "a routine's timers");
    if (node["rest_between_exercises_s"])
        out.rest_between_exercises_s = r.within(node["rest_between_exercises_s"],
                                                "rest_between_exercises_s", 0.0f, kMaxPause_s);
    if (const YAML::Node& every = node["every_exercise"];
        every && r.is_map(every, "every_exercise")) {
        r.only_keys(every,
                    {"sets", "reps", "hold_s", "distance_m", "time_s", "rest_s", "tempo_s",
                     "own_pace", "cap_s"},
                    "every_exercise");
        out.every_exercise = read_dose_override(r, every);
    }
    if (const YAML::Node& exercises = node["exercises"];
        exercises && r.is_map(exercises, "exercises"))
        for (const auto& entry : exercises) {
            ExerciseTimers timers{.exercise = entry.first.as<std::string>()};
            const YAML::Node& fields = entry.second;
            if (!r.is_map(fields, "an exercise's timers")) continue;
            r.only_keys(fields,
                        {"sets", "reps", "hold_s", "distance_m", "time_s", "rest_s", "tempo_s",
                         "own_pace", "cap_s", "rest_after_s"},
                        "an exercise's timers");
            timers.dose = read_dose_override(r, fields);
            if (fields["rest_after_s"])
                timers.rest_after_s =
                    r.within(fields["rest_after_s"], "rest_after_s", 0.0f, kMaxPause_s);
            out.exercises.push_back(std::move(timers));
        }
    return out;
}

} // namespace

TimerSettings load_timers(const std::filesystem::path& data_dir, ContentErrors& problems) {
    TimerSettings settings;
    const std::filesystem::path file = data_dir / kTimersFileName;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return settings;
    YamlReader r(file.string(), problems);
    const std::optional<YAML::Node> root = r.load();
    if (!root || !r.is_map(*root, "the timers file")) return settings;
    try {
        r.only_keys(*root, {"general", "routines"}, "the timers file");
        if ((*root)["general"]) read_general(r, (*root)["general"], settings.general);
        if (const YAML::Node& routines = (*root)["routines"];
            routines && r.is_map(routines, "routines"))
            for (const auto& entry : routines)
                settings.routines.push_back(
                    read_routine(r, entry.first.as<std::string>(), entry.second));
    } catch (const YAML::Exception& e) { // a key that is not text, and the like
        problems.push_back({file.string(), e.mark.line + 1, e.mark.column + 1, e.msg});
    }
    return settings;
}

bool save_timers(const std::filesystem::path& data_dir, const TimerSettings& settings,
                 std::string& error) {
    const GeneralTimers& general = settings.general;
    YAML::Emitter out;
    out << YAML::Comment("legwork: your timers. The app writes this file; take an entry out to "
                         "go back to the program's values.");
    out << YAML::BeginMap << YAML::Key << "general" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "get_ready_s" << YAML::Value << yaml_number(general.get_ready_s);
    out << YAML::Key << "switch_sides_s" << YAML::Value << yaml_number(general.switch_sides_s);
    out << YAML::Key << "rest_between_exercises_s" << YAML::Value
        << yaml_number(general.rest_between_exercises_s);
    out << YAML::Key << "weaker_side" << YAML::Value
        << std::string(weaker_side_name(general.weaker_side));
    out << YAML::Key << "weaker_side_first" << YAML::Value << general.weaker_side_first;
    out << YAML::Key << "weaker_side_extra_set" << YAML::Value << general.weaker_side_extra_set;
    out << YAML::EndMap;
    out << YAML::Key << "routines" << YAML::Value << YAML::BeginMap;
    for (const RoutineTimers& routine : settings.routines) {
        if (!routine.rest_between_exercises_s && routine.every_exercise.empty() &&
            routine.exercises.empty())
            continue;
        out << YAML::Key << routine.routine << YAML::Value << YAML::BeginMap;
        if (routine.rest_between_exercises_s)
            out << YAML::Key << "rest_between_exercises_s" << YAML::Value
                << yaml_number(*routine.rest_between_exercises_s);
        if (!routine.every_exercise.empty()) {
            out << YAML::Key << "every_exercise" << YAML::Value << YAML::Flow << YAML::BeginMap;
            write_dose_override(out, routine.every_exercise);
            out << YAML::EndMap;
        }
        if (!routine.exercises.empty()) {
            out << YAML::Key << "exercises" << YAML::Value << YAML::BeginMap;
            for (const ExerciseTimers& exercise : routine.exercises) {
                out << YAML::Key << exercise.exercise << YAML::Value << YAML::Flow
                    << YAML::BeginMap;
                write_dose_override(out, exercise.dose);
                if (exercise.rest_after_s)
                    out << YAML::Key << "rest_after_s" << YAML::Value
                        << yaml_number(*exercise.rest_after_s);
                out << YAML::EndMap;
            }
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndMap << YAML::EndMap;
    return write_file_atomically(data_dir / kTimersFileName, std::string(out.c_str()) + "\n",
                                 error);
}

} // namespace legwork
