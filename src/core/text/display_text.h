#pragma once
// Content ids and names as the screens show them.

#include <string>
#include <string_view>

namespace legwork {

// A content id read as words: "knees-cave-in" -> "Knees cave in".
std::string words_from_id(std::string_view id);

// A count with its noun, singular or plural: (1, "day") -> "1 day", (3, "day") -> "3 days".
std::string count_text(int count, std::string_view noun);

} // namespace legwork
