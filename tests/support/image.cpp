#include "support/image.h"

#include <algorithm>
#include <cstdlib>

#define STB_IMAGE_IMPLEMENTATION
#include <stb_image.h>

namespace legwork::test {

std::array<unsigned char, 3> Image::at(int x, int y) const {
    const size_t i = (static_cast<size_t>(y) * width + x) * 3;
    return {rgb[i], rgb[i + 1], rgb[i + 2]};
}

Image load_png(const std::filesystem::path& file) {
    Image image;
    int channels = 0;
    unsigned char* pixels = stbi_load(file.c_str(), &image.width, &image.height, &channels, 3);
    if (!pixels) return {};
    image.rgb.assign(pixels, pixels + static_cast<size_t>(image.width) * image.height * 3);
    stbi_image_free(pixels);
    return image;
}

size_t distinct_colours(const Image& image) {
    std::vector<unsigned> seen;
    for (size_t i = 0; i + 2 < image.rgb.size(); i += 3 * 97)
        seen.push_back(image.rgb[i] << 16 | image.rgb[i + 1] << 8 | image.rgb[i + 2]);
    std::sort(seen.begin(), seen.end());
    return static_cast<size_t>(std::unique(seen.begin(), seen.end()) - seen.begin());
}

double mean_abs_difference(const Image& a, const Image& b) {
    return mean_abs_difference(a, b, 0, 0, a.width, a.height);
}

double mean_abs_difference(const Image& a, const Image& b, int x0, int y0, int x1, int y1) {
    if (a.width != b.width || a.height != b.height || a.rgb.empty() || x1 <= x0 || y1 <= y0) return 255.0;
    double sum = 0.0;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x)
            for (int c = 0; c < 3; ++c) sum += std::abs(int(a.at(x, y)[c]) - int(b.at(x, y)[c]));
    return sum / (3.0 * (x1 - x0) * (y1 - y0));
}

} // namespace legwork::test
