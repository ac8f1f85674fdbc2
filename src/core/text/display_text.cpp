#include "core/text/display_text.h"

#include <cctype>
#include <cmath>

namespace legwork {

std::string words_from_id(std::string_view id) {
    std::string out(id);
    for (char& c : out)
        if (c == '-') c = ' ';
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

bool is_content_id(std::string_view id) {
    if (id.empty() || id.front() == '-' || id.back() == '-' || id.find("--") != id.npos)
        return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

std::string alternatives(std::span<const std::string_view> names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += std::string(i == 0                  ? ""
                           : i + 1 == names.size() ? " or "
                                                   : ", ") +
               std::string(names[i]);
    return out;
}

std::string alternatives(const std::vector<std::string>& names) {
    const std::vector<std::string_view> views(names.begin(), names.end());
    return alternatives(views);
}

std::string count_text(int count, std::string_view noun) {
    std::string out = std::to_string(count) + " ";
    out += noun;
    if (count != 1) out += 's';
    return out;
}

std::string number_text(float value) {
    const float whole = std::round(value);
    if (std::abs(value - whole) < 0.01f) return std::to_string(static_cast<int>(whole));
    std::string text = std::to_string(std::round(value * 10.0f) / 10.0f);
    return text.substr(0, text.find('.') + 2);
}

} // namespace legwork
