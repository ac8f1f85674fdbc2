#include "engine/resource_dir.h"

namespace legwork {

std::filesystem::path find_resource_dir() {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path binary_dir = fs::read_symlink("/proc/self/exe", ec).parent_path();
    const fs::path candidates[] = {
        binary_dir / ".." / "share" / "legwork",
        fs::path(LEGWORK_SOURCE_DIR),
        binary_dir,
    };
    for (const fs::path& dir : candidates) {
        if (fs::is_directory(dir / "shaders", ec)) return fs::weakly_canonical(dir, ec);
    }
    return {};
}

} // namespace legwork
