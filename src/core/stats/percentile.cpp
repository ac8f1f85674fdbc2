#include "core/stats/percentile.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace legwork {

double percentile(std::span<double> values, double p) {
    assert(p >= 0.0 && p <= 100.0 && "percentile: p must be within 0..100");
    if (values.empty()) return 0.0;
    std::sort(values.begin(), values.end());
    const double rank = p / 100.0 * static_cast<double>(values.size() - 1);
    const auto below = static_cast<size_t>(std::floor(rank));
    const auto above = std::min(below + 1, values.size() - 1);
    const double fraction = rank - static_cast<double>(below);
    return values[below] + (values[above] - values[below]) * fraction;
}

} // namespace legwork
