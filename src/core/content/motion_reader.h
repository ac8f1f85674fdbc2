#pragma once
// Reading the demonstration part of an exercise file: `motion:` (placement, start pose,
// phases, contacts, props) and the body movement of each common mistake.

#include "core/anim/motion.h"
#include "core/content/yaml_reader.h"
#include "core/scene/prop_use.h"

#include <vector>

namespace legwork {

// Reads `motion:` into `motion`, and the props it names into `props`.
void read_motion(YamlReader& reader, const YAML::Node& node, Motion& motion,
                 std::vector<PropUse>& props);

// Reads one mistake's `id`, `highlight`, `view` and `shows` as a new variant of `motion`
// (whose phases are read already). Other keys of the mistake are the caller's.
void read_mistake_motion(YamlReader& reader, const YAML::Node& node, Motion& motion);

} // namespace legwork
