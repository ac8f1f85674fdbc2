#pragma once
// Text as a JSON string literal, for the headless commands' --json output.

#include <string>
#include <string_view>

namespace legwork {

// `text` quoted, with quotes and backslashes escaped and control characters left out (the
// content and user settings control it: ids, names, cue texts).
std::string json_text(std::string_view text);

} // namespace legwork
