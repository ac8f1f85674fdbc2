#pragma once
// Content ids and names as the screens show them.

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace legwork {

// A content id read as words: "knees-cave-in" -> "Knees cave in".
std::string words_from_id(std::string_view id);

// Whether `id` is a content id: lower-case letters and digits, words joined by single
// dashes ("single-leg-squat"). Such an id is also a safe file name.
bool is_content_id(std::string_view id);

// The choices a user or an author may give, for a message: "a, b or c".
std::string alternatives(std::span<const std::string_view> names);
std::string alternatives(const std::vector<std::string>& names);
// The same for the names `name_of(i)` gives for i from 0 to count - 1 (an enum's names).
template <typename NameOf> std::string alternatives(int count, NameOf name_of) {
    std::vector<std::string_view> names;
    for (int i = 0; i < count; ++i) names.push_back(name_of(i));
    return alternatives(names);
}
// A count with its noun, singular or plural: (1, "day") -> "1 day", (3, "day") -> "3 days".
std::string count_text(int count, std::string_view noun);
// A measure to a tenth, without a trailing ".0": 50 -> "50", 2.25 -> "2.3".
std::string number_text(float value);

} // namespace legwork
