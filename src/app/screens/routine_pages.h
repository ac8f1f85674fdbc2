#pragma once
// The Routines screen's parts: the list and a routine's page with its timers
// (screen_routines.cpp), the routine being built or changed (routine_builder.cpp), and the
// rows that change a dose and the words they share (dose_steps.cpp).

#include "app/screens/screens.h"

#include <cstddef>
#include <optional>

namespace legwork {

// The page building a new routine or changing one (RoutinesPage::build).
void draw_routine_builder(const ScreenContext& context, ScreenRequests& requests);

// A row per part of a dose of `base`'s measure the user may change: sets, reps, hold, time,
// distance, seconds a rep, rest between sets. `change` holds the changes; a value stepped back
// to `base`'s is no change. True when one changed.
bool dose_steps(const Dose& base, DoseOverride& change);

// The rest after an exercise: `without_s` with no change. True when it changed.
bool rest_after_step(float without_s, std::optional<float>& change);

// The outcome of the last save or removal, in green, or in amber when it failed.
void routines_message(const RoutinesView& view);

// A length of time in words: "45 s", "12 min", "23 min 40 s".
void duration_words(double seconds, char* out, std::size_t size);

} // namespace legwork
