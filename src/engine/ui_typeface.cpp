#include "engine/ui_typeface.h"

namespace legwork {

std::optional<UiTypeface> find_ui_typeface() {
    namespace fs = std::filesystem;
    static const UiTypeface candidates[] = {
        {"/usr/share/fonts/opentype/inter/Inter-Regular.otf",
         "/usr/share/fonts/opentype/inter/Inter-Bold.otf"},
        {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"},
    };
    std::error_code ec;
    for (const UiTypeface& typeface : candidates) {
        if (fs::is_regular_file(typeface.regular, ec) && fs::is_regular_file(typeface.bold, ec))
            return typeface;
    }
    return std::nullopt;
}

} // namespace legwork
