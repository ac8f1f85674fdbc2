#pragma once
// Order statistics for measurements such as frame times.

#include <span>

namespace legwork {

// The p-th percentile (0..100) of `values`, interpolating linearly between the two
// nearest ranks (the same rule as numpy's default). Reorders `values`. Returns 0 for an
// empty span.
double percentile(std::span<double> values, double p);

} // namespace legwork
