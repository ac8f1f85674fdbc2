#pragma once
// Where the user's save file and settings live (never inside the source tree).

#include <filesystem>
#include <functional>
#include <string_view>

namespace legwork {

// Reads one environment variable; nullptr when unset. Injected so tests control it.
using EnvLookup = std::function<const char*(const char*)>;

// The first of: `flag_value` (from --data-dir) when not empty; $LEGWORK_DATA_DIR when set
// and not empty; $XDG_DATA_HOME/legwork when XDG_DATA_HOME is an absolute path (the XDG
// spec says relative values are to be ignored); $HOME/.local/share/legwork. Returns an
// empty path when none applies (no HOME). Nothing is created on disk.
std::filesystem::path user_data_dir(std::string_view flag_value, const EnvLookup& getenv_fn);

// The same, reading the process environment.
std::filesystem::path user_data_dir(std::string_view flag_value);

} // namespace legwork
