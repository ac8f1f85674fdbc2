#pragma once
// A dose's numbers (`sets`, `reps`, `hold_s`, ...) as keys of a YAML map, read each checked
// against its range, and written. Exercise files, routine files and the user's timers share
// them; each reader says which keys its map may hold.

#include "core/content/dose_override.h"
#include "core/content/yaml_reader.h"

namespace legwork {

// The dose fields present in `map`; a value out of range is noted and left unset.
DoseOverride read_dose_override(YamlReader& reader, const YAML::Node& map);

// Writes the fields that are set as keys and values into the map `out` has open.
void write_dose_override(YAML::Emitter& out, const DoseOverride& dose);

} // namespace legwork
