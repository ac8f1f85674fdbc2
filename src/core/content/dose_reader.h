#pragma once
// Reading the numbers of a dose (`sets`, `reps`, `hold_s`, ...) from a YAML map, each
// checked against its range. Exercise files, routine files and the user's timers share it;
// each caller says which keys its map may hold.

#include "core/content/dose_override.h"
#include "core/content/yaml_reader.h"

namespace legwork {

// The dose fields present in `map`; a value out of range is noted and left unset.
DoseOverride read_dose_override(YamlReader& reader, const YAML::Node& map);

} // namespace legwork
