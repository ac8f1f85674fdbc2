#include "core/platform/user_data_dir.h"

#include <cstdlib>

namespace legwork {

std::filesystem::path user_data_dir(std::string_view flag_value, const EnvLookup& getenv_fn) {
    namespace fs = std::filesystem;
    if (!flag_value.empty()) return fs::path(flag_value);

    const auto env = [&](const char* name) -> std::string_view {
        const char* value = getenv_fn(name);
        return value ? std::string_view(value) : std::string_view();
    };
    if (const auto dir = env("LEGWORK_DATA_DIR"); !dir.empty()) return fs::path(dir);
    if (const auto xdg = env("XDG_DATA_HOME"); !xdg.empty() && fs::path(xdg).is_absolute())
        return fs::path(xdg) / "legwork";
    if (const auto home = env("HOME"); !home.empty())
        return fs::path(home) / ".local" / "share" / "legwork";
    return {};
}

std::filesystem::path user_data_dir(std::string_view flag_value) {
    return user_data_dir(flag_value, [](const char* name) { return std::getenv(name); });
}

} // namespace legwork
