#pragma once
// Content ids and names as the screens show them.

#include <string>
#include <string_view>

namespace legwork {

// A content id read as words: "knees-cave-in" -> "Knees cave in".
std::string words_from_id(std::string_view id);

} // namespace legwork
