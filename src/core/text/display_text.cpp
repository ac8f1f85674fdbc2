#include "core/text/display_text.h"

#include <cctype>

namespace legwork {

std::string words_from_id(std::string_view id) {
    std::string out(id);
    for (char& c : out)
        if (c == '-') c = ' ';
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

std::string count_text(int count, std::string_view noun) {
    std::string out = std::to_string(count) + " ";
    out += noun;
    if (count != 1) out += 's';
    return out;
}

} // namespace legwork
