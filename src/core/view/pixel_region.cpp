#include "core/view/pixel_region.h"

namespace legwork {
namespace {

// Pixels merging `a` and `b` (which do not overlap) into one rectangle draws beyond both.
long long merge_cost(const PixelRect& a, const PixelRect& b) {
    return static_cast<long long>(united(a, b).area()) - a.area() - b.area();
}

bool overlap(const PixelRect& a, const PixelRect& b) {
    return !intersected(a, b).empty();
}

bool overlap_or_touch(const PixelRect& a, const PixelRect& b) {
    return a.min.x <= b.max.x && b.min.x <= a.max.x && a.min.y <= b.max.y && b.min.y <= a.max.y;
}

// Merged when they overlap or touch and the one rectangle adds at most this many pixels:
// a rectangle costs a pass of setup in each of the passes that draw it, worth some pixels
// (on llvmpipe, frames with a body lying down are quickest about this value).
constexpr long long kFreeMergePixels = 96 * 96;

} // namespace

void PixelRegion::absorb(PixelRect rect) {
    for (int i = 0; i < count_;) {
        if (overlap(rects_[i], rect)) {
            rect = united(rect, rects_[i]);
            remove(i);
            i = 0;
        } else {
            ++i;
        }
    }
    rects_[count_++] = rect;
}

void PixelRegion::add(const PixelRect& added) {
    if (added.empty()) return;
    PixelRect rect = added;
    // Merged with those it overlaps or touches where that is cheap; those inside it go.
    for (int i = 0; i < count_;) {
        const PixelRect& other = rects_[i];
        if (united(other, rect) == other) return; // already held
        const long long cost = static_cast<long long>(united(other, rect).area()) - rect.area() -
                               other.area() + intersected(other, rect).area();
        if (overlap_or_touch(other, rect) && cost <= kFreeMergePixels) {
            rect = united(rect, other);
            remove(i);
            i = 0;
        } else {
            ++i;
        }
    }
    // The part of it outside the others, in pieces: each one cut round each other rectangle.
    std::array<PixelRect, kMaxPieces> pieces{};
    pieces[0] = rect;
    int piece_count = 1;
    for (int i = 0; i < count_; ++i) {
        const PixelRect& other = rects_[i];
        for (int p = 0; p < piece_count;) {
            const PixelRect piece = pieces[p];
            const PixelRect cut = intersected(piece, other);
            if (cut.empty()) {
                ++p;
                continue;
            }
            if (piece_count + 3 > kMaxPieces) { // too many: take it in whole
                absorb(rect);
                shrink();
                return;
            }
            pieces[p] = pieces[--piece_count];
            // Below and above the cut across the piece's width, then left and right of it.
            const PixelRect around[4] = {{piece.min, {piece.max.x, cut.min.y}},
                                         {{piece.min.x, cut.max.y}, piece.max},
                                         {{piece.min.x, cut.min.y}, {cut.min.x, cut.max.y}},
                                         {{cut.max.x, cut.min.y}, {piece.max.x, cut.max.y}}};
            for (const PixelRect& part : around)
                if (!part.empty()) pieces[piece_count++] = part;
        }
    }
    for (int p = 0; p < piece_count; ++p) rects_[count_++] = pieces[p];
    shrink();
}

void PixelRegion::shrink() {
    while (count_ > kMaxRects) {
        // Full: merge the cheapest pair, and whatever their merging then overlaps.
        int best_i = 0, best_j = 1;
        long long best = merge_cost(rects_[0], rects_[1]);
        for (int i = 0; i < count_; ++i)
            for (int j = i + 1; j < count_; ++j)
                if (const long long cost = merge_cost(rects_[i], rects_[j]); cost < best)
                    best = cost, best_i = i, best_j = j;
        const PixelRect merged = united(rects_[best_i], rects_[best_j]);
        remove(best_j); // the later one first: the earlier keeps its place
        remove(best_i);
        absorb(merged);
    }
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
