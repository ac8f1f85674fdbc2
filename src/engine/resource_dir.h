#pragma once
// Where the app's read-only files (shaders/, content/, assets/) are found at run time.

#include <filesystem>

namespace legwork {

// The first directory holding a shaders/ folder among: <binary dir>/../share/legwork (an
// install), the source tree the binary was built from (a build tree), the binary's own
// directory. Empty when none is found.
std::filesystem::path find_resource_dir();

} // namespace legwork
