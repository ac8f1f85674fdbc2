#pragma once
// Motion quality: what a physiotherapist watching a demonstration would expect of a body,
// checked over one sampled cycle: bones keep their length, nothing sinks into the floor,
// knees and elbows stay in their human range, no joint jumps, planted feet and hands stay
// put, and the centre of mass stays over what the body rests on (the standing foot, when
// on one leg). `legwork validate` and the tests hold every exercise to it.

#include "core/anim/motion_sampler.h"

#include <string>
#include <vector>

namespace legwork {

// Samples `sampler`'s cycle at `per_second` frames a second and appends one line per rule
// broken, with how far and when ("the left foot slides 2.3 cm while planted").
void check_motion_quality(const MotionSampler& sampler, std::vector<std::string>& problems,
                          int per_second = 60);

} // namespace legwork
