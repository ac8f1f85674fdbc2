#pragma once
// Text written into JSON output.

#include <string>
#include <string_view>

namespace legwork {

// `text` as a JSON string, quotes included: quotes, backslashes and control characters
// escaped; other bytes (UTF-8) as they are.
std::string json_text(std::string_view text);

} // namespace legwork
