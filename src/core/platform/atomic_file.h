#pragma once
// Writing a small file so that a crash, a kill or a power cut at any moment leaves either
// the old file or the new one whole, never a mix: write a temporary file beside it, flush
// it to the disk, rename it over the old one, and flush the folder.

#include <filesystem>
#include <string>
#include <string_view>

namespace legwork {

// Replaces `file` with `contents`, creating its folder if needed. False with `error` (one
// line for the user: what failed and why) when it cannot; the old file is then untouched.
bool write_file_atomically(const std::filesystem::path& file, std::string_view contents,
                           std::string& error);

} // namespace legwork
