#pragma once
// PixelRegion: the pixels a frame must draw again, as a few rectangles. Rectangles added
// are merged with one they overlap or touch when that adds few pixels, and, past
// kMaxRects, the two whose merging adds the fewest are merged; so two small changes far
// apart (a slider's grab on the left, a bar on the right) stay two small rectangles
// instead of one that spans the screen. Rectangles may overlap: each is drawn whole.

#include "core/view/screen_bounds.h"

#include <array>
#include <span>

namespace legwork {

class PixelRegion {
public:
    static constexpr int kMaxRects = 6;

    PixelRegion() = default;
    explicit PixelRegion(const PixelRect& rect) { add(rect); }

    void add(const PixelRect& rect);
    void add(const PixelRegion& other);
    std::span<const PixelRect> rects() const {
        return {rects_.data(), static_cast<std::size_t>(count_)};
    }
    bool empty() const { return count_ == 0; }
    // Pixels drawn: the rectangles' areas summed (an overlap counts twice, as it is drawn twice).
    long long area() const;
    // The smallest rectangle holding all of it.
    PixelRect bounds() const;

private:
    // Merges rectangle `j` into `i` and drops `j`.
    void merge(int i, int j);

    std::array<PixelRect, kMaxRects> rects_{};
    int count_ = 0;
};

} // namespace legwork
