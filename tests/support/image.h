#pragma once
// Reading and comparing the PNG files the app writes, for tests.

#include <array>
#include <filesystem>
#include <vector>

namespace legwork::test {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgb; // rows top to bottom, 3 bytes a pixel

    std::array<unsigned char, 3> at(int x, int y) const;
};

// Loads a PNG as RGB; an empty image (width 0) when the file cannot be read.
Image load_png(const std::filesystem::path& file);

// Number of different colours among a sparse sample of pixels.
size_t distinct_colours(const Image& image);

// Mean absolute difference per channel (0..255) of two images of the same size.
double mean_abs_difference(const Image& a, const Image& b);
// The same over the pixels from (x0, y0) up to, not including, (x1, y1).
double mean_abs_difference(const Image& a, const Image& b, int x0, int y0, int x1, int y1);

} // namespace legwork::test
