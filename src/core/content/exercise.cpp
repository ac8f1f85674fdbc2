#include "core/content/exercise.h"

#include "core/text/display_text.h"

#include "core/text/enum_names.h"

#include <algorithm>
#include <array>
#include <set>
#include <yaml-cpp/yaml.h>

namespace legwork {
namespace {

constexpr std::array<std::string_view, kExerciseSidesCount> kSidesNames{"both", "each", "alternating"};

// "a, b, c": every name `name_of` gives for indices 0 to count - 1, for error messages.
template <typename Name> std::string name_list(int count, Name name_of) {
    std::string names;
    for (int i = 0; i < count; ++i) names += std::string(i ? ", " : "") + std::string(name_of(i));
    return names;
}
std::string surface_names() {
    return name_list(kSurfaceCount, [](int i) { return surface_name(static_cast<Surface>(i)); });
}
std::string prop_names() {
    return name_list(kPropKindCount, [](int i) { return prop_kind_name(static_cast<PropKind>(i)); });
}
std::string muscle_names() {
    return name_list(kMuscleRegionCount, [](int i) { return muscle_region_name(static_cast<MuscleRegion>(i)); });
}
std::string body_part_names() {
    return "head, neck, upperBack, lowerBack, pelvis, or left/right with shoulder, upperArm, elbow, forearm, hand, "
           "hip, thigh, knee, shin, ankle, foot or heel (leftKnee), or both in the plural (knees)";
}
// The contact surface a prop that something rests on stands for.
std::string surface_for(PropKind kind) {
    switch (kind) {
    case PropKind::bench: return "bench";
    case PropKind::step: return "step";
    case PropKind::stabilityBall: return "ball";
    case PropKind::lacrosseBall: return "lacrosseBall";
    case PropKind::peanutBall: return "peanutBall";
    default: return "floor";
    }
}

// Reads YAML nodes into the content structs, noting every problem with its position.
class Reader {
public:
    Reader(std::string file, ContentErrors& errors) : file_(std::move(file)), errors_(errors) {}

    void error(const YAML::Node& node, const std::string& message) {
        const YAML::Mark mark = node.Mark();
        errors_.push_back({file_, mark.line + 1, mark.column + 1, message});
    }
    bool ok() const { return errors_.size() == start_; }

    // Reports keys of `map` that are not in `known`.
    void only_keys(const YAML::Node& map, std::initializer_list<std::string_view> known, std::string_view what) {
        for (const auto& item : map) {
            const std::string key = item.first.as<std::string>();
            if (std::find(known.begin(), known.end(), key) == known.end())
                error(item.first, "unknown key '" + key + "' in " + std::string(what));
        }
    }
    bool is_map(const YAML::Node& node, std::string_view what) {
        if (node.IsMap()) return true;
        error(node, std::string(what) + " should be a map of keys and values");
        return false;
    }
    std::optional<std::string> text(const YAML::Node& node, std::string_view what) {
        if (node.IsScalar()) return node.Scalar();
        error(node, std::string(what) + " should be text");
        return std::nullopt;
    }
    std::optional<float> number(const YAML::Node& node, std::string_view what) {
        float value = 0.0f;
        if (node.IsScalar() && YAML::convert<float>::decode(node, value)) return value;
        error(node, std::string(what) + " should be a number");
        return std::nullopt;
    }

    // An angle set: central movements by name, and `left`, `right` or `both` maps of sided ones.
    void angles(const YAML::Node& node, BodyAngles& out, bool add) {
        if (!is_map(node, "a pose")) return;
        for (const auto& item : node) {
            const std::string key = item.first.as<std::string>();
            std::vector<Side> sides;
            if (key == "left") sides = {Side::left};
            else if (key == "right") sides = {Side::right};
            else if (key == "both") sides = {Side::left, Side::right};
            if (sides.empty()) {
                const std::optional<Dof> dof = dof_from_name(key, std::nullopt);
                if (!dof) {
                    error(item.first, dof_from_name(key, Side::left)
                                          ? "'" + key + "' has a side: put it under left, right or both"
                                          : "unknown movement '" + key + "'");
                    continue;
                }
                if (const auto value = number(item.second, key)) out[*dof] = (add ? out[*dof] : 0.0f) + *value;
                continue;
            }
            if (!is_map(item.second, key)) continue;
            for (const auto& sided : item.second) {
                const std::string name = sided.first.as<std::string>();
                if (!dof_from_name(name, Side::left)) {
                    error(sided.first, dof_from_name(name, std::nullopt)
                                           ? "'" + name + "' belongs to the whole body, not under '" + key + "'"
                                           : "unknown movement '" + name + "'");
                    continue;
                }
                const std::optional<float> value = number(sided.second, name);
                if (!value) continue;
                for (Side side : sides) {
                    const Dof dof = *dof_from_name(name, side);
                    out[dof] = (add ? out[dof] : 0.0f) + *value;
                }
            }
        }
    }

    std::vector<int> phase_list(const YAML::Node& node, const Motion& motion) {
        std::vector<int> phases;
        if (!node.IsSequence()) {
            error(node, "phases should be a list of phase names");
            return phases;
        }
        for (const auto& item : node) {
            const auto name = text(item, "a phase name");
            if (!name) continue;
            const int phase = motion.phase_index(*name);
            if (phase < 0) error(item, "no phase named '" + *name + "'");
            else phases.push_back(phase);
        }
        return phases;
    }

    void contacts(const YAML::Node& node, Motion& motion) {
        if (!node.IsSequence()) {
            error(node, "contacts should be a list");
            return;
        }
        for (const auto& item : node) {
            if (!is_map(item, "a contact")) continue;
            only_keys(item, {"foot", "site", "on", "slide", "phases"}, "a contact");
            Contact contact;
            std::vector<Side> sides{Side::left};
            if (item["foot"]) {
                const auto which = text(item["foot"], "foot");
                if (which == "left") sides = {Side::left};
                else if (which == "right") sides = {Side::right};
                else if (which == "both") sides = {Side::left, Side::right};
                else if (which) error(item["foot"], "foot should be left, right or both");
            } else if (item["site"]) {
                contact.kind = Contact::Kind::site;
                const auto name = text(item["site"], "site");
                const std::optional<Site> site = name ? site_from_name(*name) : std::nullopt;
                if (name && !site) error(item["site"], "unknown body site '" + *name + "'");
                if (site) contact.site = *site;
            } else {
                error(item, "a contact names a foot or a site");
            }
            if (item["on"]) {
                const auto name = text(item["on"], "on");
                const std::optional<Surface> surface = name ? surface_from_name(*name) : std::nullopt;
                if (name && !surface) error(item["on"], "unknown surface '" + *name + "' (" + surface_names() + ")");
                if (surface) contact.surface = *surface;
            }
            if (item["slide"]) contact.slide = item["slide"].IsScalar() && item["slide"].Scalar() == "true";
            if (item["phases"]) contact.phases = phase_list(item["phases"], motion);
            if (item["phases"] && contact.phases.empty()) error(item["phases"], "a contact holds in at least one phase");
            for (Side side : sides) {
                contact.side = side;
                motion.contacts.push_back(contact);
            }
        }
    }

    void motion(const YAML::Node& node, Motion& out) {
        if (!is_map(node, "motion")) return;
        only_keys(node, {"placement", "side", "start", "phases", "contacts", "props"}, "motion");
        if (const auto name = node["placement"] ? text(node["placement"], "placement") : std::nullopt) {
            if (const auto placement = placement_from_name(*name)) out.placement = *placement;
            else error(node["placement"], "unknown placement '" + *name + "'");
        }
        if (node["side"]) {
            const auto side = text(node["side"], "side");
            if (side == "right") out.side = Side::right;
            else if (side && side != "left") error(node["side"], "side should be left or right");
        }
        BodyAngles start;
        if (node["start"]) angles(node["start"], start, false);
        const YAML::Node phases = node["phases"];
        if (!phases || !phases.IsSequence() || phases.size() == 0) {
            error(phases ? phases : node, "motion needs a list of phases");
            return;
        }
        BodyAngles previous = start;
        for (std::size_t i = 0; i < phases.size(); ++i) {
            const YAML::Node phase = phases[i];
            if (!is_map(phase, "a phase")) continue;
            only_keys(phase, {"name", "seconds", "pose", "to"}, "a phase");
            Phase p;
            if (const auto name = phase["name"] ? text(phase["name"], "name") : std::nullopt) p.name = *name;
            else error(phase, "a phase needs a name");
            p.title = words_from_id(p.name);
            if (out.phase_index(p.name) >= 0) error(phase["name"], "two phases named '" + p.name + "'");
            if (phase["seconds"]) {
                if (const auto s = number(phase["seconds"], "seconds")) {
                    if (*s <= 0.0f) error(phase["seconds"], "seconds should be more than 0");
                    p.duration_s = *s;
                }
            } else {
                error(phase, "a phase needs seconds");
            }
            const bool last = i + 1 == phases.size();
            if (phase["to"]) {
                if (text(phase["to"], "to") != "start") error(phase["to"], "'to' can only be 'start'");
                previous = start;
            } else if (last && phase["pose"]) {
                error(phase["pose"], "the last phase returns to the start pose; give it no pose");
            } else if (last) {
                previous = start;
            }
            if (phase["pose"]) {
                BodyAngles changed = previous;
                // Values given replace the previous phase's; the rest carry on.
                BodyAngles given;
                angles(phase["pose"], given, false);
                replace_given(phase["pose"], given, changed);
                previous = changed;
            }
            p.end = previous;
            out.phases.push_back(std::move(p));
        }
        if (node["contacts"]) contacts(node["contacts"], out);
        else error(node, "motion needs contacts: what rests on the floor or a prop");
    }

    // Copies into `into` each movement named in `node` (with its value from `given`).
    void replace_given(const YAML::Node& node, const BodyAngles& given, BodyAngles& into) {
        if (!node.IsMap()) return;
        for (const auto& item : node) {
            const std::string key = item.first.as<std::string>();
            std::vector<Side> sides;
            if (key == "left") sides = {Side::left};
            else if (key == "right") sides = {Side::right};
            else if (key == "both") sides = {Side::left, Side::right};
            if (sides.empty()) {
                if (const auto dof = dof_from_name(key, std::nullopt)) into[*dof] = given[*dof];
                continue;
            }
            if (!item.second.IsMap()) continue;
            for (const auto& sided : item.second)
                for (Side side : sides)
                    if (const auto dof = dof_from_name(sided.first.as<std::string>(), side)) into[*dof] = given[*dof];
        }
    }

    void mistakes(const YAML::Node& node, Motion& motion) {
        if (!node.IsSequence()) {
            error(node, "mistakes should be a list");
            return;
        }
        for (const auto& item : node) {
            if (!is_map(item, "a mistake")) continue;
            only_keys(item, {"id", "shows", "highlight", "view"}, "a mistake");
            MotionVariant variant;
            if (const auto id = item["id"] ? text(item["id"], "id") : std::nullopt) variant.id = *id;
            else error(item, "a mistake needs an id");
            variant.title = words_from_id(variant.id);
            if (variant.id == "correct") error(item["id"], "'correct' names the correct form; pick another id");
            if (motion.variant_index(variant.id) >= 0) error(item["id"], "two mistakes with id '" + variant.id + "'");
            if (item["highlight"]) variant.highlight = body_parts(item["highlight"]);
            else error(item, "a mistake needs 'highlight': the body parts to light up while it plays");
            if (item["view"]) {
                const auto view = text(item["view"], "view");
                if (const auto parsed = view ? camera_view_from_name(*view) : std::nullopt) variant.view = parsed;
                else if (view) error(item["view"], "view should be front, side, threequarter or top");
            }
            if (!item["shows"] || !is_map(item["shows"], "shows")) {
                if (!item["shows"]) error(item, "a mistake needs 'shows': the angle changes per phase");
                continue;
            }
            for (const auto& change : item["shows"]) {
                const std::string phase_name = change.first.as<std::string>();
                const int phase = motion.phase_index(phase_name);
                if (phase < 0) {
                    error(change.first, "no phase named '" + phase_name + "'");
                    continue;
                }
                BodyAngles added;
                angles(change.second, added, true);
                variant.added.emplace_back(phase, added);
            }
            motion.variants.push_back(std::move(variant));
        }
    }

    // A list of body part names ("pelvis", "leftKnee", "knees").
    std::vector<BodyPart> body_parts(const YAML::Node& node) {
        std::vector<BodyPart> parts;
        if (!node.IsSequence() || node.size() == 0) {
            error(node, "highlight should be a list of body parts, like [pelvis, knees]");
            return parts;
        }
        for (const auto& item : node) {
            const auto name = text(item, "a body part");
            if (name && !body_parts_from_name(*name, parts))
                error(item, "unknown body part '" + *name + "' (" + body_part_names() + ")");
        }
        return parts;
    }

    std::vector<MuscleRegion> muscle_list(const YAML::Node& node, std::string_view what) {
        std::vector<MuscleRegion> muscles;
        if (!node.IsSequence()) {
            error(node, std::string(what) + " should be a list of muscle groups");
            return muscles;
        }
        for (const auto& item : node) {
            const auto name = text(item, "a muscle group");
            if (!name) continue;
            if (const auto region = muscle_region_from_name(*name)) muscles.push_back(*region);
            else error(item, "unknown muscle group '" + *name + "' (" + muscle_names() + ")");
        }
        return muscles;
    }

    void muscles(const YAML::Node& node, MuscleFocus& out) {
        if (!is_map(node, "muscles")) return;
        only_keys(node, {"primary", "secondary"}, "muscles");
        if (node["primary"]) out.primary = muscle_list(node["primary"], "primary");
        if (out.primary.empty()) error(node, "muscles needs a 'primary' list: the groups the exercise mainly works");
        if (node["secondary"]) out.secondary = muscle_list(node["secondary"], "secondary");
    }

    // `- mat`, `- {prop: dumbbell, in: rightHand}`, `- {prop: loopBand, around: thighs}`...
    void props(const YAML::Node& node, Exercise& exercise) {
        if (!node.IsSequence()) {
            error(node, "props should be a list");
            return;
        }
        for (const auto& item : node) {
            const YAML::Node name_node = item.IsMap() ? item["prop"] : item;
            if (item.IsMap()) only_keys(item, {"prop", "in", "around", "between"}, "a prop");
            if (!name_node) {
                error(item, "a prop needs a name: 'prop: dumbbell'");
                continue;
            }
            const auto name = text(name_node, "a prop");
            if (!name) continue;
            const std::optional<PropKind> kind = prop_kind_from_name(*name);
            if (!kind) {
                error(name_node, "unknown prop '" + *name + "' (" + prop_names() + ")");
                continue;
            }
            const std::optional<PropUse::Where> where = prop_where(*kind);
            if (!where) {
                error(name_node, "a " + *name + " goes where the body rests on it: give a contact 'on: " +
                                     surface_for(*kind) + "' instead");
                continue;
            }
            PropUse use{*kind, *where, Side::left};
            // Which key says where it goes, and what it may say.
            const char* key = nullptr;
            std::vector<std::string_view> allowed;
            switch (*where) {
            case PropUse::Where::floor: break;
            case PropUse::Where::hand: key = "in", allowed = {"leftHand", "rightHand"}; break;
            case PropUse::Where::hands: key = "in", allowed = {"hands"}; break;
            case PropUse::Where::thighs: key = "around", allowed = {"thighs"}; break;
            case PropUse::Where::knees: key = "between", allowed = {"knees"}; break;
            }
            bool ok = true;
            for (const char* other : {"in", "around", "between"})
                if (item.IsMap() && item[other] && (!key || std::string_view(other) != key)) {
                    error(item[other], "a " + *name + (key ? " takes '" + std::string(key) + ":', not '" : " takes no '") +
                                           other + ":'");
                    ok = false;
                }
            if (key && item.IsMap() && item[key]) {
                const auto value = text(item[key], key);
                if (value && std::find(allowed.begin(), allowed.end(), *value) == allowed.end()) {
                    std::string list;
                    for (std::string_view a : allowed) list += std::string(list.empty() ? "" : " or ") + std::string(a);
                    error(item[key], "unknown " + std::string(*where == PropUse::Where::hand ? "hand" : "place") + " '" +
                                         *value + "' for a " + *name + " (" + list + ")");
                    ok = false;
                }
                if (value == "rightHand") use.hand = Side::right;
            } else if (*where == PropUse::Where::hand) {
                error(item, "say which hand holds the " + *name + ": 'in: leftHand' or 'in: rightHand'");
                ok = false;
            }
            for (const PropUse& before : exercise.props)
                if (before.kind == use.kind && before.where != PropUse::Where::hand) {
                    error(name_node, "the " + *name + " is listed twice");
                    ok = false;
                }
            if (!ok) continue;
            if (use.kind == PropKind::mat) exercise.motion.on_mat = true;
            exercise.props.push_back(use);
        }
    }

    std::size_t start_ = 0;

private:
    std::string file_;
    ContentErrors& errors_;
};

} // namespace

std::string_view exercise_sides_name(ExerciseSides sides) { return kSidesNames[static_cast<int>(sides)]; }

std::optional<ExerciseSides> exercise_sides_from_name(std::string_view name) {
    return enum_from_name<ExerciseSides>(kSidesNames, name);
}

std::optional<Exercise> load_exercise(const std::filesystem::path& file, ContentErrors& errors) {
    Reader reader(file.string(), errors);
    reader.start_ = errors.size();
    YAML::Node root;
    try {
        root = YAML::LoadFile(file.string());
    } catch (const YAML::ParserException& e) {
        errors.push_back({file.string(), e.mark.line + 1, e.mark.column + 1, e.msg});
        return std::nullopt;
    } catch (const YAML::Exception& e) {
        errors.push_back({file.string(), 0, 0, "cannot read: " + e.msg});
        return std::nullopt;
    }
    if (!reader.is_map(root, "an exercise file")) return std::nullopt;
    reader.only_keys(root, {"id", "name", "view", "sides", "muscles", "motion", "mistakes"}, "an exercise");

    Exercise exercise;
    exercise.file = file;
    exercise.id = root["id"] ? reader.text(root["id"], "id").value_or("") : "";
    if (!root["id"]) reader.error(root, "an exercise needs an id");
    else if (exercise.id != file.stem().string())
        reader.error(root["id"], "id '" + exercise.id + "' should match the file name '" + file.stem().string() + "'");
    if (root["name"]) exercise.name = reader.text(root["name"], "name").value_or("");
    else reader.error(root, "an exercise needs a name");
    if (root["view"]) {
        const auto view = reader.text(root["view"], "view");
        if (const auto parsed = view ? camera_view_from_name(*view) : std::nullopt) exercise.view = *parsed;
        else if (view) reader.error(root["view"], "view should be front, side, threequarter or top");
    }
    if (root["sides"]) {
        const auto sides = reader.text(root["sides"], "sides");
        if (const auto parsed = sides ? exercise_sides_from_name(*sides) : std::nullopt) exercise.sides = *parsed;
        else if (sides) reader.error(root["sides"], "sides should be both, each or alternating");
    } else {
        reader.error(root, "an exercise needs 'sides': both, each or alternating");
    }
    try {
        if (root["muscles"]) reader.muscles(root["muscles"], exercise.muscles);
        else reader.error(root, "an exercise needs 'muscles': {primary: [...], secondary: [...]}");
        if (root["motion"]) reader.motion(root["motion"], exercise.motion);
        else reader.error(root, "an exercise needs a motion");
        if (root["motion"] && root["motion"].IsMap() && root["motion"]["props"])
            reader.props(root["motion"]["props"], exercise);
        if (root["mistakes"]) reader.mistakes(root["mistakes"], exercise.motion);
    } catch (const YAML::Exception& e) { // a key that is not text, and the like
        errors.push_back({file.string(), e.mark.line + 1, e.mark.column + 1, e.msg});
    }
    if (!reader.ok()) return std::nullopt;
    return exercise;
}

std::vector<Exercise> load_exercises(const std::filesystem::path& dir, ContentErrors& errors) {
    std::vector<Exercise> exercises;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        errors.push_back({dir.string(), 0, 0, "no such folder"});
        return exercises;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.path().extension() == ".yaml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files)
        if (auto exercise = load_exercise(file, errors)) exercises.push_back(std::move(*exercise));
    return exercises;
}

} // namespace legwork
