#pragma once
// Writing a small file so that it is either the old one or the new one whole, never half of
// each, even when the power goes: the text goes to a temporary file beside it, is flushed to
// the disk, and is renamed over the old one.

#include <filesystem>
#include <string>
#include <string_view>

namespace legwork {

// Writes `text` to `file`, creating its folder; false and the reason in `error` on failure,
// when the old file (if any) is still there unchanged.
bool write_file_atomically(const std::filesystem::path& file, std::string_view text,
                           std::string& error);

} // namespace legwork
