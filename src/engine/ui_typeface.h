#pragma once
// The UI typeface, taken from Debian's font packages at run time (nothing is bundled).

#include <filesystem>
#include <optional>

namespace legwork {

struct UiTypeface {
    std::filesystem::path regular;
    std::filesystem::path bold;
};

// Inter (fonts-inter) when installed, else DejaVu Sans (fonts-dejavu-core); nullopt when
// neither is present.
std::optional<UiTypeface> find_ui_typeface();

} // namespace legwork
