#pragma once
// Whole numbers read from text that a user or a file wrote.

#include <optional>
#include <string_view>

namespace legwork {

// `text` as a decimal integer (digits, with a '-' before them if negative) and nothing
// else; nothing when it is not one or does not fit an int.
std::optional<int> parse_int(std::string_view text);

// `text` as digits only (no sign), as in dates and times; nothing otherwise.
std::optional<int> parse_digits(std::string_view text);

} // namespace legwork
