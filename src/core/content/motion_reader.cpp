#include "core/content/motion_reader.h"

#include "core/text/display_text.h"

#include <algorithm>

namespace legwork {
namespace {

std::string surface_names() {
    return alternatives(kSurfaceCount, [](int i) { return surface_name(static_cast<Surface>(i)); });
}
std::string prop_names() {
    return alternatives(kPropKindCount,
                        [](int i) { return prop_kind_name(static_cast<PropKind>(i)); });
}
std::string body_part_names() {
    return "head, neck, upperBack, lowerBack, pelvis, or left/right with shoulder, upperArm, "
           "elbow, forearm, hand, "
           "hip, thigh, knee, shin, ankle, foot or heel (leftKnee), or both in the plural (knees)";
}
// The contact surface a prop that something rests on stands for.
std::string surface_for(PropKind kind) {
    switch (kind) {
    case PropKind::bench:
        return "bench";
    case PropKind::step:
        return "step";
    case PropKind::stabilityBall:
        return "ball";
    case PropKind::lacrosseBall:
        return "lacrosseBall";
    case PropKind::peanutBall:
        return "peanutBall";
    case PropKind::legExtensionMachine:
        return "machineSeat";
    case PropKind::legCurlMachine:
        return "curlPad";
    case PropKind::legPressMachine:
        return "pressSeat";
    default:
        return "floor";
    }
}

// The sides a key or value names: `left`, `right` or `both`; none for anything else.
std::vector<Side> sides_named(std::string_view name) {
    if (name == "left") return {Side::left};
    if (name == "right") return {Side::right};
    if (name == "both") return {Side::left, Side::right};
    return {};
}

// Reads the motion's parts; problems go to the file's YamlReader.
class MotionReader {
public:
    explicit MotionReader(YamlReader& reader) : r_(reader) {}

    // An angle set: central movements by name, and `left`, `right` or `both` maps of sided ones.
    void angles(const YAML::Node& node, BodyAngles& out, bool add) {
        if (!r_.is_map(node, "a pose")) return;
        for (const auto& item : node) {
            const std::string key = item.first.as<std::string>();
            const std::vector<Side> sides = sides_named(key);
            if (sides.empty()) {
                const std::optional<Dof> dof = dof_from_name(key, std::nullopt);
                if (!dof) {
                    r_.error(item.first,
                             dof_from_name(key, Side::left)
                                 ? "'" + key + "' has a side: put it under left, right or both"
                                 : "unknown movement '" + key + "'");
                    continue;
                }
                if (const auto value = r_.number(item.second, key))
                    out[*dof] = (add ? out[*dof] : 0.0f) + *value;
                continue;
            }
            if (!r_.is_map(item.second, key)) continue;
            for (const auto& sided : item.second) {
                const std::string name = sided.first.as<std::string>();
                if (!dof_from_name(name, Side::left)) {
                    r_.error(sided.first, dof_from_name(name, std::nullopt)
                                              ? "'" + name +
                                                    "' belongs to the whole body, not under '" +
                                                    key + "'"
                                              : "unknown movement '" + name + "'");
                    continue;
                }
                const std::optional<float> value = r_.number(sided.second, name);
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
            r_.error(node, "phases should be a list of phase names");
            return phases;
        }
        for (const auto& item : node) {
            const auto name = r_.text(item, "a phase name");
            if (!name) continue;
            const int phase = motion.phase_index(*name);
            if (phase < 0)
                r_.error(item, "no phase named '" + *name + "'");
            else
                phases.push_back(phase);
        }
        return phases;
    }

    void contacts(const YAML::Node& node, Motion& motion) {
        if (!node.IsSequence()) {
            r_.error(node, "contacts should be a list");
            return;
        }
        for (const auto& item : node) {
            if (!r_.is_map(item, "a contact")) continue;
            r_.only_keys(item, {"foot", "site", "on", "slide", "phases"}, "a contact");
            Contact contact;
            std::vector<Side> sides{Side::left};
            if (item["foot"]) {
                const auto which = r_.text(item["foot"], "foot");
                if (which && !sides_named(*which).empty())
                    sides = sides_named(*which);
                else if (which)
                    r_.error(item["foot"], "foot should be left, right or both");
            } else if (item["site"]) {
                contact.kind = Contact::Kind::site;
                const auto name = r_.text(item["site"], "site");
                const std::optional<Site> site = name ? site_from_name(*name) : std::nullopt;
                if (name && !site) r_.error(item["site"], "unknown body site '" + *name + "'");
                if (site) contact.site = *site;
            } else {
                r_.error(item, "a contact names a foot or a site");
            }
            if (item["on"]) {
                const auto name = r_.text(item["on"], "on");
                const std::optional<Surface> surface =
                    name ? surface_from_name(*name) : std::nullopt;
                if (name && !surface)
                    r_.error(item["on"],
                             "unknown surface '" + *name + "' (" + surface_names() + ")");
                if (surface) contact.surface = *surface;
            }
            if (item["slide"])
                contact.slide = item["slide"].IsScalar() && item["slide"].Scalar() == "true";
            if (item["phases"]) contact.phases = phase_list(item["phases"], motion);
            if (item["phases"] && contact.phases.empty())
                r_.error(item["phases"], "a contact holds in at least one phase");
            for (Side side : sides) {
                contact.side = side;
                motion.contacts.push_back(contact);
            }
        }
    }

    void motion(const YAML::Node& node, Motion& out) {
        if (!r_.is_map(node, "motion")) return;
        r_.only_keys(node, {"placement", "side", "start", "phases", "contacts", "props"}, "motion");
        if (const auto name =
                node["placement"] ? r_.text(node["placement"], "placement") : std::nullopt) {
            if (const auto placement = placement_from_name(*name))
                out.placement = *placement;
            else
                r_.error(node["placement"], "unknown placement '" + *name + "'");
        }
        if (node["side"]) {
            const auto side = r_.text(node["side"], "side");
            if (side == "right")
                out.side = Side::right;
            else if (side && side != "left")
                r_.error(node["side"], "side should be left or right");
        }
        BodyAngles start;
        if (node["start"]) angles(node["start"], start, false);
        const YAML::Node phases = node["phases"];
        if (!phases || !phases.IsSequence() || phases.size() == 0) {
            r_.error(phases ? phases : node, "motion needs a list of phases");
            return;
        }
        BodyAngles previous = start;
        for (std::size_t i = 0; i < phases.size(); ++i) {
            const YAML::Node phase = phases[i];
            if (!r_.is_map(phase, "a phase")) continue;
            r_.only_keys(phase, {"name", "seconds", "pose", "to"}, "a phase");
            Phase p;
            if (const auto name = phase["name"] ? r_.text(phase["name"], "name") : std::nullopt)
                p.name = *name;
            else
                r_.error(phase, "a phase needs a name");
            p.title = words_from_id(p.name);
            if (out.phase_index(p.name) >= 0)
                r_.error(phase["name"], "two phases named '" + p.name + "'");
            if (phase["seconds"]) {
                if (const auto s = r_.number(phase["seconds"], "seconds")) {
                    if (*s <= 0.0f) r_.error(phase["seconds"], "seconds should be more than 0");
                    p.duration_s = *s;
                }
            } else {
                r_.error(phase, "a phase needs seconds");
            }
            const bool last = i + 1 == phases.size();
            if (phase["to"]) {
                if (r_.text(phase["to"], "to") != "start")
                    r_.error(phase["to"], "'to' can only be 'start'");
                previous = start;
            } else if (last && phase["pose"]) {
                r_.error(phase["pose"],
                         "the last phase returns to the start pose; give it no pose");
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
        if (node["contacts"])
            contacts(node["contacts"], out);
        else
            r_.error(node, "motion needs contacts: what rests on the floor or a prop");
    }

    // Copies into `into` each movement named in `node` (with its value from `given`).
    void replace_given(const YAML::Node& node, const BodyAngles& given, BodyAngles& into) {
        if (!node.IsMap()) return;
        for (const auto& item : node) {
            const std::string key = item.first.as<std::string>();
            const std::vector<Side> sides = sides_named(key);
            if (sides.empty()) {
                if (const auto dof = dof_from_name(key, std::nullopt)) into[*dof] = given[*dof];
                continue;
            }
            if (!item.second.IsMap()) continue;
            for (const auto& sided : item.second)
                for (Side side : sides)
                    if (const auto dof = dof_from_name(sided.first.as<std::string>(), side))
                        into[*dof] = given[*dof];
        }
    }

    // A list of body part names ("pelvis", "leftKnee", "knees").
    std::vector<BodyPart> body_parts(const YAML::Node& node) {
        std::vector<BodyPart> parts;
        if (!node.IsSequence() || node.size() == 0) {
            r_.error(node, "highlight should be a list of body parts, like [pelvis, knees]");
            return parts;
        }
        for (const auto& item : node) {
            const auto name = r_.text(item, "a body part");
            if (name && !body_parts_from_name(*name, parts))
                r_.error(item, "unknown body part '" + *name + "' (" + body_part_names() + ")");
        }
        return parts;
    }

    // `- mat`, `- {prop: dumbbell, in: rightHand}`, `- {prop: loopBand, around: thighs}`...
    void props(const YAML::Node& node, Motion& motion, std::vector<PropUse>& out) {
        if (!node.IsSequence()) {
            r_.error(node, "props should be a list");
            return;
        }
        for (const auto& item : node) {
            const YAML::Node name_node = item.IsMap() ? item["prop"] : item;
            if (item.IsMap()) r_.only_keys(item, {"prop", "in", "around", "between"}, "a prop");
            if (!name_node) {
                r_.error(item, "a prop needs a name: 'prop: dumbbell'");
                continue;
            }
            const auto name = r_.text(name_node, "a prop");
            if (!name) continue;
            const std::optional<PropKind> kind = prop_kind_from_name(*name);
            if (!kind) {
                r_.error(name_node, "unknown prop '" + *name + "' (" + prop_names() + ")");
                continue;
            }
            const std::optional<PropUse::Where> where = prop_where(*kind);
            if (!where) {
                r_.error(name_node, "a " + *name +
                                        " goes where the body rests on it: give a contact 'on: " +
                                        surface_for(*kind) + "' instead");
                continue;
            }
            PropUse use{*kind, *where, Side::left};
            // Which key says where it goes, and what it may say.
            const char* key = nullptr;
            std::vector<std::string_view> allowed;
            switch (*where) {
            case PropUse::Where::floor:
                break;
            case PropUse::Where::hand:
                key = "in", allowed = {"leftHand", "rightHand"};
                break;
            case PropUse::Where::hands:
                key = "in", allowed = {"hands"};
                break;
            case PropUse::Where::thighs:
                key = "around", allowed = {"thighs"};
                break;
            case PropUse::Where::knees:
                key = "between", allowed = {"knees"};
                break;
            }
            bool ok = true;
            for (const char* other : {"in", "around", "between"})
                if (item.IsMap() && item[other] && (!key || std::string_view(other) != key)) {
                    r_.error(item[other], "a " + *name +
                                              (key ? " takes '" + std::string(key) + ":', not '"
                                                   : " takes no '") +
                                              other + ":'");
                    ok = false;
                }
            if (key && item.IsMap() && item[key]) {
                const auto value = r_.text(item[key], key);
                if (value && std::find(allowed.begin(), allowed.end(), *value) == allowed.end()) {
                    std::string list;
                    for (std::string_view a : allowed)
                        list += std::string(list.empty() ? "" : " or ") + std::string(a);
                    r_.error(item[key],
                             "unknown " +
                                 std::string(*where == PropUse::Where::hand ? "hand" : "place") +
                                 " '" + *value + "' for a " + *name + " (" + list + ")");
                    ok = false;
                }
                if (value == "rightHand") use.hand = Side::right;
            } else if (*where == PropUse::Where::hand) {
                r_.error(item, "say which hand holds the " + *name +
                                   ": 'in: leftHand' or 'in: rightHand'");
                ok = false;
            }
            for (const PropUse& before : out)
                if (before.kind == use.kind && before.where != PropUse::Where::hand) {
                    r_.error(name_node, "the " + *name + " is listed twice");
                    ok = false;
                }
            if (!ok) continue;
            if (use.kind == PropKind::mat) motion.on_mat = true;
            out.push_back(use);
        }
    }

    // One mistake's `highlight`, `view` and `shows`.
    void mistake(const YAML::Node& item, Motion& motion) {
        MotionVariant variant;
        if (const auto id = item["id"] ? r_.text(item["id"], "id") : std::nullopt)
            variant.id = *id;
        else
            r_.error(item, "a mistake needs an id");
        variant.title = words_from_id(variant.id);
        if (variant.id == "correct")
            r_.error(item["id"], "'correct' names the correct form; pick another id");
        if (motion.variant_index(variant.id) >= 0)
            r_.error(item["id"], "two mistakes with id '" + variant.id + "'");
        if (item["highlight"])
            variant.highlight = body_parts(item["highlight"]);
        else
            r_.error(item,
                     "a mistake needs 'highlight': the body parts to light up while it plays");
        if (item["view"]) {
            const auto view = r_.text(item["view"], "view");
            if (const auto parsed = view ? camera_view_from_name(*view) : std::nullopt)
                variant.view = parsed;
            else if (view)
                r_.error(item["view"], "view should be front, side, threequarter or top");
        }
        if (item["shows"] && r_.is_map(item["shows"], "shows")) {
            for (const auto& change : item["shows"]) {
                const std::string phase_name = change.first.as<std::string>();
                const int phase = motion.phase_index(phase_name);
                if (phase < 0) {
                    r_.error(change.first, "no phase named '" + phase_name + "'");
                    continue;
                }
                BodyAngles added;
                angles(change.second, added, true);
                variant.added.emplace_back(phase, added);
            }
        } else if (!item["shows"]) {
            r_.error(item, "a mistake needs 'shows': the angle changes per phase that make the "
                           "avatar perform it");
        }
        motion.variants.push_back(std::move(variant));
    }

private:
    YamlReader& r_;
};

} // namespace

void read_motion(YamlReader& reader, const YAML::Node& node, Motion& motion,
                 std::vector<PropUse>& props) {
    MotionReader motion_reader(reader);
    motion_reader.motion(node, motion);
    if (node.IsMap() && node["props"]) motion_reader.props(node["props"], motion, props);
}

void read_mistake_motion(YamlReader& reader, const YAML::Node& node, Motion& motion) {
    MotionReader(reader).mistake(node, motion);
}

} // namespace legwork
