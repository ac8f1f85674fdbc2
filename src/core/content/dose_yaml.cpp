#include "core/content/dose_yaml.h"

#include <type_traits>

namespace legwork {

DoseOverride read_dose_override(YamlReader& r, const YAML::Node& map) {
    // Seconds or metres more than 0 and at most `max`.
    const auto amount = [&](const char* key, float max) -> std::optional<float> {
        if (!map[key]) return std::nullopt;
        const auto value = r.number(map[key], key);
        if (value && (*value <= 0.0f || *value > max)) {
            r.error(map[key], std::string(key) + " should be more than 0 and at most " +
                                  std::to_string(int(max)));
            return std::nullopt;
        }
        return value;
    };
    DoseOverride out;
    if (map["sets"]) out.sets = r.count(map["sets"], "sets", 1, 20);
    if (map["reps"]) out.reps = r.count(map["reps"], "reps", 1, 200);
    out.hold_s = amount("hold_s", 600.0f);
    out.distance_m = amount("distance_m", 5000.0f);
    out.time_s = amount("time_s", 3600.0f);
    if (map["rest_s"]) out.rest_s = r.within(map["rest_s"], "rest_s", 0.0f, 600.0f);
    out.tempo_s = amount("tempo_s", 60.0f);
    if (map["own_pace"]) out.own_pace = r.boolean(map["own_pace"], "own_pace");
    out.cap_s = amount("cap_s", 3600.0f);
    return out;
}

void write_dose_override(YAML::Emitter& out, const DoseOverride& dose) {
    const auto field = [&](const char* key, const auto& value) {
        if (!value) return;
        out << YAML::Key << key << YAML::Value;
        if constexpr (std::is_same_v<std::decay_t<decltype(*value)>, float>)
            out << yaml_number(*value);
        else
            out << *value;
    };
    field("sets", dose.sets);
    field("reps", dose.reps);
    field("hold_s", dose.hold_s);
    field("distance_m", dose.distance_m);
    field("time_s", dose.time_s);
    field("rest_s", dose.rest_s);
    field("tempo_s", dose.tempo_s);
    field("own_pace", dose.own_pace);
    field("cap_s", dose.cap_s);
}

} // namespace legwork
