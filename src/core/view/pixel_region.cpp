#include "core/view/pixel_region.h"

namespace legwork {
namespace {

// Pixels merging `a` and `b` into one rectangle draws beyond drawing both.
long long merge_cost(const PixelRect& a, const PixelRect& b) {
    return static_cast<long long>(united(a, b).area()) - a.area() - b.area();
}

// Merged when they overlap or touch and the one rectangle is at most this much larger
// than the two: a rectangle drawn costs a pass of setup, worth some pixels.
constexpr long long kFreeMergePixels = 64 * 64;

} // namespace

void PixelRegion::merge(int i, int j) {
    rects_[i] = united(rects_[i], rects_[j]);
    rects_[j] = rects_[--count_];
}

void PixelRegion::add(const PixelRect& rect) {
    if (rect.empty()) return;
    for (int i = 0; i < count_; ++i) // already held
        if (united(rects_[i], rect) == rects_[i]) return;
    rects_[count_++] = rect;
    // The new one may now merge with others, and the merged one with more.
    for (bool merged = true; merged;) {
        merged = false;
        for (int i = 0; i < count_ && !merged; ++i)
            for (int j = i + 1; j < count_ && !merged; ++j) {
                const PixelRect& a = rects_[i];
                const PixelRect& b = rects_[j];
                const bool near = a.min.x <= b.max.x && b.min.x <= a.max.x && a.min.y <= b.max.y &&
                                  b.min.y <= a.max.y;
                if (near && merge_cost(a, b) <= kFreeMergePixels) {
                    merge(i, j);
                    merged = true;
                }
            }
    }
    if (count_ < kMaxRects) return;
    // Full: keep one slot free by merging the cheapest pair.
    int best_i = 0, best_j = 1;
    long long best = merge_cost(rects_[0], rects_[1]);
    for (int i = 0; i < count_; ++i)
        for (int j = i + 1; j < count_; ++j)
            if (const long long cost = merge_cost(rects_[i], rects_[j]); cost < best)
                best = cost, best_i = i, best_j = j;
    merge(best_i, best_j);
}

void PixelRegion::add(const PixelRegion& other) {
    for (const PixelRect& rect : other.rects()) add(rect);
}

long long PixelRegion::area() const {
    long long sum = 0;
    for (const PixelRect& rect : rects()) sum += rect.area();
    return sum;
}

PixelRect PixelRegion::bounds() const {
    PixelRect all;
    for (const PixelRect& rect : rects()) all = united(all, rect);
    return all;
}

} // namespace legwork
