#pragma once
// PixelRegion: the pixels a frame must draw again, as a few rectangles that do not
// overlap, so no pixel is drawn twice. A rectangle added is merged with one it overlaps
// or touches when that adds few pixels; otherwise only its part outside the others is
// kept, in pieces. Past kMaxRects, the two whose merging adds the fewest pixels are
// merged (with any they then overlap). So two small changes far apart (a slider's grab on
// the left, a bar on the right) stay two small rectangles instead of one across the
// screen, and a body and its shadow stay an L of rectangles instead of the box round both.

#include "core/view/screen_bounds.h"

#include <array>
#include <span>

namespace legwork {

class PixelRegion {
public:
    static constexpr int kMaxRects = 12;

    PixelRegion() = default;
    explicit PixelRegion(const PixelRect& rect) { add(rect); }

    void add(const PixelRect& rect);
    void add(const PixelRegion& other);
    std::span<const PixelRect> rects() const {
        return {rects_.data(), static_cast<std::size_t>(count_)};
    }
    bool empty() const { return count_ == 0; }
    // Pixels in the region.
    long long area() const;
    // The smallest rectangle holding all of it.
    PixelRect bounds() const;

private:
    void remove(int i) { rects_[i] = rects_[--count_]; }
    // Puts `rect` in, merged with every rectangle it overlaps until it overlaps none.
    void absorb(PixelRect rect);
    // Merges rectangles until there are at most kMaxRects.
    void shrink();

    // Pieces of a rectangle being added, as it is cut round the others.
    static constexpr int kMaxPieces = 32;

    std::array<PixelRect, kMaxRects + kMaxPieces> rects_{};
    int count_ = 0;
};

} // namespace legwork
