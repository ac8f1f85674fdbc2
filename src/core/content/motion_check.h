#pragma once
// Holds an exercise's demonstration to the motion quality rules (anim/motion_quality.h)
// on both sides and in every mistake, reporting what breaks them at the file's `motion:`.

#include "core/content/exercise.h"

namespace legwork {

// Appends one error per rule broken, per side and variant. Samples every cycle: slow
// (tens of milliseconds an exercise), so for `legwork validate` and tests, not start-up.
void check_motions(const Exercise& exercise, ContentErrors& errors);

} // namespace legwork
